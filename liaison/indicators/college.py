"""The college's cooperation figures for a period."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import ColumnElement, and_, case, distinct, exists, func, select
from sqlalchemy.orm import Session

from liaison.enums import EnterpriseStatus, InteractionKind
from liaison.indicators.activity import Activity, activity
from liaison.indicators.contact import SILENT_DAYS
from liaison.indicators.figures import Share
from liaison.indicators.scope import (
    Scope,
    agreements_in_force,
    grouped,
    hosted_placements,
    scalar_int,
    sum_by,
    under_live,
)
from liaison.model import Agreement, Enterprise, Interaction, Major, Placement, Student
from liaison.portable import AnySelect, live, run, unindexed


@dataclass(frozen=True, slots=True)
class CollegeIndicators(Activity):
    enterprises_by_status: dict[str, int]
    partners: int
    partners_by_size: dict[str, int]
    partners_by_industry: dict[str | None, int]
    partners_with_agreements: int
    partners_silent: int  # not contacted for 180 days or more by the period's end
    partner_visits: int  # field visits to partners in the period
    majors_with_partners: Share

    @property
    def visits_per_partner(self) -> Decimal | None:
        return Share(self.partner_visits, self.partners).ratio


def college_indicators(session: Session, start: date, end: date) -> CollegeIndicators:
    """The college's cooperation figures for ``start`` … ``end`` (see the package docstring)."""
    scope = Scope(start, end)
    by_status, by_size, by_industry = _enterprises(session)
    with_agreements = select(func.count(distinct(Agreement.enterprise_id))).where(
        agreements_in_force(scope)
    )
    return CollegeIndicators(
        **activity(session, scope),
        enterprises_by_status=by_status,
        partners=by_status.get(EnterpriseStatus.ACTIVE.value, 0),
        partners_by_size=by_size,
        partners_by_industry=by_industry,
        partners_with_agreements=scalar_int(session, with_agreements),
        partners_silent=scalar_int(session, _silent_partners(end)),
        partner_visits=scalar_int(session, _partner_visits(scope)),
        majors_with_partners=_majors_with_partners(session, scope),
    )


def _partner() -> ColumnElement[bool]:
    """Partners: firms with status active, not in the trash (tested on the id, so that the
    status index alone answers, without reading each firm's row)."""
    return and_(
        Enterprise.status == EnterpriseStatus.ACTIVE.value, under_live(Enterprise.id, Enterprise)
    )


def _enterprises(
    session: Session,
) -> tuple[dict[str, int], dict[str, int], dict[str | None, int]]:
    """Live firms by status, and partners by size class and by industry (one pass each)."""
    ent = Enterprise
    by_status = grouped(
        session,
        select(ent.status, func.count()).where(under_live(ent.id, Enterprise)).group_by(ent.status),
    )
    partners = run(
        session,
        select(ent.size_class, ent.industry_section, func.count())
        .where(_partner())
        .group_by(ent.size_class, ent.industry_section),
    ).all()
    return by_status, sum_by(partners, 0), sum_by(partners, 1)


def _silent_partners(end: date) -> AnySelect:
    """Partners with no live interaction in the 180 days up to ``end`` (the same as a last
    contact on or before ``end`` that is 180 days old or more, or none).

    NOT EXISTS rather than each firm's latest contact: one short index range per partner, an
    anti-join on PostgreSQL, where the latest contacts read every interaction ever logged.
    """
    i = Interaction
    recent = select(i.id).where(
        i.enterprise_id == Enterprise.id,
        i.occurred_on > end - timedelta(days=SILENT_DAYS),
        i.occurred_on <= end,
        live(i),
    )
    return select(func.count()).select_from(Enterprise).where(_partner(), ~exists(recent))


def _partner_visits(scope: Scope) -> AnySelect:
    i = Interaction
    partners = select(Enterprise.id).where(_partner())
    # The partners are a third of all firms: SQLite would look up each one's interactions,
    # where the period's range of the date index holds kind and firm and is read faster.
    return select(func.count()).where(
        live(i),
        i.kind == InteractionKind.VISIT.value,
        scope.during(i.occurred_on),
        unindexed(i.enterprise_id).in_(partners),
    )


def _majors_with_partners(session: Session, scope: Scope) -> Share:
    """Live majors named by an agreement in force or with a student hosted, out of all.

    The students hosted are listed once for all majors; each major then reads its students
    from the major index until one is on the list (with the list's ids unindexed, else SQLite
    walks the whole list for every major). Agreed majors are tested first, the cheaper test.
    """
    hosted = select(Placement.student_id).where(hosted_placements(scope))
    placed = exists(
        select(Student.id).where(
            Student.major_id == Major.id, unindexed(Student.id).in_(hosted), live(Student)
        )
    )
    agreed = Major.id.in_(
        select(Agreement.major_id).where(
            agreements_in_force(scope), Agreement.major_id.is_not(None)
        )
    )
    majors = session.execute(
        select(func.count(), func.count(case((agreed | placed, 1)))).where(live(Major))
    ).one()
    return Share(int(majors[1]), int(majors[0]))


def year_over_year(session: Session, year: int) -> tuple[CollegeIndicators, CollegeIndicators]:
    """The college's indicators for calendar ``year`` and for the year before."""
    return (
        college_indicators(session, date(year, 1, 1), date(year, 12, 31)),
        college_indicators(session, date(year - 1, 1, 1), date(year - 1, 12, 31)),
    )
