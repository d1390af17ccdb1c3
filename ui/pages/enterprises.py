"""The Enterprises area: every partner firm in a list; Enter opens its record in place."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Final

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from liaison import lists
from liaison.enums import EnterpriseStatus, SizeClass
from liaison.indicators import explain_depth
from liaison.lists import EnterpriseRow
from liaison.rules.industry import SECTIONS, section_label
from liaison.services.enterprises import ENTERPRISE_FIELDS
from liaison.services.hub import Services
from ui.i18n import QT_TRANSLATE_NOOP
from ui.models.columns import Column, Format
from ui.pages.area_page import AreaPage
from ui.pages.enterprise_record import EnterpriseRecord
from ui.pages.list_page import ListPage
from ui.pages.list_spec import AreaList, Filter, ListSource, choice_filter

_FIELD = {f.name: f for f in ENTERPRISE_FIELDS}


def enterprise_rows(
    session: Session, ids: Sequence[int], columns: frozenset[str]
) -> list[EnterpriseRow]:
    """Rows for ``ids``; cooperation depth (a few grouped queries a page) only when shown."""
    depth_as_of = date.today() if "depth" in columns else None
    return lists.enterprise_rows(session, ids, depth_as_of=depth_as_of)


ENTERPRISE_COLUMNS: Final[tuple[Column[EnterpriseRow], ...]] = (
    Column("name", _FIELD["name"], lambda r: r.name, sort_key="name", width=260),
    Column("uscc", _FIELD["uscc"], lambda r: r.uscc, sort_key="uscc", width=165),
    Column(
        "industry",
        QT_TRANSLATE_NOOP("columns", "Industry"),
        lambda r: r.industry_section,
        Format.INDUSTRY,
        sort_key="industry",
        width=170,
    ),
    Column(
        "size_class",
        QT_TRANSLATE_NOOP("columns", "Size"),
        lambda r: r.size_class,
        Format.CHOICE,
        sort_key="size_class",
        labels=SizeClass,
        width=95,
    ),
    Column("city", _FIELD["city"], lambda r: r.city, sort_key="city", width=80),
    Column(
        "status",
        _FIELD["status"],
        lambda r: r.status,
        Format.CHOICE,
        sort_key="status",
        labels=EnterpriseStatus,
        width=85,
    ),
    Column(
        "contacts",
        QT_TRANSLATE_NOOP("columns", "Contacts"),
        lambda r: r.contacts,
        Format.NUMBER,
        sort_key="contacts",
        width=70,
    ),
    Column(
        "last_contact",
        QT_TRANSLATE_NOOP("columns", "Last contact"),
        lambda r: r.last_contact,
        Format.DATE,
        sort_key="last_contact",
        width=110,
    ),
    Column(
        "depth",
        QT_TRANSLATE_NOOP("columns", "Cooperation depth"),
        lambda r: r.depth,
        Format.DEPTH,
        tooltip=lambda r: explain_depth(),
        width=140,
    ),
    Column("tags", _FIELD["tags"], lambda r: r.tags),
)

ENTERPRISE_LIST: Final[AreaList[EnterpriseRow]] = AreaList(
    key="enterprises",
    entity="enterprise",
    source=ListSource(
        lists.enterprise_ids,
        lists.enterprise_rows,
        paged=True,
        rows_with=enterprise_rows,
    ),
    columns=ENTERPRISE_COLUMNS,
    default_order="name",
    filters=(
        choice_filter("status", QT_TRANSLATE_NOOP("lists", "Status"), EnterpriseStatus, "status"),
        choice_filter("size", QT_TRANSLATE_NOOP("lists", "Size"), SizeClass, "size_class"),
        Filter(
            "industry",
            QT_TRANSLATE_NOOP("lists", "Industry"),
            lambda: [(section_label(letter), {"industry": letter}) for letter in SECTIONS],
        ),
    ),
    count_one=QT_TRANSLATE_NOOP("lists", "1 enterprise"),
    count_many=QT_TRANSLATE_NOOP("lists", "%1 enterprises"),
    empty_title=QT_TRANSLATE_NOOP("lists", "No enterprises yet"),
    empty_message=QT_TRANSLATE_NOOP(
        "lists", "Import a spreadsheet of your partner enterprises, or add one by hand."
    ),
    new_text=QT_TRANSLATE_NOOP("lists", "New enterprise"),
    icon="building-2",
    hidden_columns=("tags", "depth"),
)


class EnterprisesArea(AreaPage):
    """The list of enterprises; an enterprise's record opens in its place."""

    def __init__(
        self, services: Services, settings: QSettings | None = None, parent: QWidget | None = None
    ) -> None:
        self.services = services
        self.settings = settings or QSettings()
        super().__init__(
            "enterprises", ListPage(ENTERPRISE_LIST, services, settings=self.settings), parent
        )
        self.list_page.opener = self.open_enterprise
        self.openers["enterprise"] = self.open_enterprise
        self.openers["contact"] = self.open_contact

    def record(self) -> EnterpriseRecord | None:
        """The enterprise record on show, if any."""
        return self.detail if isinstance(self.detail, EnterpriseRecord) else None

    def open_enterprise(self, enterprise_id: int, tab: str | None = None) -> EnterpriseRecord:
        record = EnterpriseRecord(self.services, enterprise_id, settings=self.settings)
        self.show_detail(record)
        if tab is not None:
            record.show_tab(tab)
        return record

    def open_contact(self, contact_id: int) -> EnterpriseRecord:
        enterprise_id = self.services.contacts.get(contact_id).enterprise_id
        record = self.open_enterprise(enterprise_id)
        record.select_in_tab("contacts", contact_id)
        return record
