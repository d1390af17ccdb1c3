"""The import wizard: a spreadsheet of the officer's into the database, one step at a time.

1. **File** — the kind of records, the ``.xlsx``/``.csv`` file and its sheet;
2. **Columns** — the header row the core found (even below a title) and each column's field,
   mapped from English or Chinese headers and aliases; a combo per column changes it;
3. **Preview** — each row's fate (new, update, duplicate, rejected and why, with the row
   number Excel shows), colour-coded with counts; what duplicates do, and "import the valid
   rows only" as an explicit choice;
4. **Summary** — what the import did (its batch can be undone under File › Imports…).

Everything that reads the file or the database runs on the worker (:mod:`ui.tasks`) with
progress and Cancel; a refused file (``.xls``, encrypted, a zip bomb …) is said plainly on the
first step, which stays usable. The steps call the core's :mod:`liaison.excel.importing`.

This module is the frame: the step's title, the buttons, the state carried from step to step
and the work on the worker. What each step shows is in :mod:`ui.dialogs.import_pages`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, Final, TypeVar

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from liaison.excel.importing import (
    FileInfo,
    ImportOptions,
    ImportReport,
    Layout,
    ParsedSheet,
    commit_import,
    inspect_file,
    parse_sheet,
    preview_import,
    read_layout,
)
from liaison.i18n import LiaisonError
from liaison.services.hub import Services
from ui import saving
from ui.dialogs.import_pages import ColumnsPage, FilePage, PreviewPage, SummaryPage
from ui.tasks import Task, run_in_background
from ui.theme import colours

T = TypeVar("T")

FILE, COLUMNS, PREVIEW, SUMMARY = range(4)

SPREADSHEET_FILTER: Final = "Spreadsheets (*.xlsx *.csv)"


class ImportWizard(QDialog):
    """The four steps in one window; ``step_changed`` fires when another step shows."""

    step_changed = Signal(int)
    imported = Signal(object)  # the ImportReport of a written import

    def __init__(
        self, services: Services, parent: QWidget | None = None, *, kind: str = "enterprises"
    ) -> None:
        super().__init__(parent)
        self.setObjectName("import-wizard")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.resize(900, 600)
        self.services = services
        self.info: FileInfo | None = None
        self.layout_found: Layout | None = None
        self.parsed: ParsedSheet | None = None
        self.report: ImportReport | None = None
        self.task: Task[Any] | None = None
        self.step = FILE

        self.title = QLabel()
        self.title.setObjectName("WizardStepTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setObjectName("WizardProblem")
        self.problem.setWordWrap(True)
        self.problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem.hide()

        self.file_page = FilePage()
        self.file_page.kind_combo.currentIndexChanged.connect(
            lambda _i: self._file_choice_changed()
        )
        self.file_page.browse_button.clicked.connect(self.browse)
        self.file_page.sheet_combo.activated.connect(self._sheet_chosen)
        self.columns_page = ColumnsPage()
        self.columns_page.mapped.connect(self._mapped)
        self.preview_page = PreviewPage()
        self.preview_page.policy_combo.currentIndexChanged.connect(lambda _i: self.preview_again())
        self.preview_page.valid_only.toggled.connect(lambda _on: self.preview_again())
        self.summary_page = SummaryPage()
        self.pages = QStackedWidget()
        for page in (self.file_page, self.columns_page, self.preview_page, self.summary_page):
            self.pages.addWidget(page)

        self.back_button = QPushButton()
        self.back_button.clicked.connect(self.back)
        self.next_button = QPushButton()
        self.next_button.setObjectName("wizard-next")
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self.next_step)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.back_button, self.next_button, self.close_button):
            buttons.addWidget(button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.explanation)
        layout.addWidget(self.problem)  # close to what the officer just chose
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)

        self.file_page.choose_kind(kind)
        self.retranslate()
        self._update_buttons()

    # --- state ------------------------------------------------------------------------------

    @property
    def kind(self) -> str:
        return self.file_page.kind

    @property
    def path(self) -> Path | None:
        return self.file_page.path

    @property
    def busy(self) -> bool:
        return self.task is not None and not self.task.done

    def options(self) -> ImportOptions:
        return self.preview_page.options()

    def _show_step(self, step: int) -> None:
        self.step = step
        self.pages.setCurrentIndex(step)
        self.retranslate()
        self._update_buttons()
        self.step_changed.emit(step)

    def _update_buttons(self) -> None:
        busy = self.busy
        self.back_button.setVisible(self.step in (COLUMNS, PREVIEW))
        self.back_button.setEnabled(not busy)
        self.next_button.setVisible(self.step != SUMMARY)
        if self.step == FILE:
            ready = self.info is not None and self.file_page.sheet_combo.count() > 0
        elif self.step == COLUMNS:
            ready = self.layout_found is not None
        elif self.step == PREVIEW:
            # Nothing is written while rows have errors, unless only valid rows are asked for.
            ready = self.report is not None and self.report.accepted
        else:
            ready = False
        self.next_button.setEnabled(ready and not busy)
        page = self.file_page
        for widget in (page.kind_combo, page.browse_button, page.sheet_combo):
            widget.setEnabled(not busy)

    def _say(self, problem: str) -> None:
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        self.problem.setStyleSheet(f"color: {colours().negative};")

    def _run(self, job: Callable[[Task[T]], T], done: Callable[[T], None], title: str) -> Task[T]:
        """``job`` on the worker; a known error is said on the step, which stays usable."""
        self._say("")

        def failed(error: LiaisonError) -> None:
            self._say(error.message())
            self._update_buttons()

        def succeeded(result: T) -> None:
            done(result)
            self._update_buttons()

        task = run_in_background(
            self,
            job,
            on_success=succeeded,
            on_failure=failed,
            on_cancelled=self._update_buttons,
            title=title,
        )
        self.task = task
        self._update_buttons()
        return task

    # --- step 1: the file -------------------------------------------------------------------

    def browse(self) -> None:
        saving.ask_open_path(
            self, self.tr("Choose a spreadsheet"), SPREADSHEET_FILTER, self.open_file
        )

    def open_file(self, path: str | Path) -> Task[FileInfo]:
        """Read ``path``'s format and sheets (on the worker)."""
        chosen = Path(path)
        self.file_page.path_edit.setText(str(chosen))
        self.info = None
        self.file_page.sheet_combo.clear()
        self._update_buttons()
        return self._run(
            lambda _t: inspect_file(chosen), self._file_read, self.tr("Reading the file")
        )

    def _file_read(self, info: FileInfo) -> None:
        self.info = info
        self.file_page.show_sheets(info)
        self._sheet_chosen(self.file_page.sheet_combo.currentIndex())

    def _sheet_chosen(self, index: int) -> None:
        kind = self.file_page.sheet_combo.itemData(index)
        if kind is not None and kind != self.kind:
            self.file_page.choose_kind(kind)
        self._update_buttons()

    def _file_choice_changed(self) -> None:
        self.layout_found = None
        self.parsed = None
        self.report = None
        self._update_buttons()

    def read_columns(self) -> Task[Layout]:
        assert self.path is not None
        sheet = self.file_page.sheet_combo.currentText() or None
        path, kind = self.path, self.kind
        return self._run(
            lambda _t: read_layout(path, kind, sheet),
            self._columns_read,
            self.tr("Reading the file"),
        )

    def _columns_read(self, layout: Layout) -> None:
        self.layout_found = layout
        self.columns_page.fill(layout)
        self._show_step(COLUMNS)

    # --- step 2: the columns ----------------------------------------------------------------

    def set_mapping(self, letter: str, field: str | None) -> None:
        """Feed field ``field`` (None: nothing) from column ``letter``, as the combo does."""
        assert self.layout_found is not None
        self.columns_page.set_mapping(letter, field)

    def _mapped(self, index: int, field: str | None) -> None:
        assert self.layout_found is not None
        self.layout_found = self.layout_found.with_mapping({index: field})
        self.columns_page.show_mapping(self.layout_found)
        self.parsed = None
        self.columns_page.show_missing(self.layout_found)

    def preview(self) -> Task[tuple[ParsedSheet, ImportReport]]:
        """Parse the sheet with the mapping (once) and preview the import (on the worker)."""
        assert self.layout_found is not None
        layout, parsed, options = self.layout_found, self.parsed, self.options()
        services = self.services

        def job(task: Task[Any]) -> tuple[ParsedSheet, ImportReport]:
            sheet = parsed if parsed is not None else parse_sheet(layout, progress=task)
            return sheet, preview_import(services, sheet, options, progress=task)

        return self._run(job, self._previewed, self.tr("Checking the rows"))

    def preview_again(self) -> None:
        """The officer changed an option: preview again with the sheet already read."""
        if self.step == PREVIEW and self.parsed is not None and not self.busy:
            self.preview()

    def _previewed(self, result: tuple[ParsedSheet, ImportReport]) -> None:
        self.parsed, self.report = result
        self.preview_page.show_report(self.report)
        if self.step != PREVIEW:
            self._show_step(PREVIEW)

    # --- step 3: the preview ----------------------------------------------------------------

    def commit(self) -> Task[ImportReport]:
        """Import the sheet as one batch (on the worker)."""
        assert self.parsed is not None
        parsed, options, services = self.parsed, self.options(), self.services
        return self._run(
            lambda task: commit_import(services, parsed, options, progress=task),
            self._committed,
            self.tr("Importing"),
        )

    def _committed(self, report: ImportReport) -> None:
        self.report = report
        self.summary_page.show_report(report)
        if report.written:
            self.imported.emit(report)
        self._show_step(SUMMARY)

    # --- navigation -------------------------------------------------------------------------

    def next_step(self) -> Task[Any] | None:
        if self.busy or not self.next_button.isEnabled():
            return None
        if self.step == FILE:
            return self.read_columns()
        if self.step == COLUMNS:
            return self.preview()
        if self.step == PREVIEW:
            return self.commit()
        return None

    def back(self) -> None:
        if not self.busy and self.step in (COLUMNS, PREVIEW):
            self._say("")
            self._show_step(self.step - 1)

    # --- language ---------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import from Excel"))
        steps = (
            (
                self.tr("1. Choose the file"),
                self.tr("Which records the sheet holds, and the .xlsx or .csv file to read."),
            ),
            (
                self.tr("2. Match the columns"),
                self.tr(
                    "Each column of the sheet and the field it goes into. Change any that "
                    "were guessed wrong; “not imported” leaves a column out."
                ),
            ),
            (
                self.tr("3. Check the rows"),
                self.tr("What happens to each row. Nothing has been written yet."),
            ),
            (self.tr("4. Done"), ""),
        )
        title, explanation = steps[self.step]
        self.title.setText(title)
        self.explanation.setText(explanation)
        self.explanation.setVisible(bool(explanation))
        for page in (self.file_page, self.columns_page, self.preview_page, self.summary_page):
            page.retranslate()
        self.back_button.setText(self.tr("< &Back"))
        next_texts = {
            FILE: self.tr("&Next >"),
            COLUMNS: self.tr("&Preview >"),
            PREVIEW: self.tr("&Import"),
        }
        self.next_button.setText(next_texts.get(self.step, ""))
        self.close_button.setText(self.tr("Close") if self.step == SUMMARY else self.tr("Cancel"))
        if self.layout_found is not None:
            self.columns_page.show_missing(self.layout_found)
        if self.report is not None and self.step == PREVIEW:
            self.preview_page.show_report(self.report)
        if self.report is not None and self.step == SUMMARY:
            self.summary_page.show_report(self.report)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
