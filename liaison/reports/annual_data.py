"""The college-wide figures of the annual report that :mod:`liaison.indicators` does not give.

Each function runs a handful of grouped queries whatever the number of enterprises (the annual
report must stay fast on 10,000 firms): figures per major, per theme, per agreement kind signed
in the year, the projects that brought the most funds, and one line per active partner.
Periods are inclusive; "in force" and "hosted" mean what :mod:`liaison.indicators` says.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, Final

from sqlalchemy import ColumnElement, and_, case, distinct, func, select, union
from sqlalchemy.orm import Session

from liaison import lists
from liaison.enums import EnterpriseStatus, InteractionKind, ProjectStatus, Theme
from liaison.indicators import depth_for_all, last_contacts
from liaison.model import (
    Agreement,
    Employment,
    Enterprise,
    Interaction,
    Major,
    Payment,
    Placement,
    Project,
    ProjectPartner,
    Student,
)
from liaison.portable import Column, live, overlaps
from liaison.reports.data import (
    NOT_IN_FORCE,
    agreement_in_force,
    during,
    placement_hosted,
    placements_joined,
)

#: Projects past the proposal stage and not cancelled.
_NO_CONTRACT: Final = (ProjectStatus.PROPOSED.value, ProjectStatus.CANCELLED.value)
THEMES: Final = tuple(t.value for t in Theme)


def _has_theme(column: Column, theme: str) -> ColumnElement[bool]:
    # Themes are stored comma-separated; no theme's name is part of another's.
    return column.like(f"%{theme}%")


def _counts(session: Session, stmt: Any) -> dict[Any, int]:
    return {key: int(n or 0) for key, n in session.execute(stmt)}


# --- majors -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class MajorLine:
    id: int
    name: str
    partners: int  # firms with an agreement for the major in force, or hosting its students
    agreements: int  # agreements in force naming the major
    students_placed: int
    graduates_employed: int


def majors(session: Session, start: date, end: date) -> list[MajorLine]:
    """Every live major with its partner firms, agreements, placements and graduates employed."""
    a = Agreement
    agreed = (
        select(a.major_id.label("major_id"), a.enterprise_id.label("enterprise_id"))
        .join(Enterprise, Enterprise.id == a.enterprise_id)
        .where(agreement_in_force(start, end), a.major_id.is_not(None))
    )
    hosted = placements_joined(
        Student.major_id.label("major_id"), Agreement.enterprise_id.label("enterprise_id")
    ).where(placement_hosted(start, end), Student.major_id.is_not(None))
    pairs = union(agreed, hosted).subquery()
    partners = _counts(
        session,
        select(pairs.c.major_id, func.count(distinct(pairs.c.enterprise_id))).group_by(
            pairs.c.major_id
        ),
    )
    agreements = _counts(
        session,
        select(a.major_id, func.count())
        .join(Enterprise, Enterprise.id == a.enterprise_id)
        .where(agreement_in_force(start, end))
        .group_by(a.major_id),
    )
    placed = _counts(
        session,
        placements_joined(Student.major_id, func.count(distinct(Placement.student_id)))
        .where(placement_hosted(start, end))
        .group_by(Student.major_id),
    )
    e = Employment
    employed = _counts(
        session,
        select(Student.major_id, func.count(distinct(e.student_id)))
        .join(Student, Student.id == e.student_id)
        .join(Enterprise, Enterprise.id == e.enterprise_id)
        .where(live(e, Student, Enterprise), during(e.hired_on, start, end))
        .group_by(Student.major_id),
    )
    rows = session.execute(
        select(Major.id, Major.name).where(live(Major)).order_by(Major.code, Major.name, Major.id)
    )
    return [
        MajorLine(
            mid,
            name,
            partners.get(mid, 0),
            agreements.get(mid, 0),
            placed.get(mid, 0),
            employed.get(mid, 0),
        )
        for mid, name in rows
    ]


# --- themes -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ThemeFigures:
    """Per theme (innovation, green, sharing): what carries it in the period."""

    agreements: dict[str, int]  # agreements in force carrying the theme
    students: dict[str, int]  # students hosted under such agreements
    projects: dict[str, int]  # projects under way (past the proposal stage) carrying it
    funds_fen: dict[str, int]  # funds received in the period on such projects


def _per_theme(session: Session, column: Column, value: Any, stmt_for: Any) -> dict[str, int]:
    """One query: for each theme, ``value`` aggregated over the rows carrying it."""
    columns = [value(_has_theme(column, theme)) for theme in THEMES]
    row = session.execute(stmt_for(*columns)).one()
    return {theme: int(n or 0) for theme, n in zip(THEMES, row, strict=True)}


def themes(session: Session, start: date, end: date) -> ThemeFigures:
    a = Agreement
    agreements = _per_theme(
        session,
        a.themes,
        lambda has: func.count(case((has, 1))),
        lambda *cols: (
            select(*cols)
            .select_from(a)
            .join(Enterprise, Enterprise.id == a.enterprise_id)
            .where(agreement_in_force(start, end))
        ),
    )
    students = _per_theme(
        session,
        a.themes,
        lambda has: func.count(distinct(case((has, Placement.student_id)))),
        lambda *cols: placements_joined(*cols).where(placement_hosted(start, end)),
    )
    running = and_(
        live(Project),
        Project.status.not_in(_NO_CONTRACT),
        overlaps(Project.start_date, Project.end_date, start, end),
    )
    projects = _per_theme(
        session,
        Project.themes,
        lambda has: func.count(case((has, 1))),
        lambda *cols: select(*cols).select_from(Project).where(running),
    )
    funds = _per_theme(
        session,
        Project.themes,
        lambda has: func.sum(case((has, Payment.amount_fen), else_=0)),
        lambda *cols: (
            select(*cols)
            .select_from(Payment)
            .join(Project, Project.id == Payment.project_id)
            .where(live(Payment, Project), during(Payment.received_on, start, end))
        ),
    )
    return ThemeFigures(agreements, students, projects, funds)


# --- agreements signed ------------------------------------------------------------------------


def signed_by_kind(session: Session, start: date, end: date) -> dict[str, int]:
    """Agreements (past the draft stage) whose signing day, the college's or else the firm's,
    falls in the period, per kind."""
    a = Agreement
    signed_on = func.coalesce(a.college_signed_on, a.enterprise_signed_on)
    return _counts(
        session,
        select(a.kind, func.count())
        .join(Enterprise, Enterprise.id == a.enterprise_id)
        .where(
            live(a, Enterprise),
            a.status.not_in(NOT_IN_FORCE),
            during(signed_on, start, end),
        )
        .group_by(a.kind),
    )


# --- projects ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TopProject:
    row: lists.ProjectRow
    funds_in_period_fen: int


def top_projects(session: Session, start: date, end: date, limit: int = 10) -> list[TopProject]:
    """The projects that received the most funds in the period, most first."""
    total = func.sum(Payment.amount_fen)
    ranked = list(
        session.execute(
            select(Payment.project_id, total)
            .join(Project, Project.id == Payment.project_id)
            .where(live(Payment, Project), during(Payment.received_on, start, end))
            .group_by(Payment.project_id)
            .order_by(total.desc(), Payment.project_id)
            .limit(limit)
        )
    )
    funds = {pid: int(fen or 0) for pid, fen in ranked}
    rows = lists.project_rows(session, [pid for pid, _fen in ranked])
    return [TopProject(row, funds[row.id]) for row in rows]


# --- active partners --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PartnerLine:
    """One active partner's year, as the appendix and the top-partner table list it."""

    id: int
    name: str
    uscc: str | None
    industry_section: str | None
    size_class: str
    city: str | None
    agreements: int = 0
    students: int = 0
    projects: int = 0
    funds_fen: int = 0
    hires: int = 0
    visits: int = 0
    last_contact: date | None = None
    depth: int = 0


def partners(session: Session, start: date, end: date, as_of: date) -> list[PartnerLine]:
    """Every live active partner with its figures for the period and its depth as of ``as_of``,
    by name; eight grouped queries whatever the number of firms."""
    e = Enterprise
    a = Agreement
    grouped: dict[str, dict[int, int]] = {}
    grouped["agreements"] = _counts(
        session,
        select(a.enterprise_id, func.count())
        .join(e, e.id == a.enterprise_id)
        .where(agreement_in_force(start, end))
        .group_by(a.enterprise_id),
    )
    grouped["students"] = _counts(
        session,
        placements_joined(Agreement.enterprise_id, func.count(distinct(Placement.student_id)))
        .where(placement_hosted(start, end))
        .group_by(Agreement.enterprise_id),
    )
    pp = ProjectPartner
    grouped["projects"] = _counts(
        session,
        select(pp.enterprise_id, func.count(distinct(Project.id)))
        .join(Project, Project.id == pp.project_id)
        .where(
            live(pp, Project),
            Project.status.not_in(_NO_CONTRACT),
            overlaps(Project.start_date, Project.end_date, start, end),
        )
        .group_by(pp.enterprise_id),
    )
    grouped["funds_fen"] = _counts(
        session,
        select(pp.enterprise_id, func.sum(Payment.amount_fen))
        .join(Project, Project.id == pp.project_id)
        .join(Payment, Payment.project_id == Project.id)
        .where(live(pp, Project, Payment), during(Payment.received_on, start, end))
        .group_by(pp.enterprise_id),
    )
    emp = Employment
    grouped["hires"] = _counts(
        session,
        select(emp.enterprise_id, func.count(distinct(emp.student_id)))
        .join(Student, Student.id == emp.student_id)
        .where(live(emp, Student), during(emp.hired_on, start, end))
        .group_by(emp.enterprise_id),
    )
    i = Interaction
    grouped["visits"] = _counts(
        session,
        select(i.enterprise_id, func.count())
        .where(
            live(i),
            i.kind == InteractionKind.VISIT.value,
            during(i.occurred_on, start, end),
        )
        .group_by(i.enterprise_id),
    )
    depth = depth_for_all(session, as_of)
    last = last_contacts(as_of)
    stmt = (
        select(e.id, e.name, e.uscc, e.industry_section, e.size_class, e.city, last.c.last_contact)
        .outerjoin(last, last.c.enterprise_id == e.id)
        .where(live(e), e.status == EnterpriseStatus.ACTIVE.value)
        .order_by(e.name_key, e.id)
    )
    found: list[PartnerLine] = []
    for eid, name, code, section, size, city, seen in session.execute(stmt):
        found.append(
            PartnerLine(
                eid,
                name,
                code,
                section,
                size,
                city,
                last_contact=seen,
                depth=depth.get(eid, 0),
                **{key: values.get(eid, 0) for key, values in grouped.items()},
            )
        )
    return found


def top_by_depth(lines: list[PartnerLine], limit: int = 20) -> list[PartnerLine]:
    """The deepest partners; ties go to more funds, then more students, then agreements."""
    ranked = sorted(
        lines,
        key=lambda p: (-p.depth, -p.funds_fen, -p.students, -p.agreements, -p.visits, p.name),
    )
    return ranked[:limit]


def depth_distribution(lines: list[PartnerLine]) -> dict[int, int]:
    """Active partners per depth level 0–5 (every level present)."""
    counts = dict.fromkeys(range(6), 0)
    for line in lines:
        counts[line.depth] = counts.get(line.depth, 0) + 1
    return counts
