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
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, Final, TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from liaison.excel.columns import SHEETS
from liaison.excel.importing import (
    DuplicatePolicy,
    Fate,
    FileInfo,
    ImportOptions,
    ImportReport,
    Layout,
    ParsedSheet,
    RowFate,
    commit_import,
    inspect_file,
    parse_sheet,
    preview_import,
    read_layout,
)
from liaison.i18n import LiaisonError, is_chinese, language
from liaison.services.hub import Services
from ui import saving
from ui.tasks import Task, run_in_background
from ui.theme import colours

T = TypeVar("T")

FILE, COLUMNS, PREVIEW, SUMMARY = range(4)

SPREADSHEET_FILTER: Final = "Spreadsheets (*.xlsx *.csv)"

# The colour (a ui.theme.Colours name) each fate is shown in.
FATE_TONE: Final[dict[Fate, str]] = {
    Fate.CREATE: "positive",
    Fate.UPDATE: "accent",
    Fate.UNCHANGED: "muted_text",
    Fate.SKIP: "muted_text",
    Fate.ERROR: "negative",
}

# Duplicates policy combo: the core's policy for each entry, in order.
POLICIES: Final = (DuplicatePolicy.ERROR, DuplicatePolicy.SKIP, DuplicatePolicy.UPDATE)

PREVIEW_COLUMNS: Final = 5  # row, outcome, record, column, reason
COLUMN_AIR: Final = 16  # pixels beside a column's widest text


def preview_lines(report: ImportReport, lang: str) -> list[tuple[RowFate, str, str]]:
    """One line per reason of each row: (row's fate, column letter, reason), rows in order."""
    lines: list[tuple[RowFate, str, str]] = []
    for fate in report.rows:
        if fate.errors:
            lines.extend((fate, e.column or "", e.reason(lang)) for e in fate.errors)
        else:
            lines.append((fate, "", duplicate_text(fate)))
    return lines


def duplicate_text(fate: RowFate) -> str:
    """Why a row updates or skips a record: what it is the same as."""
    found = fate.duplicate_of
    if found is None:
        return ""
    if found.row is not None:
        return QCoreApplication.translate("ImportWizard", "Same as row %1").replace(
            "%1", str(found.row)
        )
    text = QCoreApplication.translate("ImportWizard", "Already recorded: %1")
    return text.replace("%1", found.label or f"#{found.record_id}")


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

        self.pages = QStackedWidget()
        self.pages.addWidget(self._file_page())
        self.pages.addWidget(self._columns_page())
        self.pages.addWidget(self._preview_page())
        self.pages.addWidget(self._summary_page())

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

        index = self.kind_combo.findData(kind)
        self.kind_combo.setCurrentIndex(max(index, 0))
        self.retranslate()
        self._update_buttons()

    # --- the pages --------------------------------------------------------------------------

    def _file_page(self) -> QWidget:
        page = QWidget()
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("import-kind")
        for kind in SHEETS:
            self.kind_combo.addItem("", kind)
        self.kind_combo.currentIndexChanged.connect(lambda _i: self._file_choice_changed())
        self.path_edit = QLineEdit()
        self.path_edit.setReadOnly(True)
        self.browse_button = QPushButton()
        self.browse_button.clicked.connect(self.browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(self.browse_button)
        self.sheet_combo = QComboBox()
        self.sheet_combo.setObjectName("import-sheet")
        self.sheet_combo.activated.connect(self._sheet_chosen)
        form = QFormLayout(page)
        self.kind_label, self.file_label, self.sheet_label = QLabel(), QLabel(), QLabel()
        form.addRow(self.kind_label, self.kind_combo)
        form.addRow(self.file_label, file_row)
        form.addRow(self.sheet_label, self.sheet_combo)
        self.kind_label.setBuddy(self.kind_combo)
        self.sheet_label.setBuddy(self.sheet_combo)
        return page

    def _columns_page(self) -> QWidget:
        page = QWidget()
        self.header_label = QLabel()
        self.header_label.setObjectName("import-header-row")
        self.mapping_table = QTableWidget(0, 4)
        self.mapping_table.setObjectName("import-mapping")
        tidy_table(self.mapping_table)
        self.missing_label = QLabel()
        self.missing_label.setWordWrap(True)
        self.mapping_combos: list[QComboBox] = []
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.header_label)
        layout.addWidget(self.mapping_table, 1)
        layout.addWidget(self.missing_label)
        return page

    def _preview_page(self) -> QWidget:
        page = QWidget()
        self.policy_combo = QComboBox()
        self.policy_combo.setObjectName("import-duplicates")
        for policy in POLICIES:
            self.policy_combo.addItem("", policy.value)
        self.policy_combo.currentIndexChanged.connect(lambda _i: self.preview_again())
        self.valid_only = QCheckBox()
        self.valid_only.setObjectName("import-valid-only")
        self.valid_only.toggled.connect(lambda _on: self.preview_again())
        self.policy_label = QLabel()
        self.policy_label.setBuddy(self.policy_combo)
        options = QHBoxLayout()
        options.addWidget(self.policy_label)
        options.addWidget(self.policy_combo)
        options.addSpacing(16)
        options.addWidget(self.valid_only)
        options.addStretch(1)
        self.counts_label = QLabel()
        self.counts_label.setObjectName("import-counts")
        self.counts_label.setWordWrap(True)
        self.preview_table = QTableWidget(0, PREVIEW_COLUMNS)
        self.preview_table.setObjectName("import-preview")
        tidy_table(self.preview_table)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(options)
        layout.addWidget(self.counts_label)
        layout.addWidget(self.preview_table, 1)
        return page

    def _summary_page(self) -> QWidget:
        page = QWidget()
        self.summary_label = QLabel()
        self.summary_label.setObjectName("import-summary")
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.undo_hint = QLabel()
        self.undo_hint.setWordWrap(True)
        self.left_out_label = QLabel()
        self.left_out = QTableWidget(0, PREVIEW_COLUMNS)
        self.left_out.setObjectName("import-left-out")
        tidy_table(self.left_out)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.undo_hint)
        layout.addWidget(self.left_out_label)
        layout.addWidget(self.left_out, 1)
        return page

    # --- state ------------------------------------------------------------------------------

    @property
    def kind(self) -> str:
        return str(self.kind_combo.currentData())

    @property
    def path(self) -> Path | None:
        text = self.path_edit.text()
        return Path(text) if text else None

    @property
    def busy(self) -> bool:
        return self.task is not None and not self.task.done

    def options(self) -> ImportOptions:
        return ImportOptions(
            on_duplicate=POLICIES[max(self.policy_combo.currentIndex(), 0)],
            valid_only=self.valid_only.isChecked(),
        )

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
            ready = self.info is not None and self.sheet_combo.count() > 0
        elif self.step == COLUMNS:
            ready = self.layout_found is not None
        elif self.step == PREVIEW:
            # Nothing is written while rows have errors, unless only valid rows are asked for.
            ready = self.report is not None and self.report.accepted
        else:
            ready = False
        self.next_button.setEnabled(ready and not busy)
        for widget in (self.kind_combo, self.browse_button, self.sheet_combo):
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
        self.path_edit.setText(str(chosen))
        self.info = None
        self.sheet_combo.clear()
        self._update_buttons()
        return self._run(
            lambda _t: inspect_file(chosen), self._file_read, self.tr("Reading the file")
        )

    def _file_read(self, info: FileInfo) -> None:
        self.info = info
        self.sheet_combo.clear()
        for sheet in info.sheets:
            self.sheet_combo.addItem(sheet.name, sheet.kind)
        # An exported workbook: the sheet of the chosen kind, else the first one.
        index = self.sheet_combo.findData(self.kind)
        self.sheet_combo.setCurrentIndex(max(index, 0))
        self._sheet_chosen(self.sheet_combo.currentIndex())

    def _sheet_chosen(self, index: int) -> None:
        kind = self.sheet_combo.itemData(index)
        if kind is not None and kind != self.kind:
            self.kind_combo.setCurrentIndex(self.kind_combo.findData(kind))
        self._update_buttons()

    def _file_choice_changed(self) -> None:
        self.layout_found = None
        self.parsed = None
        self.report = None
        self._update_buttons()

    def read_columns(self) -> Task[Layout]:
        assert self.path is not None
        path, kind, sheet = self.path, self.kind, self.sheet_combo.currentText() or None
        return self._run(
            lambda _t: read_layout(path, kind, sheet),
            self._columns_read,
            self.tr("Reading the file"),
        )

    def _columns_read(self, layout: Layout) -> None:
        self.layout_found = layout
        self._fill_mapping(layout)
        self._show_step(COLUMNS)

    # --- step 2: the columns ----------------------------------------------------------------

    def _fill_mapping(self, layout: Layout) -> None:
        lang = language()
        targets = layout.targets(lang)
        table = self.mapping_table
        table.setRowCount(len(layout.columns))
        self.mapping_combos = []
        for row, column in enumerate(layout.columns):
            table.setItem(row, 0, table_item(column.letter))
            table.setItem(row, 1, table_item(column.header))
            table.setItem(row, 2, table_item(" · ".join(column.samples)))
            combo = QComboBox()
            combo.setObjectName(f"map-{column.letter}")
            combo.addItem(self.tr("— not imported —"), None)
            for target in targets:
                combo.addItem(target.label + (" *" if target.required else ""), target.name)
            combo.setCurrentIndex(max(combo.findData(column.field), 0))
            combo.setEnabled(not column.export_only)
            combo.currentIndexChanged.connect(lambda _i, c=column.index: self._mapped(c))
            table.setCellWidget(row, 3, combo)
            self.mapping_combos.append(combo)
        fit_columns(table)
        self._update_missing()

    def set_mapping(self, letter: str, field: str | None) -> None:
        """Feed field ``field`` (None: nothing) from column ``letter``, as the combo does."""
        assert self.layout_found is not None
        for column, combo in zip(self.layout_found.columns, self.mapping_combos, strict=True):
            if column.letter == letter:
                combo.setCurrentIndex(combo.findData(field) if field else 0)
                return
        raise KeyError(letter)

    def _mapped(self, index: int) -> None:
        assert self.layout_found is not None
        row = next(i for i, c in enumerate(self.layout_found.columns) if c.index == index)
        field = self.mapping_combos[row].currentData()
        self.layout_found = self.layout_found.with_mapping({index: field})
        # A field is fed by one column: the combo that had it goes back to "not imported".
        for column, combo in zip(self.layout_found.columns, self.mapping_combos, strict=True):
            if combo.currentData() != column.field:
                combo.blockSignals(True)
                combo.setCurrentIndex(max(combo.findData(column.field), 0))
                combo.blockSignals(False)
        self.parsed = None
        self._update_missing()

    def _update_missing(self) -> None:
        layout = self.layout_found
        if layout is None:
            self.missing_label.clear()
            return
        missing = layout.missing_required()
        labels = {t.name: t.label for t in layout.targets(language())}
        self.header_label.setText(
            self.tr("Headers found in row %1 of sheet “%2”.")
            .replace("%1", str(layout.header_row))
            .replace("%2", layout.sheet)
        )
        if missing:
            self.missing_label.setText(
                self.tr("No column feeds %1: new records will be rejected without it.").replace(
                    "%1", ("、" if is_chinese() else ", ").join(labels[m] for m in missing)
                )
            )
            self.missing_label.setStyleSheet(f"color: {colours().negative};")
        else:
            self.missing_label.setText(self.tr("Every required field has a column."))
            self.missing_label.setStyleSheet(f"color: {colours().muted_text};")

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
        self._fill_preview(self.report)
        if self.step != PREVIEW:
            self._show_step(PREVIEW)

    # --- step 3: the preview ----------------------------------------------------------------

    def _fill_preview(self, report: ImportReport) -> None:
        fill_fates(self.preview_table, preview_lines(report, language()))
        self._update_counts(report)

    def _update_counts(self, report: ImportReport) -> None:
        counts = (
            (self.tr("new: %1"), report.count(Fate.CREATE)),
            (self.tr("update: %1"), report.count(Fate.UPDATE)),
            (self.tr("duplicate, skipped: %1"), report.count(Fate.SKIP, Fate.UNCHANGED)),
            (self.tr("rejected: %1"), report.rejected),
        )
        text = " · ".join(label.replace("%1", f"{n:,}") for label, n in counts)
        if report.rejected and not report.accepted:
            text += "\n" + self.tr(
                "Rows with errors stop the import. Correct the file, or tick "
                "“Import the valid rows only”."
            )
        self.counts_label.setText(text)

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
        self._fill_summary(report)
        if report.written:
            self.imported.emit(report)
        self._show_step(SUMMARY)

    def _fill_summary(self, report: ImportReport) -> None:
        self.summary_label.setText(report.summary(language()))
        # The rows left out, so the officer can correct them and import them again.
        rejected = [line for line in preview_lines(report, language()) if line[0].errors]
        fill_fates(self.left_out, rejected)
        self.left_out.setVisible(bool(rejected))
        self.left_out_label.setVisible(bool(rejected))

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
        lang = language()
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
        self.kind_label.setText(self.tr("&Records"))
        self.file_label.setText(self.tr("File"))
        self.sheet_label.setText(self.tr("&Sheet"))
        self.browse_button.setText(self.tr("&Browse…"))
        self.path_edit.setPlaceholderText(self.tr("No file chosen"))
        for index in range(self.kind_combo.count()):
            self.kind_combo.setItemText(index, SHEETS[self.kind_combo.itemData(index)].title(lang))
        self.mapping_table.setHorizontalHeaderLabels(
            [self.tr("Column"), self.tr("Header"), self.tr("First values"), self.tr("Imported as")]
        )
        self.policy_label.setText(self.tr("&Duplicates"))
        policies = (
            self.tr("Stop: reject them"),
            self.tr("Skip them"),
            self.tr("Update the records"),
        )
        for index, text in enumerate(policies):
            self.policy_combo.setItemText(index, text)
        self.valid_only.setText(self.tr("Import the &valid rows only"))
        for table in (self.preview_table, self.left_out):
            table.setHorizontalHeaderLabels(
                [
                    self.tr("Row"),
                    self.tr("Outcome"),
                    self.tr("Record"),
                    self.tr("Column"),
                    self.tr("Reason"),
                ]
            )
        self.left_out_label.setText(self.tr("Rows not imported:"))
        self.undo_hint.setText(
            self.tr("An import can be taken back as a whole under File › Imports…")
        )
        self.back_button.setText(self.tr("< &Back"))
        next_texts = {
            FILE: self.tr("&Next >"),
            COLUMNS: self.tr("&Preview >"),
            PREVIEW: self.tr("&Import"),
        }
        self.next_button.setText(next_texts.get(self.step, ""))
        self.close_button.setText(self.tr("Close") if self.step == SUMMARY else self.tr("Cancel"))
        if self.layout_found is not None:
            self._update_missing()
        if self.report is not None and self.step == PREVIEW:
            self._fill_preview(self.report)
        if self.report is not None and self.step == SUMMARY:
            self._fill_summary(self.report)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def table_item(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    return item


def fill_fates(table: QTableWidget, lines: list[tuple[RowFate, str, str]]) -> None:
    """Show ``lines`` (see :func:`preview_lines`), each tinted with its fate's colour."""
    lang = language()
    table.setRowCount(len(lines))
    palette = colours()
    for row, (fate, column, reason) in enumerate(lines):
        tone = QColor(getattr(palette, FATE_TONE[fate.fate]))
        tint = QColor(tone)
        tint.setAlpha(28)
        cells = (str(fate.row), fate.fate.label(lang), fate.label, column, reason)
        for index, text in enumerate(cells):
            item = table_item(text)
            item.setBackground(QBrush(tint))
            if index == 1:
                item.setForeground(QBrush(tone))
            table.setItem(row, index, item)
    fit_columns(table)


def fit_columns(table: QTableWidget) -> None:
    """Columns as wide as their contents with a little air; the last one takes the rest."""
    table.resizeColumnsToContents()
    header = table.horizontalHeader()
    for column in range(table.columnCount() - 1):
        header.resizeSection(column, header.sectionSize(column) + COLUMN_AIR)
    header.setSectionResizeMode(table.columnCount() - 1, QHeaderView.ResizeMode.Stretch)


def tidy_table(table: QTableWidget) -> None:
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setWordWrap(False)
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setDefaultAlignment(
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    )
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
