"""The Reports area: choose a document and its parameters, build it, look at it, save or print.

Documents (the core's :mod:`liaison.reports`): an enterprise's cooperation report for a period,
the college's annual report, an agreement for signature (with a student: the tripartite
placement agreement) and visit sheets — one per enterprise, a day's route in one file. Building
runs on the worker with progress and Cancel into a private folder; the pages are shown with
Qt's PDF viewer; Save as… copies the file where the officer wants it, Print renders the pages to
a printer.

This module is the page — the document chosen, paper and language, building, the preview,
saving and printing; the details each document asks for are its form
(:mod:`ui.pages.report_forms`), and the buttons other pages offer for documents are in
:mod:`ui.pages.report_actions` (other pages ask for a document with its ``show_report``).

``ask_printer`` and :func:`ui.saving.ask_save_path` are seams tests replace: no test waits on
a print or file dialog.
"""

from __future__ import annotations

import shutil
import tempfile
import weakref
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from PySide6.QtCore import QEvent, QPointF, QRectF, QSettings, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from liaison.i18n import LANGUAGES, language
from liaison.services.hub import Services
from ui import saving
from ui.i18n import LANGUAGE_NAMES
from ui.icons import icon
from ui.pages.report_forms import (
    AgreementForm,
    AnnualReportForm,
    DocumentForm,
    EnterpriseReportForm,
    Job,
    Missing,
    RouteForm,
    form_layout,
)
from ui.tasks import Task, run_in_background
from ui.widgets.empty_state import EmptyState

if TYPE_CHECKING:
    from liaison.reports.document import ReportResult

ENTERPRISE, ANNUAL, AGREEMENT, VISIT_SHEETS = "enterprise", "annual", "agreement", "visit_sheets"
DOCUMENTS: Final = (ENTERPRISE, ANNUAL, AGREEMENT, VISIT_SHEETS)
PAPERS: Final = ("A4", "Letter")
# Highest resolution pages are rendered at for a printer (sharp, and memory stays modest).
# A plain comment: lupdate reads "#:" as a note to translators on the next text it finds.
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
        db = services.db
        self.enterprise_form = EnterpriseReportForm(db)
        self.annual_form = AnnualReportForm()
        self.agreement_form = AgreementForm(db)
        self.route_form = RouteForm(db)
        self.forms: dict[str, DocumentForm] = {
            ENTERPRISE: self.enterprise_form,
            ANNUAL: self.annual_form,
            AGREEMENT: self.agreement_form,
            VISIT_SHEETS: self.route_form,
        }
        self.parameters = QStackedWidget()
        for key in DOCUMENTS:
            self.parameters.addWidget(self.forms[key])
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
        form = form_layout()
        form.addRow(self.document_label, self.document_combo)
        common = form_layout()
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
            self.enterprise_form.enterprise_picker.set_value(enterprise_ids[0])
        elif document == VISIT_SHEETS and enterprise_ids:
            self.route_form.set_route(enterprise_ids)
        elif document == AGREEMENT and agreement_id is not None:
            self.agreement_form.agreement_picker.set_value(agreement_id)
        return self.build() if build else None

    # --- building ---------------------------------------------------------------------------

    def _job(self) -> Job | None:
        """The chosen document's file name and the job building it; None (and a word to the
        officer) when a detail is missing."""
        options: dict[str, Any] = {
            "lang": str(self.language_combo.currentData()),
            "paper": str(self.paper_combo.currentData()),
        }
        try:
            return self.forms[self.document].job(self.services.db, self.folder, options)
        except Missing as missing:
            self._say(str(missing))
            return None

    def build(self) -> Task[ReportResult] | None:
        """Build the chosen document on the worker; the preview shows it when done."""
        if self.task is not None and not self.task.done:
            return None
        job = self._job()
        if job is None:
            return None
        self._say("")
        self.task = run_in_background(
            self,
            job.work,
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
        for form in self.forms.values():
            form.retranslate()
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
