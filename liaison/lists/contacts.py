"""An enterprise's contacts as a list (the Contacts tab of its record).

Contacts are always seen within their firm, so the list is usually one enterprise's; the
primary contact comes first, then the chosen order.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from liaison.model import Contact, Enterprise
from liaison.portable import contains, ids_of, is_query, live, matches, ordered, rows_in_order


@dataclass(frozen=True, slots=True)
class ContactRow:
    id: int
    name: str
    title: str | None
    mobile: str | None
    phone: str | None
    email: str | None
    wechat: str | None
    is_primary: bool
    enterprise_id: int
    enterprise_name: str


def contact_ids(
    session: Session,
    *,
    search: str = "",
    enterprise_id: int | None = None,
    order_by: str = "name",
    descending: bool = False,
) -> list[int]:
    """Live contacts of live firms; the primary contact first, then by name (or title)."""
    c = Contact
    keys = {"name": func.lower(c.name), "title": func.lower(func.coalesce(c.title, ""))}
    stmt = (
        select(c.id)
        .join(Enterprise, Enterprise.id == c.enterprise_id)
        .where(
            live(c, Enterprise, selective=enterprise_id is not None),
            matches(c.enterprise_id, enterprise_id),
        )
        .order_by(c.is_primary.desc())
    )
    if is_query(search):
        stmt = stmt.where(contains(c.search_text, search))
    return ids_of(session, ordered(stmt, keys, order_by, descending, c.id))


def contact_rows(session: Session, ids: Sequence[int]) -> list[ContactRow]:
    c = Contact
    stmt = (
        select(
            c.id,
            c.name,
            c.title,
            c.mobile,
            c.phone,
            c.email,
            c.wechat,
            c.is_primary,
            c.enterprise_id,
            Enterprise.name,
        )
        .join(Enterprise, Enterprise.id == c.enterprise_id)
        .where(c.id.in_(list(ids)), live(c, selective=True))
    )
    return rows_in_order(session, stmt, ids, ContactRow)
