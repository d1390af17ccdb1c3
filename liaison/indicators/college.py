"""The college's cooperation figures for a period."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import and_, case, distinct, exists, func, select
from sqlalchemy.orm import Session

from liaison.enums import EnterpriseStatus, InteractionKind
from liaison.indicators.activity import Activity, activity
from liaison.indicators.contact import SILENT_DAYS, last_contacts
from liaison.indicators.figures import Share
from liaison.indicators.scope import (
    Scope,
    agreements_in_force,
    grouped,
    hosted_placements,
    placements_joined,
    scalar_int,
)
from liaison.model import Agreement, Enterprise, Interaction, Major, Placement, Student
from liaison.portable import live


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
    ent = Enterprise
    partner = and_(live(ent), ent.status == EnterpriseStatus.ACTIVE.value)

    by_status = grouped(
        session, select(ent.status, func.count()).where(live(ent)).group_by(ent.status)
    )
    by_size = grouped(
        session, select(ent.size_class, func.count()).where(partner).group_by(ent.size_class)
    )
    by_industry = grouped(
        session,
        select(ent.industry_section, func.count()).where(partner).group_by(ent.industry_section),
    )
    with_agreements = scalar_int(
        session,
        select(func.count(distinct(Agreement.enterprise_id)))
        .join(ent, ent.id == Agreement.enterprise_id)
        .where(agreements_in_force(scope)),
    )
    last = last_contacts(end)
    silent = scalar_int(
        session,
        select(func.count())
        .select_from(ent)
        .outerjoin(last, last.c.enterprise_id == ent.id)
        .where(
            partner,
            last.c.last_contact.is_(None)
            | (last.c.last_contact <= end - timedelta(days=SILENT_DAYS)),
        ),
    )
    partner_visits = scalar_int(
        session,
        select(func.count())
        .select_from(Interaction)
        .join(ent, ent.id == Interaction.enterprise_id)
        .where(
            partner,
            live(Interaction),
            Interaction.kind == InteractionKind.VISIT.value,
            scope.during(Interaction.occurred_on),
        ),
    )
    placed_major = exists(
        placements_joined(Placement.id).where(
            hosted_placements(scope), Student.major_id == Major.id
        )
    )
    agreed_major = exists(
        select(Agreement.id)
        .join(ent, ent.id == Agreement.enterprise_id)
        .where(agreements_in_force(scope), Agreement.major_id == Major.id)
    )
    majors = session.execute(
        select(func.count(), func.count(case((placed_major | agreed_major, 1)))).where(live(Major))
    ).one()
    return CollegeIndicators(
        **activity(session, scope),
        enterprises_by_status=by_status,
        partners=by_status.get(EnterpriseStatus.ACTIVE.value, 0),
        partners_by_size=by_size,
        partners_by_industry=by_industry,
        partners_with_agreements=with_agreements,
        partners_silent=silent,
        partner_visits=partner_visits,
        majors_with_partners=Share(int(majors[1]), int(majors[0])),
    )


def year_over_year(session: Session, year: int) -> tuple[CollegeIndicators, CollegeIndicators]:
    """The college's indicators for calendar ``year`` and for the year before."""
    return (
        college_indicators(session, date(year, 1, 1), date(year, 12, 31)),
        college_indicators(session, date(year - 1, 1, 1), date(year - 1, 12, 31)),
    )
