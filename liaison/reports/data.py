"""Queries the documents need beyond :mod:`liaison.lists` and :mod:`liaison.indicators`.

Everything is aggregated or filtered in SQL and handed back as plain frozen rows; no function
here walks ORM relationships. Periods are inclusive; only live rows under live parents count,
as everywhere on the read side. Placements "hosted" and agreements "in force" mean what
:mod:`liaison.indicators` says they mean.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Final

from sqlalchemy import ColumnElement, and_, distinct, extract, func, select, true
from sqlalchemy.orm import Session, aliased

from liaison.enums import AgreementStatus, PlacementStatus
from liaison.errors import NotFound
from liaison.model import (
    Agreement,
    Contact,
    Enterprise,
    Major,
    Milestone,
    Outcome,
    Payment,
    Placement,
    Project,
    ProjectPartner,
    Student,
)
from liaison.portable import Column, live, overlaps

#: Placements that happened (planned ones have not yet, withdrawn ones are left out).
HOSTED: Final = (PlacementStatus.ACTIVE.value, PlacementStatus.COMPLETED.value)
#: Agreements past the draft stage.
NOT_IN_FORCE: Final = (AgreementStatus.DRAFT.value,)


def agreement_in_force(start: date, end: date) -> ColumnElement[bool]:
    """The agreement (joined with its live enterprise) is in force some day of the period."""
    a = Agreement
    return and_(
        live(a, Enterprise),
        a.status.not_in(NOT_IN_FORCE),
        overlaps(a.start_date, a.end_date, start, end),
    )


def placement_hosted(start: date, end: date) -> ColumnElement[bool]:
    """The placement (joined with agreement, enterprise and student) was hosted in the period."""
    p = Placement
    return and_(
        live(p, Agreement, Enterprise, Student),
        p.status.in_(HOSTED),
        overlaps(p.start_date, p.end_date, start, end),
    )


def placements_joined(*columns: Any) -> Any:
    """``SELECT columns FROM placement`` joined to its agreement, enterprise and student."""
    return (
        select(*columns)
        .select_from(Placement)
        .join(Agreement, Agreement.id == Placement.agreement_id)
        .join(Enterprise, Enterprise.id == Agreement.enterprise_id)
        .join(Student, Student.id == Placement.student_id)
    )


def partner_projects(enterprise_id: int | None) -> ColumnElement[bool]:
    """The (live) project has the enterprise as a live partner; any project for None."""
    if enterprise_id is None:
        return live(Project)
    pp = ProjectPartner
    return and_(
        live(Project),
        Project.id.in_(
            select(pp.project_id)
            .join(Enterprise, Enterprise.id == pp.enterprise_id)
            .where(live(pp, Enterprise), pp.enterprise_id == enterprise_id)
        ),
    )


def during(column: Column, start: date, end: date) -> ColumnElement[bool]:
    """``column`` within ``start`` … ``end``, both days included."""
    return and_(column >= start, column <= end)


# --- one enterprise ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Profile:
    id: int
    name: str
    uscc: str | None
    industry_section: str | None
    sizing_category: str | None
    employees: int | None
    revenue_fen: int | None
    assets_fen: int | None
    size_class: str
    size_rule: str | None
    size_override: str | None
    size_reason: str | None
    city: str | None
    address: str | None
    website: str | None
    status: str
    tags: str | None
    notes: str | None


def profile(session: Session, enterprise_id: int) -> Profile:
    """The enterprise's own fields; NotFound when it is not live."""
    e = Enterprise
    row = session.execute(
        select(
            e.id,
            e.name,
            e.uscc,
            e.industry_section,
            e.sizing_category,
            e.employees,
            e.revenue_fen,
            e.assets_fen,
            e.size_class,
            e.size_rule,
            e.size_override,
            e.size_reason,
            e.city,
            e.address,
            e.website,
            e.status,
            e.tags,
            e.notes,
        ).where(e.id == enterprise_id, live(e))
    ).one_or_none()
    if row is None:
        raise NotFound("enterprise", enterprise_id)
    return Profile(**row._asdict())


@dataclass(frozen=True, slots=True)
class ContactLine:
    id: int
    name: str
    title: str | None
    phone: str | None
    mobile: str | None
    email: str | None
    wechat: str | None
    is_primary: bool


def contacts(session: Session, enterprise_id: int) -> list[ContactLine]:
    """The enterprise's live contacts, the primary one first."""
    c = Contact
    stmt = (
        select(c.id, c.name, c.title, c.phone, c.mobile, c.email, c.wechat, c.is_primary)
        .where(c.enterprise_id == enterprise_id, live(c))
        .order_by(c.is_primary.desc(), c.name, c.id)
    )
    return [ContactLine(*row) for row in session.execute(stmt)]


@dataclass(frozen=True, slots=True)
class PaymentLine:
    received_on: date
    project_code: str | None
    project_title: str
    amount_fen: int
    reference: str | None


def payments(session: Session, enterprise_id: int, start: date, end: date) -> list[PaymentLine]:
    """Funds received in the period on the enterprise's projects, oldest first."""
    stmt = (
        select(
            Payment.received_on, Project.code, Project.title, Payment.amount_fen, Payment.reference
        )
        .join(Project, Project.id == Payment.project_id)
        .where(
            live(Payment),
            partner_projects(enterprise_id),
            during(Payment.received_on, start, end),
        )
        .order_by(Payment.received_on, Payment.id)
    )
    return [PaymentLine(*row) for row in session.execute(stmt)]


def funds_by_month(
    session: Session, start: date, end: date, enterprise_id: int | None = None
) -> dict[tuple[int, int], int]:
    """Funds received per (year, month) in the period, in fen; months without funds absent."""
    year = extract("year", Payment.received_on)
    month = extract("month", Payment.received_on)
    stmt = (
        select(year, month, func.sum(Payment.amount_fen))
        .join(Project, Project.id == Payment.project_id)
        .where(
            live(Payment),
            partner_projects(enterprise_id),
            during(Payment.received_on, start, end),
        )
        .group_by(year, month)
    )
    return {(int(y), int(m)): int(total or 0) for y, m, total in session.execute(stmt)}


def quarters(start: date, end: date) -> list[tuple[int, int]]:
    """The calendar quarters (year, quarter) the period touches, in order."""
    found: list[tuple[int, int]] = []
    year, quarter = start.year, (start.month - 1) // 3 + 1
    while (year, quarter) <= (end.year, (end.month - 1) // 3 + 1):
        found.append((year, quarter))
        year, quarter = (year + 1, 1) if quarter == 4 else (year, quarter + 1)
    return found


def funds_by_quarter(
    session: Session, start: date, end: date, enterprise_id: int | None = None
) -> list[tuple[tuple[int, int], int]]:
    """Funds received per calendar quarter of the period (every quarter, zeros included)."""
    totals: dict[tuple[int, int], int] = {}
    for (year, month), fen in funds_by_month(session, start, end, enterprise_id).items():
        key = (year, (month - 1) // 3 + 1)
        totals[key] = totals.get(key, 0) + fen
    return [(key, totals.get(key, 0)) for key in quarters(start, end)]


@dataclass(frozen=True, slots=True)
class MilestoneLine:
    project_code: str | None
    project_title: str
    title: str
    due_date: date | None
    done_on: date | None


def milestones(session: Session, project_ids: Sequence[int]) -> list[MilestoneLine]:
    """Milestones of the given projects, by due date (undated last)."""
    if not project_ids:
        return []
    m = Milestone
    stmt = (
        select(Project.code, Project.title, m.title, m.due_date, m.done_on)
        .join(Project, Project.id == m.project_id)
        .where(live(m, Project), m.project_id.in_(list(project_ids)))
        .order_by(m.due_date.is_(None), m.due_date, Project.title, m.id)
    )
    return [MilestoneLine(*row) for row in session.execute(stmt)]


@dataclass(frozen=True, slots=True)
class OutcomeLine:
    project_code: str | None
    project_title: str
    kind: str
    title: str
    identifier: str | None
    achieved_on: date | None


def outcomes(
    session: Session, project_ids: Sequence[int], start: date, end: date
) -> list[OutcomeLine]:
    """Outcomes of the given projects achieved in the period (or not dated yet)."""
    if not project_ids:
        return []
    o = Outcome
    stmt = (
        select(Project.code, Project.title, o.kind, o.title, o.identifier, o.achieved_on)
        .join(Project, Project.id == o.project_id)
        .where(
            live(o, Project),
            o.project_id.in_(list(project_ids)),
            o.achieved_on.is_(None) | during(o.achieved_on, start, end),
        )
        .order_by(o.achieved_on.is_(None), o.achieved_on, o.id)
    )
    return [OutcomeLine(*row) for row in session.execute(stmt)]


def placements_by_major(
    session: Session, start: date, end: date, enterprise_id: int | None = None
) -> list[tuple[str | None, int]]:
    """Students hosted in the period per major (None: no major), most first."""
    students = func.count(distinct(Placement.student_id))
    stmt = (
        placements_joined(Major.name, students)
        .outerjoin(Major, (Major.id == Student.major_id) & live(Major))
        .where(
            placement_hosted(start, end),
            true() if enterprise_id is None else Agreement.enterprise_id == enterprise_id,
        )
        .group_by(Major.name)
        .order_by(students.desc(), Major.name)
    )
    return [(name, int(n)) for name, n in session.execute(stmt)]


# --- agreements for signature -----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class AgreementTerms:
    """An agreement's own fields with its firm, major and the agreement it renews."""

    id: int
    number: str
    kind: str
    title: str | None
    status: str
    start_date: date | None
    end_date: date | None
    themes: str | None
    post: str | None
    place: str | None
    planned_students: int | None
    weekly_hours: int | None
    monthly_pay_fen: int | None
    meals_lodging: str | None
    insurance_policy: str | None
    assessment_method: str | None
    enterprise_signatory: str | None
    college_signatory: str | None
    major_name: str | None
    renews_number: str | None
    enterprise_id: int
    enterprise_name: str
    enterprise_uscc: str | None
    enterprise_address: str | None
    contact_name: str | None  # the firm's primary contact, else its first
    contact_phone: str | None


def agreement_terms(session: Session, agreement_id: int) -> AgreementTerms:
    """What the printed agreement fills in; NotFound unless the agreement and firm are live."""
    a, e = Agreement, Enterprise
    renewed = aliased(Agreement)
    first = aliased(Contact)
    contact = (
        select(first.id)
        .where(first.enterprise_id == e.id, live(first))
        .order_by(first.is_primary.desc(), first.id)
        .limit(1)
        .scalar_subquery()
    )
    row: Any = session.execute(
        select(
            a.id,
            a.number,
            a.kind,
            a.title,
            a.status,
            a.start_date,
            a.end_date,
            a.themes,
            a.post,
            a.place,
            a.planned_students,
            a.weekly_hours,
            a.monthly_pay_fen,
            a.meals_lodging,
            a.insurance_policy,
            a.assessment_method,
            a.enterprise_signatory,
            a.college_signatory,
            Major.name,
            renewed.number,
            e.id,
            e.name,
            e.uscc,
            e.address,
            Contact.name,
            func.coalesce(Contact.mobile, Contact.phone),
        )
        .join(e, e.id == a.enterprise_id)
        .outerjoin(Major, (Major.id == a.major_id) & live(Major))
        .outerjoin(renewed, (renewed.id == a.renewal_of_id) & live(renewed))
        .outerjoin(Contact, Contact.id == contact)
        .where(a.id == agreement_id, live(a, e))
    ).one_or_none()
    if row is None:
        raise NotFound("agreement", agreement_id)
    return AgreementTerms(*row)


@dataclass(frozen=True, slots=True)
class PlacementTerms:
    """A placement with its student and mentors, for the tripartite agreement."""

    id: int
    agreement_id: int
    post: str | None
    start_date: date
    end_date: date | None
    monthly_pay_fen: int | None
    college_tutor: str | None
    mentor_name: str | None
    mentor_phone: str | None
    student_name: str
    student_no: str
    gender: str | None
    birth_date: date | None
    student_phone: str | None
    class_name: str | None
    major_name: str | None
    guardian_name: str | None
    guardian_phone: str | None


def placement_terms(session: Session, placement_id: int) -> PlacementTerms:
    """NotFound unless the placement, its agreement, firm and student are all live."""
    p, s = Placement, Student
    mentor = aliased(Contact)
    row: Any = session.execute(
        select(
            p.id,
            p.agreement_id,
            p.post,
            p.start_date,
            p.end_date,
            p.monthly_pay_fen,
            p.college_tutor,
            mentor.name,
            func.coalesce(mentor.mobile, mentor.phone),
            s.name,
            s.student_no,
            s.gender,
            s.birth_date,
            s.phone,
            s.class_name,
            Major.name,
            s.guardian_name,
            s.guardian_phone,
        )
        .join(Agreement, Agreement.id == p.agreement_id)
        .join(Enterprise, Enterprise.id == Agreement.enterprise_id)
        .join(s, s.id == p.student_id)
        .outerjoin(Major, (Major.id == s.major_id) & live(Major))
        .outerjoin(mentor, (mentor.id == p.enterprise_mentor_id) & live(mentor))
        .where(p.id == placement_id, live(p, Agreement, Enterprise, s))
    ).one_or_none()
    if row is None:
        raise NotFound("placement", placement_id)
    return PlacementTerms(*row)
