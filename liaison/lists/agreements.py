"""Lists of agreements, students and placements."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from liaison.lists.conditions import count_of, span
from liaison.model import Agreement, Contact, Enterprise, Major, Placement, Student
from liaison.portable import (
    AnySelect,
    Choice,
    Column,
    contains,
    contains_any,
    ids_of,
    is_query,
    live,
    matches,
    ordered,
    rows_in_order,
)


@dataclass(frozen=True, slots=True)
class AgreementRow:
    id: int
    number: str
    title: str | None
    kind: str
    status: str
    enterprise_id: int
    enterprise_name: str
    major_id: int | None
    major_name: str | None
    start_date: date | None
    end_date: date | None
    renewal_of_id: int | None
    placements: int


def agreement_ids(
    session: Session,
    *,
    search: str = "",
    kind: Choice = None,
    status: Choice = None,
    enterprise_id: int | None = None,
    start: date | None = None,
    end: date | None = None,
    order_by: str = "number",
    descending: bool = False,
) -> list[int]:
    """Live agreements of live enterprises; ``start``/``end`` keep those overlapping the period.
    Sort keys: number, title, kind, status, enterprise, start, end."""
    a = Agreement
    stmt = (
        select(a.id)
        .join(Enterprise, Enterprise.id == a.enterprise_id)
        .where(
            live(a, Enterprise, selective=enterprise_id is not None),
            matches(a.kind, kind),
            matches(a.status, status),
            matches(a.enterprise_id, enterprise_id),
            span(a.start_date, a.end_date, start, end),
        )
    )
    if is_query(search):
        stmt = stmt.where(
            contains_any((a.number, a.title), search) | contains(Enterprise.search_text, search)
        )
    keys: dict[str, Column] = {
        "number": a.number,
        "title": a.title,
        "kind": a.kind,
        "status": a.status,
        "enterprise": Enterprise.name_key,
        "start": a.start_date,
        "end": a.end_date,
    }
    return ids_of(session, ordered(stmt, keys, order_by, descending, a.id))


def agreement_rows(session: Session, ids: Sequence[int]) -> list[AgreementRow]:
    a = Agreement
    stmt = (
        select(
            a.id,
            a.number,
            a.title,
            a.kind,
            a.status,
            a.enterprise_id,
            Enterprise.name,
            a.major_id,
            Major.name,
            a.start_date,
            a.end_date,
            a.renewal_of_id,
            count_of(Placement, Placement.agreement_id, a.id),
        )
        .join(Enterprise, Enterprise.id == a.enterprise_id)
        .outerjoin(Major, (Major.id == a.major_id) & live(Major))
        .where(a.id.in_(list(ids)), live(a, Enterprise, selective=True))
    )
    return rows_in_order(session, stmt, ids, AgreementRow)


# --- students ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class StudentRow:
    id: int
    student_no: str
    name: str
    major_id: int | None
    major_name: str | None
    cohort: int | None
    class_name: str | None
    gender: str | None
    graduation_year: int | None
    placements: int


def student_ids(
    session: Session,
    *,
    search: str = "",
    major_id: Choice = None,
    cohort: Choice = None,
    graduation_year: Choice = None,
    order_by: str = "student_no",
    descending: bool = False,
) -> list[int]:
    """Live students. Sort keys: student_no, name, major, cohort, class, graduation_year."""
    s = Student
    stmt = (
        select(s.id)
        .outerjoin(Major, (Major.id == s.major_id) & live(Major))
        .where(
            live(s),
            matches(s.major_id, major_id),
            matches(s.cohort, cohort),
            matches(s.graduation_year, graduation_year),
        )
    )
    if is_query(search):
        stmt = stmt.where(contains(s.search_text, search))
    keys: dict[str, Column] = {
        "student_no": s.student_no,
        "name": s.name,
        "major": Major.name,
        "cohort": s.cohort,
        "class": s.class_name,
        "graduation_year": s.graduation_year,
    }
    return ids_of(session, ordered(stmt, keys, order_by, descending, s.id))


def student_rows(session: Session, ids: Sequence[int]) -> list[StudentRow]:
    s = Student
    stmt = (
        select(
            s.id,
            s.student_no,
            s.name,
            s.major_id,
            Major.name,
            s.cohort,
            s.class_name,
            s.gender,
            s.graduation_year,
            count_of(Placement, Placement.student_id, s.id),
        )
        .outerjoin(Major, (Major.id == s.major_id) & live(Major))
        .where(s.id.in_(list(ids)), live(s, selective=True))
    )
    return rows_in_order(session, stmt, ids, StudentRow)


# --- placements -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PlacementRow:
    id: int
    student_id: int
    student_no: str
    student_name: str
    major_name: str | None
    agreement_id: int
    agreement_number: str
    agreement_kind: str
    enterprise_id: int
    enterprise_name: str
    post: str | None
    mentor_id: int | None
    mentor_name: str | None
    college_tutor: str | None
    start_date: date
    end_date: date | None
    status: str
    monthly_pay_fen: int | None
    hired_afterwards: bool


def _placements_from(*columns: Any, selective: bool) -> AnySelect:
    p = Placement
    return (
        select(*columns)
        .select_from(p)
        .join(Agreement, Agreement.id == p.agreement_id)
        .join(Enterprise, Enterprise.id == Agreement.enterprise_id)
        .join(Student, Student.id == p.student_id)
        .outerjoin(Major, (Major.id == Student.major_id) & live(Major))
        .where(live(p, Agreement, Enterprise, Student, selective=selective))
    )


def placement_ids(
    session: Session,
    *,
    search: str = "",
    agreement_id: int | None = None,
    enterprise_id: int | None = None,
    student_id: int | None = None,
    status: Choice = None,
    major_id: Choice = None,
    start: date | None = None,
    end: date | None = None,
    order_by: str = "start",
    descending: bool = False,
) -> list[int]:
    """Live placements under live agreements, enterprises and students. Sort keys: start, end,
    student, student_no, major, enterprise, agreement, status."""
    p = Placement
    selective = any(x is not None for x in (agreement_id, enterprise_id, student_id))
    stmt = _placements_from(p.id, selective=selective).where(
        matches(p.agreement_id, agreement_id),
        matches(Agreement.enterprise_id, enterprise_id),
        matches(p.student_id, student_id),
        matches(p.status, status),
        matches(Student.major_id, major_id),
        span(p.start_date, p.end_date, start, end),
    )
    if is_query(search):
        stmt = stmt.where(
            contains(Student.search_text, search) | contains(Enterprise.search_text, search)
        )
    keys: dict[str, Column] = {
        "start": p.start_date,
        "end": p.end_date,
        "student": Student.name,
        "student_no": Student.student_no,
        "major": Major.name,
        "enterprise": Enterprise.name_key,
        "agreement": Agreement.number,
        "status": p.status,
    }
    return ids_of(session, ordered(stmt, keys, order_by, descending, p.id))


def placement_rows(session: Session, ids: Sequence[int]) -> list[PlacementRow]:
    p = Placement
    mentor = aliased(Contact)
    stmt = (
        _placements_from(
            p.id,
            p.student_id,
            Student.student_no,
            Student.name,
            Major.name,
            p.agreement_id,
            Agreement.number,
            Agreement.kind,
            Agreement.enterprise_id,
            Enterprise.name,
            p.post,
            p.enterprise_mentor_id,
            mentor.name,
            p.college_tutor,
            p.start_date,
            p.end_date,
            p.status,
            p.monthly_pay_fen,
            p.hired_afterwards,
            selective=True,
        )
        .outerjoin(mentor, (mentor.id == p.enterprise_mentor_id) & live(mentor))
        .where(p.id.in_(list(ids)))
    )
    return rows_in_order(session, stmt, ids, PlacementRow)
