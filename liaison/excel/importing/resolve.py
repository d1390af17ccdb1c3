"""Natural keys to record ids, set-wise: one query per kind of reference for a whole sheet.

An enterprise is found by credit code (any spelling the code rules normalise) or by normalised
name; a student by number; an agreement by number; a project by code, else by title; a major by
normalised name; a contact by normalised name among the contacts of one enterprise. When two
live records answer to one name (older data may hold such twins) the oldest is taken.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from liaison.model import Agreement, Contact, Enterprise, Major, Project, Student
from liaison.rules import uscc
from liaison.rules.names import name_key
from liaison.services.batch import chunks


def _first(found: dict[Any, int], key: Any, record_id: int) -> None:
    found.setdefault(key, record_id)


def enterprises(session: Session, keys: Iterable[str]) -> dict[str, int]:
    """Key text → enterprise id, for the keys that name a live enterprise."""
    keys = sorted(set(keys))
    codes = {key: uscc.normalise(key) for key in keys}
    names = {key: name_key(key) for key in keys}
    by_code: dict[str, int] = {}
    by_name: dict[str, int] = {}
    wanted_codes = sorted({c for c in codes.values() if len(c) == uscc.LENGTH})
    wanted_names = sorted(set(names.values()))
    e = Enterprise
    for part_codes, part_names in _pairs(wanted_codes, wanted_names):
        rows = session.execute(
            select(e.id, e.uscc, e.name_key)
            .where(e.deleted_at.is_(None), or_(e.uscc.in_(part_codes), e.name_key.in_(part_names)))
            .order_by(e.id)
        )
        for record_id, code, key in rows:
            if code:
                _first(by_code, code, record_id)
            _first(by_name, key, record_id)
    found: dict[str, int] = {}
    for key in keys:
        match = by_code.get(codes[key], by_name.get(names[key]))
        if match is not None:
            found[key] = match
    return found


def _pairs(first: list[str], second: list[str]) -> Iterable[tuple[list[str], list[str]]]:
    """Both lists cut into matching chunks, for one ``IN`` of each per query."""
    size = 500
    count = max(len(first), len(second))
    for start in range(0, count, size):
        yield first[start : start + size], second[start : start + size]


def students(session: Session, keys: Iterable[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    for part in chunks(sorted(set(keys))):
        for record_id, number in session.execute(
            select(Student.id, Student.student_no)
            .where(Student.deleted_at.is_(None), Student.student_no.in_(part))
            .order_by(Student.id)
        ):
            _first(found, number, record_id)
    return found


def agreements(session: Session, keys: Iterable[str]) -> dict[str, tuple[int, int]]:
    """Number → (agreement id, its enterprise's id)."""
    found: dict[str, tuple[int, int]] = {}
    for part in chunks(sorted(set(keys))):
        for record_id, number, enterprise_id in session.execute(
            select(Agreement.id, Agreement.number, Agreement.enterprise_id)
            .where(Agreement.deleted_at.is_(None), Agreement.number.in_(part))
            .order_by(Agreement.id)
        ):
            found.setdefault(number, (record_id, enterprise_id))
    return found


def projects(session: Session, keys: Iterable[str]) -> dict[str, int]:
    """Code, else normalised title → project id (projects are few: all are read)."""
    by_code: dict[str, int] = {}
    by_title: dict[str, int] = {}
    for record_id, code, title in session.execute(
        select(Project.id, Project.code, Project.title)
        .where(Project.deleted_at.is_(None))
        .order_by(Project.id)
    ):
        if code:
            _first(by_code, code, record_id)
        _first(by_title, name_key(title), record_id)
    found: dict[str, int] = {}
    for key in set(keys):
        match = by_code.get(key, by_title.get(name_key(key)))
        if match is not None:
            found[key] = match
    return found


def majors(session: Session, keys: Iterable[str]) -> dict[str, int]:
    """Name → major id, compared by normalised name (majors are few: all are read)."""
    by_name: dict[str, int] = {}
    for record_id, name in session.execute(
        select(Major.id, Major.name).where(Major.deleted_at.is_(None)).order_by(Major.id)
    ):
        _first(by_name, name_key(name), record_id)
    return {key: by_name[name_key(key)] for key in set(keys) if name_key(key) in by_name}


def contacts(session: Session, pairs: Iterable[tuple[int, str]]) -> dict[tuple[int, str], int]:
    """(enterprise id, name) → contact id, among each enterprise's live contacts."""
    pairs = set(pairs)
    firms = sorted({firm for firm, _name in pairs})
    by_key: dict[tuple[int, str], int] = {}
    for part in chunks(firms):
        for record_id, firm, name in session.execute(
            select(Contact.id, Contact.enterprise_id, Contact.name)
            .where(Contact.deleted_at.is_(None), Contact.enterprise_id.in_(part))
            .order_by(Contact.id)
        ):
            _first(by_key, (firm, name_key(name)), record_id)
    found: dict[tuple[int, str], int] = {}
    for firm, name in pairs:
        match = by_key.get((firm, name_key(name)))
        if match is not None:
            found[(firm, name)] = match
    return found
