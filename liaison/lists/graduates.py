"""Lists of graduates employed by partner firms and of staff training sessions."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from liaison.lists.conditions import period
from liaison.model import Employment, Enterprise, Major, Student, TrainingSession
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
class EmploymentRow:
    id: int
    student_id: int
    student_no: str
    student_name: str
    major_name: str | None
    graduation_year: int | None
    enterprise_id: int
    enterprise_name: str
    hired_on: date
    position: str | None
    related_field: bool
    employed_6m: bool | None
    employed_12m: bool | None


def _employments_from(*columns: Any, selective: bool) -> AnySelect:
    e = Employment
    return (
        select(*columns)
        .select_from(e)
        .join(Student, Student.id == e.student_id)
        .join(Enterprise, Enterprise.id == e.enterprise_id)
        .outerjoin(Major, (Major.id == Student.major_id) & live(Major))
        .where(live(e, Student, Enterprise, selective=selective))
    )


def employment_ids(
    session: Session,
    *,
    search: str = "",
    enterprise_id: int | None = None,
    major_id: Choice = None,
    related_field: bool | None = None,
    start: date | None = None,
    end: date | None = None,
    order_by: str = "hired_on",
    descending: bool = True,
) -> list[int]:
    """Live employments of live graduates at live enterprises, hired in ``start`` … ``end``.
    Sort keys: hired_on, student, student_no, major, enterprise, position."""
    e = Employment
    stmt = _employments_from(e.id, selective=enterprise_id is not None).where(
        matches(e.enterprise_id, enterprise_id),
        matches(Student.major_id, major_id),
        period(e.hired_on, start, end),
    )
    if related_field is not None:
        stmt = stmt.where(e.related_field.is_(related_field))
    if is_query(search):
        stmt = stmt.where(
            contains(Student.search_text, search) | contains(Enterprise.search_text, search)
        )
    keys: dict[str, Column] = {
        "hired_on": e.hired_on,
        "student": Student.name,
        "student_no": Student.student_no,
        "major": Major.name,
        "enterprise": Enterprise.name_key,
        "position": e.position,
    }
    return ids_of(session, ordered(stmt, keys, order_by, descending, e.id))


def employment_rows(session: Session, ids: Sequence[int]) -> list[EmploymentRow]:
    e = Employment
    stmt = _employments_from(
        e.id,
        e.student_id,
        Student.student_no,
        Student.name,
        Major.name,
        Student.graduation_year,
        e.enterprise_id,
        Enterprise.name,
        e.hired_on,
        e.position,
        e.related_field,
        e.employed_6m,
        e.employed_12m,
        selective=True,
    ).where(e.id.in_(list(ids)))
    return rows_in_order(session, stmt, ids, EmploymentRow)


# --- training sessions ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TrainingRow:
    id: int
    enterprise_id: int
    enterprise_name: str
    held_on: date
    topic: str
    participants: int
    hours: int
    trainer: str | None

    @property
    def person_hours(self) -> int:
        return self.participants * self.hours


def training_ids(
    session: Session,
    *,
    search: str = "",
    enterprise_id: int | None = None,
    start: date | None = None,
    end: date | None = None,
    order_by: str = "held_on",
    descending: bool = True,
) -> list[int]:
    """Live training sessions of live enterprises held in ``start`` … ``end``. Sort keys:
    held_on, enterprise, topic, participants, hours, trainer."""
    t = TrainingSession
    stmt = (
        select(t.id)
        .join(Enterprise, Enterprise.id == t.enterprise_id)
        .where(
            live(t, Enterprise, selective=enterprise_id is not None),
            matches(t.enterprise_id, enterprise_id),
            period(t.held_on, start, end),
        )
    )
    if is_query(search):
        stmt = stmt.where(
            contains_any((t.topic, t.trainer), search) | contains(Enterprise.search_text, search)
        )
    keys: dict[str, Column] = {
        "held_on": t.held_on,
        "enterprise": Enterprise.name_key,
        "topic": t.topic,
        "participants": t.participants,
        "hours": t.hours,
        "trainer": t.trainer,
    }
    return ids_of(session, ordered(stmt, keys, order_by, descending, t.id))


def training_rows(session: Session, ids: Sequence[int]) -> list[TrainingRow]:
    t = TrainingSession
    stmt = (
        select(
            t.id,
            t.enterprise_id,
            Enterprise.name,
            t.held_on,
            t.topic,
            t.participants,
            t.hours,
            t.trainer,
        )
        .join(Enterprise, Enterprise.id == t.enterprise_id)
        .where(t.id.in_(list(ids)), live(t, Enterprise, selective=True))
    )
    return rows_in_order(session, stmt, ids, TrainingRow)
