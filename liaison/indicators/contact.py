"""The last contact with each enterprise, and the days since."""

from __future__ import annotations

from datetime import date
from typing import Final

from sqlalchemy import Subquery, func, select
from sqlalchemy.orm import Session

from liaison.indicators.scope import grouped
from liaison.model import Enterprise, Interaction
from liaison.portable import days_between, ids_of, live

SILENT_DAYS: Final = 180


def last_contacts(as_of: date | None) -> Subquery:
    """``(enterprise_id, last_contact)``: the latest live interaction on or before ``as_of``
    (any date when None)."""
    i = Interaction
    stmt = select(i.enterprise_id, func.max(i.occurred_on).label("last_contact")).where(live(i))
    if as_of is not None:
        stmt = stmt.where(i.occurred_on <= as_of)
    return stmt.group_by(i.enterprise_id).subquery("last_contacts")


def days_since_last_contact(session: Session, today: date) -> dict[int, int | None]:
    """Every live enterprise's days since its last contact up to ``today`` (None: never).

    The days are counted in SQL for each firm contacted and matched to the live firms here:
    an outer join in SQL would index the 100,000 last contacts again to look each firm up.
    """
    last = last_contacts(today)
    days = grouped(session, select(last.c.enterprise_id, days_between(last.c.last_contact, today)))
    return {
        eid: days.get(eid) for eid in ids_of(session, select(Enterprise.id).where(live(Enterprise)))
    }
