"""The four pages of the import wizard: what each shows, and its texts.

:class:`FilePage` (the kind of records, the file and its sheet), :class:`ColumnsPage` (the
header row found and each column's field), :class:`PreviewPage` (each row's fate and the
options that change it) and :class:`SummaryPage` (what the import did). The pages hold
widgets and fill them from the core's plain data; the wizard (:mod:`ui.dialogs.import_wizard`)
holds the state, runs the work and moves between them. Texts keep the ``ImportWizard``
translation context the wizard's single module gave them, so the ``.ts`` file stays as it was.
"""

from __future__ import annotations

from pathlib import Path
from typing import Final

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
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
    SourceColumn,
)
from liaison.i18n import is_chinese, language
from ui.dialogs.import_tables import (
    fates_table,
    fill_fates,
    fit_columns,
    name_fate_columns,
    preview_lines,
    table_item,
    tidy_table,
)
from ui.theme import colours

# Duplicates policy combo: the core's policy for each entry, in order.
POLICIES: Final = (DuplicatePolicy.ERROR, DuplicatePolicy.SKIP, DuplicatePolicy.UPDATE)


class FilePage(QWidget):
    """Step 1: which records the sheet holds, the file, and which of its sheets."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("import-kind")
        for kind in SHEETS:
            self.kind_combo.addItem("", kind)
        self.path_edit = QLineEdit()
        self.path_edit.setReadOnly(True)
        self.browse_button = QPushButton()
        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(self.browse_button)
        self.sheet_combo = QComboBox()
        self.sheet_combo.setObjectName("import-sheet")
        form = QFormLayout(self)
        self.kind_label, self.file_label, self.sheet_label = QLabel(), QLabel(), QLabel()
        form.addRow(self.kind_label, self.kind_combo)
        form.addRow(self.file_label, file_row)
        form.addRow(self.sheet_label, self.sheet_combo)
        self.kind_label.setBuddy(self.kind_combo)
        self.sheet_label.setBuddy(self.sheet_combo)

    @property
    def kind(self) -> str:
        return str(self.kind_combo.currentData())

    def choose_kind(self, kind: str) -> None:
        """``kind`` in the combo; the first kind when it is not one."""
        self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(kind), 0))

    @property
    def path(self) -> Path | None:
        text = self.path_edit.text()
        return Path(text) if text else None

    def show_sheets(self, info: FileInfo) -> None:
        """The file's sheets; an exported workbook's sheet of the chosen kind is chosen, else
        the first one."""
        self.sheet_combo.clear()
        for sheet in info.sheets:
            self.sheet_combo.addItem(sheet.name, sheet.kind)
        index = self.sheet_combo.findData(self.kind)
        self.sheet_combo.setCurrentIndex(max(index, 0))

    def retranslate(self) -> None:
        lang = language()
        self.kind_label.setText(QCoreApplication.translate("ImportWizard", "&Records"))
        self.file_label.setText(QCoreApplication.translate("ImportWizard", "File"))
        self.sheet_label.setText(QCoreApplication.translate("ImportWizard", "&Sheet"))
        self.browse_button.setText(QCoreApplication.translate("ImportWizard", "&Browse…"))
        self.path_edit.setPlaceholderText(
            QCoreApplication.translate("ImportWizard", "No file chosen")
        )
        for index in range(self.kind_combo.count()):
            self.kind_combo.setItemText(index, SHEETS[self.kind_combo.itemData(index)].title(lang))


class ColumnsPage(QWidget):
    """Step 2: the header row found and, per column, the field it feeds (a combo each).

    ``mapped(column index, field or None)`` fires when the officer changes a combo.
    """

    mapped = Signal(int, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.header_label = QLabel()
        self.header_label.setObjectName("import-header-row")
        self.mapping_table = QTableWidget(0, 4)
        self.mapping_table.setObjectName("import-mapping")
        tidy_table(self.mapping_table)
        self.missing_label = QLabel()
        self.missing_label.setWordWrap(True)
        self.mapping_combos: list[QComboBox] = []
        self.columns: list[SourceColumn] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.header_label)
        layout.addWidget(self.mapping_table, 1)
        layout.addWidget(self.missing_label)

    def fill(self, layout: Layout) -> None:
        """A line per column of ``layout``: letter, header, first values and its field."""
        targets = layout.targets(language())
        table = self.mapping_table
        table.setRowCount(len(layout.columns))
        self.columns = list(layout.columns)
        self.mapping_combos = []
        for row, column in enumerate(layout.columns):
            table.setItem(row, 0, table_item(column.letter))
            table.setItem(row, 1, table_item(column.header))
            table.setItem(row, 2, table_item(" · ".join(column.samples)))
            combo = QComboBox()
            combo.setObjectName(f"map-{column.letter}")
            combo.addItem(QCoreApplication.translate("ImportWizard", "— not imported —"), None)
            for target in targets:
                combo.addItem(target.label + (" *" if target.required else ""), target.name)
            combo.setCurrentIndex(max(combo.findData(column.field), 0))
            combo.setEnabled(not column.export_only)
            combo.currentIndexChanged.connect(
                lambda _i, c=column.index, box=combo: self.mapped.emit(c, box.currentData())
            )
            table.setCellWidget(row, 3, combo)
            self.mapping_combos.append(combo)
        fit_columns(table)
        self.show_missing(layout)

    def set_mapping(self, letter: str, field: str | None) -> None:
        """Feed field ``field`` (None: nothing) from column ``letter``, as the combo does."""
        for column, combo in zip(self.columns, self.mapping_combos, strict=True):
            if column.letter == letter:
                combo.setCurrentIndex(combo.findData(field) if field else 0)
                return
        raise KeyError(letter)

    def show_mapping(self, layout: Layout) -> None:
        """Each combo as ``layout`` maps its column, without firing ``mapped``: a field is fed
        by one column, so the combo that had a field another one took goes back to "not
        imported"."""
        self.columns = list(layout.columns)
        for column, combo in zip(layout.columns, self.mapping_combos, strict=True):
            if combo.currentData() != column.field:
                combo.blockSignals(True)
                combo.setCurrentIndex(max(combo.findData(column.field), 0))
                combo.blockSignals(False)

    def show_missing(self, layout: Layout | None) -> None:
        """Where the headers were found, and the required fields no column feeds."""
        if layout is None:
            self.missing_label.clear()
            return
        missing = layout.missing_required()
        labels = {t.name: t.label for t in layout.targets(language())}
        self.header_label.setText(
            QCoreApplication.translate("ImportWizard", "Headers found in row %1 of sheet “%2”.")
            .replace("%1", str(layout.header_row))
            .replace("%2", layout.sheet)
        )
        if missing:
            self.missing_label.setText(
                QCoreApplication.translate(
                    "ImportWizard", "No column feeds %1: new records will be rejected without it."
                ).replace("%1", ("、" if is_chinese() else ", ").join(labels[m] for m in missing))
            )
            self.missing_label.setStyleSheet(f"color: {colours().negative};")
        else:
            self.missing_label.setText(
                QCoreApplication.translate("ImportWizard", "Every required field has a column.")
            )
            self.missing_label.setStyleSheet(f"color: {colours().muted_text};")

    def retranslate(self) -> None:
        self.mapping_table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("ImportWizard", "Column"),
                QCoreApplication.translate("ImportWizard", "Header"),
                QCoreApplication.translate("ImportWizard", "First values"),
                QCoreApplication.translate("ImportWizard", "Imported as"),
            ]
        )


class PreviewPage(QWidget):
    """Step 3: each row's fate with counts, what duplicates do, and "the valid rows only"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.policy_combo = QComboBox()
        self.policy_combo.setObjectName("import-duplicates")
        for policy in POLICIES:
            self.policy_combo.addItem("", policy.value)
        self.valid_only = QCheckBox()
        self.valid_only.setObjectName("import-valid-only")
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
        self.preview_table = fates_table("import-preview")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(options)
        layout.addWidget(self.counts_label)
        layout.addWidget(self.preview_table, 1)

    def options(self) -> ImportOptions:
        return ImportOptions(
            on_duplicate=POLICIES[max(self.policy_combo.currentIndex(), 0)],
            valid_only=self.valid_only.isChecked(),
        )

    def show_report(self, report: ImportReport) -> None:
        fill_fates(self.preview_table, preview_lines(report, language()))
        counts = (
            (QCoreApplication.translate("ImportWizard", "new: %1"), report.count(Fate.CREATE)),
            (QCoreApplication.translate("ImportWizard", "update: %1"), report.count(Fate.UPDATE)),
            (
                QCoreApplication.translate("ImportWizard", "duplicate, skipped: %1"),
                report.count(Fate.SKIP, Fate.UNCHANGED),
            ),
            (QCoreApplication.translate("ImportWizard", "rejected: %1"), report.rejected),
        )
        text = " · ".join(label.replace("%1", f"{n:,}") for label, n in counts)
        if report.rejected and not report.accepted:
            text += "\n" + QCoreApplication.translate(
                "ImportWizard",
                "Rows with errors stop the import. Correct the file, or tick "
                "“Import the valid rows only”.",
            )
        self.counts_label.setText(text)

    def retranslate(self) -> None:
        self.policy_label.setText(QCoreApplication.translate("ImportWizard", "&Duplicates"))
        policies = (
            QCoreApplication.translate("ImportWizard", "Stop: reject them"),
            QCoreApplication.translate("ImportWizard", "Skip them"),
            QCoreApplication.translate("ImportWizard", "Update the records"),
        )
        for index, text in enumerate(policies):
            self.policy_combo.setItemText(index, text)
        self.valid_only.setText(
            QCoreApplication.translate("ImportWizard", "Import the &valid rows only")
        )
        name_fate_columns(self.preview_table)


class SummaryPage(QWidget):
    """Step 4: what the import did, and the rows left out so they can be corrected."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary_label = QLabel()
        self.summary_label.setObjectName("import-summary")
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.undo_hint = QLabel()
        self.undo_hint.setWordWrap(True)
        self.left_out_label = QLabel()
        self.left_out = fates_table("import-left-out")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.undo_hint)
        layout.addWidget(self.left_out_label)
        layout.addWidget(self.left_out, 1)

    def show_report(self, report: ImportReport) -> None:
        self.summary_label.setText(report.summary(language()))
        # The rows left out, so the officer can correct them and import them again.
        rejected = [line for line in preview_lines(report, language()) if line[0].errors]
        fill_fates(self.left_out, rejected)
        self.left_out.setVisible(bool(rejected))
        self.left_out_label.setVisible(bool(rejected))

    def retranslate(self) -> None:
        name_fate_columns(self.left_out)
        self.left_out_label.setText(
            QCoreApplication.translate("ImportWizard", "Rows not imported:")
        )
        self.undo_hint.setText(
            QCoreApplication.translate(
                "ImportWizard", "An import can be taken back as a whole under File › Imports…"
            )
        )
