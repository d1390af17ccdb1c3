"""An enterprise's contacts as a list (the Contacts tab of its record): columns and texts;
the queries are the core's (:mod:`liaison.lists.contacts`)."""

from __future__ import annotations

from typing import Final

from liaison.lists import ContactRow, contact_ids, contact_rows
from liaison.services.enterprises import CONTACT_FIELDS
from ui.i18n import QT_TRANSLATE_NOOP
from ui.models.columns import Column, Format
from ui.pages.list_spec import AreaList, ListSource

_FIELD = {f.name: f for f in CONTACT_FIELDS}


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
