"""The Reports area: choose a document and its parameters, build it, look at it, save or print.

Documents (the core's :mod:`liaison.reports`): an enterprise's cooperation report for a period,
the college's annual report, an agreement for signature (with a student: the tripartite
placement agreement) and visit sheets — one per enterprise, a day's route in one file. Building
runs on the worker with progress and Cancel into a private folder; the pages are shown with
Qt's PDF viewer; Save as… copies the file where the officer wants it, Print renders the pages to
a printer.

``ask_printer`` and :func:`ui.saving.ask_save_path` are seams tests replace: no test waits on
a print or file dialog. Other pages ask for a document with :func:`show_report`.
"""

from __future__ import annotations

import shutil
import tempfile
import weakref
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from PySide6.QtCore import QDate, QEvent, QPointF, QRectF, QSettings, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from liaison.i18n import LANGUAGES, language
from liaison.model import Student
from liaison.reports import refs
from liaison.services.hub import Services
from ui import saving
from ui.dialogs.ref_picker import RefPicker
from ui.i18n import LANGUAGE_NAMES, QT_TRANSLATE_NOOP
from ui.icons import icon
from ui.tasks import Task, run_in_background
from ui.widgets.empty_state import EmptyState

if TYPE_CHECKING:
    from liaison.reports.document import ReportResult

ENTERPRISE, ANNUAL, AGREEMENT, VISIT_SHEETS = "enterprise", "annual", "agreement", "visit_sheets"
DOCUMENTS: Final = (ENTERPRISE, ANNUAL, AGREEMENT, VISIT_SHEETS)
PAPERS: Final = ("A4", "Letter")
#: Highest resolution pages are rendered at for a printer (sharp, and memory stays modest).
PRINT_DPI: Final = 300


def ask_printer(
    parent: QWidget, printer: QPrinter, on_accepted: Callable[[QPrinter], object]
) -> QPrintDialog:
    """Show the print dialog without blocking; ``on_accepted(printer)`` runs on Print."""
    dialog = QPrintDialog(printer, parent)
    dialog.accepted.connect(lambda: on_accepted(printer))
    dialog.finished.connect(lambda _result: dialog.deleteLater())
    dialog.open()  # type: ignore[call-arg]  # the stubs lack open()'s no-argument overload
    return dialog


def print_pages(document: QPdfDocument, printer: QPrinter) -> int:
    """Render every page of ``document`` onto ``printer``, each fitted to the printable area
    without distortion; returns the pages printed."""
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    dpi = min(printer.resolution(), PRINT_DPI)
    try:
        for index in range(document.pageCount()):
            if index:
                printer.newPage()
            points = document.pagePointSize(index)
            image = document.render(
                index, QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi))
            )
            area = QRectF(painter.viewport())
            scale = min(area.width() / image.width(), area.height() / image.height())
            size = QRectF(0, 0, image.width() * scale, image.height() * scale)
            size.moveCenter(QPointF(area.center().x(), size.height() / 2 + area.top()))
            painter.drawImage(size, image)
        return document.pageCount()
    finally:
        painter.end()


class ReportsPage(QWidget):
    """Choose, build, preview, save and print the printed documents."""

    def __init__(
        self, services: Services, settings: QSettings | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reports-page")
        self.services = services
        self.settings = settings or QSettings()
        # Documents are built here first; the folder goes with the page (or at exit).
        self.folder = Path(tempfile.mkdtemp(prefix="liaison-reports-"))
        weakref.finalize(self, shutil.rmtree, self.folder, True)
        self.result: ReportResult | None = None
        self.saved_to: Path | None = None
        self.task: Task[ReportResult] | None = None
        self.builds = 0

        self.document_combo = QComboBox()
        self.document_combo.setObjectName("report-document")
        for key in DOCUMENTS:
            self.document_combo.addItem("", key)
        self.document_combo.currentIndexChanged.connect(self._document_changed)
        self.parameters = QStackedWidget()
        self.parameters.addWidget(self._enterprise_panel())
        self.parameters.addWidget(self._annual_panel())
        self.parameters.addWidget(self._agreement_panel())
        self.parameters.addWidget(self._visits_panel())
        self.paper_combo = QComboBox()
        self.paper_combo.setObjectName("report-paper")
        for paper in PAPERS:
            self.paper_combo.addItem(paper, paper.lower())
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("report-language")
        for lang in LANGUAGES:
            self.language_combo.addItem(LANGUAGE_NAMES.get(lang, lang), lang)
        self.language_combo.setCurrentIndex(max(self.language_combo.findData(language()), 0))
        self._language_chosen = False
        self.language_combo.activated.connect(self._choose_language)
        self.build_button = QPushButton(icon("file-text"), "")
        self.build_button.setObjectName("build-report")
        self.build_button.setDefault(True)
        self.build_button.clicked.connect(self.build)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.hide()

        self.document_label, self.paper_label, self.language_label = QLabel(), QLabel(), QLabel()
        self.document_label.setBuddy(self.document_combo)
        self.paper_label.setBuddy(self.paper_combo)
        self.language_label.setBuddy(self.language_combo)
        form = _form()
        form.addRow(self.document_label, self.document_combo)
        common = _form()
        common.addRow(self.paper_label, self.paper_combo)
        common.addRow(self.language_label, self.language_combo)
        side = QWidget()
        side.setObjectName("report-parameters")
        side.setFixedWidth(380)
        left = QVBoxLayout(side)
        left.setContentsMargins(16, 14, 8, 16)
        left.addLayout(form)
        left.addWidget(self.parameters)
        left.addLayout(common)
        left.addWidget(self.build_button)
        left.addWidget(self.problem)
        left.addStretch(1)

        self.pdf = QPdfDocument(self)
        self.view = QPdfView()
        self.view.setObjectName("report-preview")
        self.view.setDocument(self.pdf)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.empty = EmptyState("file-text")
        self.preview_stack = QStackedWidget()
        self.preview_stack.addWidget(self.empty)
        self.preview_stack.addWidget(self.view)
        self.pages_label = QLabel()
        self.pages_label.setObjectName("report-pages")
        self.save_button = self._tool("save", self.ask_save)
        self.print_button = self._tool("printer", self.print_report)
        self.folder_button = self._tool("folder-open", self.open_folder)
        bar = QHBoxLayout()
        bar.addWidget(self.pages_label)
        bar.addStretch(1)
        for button in (self.save_button, self.print_button, self.folder_button):
            bar.addWidget(button)
        right = QVBoxLayout()
        right.setContentsMargins(8, 14, 16, 16)
        right.addLayout(bar)
        right.addWidget(self.preview_stack, 1)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(side)
        layout.addLayout(right, 1)
        self._document_changed(0)
        self.retranslate()
        self._update_buttons()

    def _tool(self, icon_name: str, slot: Callable[[], object]) -> QToolButton:
        button = QToolButton()
        button.setIcon(icon(icon_name))
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setAutoRaise(True)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    # --- parameter panels -------------------------------------------------------------------

    def _enterprise_panel(self) -> QWidget:
        panel = QWidget()
        db = self.services.db
        self.enterprise_picker = RefPicker("enterprise", db)
        self.enterprise_picker.setObjectName("report-enterprise")
        from liaison.reports.enterprise import default_period

        first, last = default_period(date.today())
        self.start_edit = _date_edit(first)
        self.end_edit = _date_edit(last)
        self.enterprise_label, self.start_label, self.end_label = QLabel(), QLabel(), QLabel()
        form = _form(panel)
        form.addRow(self.enterprise_label, self.enterprise_picker)
        form.addRow(self.start_label, self.start_edit)
        form.addRow(self.end_label, self.end_edit)
        return panel

    def _annual_panel(self) -> QWidget:
        panel = QWidget()
        self.year_spin = QSpinBox()
        self.year_spin.setObjectName("report-year")
        self.year_spin.setRange(1900, 9998)
        self.year_spin.setValue(date.today().year)
        self.year_label = QLabel()
        form = _form(panel)
        form.addRow(self.year_label, self.year_spin)
        return panel

    def _agreement_panel(self) -> QWidget:
        panel = QWidget()
        db = self.services.db
        self.agreement_picker = RefPicker("agreement", db)
        self.agreement_picker.setObjectName("report-agreement")
        self.student_picker = RefPicker("student", db)
        self.student_picker.setObjectName("report-student")
        self.agreement_label, self.student_label = QLabel(), QLabel()
        self.student_hint = QLabel()
        self.student_hint.setWordWrap(True)
        form = _form(panel)
        form.addRow(self.agreement_label, self.agreement_picker)
        form.addRow(self.student_label, self.student_picker)
        form.addRow(self.student_hint)
        return panel

    def _visits_panel(self) -> QWidget:
        panel = QWidget()
        self.route_picker = RefPicker("enterprise", self.services.db)
        self.route_picker.setObjectName("report-route-picker")
        self.route_picker.changed.connect(self._add_picked)
        self.route_list = QListWidget()
        self.route_list.setObjectName("report-route")
        self.route_list.setDragDropMode(QListWidget.DragDropMode.InternalMove)
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self._remove_selected)
        self.route_label = QLabel()
        self.route_hint = QLabel()
        self.route_hint.setWordWrap(True)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.route_label)
        layout.addWidget(self.route_picker)
        layout.addWidget(self.route_list, 1)
        layout.addWidget(self.route_hint)
        layout.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignRight)
        return panel

    def _add_picked(self) -> None:
        picked = self.route_picker.value()
        if picked is not None:
            self.add_to_route(picked, self.route_picker.label())
            self.route_picker.set_value(None)

    def add_to_route(self, enterprise_id: int, label: str) -> None:
        if enterprise_id in self.route():
            return
        item = QListWidgetItem(label)
        item.setData(Qt.ItemDataRole.UserRole, enterprise_id)
        self.route_list.addItem(item)

    def route(self) -> list[int]:
        """The enterprises of the visit sheets, in the order of the day's route."""
        return [
            int(self.route_list.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.route_list.count())
        ]

    def _remove_selected(self) -> None:
        for item in self.route_list.selectedItems():
            self.route_list.takeItem(self.route_list.row(item))

    # --- choosing ---------------------------------------------------------------------------

    @property
    def document(self) -> str:
        return str(self.document_combo.currentData())

    def set_document(self, document: str) -> None:
        self.document_combo.setCurrentIndex(DOCUMENTS.index(document))

    def _document_changed(self, index: int) -> None:
        self.parameters.setCurrentIndex(index)
        # The panel is as tall as the chosen document's parameters, not the tallest panel's.
        for page in range(self.parameters.count()):
            policy = QSizePolicy.Policy.Preferred if page == index else QSizePolicy.Policy.Ignored
            panel = self.parameters.widget(page)
            if panel is not None:
                panel.setSizePolicy(policy, policy)
        self.parameters.adjustSize()
        self._say("")

    def prepare(
        self,
        document: str,
        *,
        enterprise_ids: Sequence[int] = (),
        agreement_id: int | None = None,
        build: bool = True,
    ) -> Task[ReportResult] | None:
        """Choose ``document`` for these records (from another page's action); build it."""
        self.set_document(document)
        if document == ENTERPRISE and enterprise_ids:
            self.enterprise_picker.set_value(enterprise_ids[0])
        elif document == VISIT_SHEETS and enterprise_ids:
            self.route_list.clear()
            for enterprise_id in enterprise_ids:
                self.route_picker.set_value(enterprise_id)
                self.add_to_route(enterprise_id, self.route_picker.label())
            self.route_picker.set_value(None)
        elif document == AGREEMENT and agreement_id is not None:
            self.agreement_picker.set_value(agreement_id)
        return self.build() if build else None

    # --- building ---------------------------------------------------------------------------

    def _job(self) -> tuple[str, Callable[[Task[ReportResult]], ReportResult]] | None:
        """The file name and the job building the chosen document; None (and a word to the
        officer) when a parameter is missing."""
        # The report modules bring in ReportLab: loaded when a document is first built, not
        # with the pages that merely offer reports.
        from liaison.reports.agreement import agreement_document, placement_agreement
        from liaison.reports.annual import annual_report
        from liaison.reports.enterprise import enterprise_report
        from liaison.reports.visit_sheet import visit_sheets

        db = self.services.db
        options: dict[str, Any] = {
            "lang": str(self.language_combo.currentData()),
            "paper": str(self.paper_combo.currentData()),
        }
        folder = self.folder
        document = self.document
        if document == ENTERPRISE:
            chosen = self.enterprise_picker.value()
            if chosen is None:
                self._say(self.tr("Choose an enterprise."))
                return None
            start, end = _day(self.start_edit), _day(self.end_edit)
            if end < start:
                self._say(self.tr("The period ends before it starts."))
                return None
            name = f"{self.enterprise_picker.label()} {start}–{end}.pdf"
            return name, lambda task: enterprise_report(
                db, chosen, folder / name, start=start, end=end, progress=task, **options
            )
        if document == ANNUAL:
            year = self.year_spin.value()
            name = self.tr("Annual report %1.pdf").replace("%1", str(year))
            return name, lambda task: annual_report(
                db, year, folder / name, progress=task, **options
            )
        if document == AGREEMENT:
            agreement = self.agreement_picker.value()
            if agreement is None:
                self._say(self.tr("Choose an agreement."))
                return None
            student = self.student_picker.value()
            name = f"{self.agreement_picker.label().split(' · ')[0]}.pdf"

            def agreement_job(task: Task[ReportResult]) -> ReportResult:
                if student is None:
                    return agreement_document(
                        db, agreement, folder / name, progress=task, **options
                    )
                with db.reading() as session:
                    number = session.scalar(select(Student.student_no).where(Student.id == student))
                    placement = refs.placement_of_student(session, agreement, str(number))
                return placement_agreement(db, placement, folder / name, progress=task, **options)

            return name, agreement_job
        route = self.route()
        if not route:
            self._say(self.tr("Add the enterprises of the day's route."))
            return None
        name = self.tr("Visit sheets %1.pdf").replace("%1", f"{date.today()}")
        return name, lambda task: visit_sheets(db, route, folder / name, progress=task, **options)

    def build(self) -> Task[ReportResult] | None:
        """Build the chosen document on the worker; the preview shows it when done."""
        if self.task is not None and not self.task.done:
            return None
        job = self._job()
        if job is None:
            return None
        _name, work = job
        self._say("")
        self.task = run_in_background(
            self,
            work,
            on_success=self._built,
            on_failure=lambda error: self._say(error.message()),
            on_cancelled=self._update_buttons,
            title=self.tr("Building the document"),
        )
        self._update_buttons()
        return self.task

    def _built(self, result: ReportResult) -> None:
        self.pdf.close()
        self.result = result
        self.saved_to = None
        self.pdf.load(str(result.path))
        self.builds += 1
        self.preview_stack.setCurrentWidget(self.view)
        self._update_buttons()
        self.retranslate()

    def _say(self, text: str) -> None:
        from ui.theme import colours

        self.problem.setText(text)
        self.problem.setStyleSheet(f"color: {colours().negative};")
        self.problem.setVisible(bool(text))
        self._update_buttons()

    def _update_buttons(self) -> None:
        ready = self.result is not None
        busy = self.task is not None and not self.task.done
        self.build_button.setEnabled(not busy)
        for button in (self.save_button, self.print_button, self.folder_button):
            button.setEnabled(ready and not busy)

    # --- after building ---------------------------------------------------------------------

    def ask_save(self) -> None:
        if self.result is None:
            return
        saving.ask_save_path(
            self, self.tr("Save the document"), self.result.path.name, saving.PDF_FILTER, self.save
        )

    def save(self, path: str | Path) -> Path | None:
        """Copy the document built last to ``path`` and say so."""
        if self.result is None:
            return None
        target = Path(path)
        try:
            shutil.copyfile(self.result.path, target)
        except OSError as error:
            self._say(
                self.tr("The file could not be saved: %1").replace("%1", error.strerror or "")
            )
            return None
        self.saved_to = target
        saving.tell_saved(self, self.tr("Saved to %1.").replace("%1", str(target)), target)
        return target

    def print_report(self) -> None:
        if self.result is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.result.title)
        ask_printer(self, printer, lambda chosen: print_pages(self.pdf, chosen))

    def open_folder(self) -> None:
        """The folder of the saved copy (or of the preview, before it was saved)."""
        path = self.saved_to or (self.result.path if self.result else None)
        if path is not None:
            saving.open_folder(path)

    # --- language ---------------------------------------------------------------------------

    def _choose_language(self, _index: int) -> None:
        self._language_chosen = True

    def retranslate(self) -> None:
        names = (
            self.tr("Enterprise cooperation report"),
            self.tr("Annual cooperation report"),
            self.tr("Agreement for signature"),
            self.tr("Visit sheets (day's route)"),
        )
        for index, text in enumerate(names):
            self.document_combo.setItemText(index, text)
        self.document_label.setText(self.tr("&Document"))
        self.paper_label.setText(self.tr("&Paper"))
        self.language_label.setText(self.tr("&Language"))
        self.enterprise_label.setText(self.tr("Enterprise"))
        self.start_label.setText(self.tr("From"))
        self.end_label.setText(self.tr("To"))
        self.year_label.setText(self.tr("Year"))
        self.agreement_label.setText(self.tr("Agreement"))
        self.student_label.setText(self.tr("Student"))
        self.student_hint.setText(
            self.tr("With a student placed under the agreement: their tripartite agreement.")
        )
        self.route_label.setText(self.tr("Enterprises, in the order of the route"))
        self.route_hint.setText(self.tr("One sheet per enterprise; drag to change the order."))
        self.remove_button.setText(self.tr("Remove"))
        self.build_button.setText(self.tr("&Build"))
        self.save_button.setText(self.tr("Save as…"))
        self.print_button.setText(self.tr("Print…"))
        self.folder_button.setText(self.tr("Open folder"))
        self.empty.set_texts(
            self.tr("No document yet"),
            self.tr("Choose a document and its details on the left, then Build."),
        )
        if self.result is not None:
            self.pages_label.setText(
                self.tr("%1 — %2 page(s)")
                .replace("%1", self.result.path.name)
                .replace("%2", str(self.pdf.pageCount()))
            )
        else:
            self.pages_label.clear()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            # Documents follow the app's language until the officer picks one for them.
            if not self._language_chosen:
                self.language_combo.setCurrentIndex(
                    max(self.language_combo.findData(language()), 0)
                )
            self.retranslate()
        super().changeEvent(event)


def _form(parent: QWidget | None = None) -> QFormLayout:
    """Labels above their fields: the side panel is narrow and Chinese labels stay whole."""
    form = QFormLayout(parent)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
    if parent is not None:
        form.setContentsMargins(0, 0, 0, 0)
    return form


def _date_edit(day: date) -> QDateEdit:
    edit = QDateEdit(QDate(day.year, day.month, day.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def _day(edit: QDateEdit) -> date:
    chosen = edit.date()
    return date(chosen.year(), chosen.month(), chosen.day())


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


# --- the actions other pages offer -------------------------------------------------------------

RECORD_BUTTONS: Final = "report-actions"


def add_report_actions(window: Any, pages: dict[str, QWidget]) -> None:
    """ "Cooperation report…" and "Visit sheets" on the Enterprises list and record, "Visit
    sheets for the selected" on the Visits list — added from outside, through the hooks the
    pages offer (``add_action`` of a list, ``detail_changed`` of an area)."""
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
