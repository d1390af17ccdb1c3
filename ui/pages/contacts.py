"""An enterprise's contacts as a list (the Contacts tab of its record).

``liaison.lists`` has no contact list (contacts are always seen within their firm), so the two
calls a list needs are here, built from the core's portable query pieces like the others.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from liaison.model import Contact, Enterprise
from liaison.portable import contains, is_query, live, matches
from liaison.services.enterprises import CONTACT_FIELDS
from ui.i18n import QT_TRANSLATE_NOOP
from ui.models.columns import Column, Format
from ui.pages.list_spec import AreaList, ListSource

_FIELD = {f.name: f for f in CONTACT_FIELDS}


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
    if order_by not in keys:
        raise ValueError(f"unknown sort key {order_by!r} (known: name, title)")
    key = keys[order_by]
    stmt = (
        select(c.id)
        .join(Enterprise, Enterprise.id == c.enterprise_id)
        .where(live(c, Enterprise), matches(c.enterprise_id, enterprise_id))
        .order_by(c.is_primary.desc(), key.desc() if descending else key, c.id)
    )
    if is_query(search):
        stmt = stmt.where(contains(c.search_text, search))
    return list(session.scalars(stmt))


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
        .where(c.id.in_(list(ids)), live(c))
    )
    by_id = {row[0]: ContactRow(*row) for row in session.execute(stmt)}  # type: ignore[call-arg]
    return [by_id[i] for i in ids if i in by_id]


CONTACT_COLUMNS: Final[tuple[Column[ContactRow], ...]] = (
    Column("name", _FIELD["name"], lambda r: r.name, sort_key="name", width=160),
    Column("title", _FIELD["title"], lambda r: r.title, sort_key="title", width=160),
    Column("mobile", _FIELD["mobile"], lambda r: r.mobile, width=130),
    Column("phone", _FIELD["phone"], lambda r: r.phone, width=130),
    Column("email", _FIELD["email"], lambda r: r.email, width=200),
    Column("wechat", _FIELD["wechat"], lambda r: r.wechat, width=120),
    Column("primary", _FIELD["is_primary"], lambda r: r.is_primary or None, Format.BOOL),
    Column("enterprise", QT_TRANSLATE_NOOP("columns", "Enterprise"), lambda r: r.enterprise_name),
)

CONTACT_LIST: Final[AreaList[ContactRow]] = AreaList(
    key="contacts",
    entity="contact",
    source=ListSource(contact_ids, contact_rows),
    columns=CONTACT_COLUMNS,
    default_order="name",
    count_one=QT_TRANSLATE_NOOP("lists", "1 contact"),
    count_many=QT_TRANSLATE_NOOP("lists", "%1 contacts"),
    empty_title=QT_TRANSLATE_NOOP("lists", "No contacts yet"),
    empty_message=QT_TRANSLATE_NOOP(
        "lists", "Add the people you deal with at this enterprise: who decides, who mentors."
    ),
    new_text=QT_TRANSLATE_NOOP("lists", "New contact"),
    icon="users",
    hidden_columns=("wechat", "enterprise"),
)
