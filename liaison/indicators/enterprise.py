"""One enterprise's cooperation figures for a period."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from liaison.errors import NotFound
from liaison.indicators.activity import Activity, activity
from liaison.indicators.depth import Depth, cooperation_depth
from liaison.indicators.scope import Scope, scalar_int
from liaison.model import Contact, Enterprise, Interaction
from liaison.portable import live


@dataclass(frozen=True, slots=True)
class EnterpriseIndicators(Activity):
    enterprise_id: int
    name: str
    status: str
    contacts: int
    last_contact: date | None  # on or before the period's end
    days_since_last_contact: int | None  # counted to the period's end
    depth: Depth


def enterprise_indicators(
    session: Session, enterprise_id: int, start: date, end: date
) -> EnterpriseIndicators:
    """One enterprise's cooperation figures for ``start`` … ``end``; NotFound if not live."""
    found = session.execute(
        select(Enterprise.name, Enterprise.status).where(
            Enterprise.id == enterprise_id, live(Enterprise)
        )
    ).one_or_none()
    if found is None:
        raise NotFound("enterprise", enterprise_id)
    scope = Scope(start, end, enterprise_id)
    contacts = scalar_int(
        session,
        select(func.count()).where(
            live(Contact, selective=True), Contact.enterprise_id == enterprise_id
        ),
    )
    last = session.scalar(
        select(func.max(Interaction.occurred_on)).where(
            live(Interaction, selective=True),
            Interaction.enterprise_id == enterprise_id,
            Interaction.occurred_on <= end,
        )
    )
    return EnterpriseIndicators(
        **activity(session, scope),
        enterprise_id=enterprise_id,
        name=found.name,
        status=found.status,
        contacts=contacts,
        last_contact=last,
        days_since_last_contact=None if last is None else (end - last).days,
        depth=cooperation_depth(session, enterprise_id, end),
    )
