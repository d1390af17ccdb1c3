"""Search as the officer types: enterprises, contacts, students, and everything at once (Ctrl+K).

Enterprises, contacts and students keep a ``search_text`` column (folded name, credit code, city,
tags …, see :func:`liaison.rules.names.search_text`), so one ``LIKE '%…%' ESCAPE '\\'`` over a
single column finds any part of any of them, case- and width-insensitively, with ``%`` and ``_``
taken literally. Agreements and projects are few; their number, code and title are matched
through ``lower()``.

Only live rows are found: out of the trash, and (for contacts, agreements …) under a live parent.
Hits whose name starts with the query come first, then the rest, each part by name.
Results are plain frozen dataclasses the UI can keep.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, case, func, select
from sqlalchemy.orm import Session

from liaison.model import Agreement, Contact, Enterprise, Major, Project, Student
from liaison.portable import (
    AnySelect,
    Choice,
    Column,
    contains,
    contains_any,
    is_query,
    live,
    matches,
    starts_with,
)


@dataclass(frozen=True, slots=True)
class EnterpriseHit:
    id: int
    name: str
    uscc: str | None
    city: str | None
    industry_section: str | None
    size_class: str
    status: str
    tags: str | None


@dataclass(frozen=True, slots=True)
class ContactHit:
    id: int
    name: str
    title: str | None
    mobile: str | None
    phone: str | None
    email: str | None
    enterprise_id: int
    enterprise_name: str


@dataclass(frozen=True, slots=True)
class StudentHit:
    id: int
    student_no: str
    name: str
    major_id: int | None
    major_name: str | None
    cohort: int | None
    class_name: str | None


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One line of the Ctrl+K box: what it is (``entity``, ``id``) and what to show."""

    entity: str  # "enterprise", "contact", "student", "agreement", "project"
    id: int
    label: str
    detail: str | None
    enterprise_id: int | None


def _prefix_first(column: Column, query: str) -> ColumnElement[int]:
    """0 for rows whose folded text starts with the query, 1 for the rest (an ORDER BY key)."""
    return case((starts_with(column, query), 0), else_=1)


def _searched(stmt: AnySelect, text_column: Column, query: str, *order: Any) -> AnySelect:
    if is_query(query):
        stmt = stmt.where(contains(text_column, query))
        # search_text starts with the folded name, so a prefix of it is a prefix of the name.
        return stmt.order_by(_prefix_first(text_column, query), *order)
    return stmt.order_by(*order)


def enterprise_search(
    query: str,
    *,
    limit: int = 50,
    offset: int = 0,
    status: Choice = None,
    size_class: Choice = None,
    industry: Choice = None,
) -> AnySelect:
    """The SELECT behind :func:`search_enterprises` (benchmarks run it outside SQLAlchemy)."""
    e = Enterprise
    stmt = select(
        e.id, e.name, e.uscc, e.city, e.industry_section, e.size_class, e.status, e.tags
    ).where(
        # A substring match needs every row: a plain table scan then a sort of the hits beats
        # walking the name index and fetching each row (~25 ms against ~120 ms at 100,000).
        live(e, selective=is_query(query)),
        matches(e.status, status),
        matches(e.size_class, size_class),
        matches(e.industry_section, industry),
    )
    return _searched(stmt, e.search_text, query, e.name_key, e.id).limit(limit).offset(offset)


def search_enterprises(
    session: Session,
    query: str,
    *,
    limit: int = 50,
    offset: int = 0,
    status: Choice = None,
    size_class: Choice = None,
    industry: Choice = None,
) -> list[EnterpriseHit]:
    """Enterprises whose name, credit code, city or tags contain ``query`` (all when blank)."""
    stmt = enterprise_search(
        query,
        limit=limit,
        offset=offset,
        status=status,
        size_class=size_class,
        industry=industry,
    )
    return [EnterpriseHit(*row) for row in session.execute(stmt)]


def search_contacts(
    session: Session,
    query: str,
    *,
    limit: int = 50,
    offset: int = 0,
    enterprise_id: int | None = None,
) -> list[ContactHit]:
    """Contacts whose name, title, phone numbers or e-mail contain ``query`` (all when blank)."""
    c = Contact
    stmt = (
        select(c.id, c.name, c.title, c.mobile, c.phone, c.email, c.enterprise_id, Enterprise.name)
        .join(Enterprise, Enterprise.id == c.enterprise_id)
        .where(live(c, Enterprise), matches(c.enterprise_id, enterprise_id))
    )
    stmt = _searched(stmt, c.search_text, query, func.lower(c.name), c.id)
    return [ContactHit(*row) for row in session.execute(stmt.limit(limit).offset(offset))]


def search_students(
    session: Session,
    query: str,
    *,
    limit: int = 50,
    offset: int = 0,
    major_id: int | None = None,
    cohort: int | None = None,
) -> list[StudentHit]:
    """Students whose name, student number or class contain ``query`` (all when blank)."""
    s = Student
    stmt = (
        select(s.id, s.student_no, s.name, s.major_id, Major.name, s.cohort, s.class_name)
        .outerjoin(Major, (Major.id == s.major_id) & live(Major))
        .where(live(s), matches(s.major_id, major_id), matches(s.cohort, cohort))
    )
    stmt = _searched(stmt, s.search_text, query, func.lower(s.name), s.student_no, s.id)
    return [StudentHit(*row) for row in session.execute(stmt.limit(limit).offset(offset))]


def _agreement_hits(session: Session, query: str, limit: int) -> list[SearchHit]:
    a = Agreement
    number = func.lower(a.number)
    stmt = (
        select(a.id, a.number, a.title, Enterprise.name, a.enterprise_id)
        .join(Enterprise, Enterprise.id == a.enterprise_id)
        # A scan, not a walk of the live-number index (see enterprise_search).
        .where(live(a, Enterprise, selective=True), contains_any((a.number, a.title), query))
        .order_by(_prefix_first(number, query), number, a.id)
        .limit(limit)
    )
    return [
        SearchHit("agreement", aid, f"{num} {title}" if title else num, ent, ent_id)
        for aid, num, title, ent, ent_id in session.execute(stmt)
    ]


def _project_hits(session: Session, query: str, limit: int) -> list[SearchHit]:
    p = Project
    title = func.lower(p.title)
    code = func.lower(p.code)
    first = case((starts_with(title, query) | starts_with(code, query), 0), else_=1)
    stmt = (
        select(p.id, p.title, p.code)
        .where(live(p), contains_any((p.code, p.title), query))
        .order_by(first, title, p.id)
        .limit(limit)
    )
    return [SearchHit("project", pid, t, c, None) for pid, t, c in session.execute(stmt)]


def global_search(session: Session, query: str, limit_per_kind: int = 8) -> list[SearchHit]:
    """Everything matching ``query``: enterprises, contacts, students, agreements, projects.

    Grouped in that order, at most ``limit_per_kind`` of each; empty for a blank query.
    """
    if not is_query(query):
        return []
    hits = [
        SearchHit("enterprise", h.id, h.name, h.city or h.uscc, h.id)
        for h in search_enterprises(session, query, limit=limit_per_kind)
    ]
    hits += [
        SearchHit("contact", h.id, h.name, h.enterprise_name, h.enterprise_id)
        for h in search_contacts(session, query, limit=limit_per_kind)
    ]
    hits += [
        SearchHit("student", h.id, h.name, h.student_no, None)
        for h in search_students(session, query, limit=limit_per_kind)
    ]
    hits += _agreement_hits(session, query, limit_per_kind)
    hits += _project_hits(session, query, limit_per_kind)
    return hits
