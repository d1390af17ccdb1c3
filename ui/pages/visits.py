"""Visits & follow-ups: every visit, call and meeting, and the follow-ups agreed in them."""

from __future__ import annotations

from datetime import date
from typing import Final

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QWidget

from liaison import lists
from liaison.enums import InteractionKind
from liaison.lists import InteractionRow
from liaison.services.hub import Services
from liaison.services.interactions import INTERACTION_FIELDS
from ui.i18n import QT_TRANSLATE_NOOP
from ui.models.columns import Column, Format
from ui.pages.area_page import AreaPage
from ui.pages.cooperation_lists import PERIOD_FILTER
from ui.pages.list_page import ListPage
from ui.pages.list_spec import AreaList, Filter, ListSource, choice_filter
from ui.tasks import run_in_background

_FIELD = {f.name: f for f in INTERACTION_FIELDS}


def is_open(row: InteractionRow) -> bool:
    """A follow-up was agreed (it has a due date) and is not done yet."""
    return row.follow_up_due is not None and not row.follow_up_done


def _overdue(row: InteractionRow) -> str | None:
    due = row.follow_up_due
    return "negative" if is_open(row) and due is not None and due < date.today() else None


VISIT_COLUMNS: Final[tuple[Column[InteractionRow], ...]] = (
    Column("date", _FIELD["occurred_on"], lambda r: r.occurred_on, Format.DATE, sort_key="date"),
    Column(
        "kind",
        _FIELD["kind"],
        lambda r: r.kind,
        Format.CHOICE,
        sort_key="kind",
        labels=InteractionKind,
        width=90,
    ),
    Column(
        "enterprise",
        _FIELD["enterprise_id"],
        lambda r: r.enterprise_name,
        sort_key="enterprise",
        width=200,
    ),
    Column("contact", _FIELD["contact_id"], lambda r: r.contact_name, width=100),
    Column("summary", _FIELD["summary"], lambda r: r.summary, width=250),
    Column("follow_up", _FIELD["follow_up_action"], lambda r: r.follow_up_action, width=170),
    Column(
        "due",
        _FIELD["follow_up_due"],
        lambda r: r.follow_up_due,
        Format.DATE,
        sort_key="follow_up_due",
        tone=_overdue,
    ),
    Column(
        "done",
        _FIELD["follow_up_done"],
        lambda r: r.follow_up_done if r.follow_up_due is not None else None,
        Format.BOOL,
        width=80,
    ),
    Column("officer", _FIELD["officer"], lambda r: r.officer, sort_key="officer", width=100),
)

VISIT_LIST: Final[AreaList[InteractionRow]] = AreaList(
    key="visits",
    entity="interaction",
    source=ListSource(lists.interaction_ids, lists.interaction_rows, paged=True),
    columns=VISIT_COLUMNS,
    default_order="date",
    default_descending=True,
    filters=(
        choice_filter("kind", QT_TRANSLATE_NOOP("lists", "Kind"), InteractionKind, "kind"),
        PERIOD_FILTER,
        Filter(
            "follow_ups",
            QT_TRANSLATE_NOOP("lists", "Follow-ups"),
            lambda: [
                (
                    QCoreApplication.translate("lists", "Open follow-ups only"),
                    {"follow_up_open": True},
                ),
                (
                    QCoreApplication.translate("lists", "No open follow-up"),
                    {"follow_up_open": False},
                ),
            ],
        ),
    ),
    count_one=QT_TRANSLATE_NOOP("lists", "1 visit or contact"),
    count_many=QT_TRANSLATE_NOOP("lists", "%1 visits and contacts"),
    empty_title=QT_TRANSLATE_NOOP("lists", "No visits recorded yet"),
    empty_message=QT_TRANSLATE_NOOP(
        "lists", "Log every visit and call, and the follow-ups agreed, to keep track (Ctrl+L)."
    ),
    new_text=QT_TRANSLATE_NOOP("lists", "Log a visit"),
    icon="footprints",
)

MARK_DONE = QT_TRANSLATE_NOOP("lists", "Mark follow-up done")


def add_mark_done(page: ListPage[InteractionRow], services: Services) -> None:
    """A "Mark follow-up done" button for the open follow-ups selected in ``page``."""

    def mark(ids: list[int]) -> None:
        wanted = [row.id for row in page.selected_rows() if row.id in ids and is_open(row)]

        def job(_task: object) -> list[int]:
            for record_id in wanted:
                services.interactions.mark_done(record_id)
            return wanted

        def done(marked: list[int]) -> None:
            page.reload(select=marked[0] if marked else None)
            page.changed.emit()

        run_in_background(
            page,
            job,
            on_success=done,
            title=QCoreApplication.translate("lists", "Saving"),
            with_progress=False,
        )

    page.add_action(MARK_DONE, "check", mark, needs=lambda rows: any(is_open(r) for r in rows))


def visit_list(
    services: Services,
    *,
    settings: QSettings | None = None,
    enterprise_id: int | None = None,
    parent: QWidget | None = None,
) -> ListPage[InteractionRow]:
    """The visits list, of every firm or (compact, inside its record) of one."""
    if enterprise_id is None:
        page = ListPage(VISIT_LIST, services, settings=settings, parent=parent)
    else:
        page = ListPage(
            VISIT_LIST,
            services,
            fixed={"enterprise_id": enterprise_id},
            compact=True,
            settings=settings,
            settings_key="enterprise_record/visits",
            hide=("enterprise",),
            parent=parent,
        )
    add_mark_done(page, services)
    return page


class VisitsArea(AreaPage):
    """Visits & follow-ups of every firm; Enter opens the visit in its editor."""

    def __init__(
        self, services: Services, settings: QSettings | None = None, parent: QWidget | None = None
    ) -> None:
        self.services = services
        super().__init__("visits", visit_list(services, settings=settings), parent)
        self.openers["interaction"] = self.open_visit

    def open_visit(self, interaction_id: int) -> None:
        self.list_page.select_id(interaction_id)
        self.list_page.edit_record(interaction_id)
