"""Documents asked for from other pages: the Reports area opened on a document, built for
the records at hand.

"Cooperation report" and "Visit sheets" on the Enterprises list and in an enterprise's record
(:class:`RecordReportButtons`), "Visit sheets (day's route)" on the Visits list — added from
outside through the hooks the pages offer, so the list and record pages need not know the
Reports page (:mod:`ui.pages.reports`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Final

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QHBoxLayout, QToolButton, QWidget

from ui.i18n import QT_TRANSLATE_NOOP
from ui.icons import icon
from ui.pages.reports import ENTERPRISE, VISIT_SHEETS, ReportsPage
from ui.tasks import Task

if TYPE_CHECKING:
    from liaison.reports.document import ReportResult


def show_report(
    window: Any,
    document: str,
    *,
    enterprise_ids: Sequence[int] = (),
    agreement_id: int | None = None,
) -> Task[ReportResult] | None:
    """Go to the Reports area with ``document`` chosen for these records, and build it."""
    page = window.page("reports")
    if not isinstance(page, ReportsPage):
        return None
    window.show_area("reports")
    return page.prepare(document, enterprise_ids=enterprise_ids, agreement_id=agreement_id)


RECORD_BUTTONS: Final = "report-actions"


# Before add_report_actions: lupdate loses track of a class that follows a function holding
# a nested def, and would file the buttons' texts under no context.
class RecordReportButtons(QWidget):
    """Two buttons in an enterprise record's header: its cooperation report, its visit sheet."""

    def __init__(self, window: Any, enterprise_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(RECORD_BUTTONS)
        self.report_button = QToolButton()
        self.report_button.setObjectName("record-cooperation-report")
        self.sheet_button = QToolButton()
        self.sheet_button.setObjectName("record-visit-sheet")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for button, name, document in (
            (self.report_button, "file-text", ENTERPRISE),
            (self.sheet_button, "printer", VISIT_SHEETS),
        ):
            button.setIcon(icon(name))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setAutoRaise(True)
            button.clicked.connect(
                lambda _c=False, d=document: show_report(window, d, enterprise_ids=[enterprise_id])
            )
            layout.addWidget(button)
        self.retranslate()

    def retranslate(self) -> None:
        self.report_button.setText(self.tr("Cooperation report…"))
        self.sheet_button.setText(self.tr("Visit sheet"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def add_report_actions(window: Any, pages: dict[str, QWidget]) -> None:
    """Add "Cooperation report…" and "Visit sheets" to the Enterprises list and record, "Visit
    sheets for the selected" to the Visits list — from outside, through the hooks the pages
    offer (``add_action`` of a list, ``detail_changed`` of an area)."""
    from ui.pages.list_page import ListPage

    enterprises = pages.get("enterprises")
    firms = getattr(enterprises, "list_page", None)
    if isinstance(firms, ListPage):
        firms.add_action(
            QT_TRANSLATE_NOOP("lists", "Cooperation report"),
            "file-text",
            lambda ids: show_report(window, ENTERPRISE, enterprise_ids=ids[:1]),
            needs=lambda rows: len(rows) == 1,
        )
        firms.add_action(
            QT_TRANSLATE_NOOP("lists", "Visit sheets"),
            "printer",
            lambda ids: show_report(window, VISIT_SHEETS, enterprise_ids=ids),
        )
        detail_changed = getattr(enterprises, "detail_changed", None)
        if detail_changed is not None:
            detail_changed.connect(lambda: _add_record_buttons(window, enterprises))
    visits = getattr(pages.get("visits"), "list_page", None)
    if isinstance(visits, ListPage):
        page = visits

        def route(_ids: list[int]) -> None:
            firms_of = list(dict.fromkeys(row.enterprise_id for row in page.selected_rows()))
            show_report(window, VISIT_SHEETS, enterprise_ids=firms_of)

        page.add_action(QT_TRANSLATE_NOOP("lists", "Visit sheets (day's route)"), "printer", route)


def _add_record_buttons(window: Any, area: Any) -> None:
    record = area.record() if callable(getattr(area, "record", None)) else None
    if record is None or record.findChild(QWidget, RECORD_BUTTONS) is not None:
        return
    anchor = getattr(record, "delete_button", None)
    top = record.layout()
    if anchor is None or top is None:
        return
    # The record's header row holds its Delete button: the buttons go just before it.
    for index in range(top.count()):
        row = top.itemAt(index).layout()
        if row is not None and row.indexOf(anchor) >= 0:
            buttons = RecordReportButtons(window, record.enterprise_id, record)
            if isinstance(row, QHBoxLayout):
                row.insertWidget(row.indexOf(anchor), buttons, 0, Qt.AlignmentFlag.AlignTop)
            return
