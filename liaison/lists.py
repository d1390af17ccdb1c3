"""The app's lists: ordered ids for a filter, then plain rows for the ids on screen.

A table model asks ``*_ids`` once per filter or sort (one query, ordered in SQL) and
``*_rows`` for the rows it shows (one query with correlated counts, in the order of the ids
given; ids no longer live are left out). The Excel export of "a list as shown" uses the same two
calls. Sorting keys are named (``order_by="name"`` …); an unknown one raises ValueError. Empty
values sort last both ways on every engine; ties are broken by id.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any, Final, TypeVar

from sqlalchemy import (
    ColumnElement,
    String,
    and_,
    cast,
    func,
    literal,
    or_,
    select,
    true,
    union_all,
)
from sqlalchemy.orm import Session, aliased

from liaison.indicators import depth_for, last_contacts
from liaison.model import (
    Agreement,
    Contact,
    Employment,
    Enterprise,
    Interaction,
    Major,
    Payment,
    Placement,
    Project,
    ProjectPartner,
    Record,
    Student,
    TrainingSession,
)
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
from liaison.services.registry import SERVICES

R = TypeVar("R")


def _period(column: Column, start: date | None, end: date | None) -> ColumnElement[bool]:
    """``column`` falls in the inclusive period; a side given as None does not limit."""
    return and_(
        true() if start is None else column >= start, true() if end is None else column <= end
    )


def _span(
    start_col: Column, end_col: Column, start: date | None, end: date | None
) -> ColumnElement[bool]:
    """The span ``start_col`` … ``end_col`` (NULL: open) shares a day with the period."""
    return and_(
        true() if end is None else or_(start_col.is_(None), start_col <= end),
        true() if start is None else or_(end_col.is_(None), end_col >= start),
    )


def _count_of(model: type[Record], fk: Column, parent: Column) -> Any:
    return (
        select(func.count())
        .select_from(model)
        .where(fk == parent, live(model, selective=True))
        .scalar_subquery()
    )


# --- enterprises ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class EnterpriseRow:
    id: int
    name: str
    uscc: str | None
    industry_section: str | None
    size_class: str
    city: str | None
    status: str
    tags: str | None
    contacts: int
    last_contact: date | None
    depth: int | None = None


def enterprise_ids(
    session: Session,
    *,
    search: str = "",
    status: Choice = None,
    size_class: Choice = None,
    industry: Choice = None,
    order_by: str = "name",
    descending: bool = False,
    limit: int | None = None,
) -> list[int]:
    """Live enterprises matching the filter. Sort keys: name, uscc, industry, size_class, city,
    status, created, updated, contacts, last_contact. ``limit``: only the first ids (a list's
    first page, shown before the whole list is read)."""
    e = Enterprise
    searching = is_query(search)
    stmt = select(e.id).where(
        # See liaison.search.enterprise_search: a search scans the table, not the name index.
        live(e, selective=searching),
        matches(e.status, status),
        matches(e.size_class, size_class),
        matches(e.industry_section, industry),
    )
    if searching:
        stmt = stmt.where(contains(e.search_text, search))
    keys: dict[str, Column] = {
        "name": e.name_key,
        "uscc": e.uscc,
        "industry": e.industry_section,
        "size_class": e.size_class,
        "city": e.city,
        "status": e.status,
        "created": e.created_at,
        "updated": e.updated_at,
    }
    if order_by == "contacts":
        counts = (
            select(Contact.enterprise_id, func.count().label("n"))
            .where(live(Contact))
            .group_by(Contact.enterprise_id)
            .subquery()
        )
        stmt = stmt.outerjoin(counts, counts.c.enterprise_id == e.id)
        keys["contacts"] = func.coalesce(counts.c.n, 0)
    elif order_by == "last_contact":
        last = last_contacts(None)
        stmt = stmt.outerjoin(last, last.c.enterprise_id == e.id)
        keys["last_contact"] = last.c.last_contact
    stmt = ordered(stmt, keys, order_by, descending, e.id, scan=searching)
    return ids_of(session, stmt.limit(limit))


def enterprise_rows(
    session: Session, ids: Sequence[int], *, depth_as_of: date | None = None
) -> list[EnterpriseRow]:
    """Rows for ``ids`` in their order; with ``depth_as_of``, each row's cooperation depth."""
    e = Enterprise
    last = (
        select(func.max(Interaction.occurred_on))
        .where(Interaction.enterprise_id == e.id, live(Interaction, selective=True))
        .scalar_subquery()
    )
    stmt = select(
        e.id,
        e.name,
        e.uscc,
        e.industry_section,
        e.size_class,
        e.city,
        e.status,
        e.tags,
        _count_of(Contact, Contact.enterprise_id, e.id),
        last,
    ).where(e.id.in_(list(ids)), live(e, selective=True))
    depths = depth_for(session, depth_as_of, ids) if depth_as_of is not None else {}

    def make(*row: Any) -> EnterpriseRow:
        return replace(EnterpriseRow(*row), depth=depths.get(row[0]))

    return rows_in_order(session, stmt, ids, make)


# --- interactions -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class InteractionRow:
    id: int
    occurred_on: date
    kind: str
    enterprise_id: int
    enterprise_name: str
    contact_id: int | None
    contact_name: str | None
    officer: str | None
    summary: str
    follow_up_action: str | None
    follow_up_due: date | None
    follow_up_done: bool


def interaction_ids(
    session: Session,
    *,
    search: str = "",
    enterprise_id: int | None = None,
    kind: Choice = None,
    start: date | None = None,
    end: date | None = None,
    follow_up_open: bool | None = None,
    order_by: str = "date",
    descending: bool = True,
    limit: int | None = None,
) -> list[int]:
    """Live interactions of live enterprises. ``follow_up_open``: True for open follow-ups (a
    due date, not done), False for the rest. Sort keys: date, enterprise, kind, officer,
    follow_up_due. ``limit``: only the first ids (see :func:`enterprise_ids`)."""
    i = Interaction
    stmt = (
        select(i.id)
        .join(Enterprise, Enterprise.id == i.enterprise_id)
        .where(
            live(i, Enterprise, selective=enterprise_id is not None),
            matches(i.enterprise_id, enterprise_id),
            matches(i.kind, kind),
            _period(i.occurred_on, start, end),
        )
    )
    if follow_up_open is not None:
        open_ = i.follow_up_due.is_not(None) & i.follow_up_done.is_(False)
        stmt = stmt.where(open_ if follow_up_open else ~open_)
    if is_query(search):
        stmt = stmt.where(
            contains_any((i.summary, i.follow_up_action), search)
            | contains(Enterprise.search_text, search)
        )
    keys: dict[str, Column] = {
        "date": i.occurred_on,
        "enterprise": Enterprise.name_key,
        "kind": i.kind,
        "officer": i.officer,
        "follow_up_due": i.follow_up_due,
    }
    return ids_of(session, ordered(stmt, keys, order_by, descending, i.id).limit(limit))


def interaction_rows(session: Session, ids: Sequence[int]) -> list[InteractionRow]:
    i = Interaction
    stmt = (
        select(
            i.id,
            i.occurred_on,
            i.kind,
            i.enterprise_id,
            Enterprise.name,
            i.contact_id,
            Contact.name,
            i.officer,
            i.summary,
            i.follow_up_action,
            i.follow_up_due,
            i.follow_up_done,
        )
        .join(Enterprise, Enterprise.id == i.enterprise_id)
        .outerjoin(Contact, (Contact.id == i.contact_id) & live(Contact))
        .where(i.id.in_(list(ids)), live(i, Enterprise, selective=True))
    )
    return rows_in_order(session, stmt, ids, InteractionRow)


# --- agreements -------------------------------------------------------------------------------


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
            _span(a.start_date, a.end_date, start, end),
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
            _count_of(Placement, Placement.agreement_id, a.id),
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
            _count_of(Placement, Placement.student_id, s.id),
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
        _span(p.start_date, p.end_date, start, end),
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


# --- projects ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ProjectRow:
    id: int
    code: str | None
    title: str
    kind: str
    status: str
    lead_teacher: str | None
    start_date: date | None
    end_date: date | None
    contract_value_fen: int | None
    funds_received_fen: int
    partners: int
    lead_enterprise_id: int | None  # the lead partner, else the first partner
    lead_enterprise_name: str | None


def _funds_of(project_id: Column) -> Any:
    return (
        select(func.coalesce(func.sum(Payment.amount_fen), 0))
        .where(Payment.project_id == project_id, live(Payment, selective=True))
        .scalar_subquery()
    )


def project_ids(
    session: Session,
    *,
    search: str = "",
    kind: Choice = None,
    status: Choice = None,
    enterprise_id: int | None = None,
    start: date | None = None,
    end: date | None = None,
    order_by: str = "title",
    descending: bool = False,
) -> list[int]:
    """Live projects; ``enterprise_id`` keeps those it is a partner of. Sort keys: code, title,
    kind, status, lead_teacher, start, end, contract_value, funds."""
    p = Project
    stmt = select(p.id).where(
        live(p),
        matches(p.kind, kind),
        matches(p.status, status),
        _span(p.start_date, p.end_date, start, end),
    )
    if enterprise_id is not None:
        stmt = stmt.where(
            p.id.in_(
                select(ProjectPartner.project_id).where(
                    live(ProjectPartner, selective=True),
                    ProjectPartner.enterprise_id == enterprise_id,
                )
            )
        )
    if is_query(search):
        stmt = stmt.where(contains_any((p.code, p.title, p.lead_teacher), search))
    keys: dict[str, Column] = {
        "code": p.code,
        "title": p.title,
        "kind": p.kind,
        "status": p.status,
        "lead_teacher": p.lead_teacher,
        "start": p.start_date,
        "end": p.end_date,
        "contract_value": p.contract_value_fen,
        "funds": _funds_of(p.id),
    }
    return ids_of(session, ordered(stmt, keys, order_by, descending, p.id))


def project_rows(session: Session, ids: Sequence[int]) -> list[ProjectRow]:
    p = Project
    pp = ProjectPartner
    partner_ent = aliased(Enterprise)
    lead = (
        select(pp.enterprise_id)
        .join(partner_ent, partner_ent.id == pp.enterprise_id)
        .where(pp.project_id == p.id, live(pp, partner_ent, selective=True))
        .order_by(pp.is_lead.desc(), pp.id)
        .limit(1)
        .scalar_subquery()
    )
    partners = (
        select(func.count())
        .select_from(pp)
        .join(partner_ent, partner_ent.id == pp.enterprise_id)
        .where(pp.project_id == p.id, live(pp, partner_ent, selective=True))
        .scalar_subquery()
    )
    stmt = (
        select(
            p.id,
            p.code,
            p.title,
            p.kind,
            p.status,
            p.lead_teacher,
            p.start_date,
            p.end_date,
            p.contract_value_fen,
            _funds_of(p.id),
            partners,
            Enterprise.id,
            Enterprise.name,
        )
        .outerjoin(Enterprise, Enterprise.id == lead)
        .where(p.id.in_(list(ids)), live(p, selective=True))
    )
    return rows_in_order(session, stmt, ids, ProjectRow)


# --- employments ------------------------------------------------------------------------------


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
        _period(e.hired_on, start, end),
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
            _period(t.held_on, start, end),
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


# --- the trash --------------------------------------------------------------------------------

# The attributes a record is called by, in the order liaison.services.trash.describe tries them.
_LABEL_ATTRS: Final = ("name", "title", "number", "summary", "topic", "student_no")


@dataclass(frozen=True, slots=True)
class TrashRow:
    entity: str
    id: int
    label: str
    deleted_at: datetime
    deleted_by: str | None


TrashKey = tuple[str, int]


def _trashed(model: type[Record]) -> AnySelect:
    """Rows of ``model`` deleted on their own, not together with a parent (same timestamp)."""
    entity = str(model.__tablename__)  # type: ignore[attr-defined]
    fallback = literal("#", String) + cast(model.id, String)
    labels = [getattr(model, a) for a in _LABEL_ATTRS if hasattr(model, a)]
    stmt = select(
        literal(entity, String).label("entity"),
        model.id.label("id"),
        (func.coalesce(*labels, fallback) if labels else fallback).label("label"),
        model.deleted_at.label("deleted_at"),
        model.updated_by.label("deleted_by"),
    ).where(model.deleted_at.is_not(None))
    for service in SERVICES:
        for child, fk in service.children:
            if child is model:
                parent = aliased(service.model)
                stmt = stmt.where(
                    ~select(parent.id)
                    .where(
                        parent.id == getattr(model, fk),
                        parent.deleted_at == model.deleted_at,
                    )
                    .exists()
                )
    return stmt


_TRASH_ENTITIES: Final = {
    str(s.model.__tablename__): s.model  # type: ignore[attr-defined]
    for s in SERVICES
}


def trash_keys(
    session: Session, *, entity: str | None = None, order_by: str = "deleted_at"
) -> list[TrashKey]:
    """What the trash shows, newest first (``order_by="deleted_at"``) or by ``"label"``."""
    models = [m for name, m in _TRASH_ENTITIES.items() if entity in (None, name)]
    if not models:
        raise ValueError(f"unknown entity {entity!r}")
    every = union_all(*(_trashed(m) for m in models)).subquery()
    keys: dict[str, Column] = {"deleted_at": every.c.deleted_at, "label": every.c.label}
    if order_by not in keys:
        raise ValueError(f"unknown sort key {order_by!r} (known: deleted_at, label)")
    column = keys[order_by]
    order = column.desc() if order_by == "deleted_at" else func.lower(column)
    stmt = select(every.c.entity, every.c.id).order_by(order, every.c.entity, every.c.id)
    return [(name, rid) for name, rid in session.execute(stmt)]


def trash_rows(session: Session, keys: Sequence[TrashKey]) -> list[TrashRow]:
    """Rows for ``keys`` in their order (one UNION query)."""
    wanted: dict[str, list[int]] = {}
    for name, rid in keys:
        wanted.setdefault(name, []).append(rid)
    if not wanted:
        return []
    parts = [
        _trashed(_TRASH_ENTITIES[name]).where(_TRASH_ENTITIES[name].id.in_(ids))
        for name, ids in wanted.items()
    ]
    stmt = union_all(*parts) if len(parts) > 1 else parts[0]
    found = {
        (name, rid): TrashRow(name, rid, label, at, by)
        for name, rid, label, at, by in session.execute(stmt)
    }
    return [found[k] for k in keys if k in found]
