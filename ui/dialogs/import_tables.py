"""Read-only tables of the import dialogs, and the lines of rows and their fates they show.

The import wizard's preview and summary list each row's fate (new, update, skipped, rejected
and why) tinted with the fate's colour; the list of past imports (File › Imports…) uses the
same plain, fitted tables. Texts are in the ``ImportWizard`` translation context, where they
were first written.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from liaison.excel.importing import Fate, ImportReport, RowFate
from liaison.i18n import language
from ui.theme import colours

# The colour (a ui.theme.Colours name) each fate is shown in.
FATE_TONE: Final[dict[Fate, str]] = {
    Fate.CREATE: "positive",
    Fate.UPDATE: "accent",
    Fate.UNCHANGED: "muted_text",
    Fate.SKIP: "muted_text",
    Fate.ERROR: "negative",
}

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


def fates_table(name: str) -> QTableWidget:
    """An empty table for :func:`fill_fates`, its headers set by :func:`name_fate_columns`."""
    table = QTableWidget(0, PREVIEW_COLUMNS)
    table.setObjectName(name)
    tidy_table(table)
    return table


def name_fate_columns(table: QTableWidget) -> None:
    table.setHorizontalHeaderLabels(
        [
            QCoreApplication.translate("ImportWizard", "Row"),
            QCoreApplication.translate("ImportWizard", "Outcome"),
            QCoreApplication.translate("ImportWizard", "Record"),
            QCoreApplication.translate("ImportWizard", "Column"),
            QCoreApplication.translate("ImportWizard", "Reason"),
        ]
    )


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


def table_item(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    return item


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
