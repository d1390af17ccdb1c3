"""File › Imports…: every import, newest first, and Undo of a whole batch.

Undo takes back everything one import did (``Services.imports.undo``): records it created are
removed (or trashed when others refer to them), records it updated get their old values back.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from liaison.excel.columns import SHEETS
from liaison.services.hub import Services
from liaison.services.imports import BatchInfo, UndoResult
from ui import messages
from ui.dialogs.import_tables import fit_columns, table_item, tidy_table
from ui.tasks import Task, run_in_background

HEADERS: Final = 6  # #, when, records, file, counts, undone


class ImportsDialog(QDialog):
    """The list of imports; ``undone`` fires with the UndoResult once a batch is taken back."""

    undone = Signal(object)

    def __init__(
        self,
        services: Services,
        parent: QWidget | None = None,
        *,
        on_undone: Callable[[UndoResult], object] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("imports-history")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.resize(820, 420)
        self.services = services
        self.batches: list[BatchInfo] = []
        self.task: Task[object] | None = None
        if on_undone is not None:
            self.undone.connect(on_undone)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, HEADERS)
        self.table.setObjectName("imports-table")
        tidy_table(self.table)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.empty = QLabel()
        self.undo_button = QPushButton()
        self.undo_button.setObjectName("undo-import")
        self.undo_button.clicked.connect(self.undo_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.undo_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        self.retranslate()
        self._update_buttons()

    def reload(self) -> Task[list[BatchInfo]]:
        imports = self.services.imports
        return run_in_background(
            self, lambda _t: imports.batches(), on_success=self._show, with_progress=False
        )

    def _show(self, batches: list[BatchInfo]) -> None:
        self.batches = batches
        self.table.setRowCount(len(batches))
        for row, batch in enumerate(batches):
            counts = (
                self.tr("%1 created, %2 updated, %3 skipped")
                .replace("%1", str(batch.created))
                .replace("%2", str(batch.updated))
                .replace("%3", str(batch.skipped))
            )
            kind = SHEETS[batch.kind].title() if batch.kind in SHEETS else self.tr("Workbook")
            undone = f"{batch.undone_at:%Y-%m-%d %H:%M}" if batch.undone_at else ""
            texts = (
                f"#{batch.id}",
                f"{batch.created_at.astimezone():%Y-%m-%d %H:%M}",
                kind,
                batch.file_name,
                counts,
                undone,
            )
            for column, text in enumerate(texts):
                self.table.setItem(row, column, table_item(text))
        fit_columns(self.table)
        self.empty.setVisible(not batches)
        self._update_buttons()

    def selected(self) -> BatchInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.batches[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        batch = self.selected()
        busy = self.task is not None and not self.task.done
        self.undo_button.setEnabled(batch is not None and batch.undone_at is None and not busy)

    def undo_selected(self) -> Task[UndoResult] | None:
        batch = self.selected()
        if batch is None or batch.undone_at is not None:
            return None
        question = (
            self.tr(
                "Take back import #%1 (%2) as a whole? Records it added are removed and "
                "records it changed get their old values back."
            )
            .replace("%1", str(batch.id))
            .replace("%2", batch.file_name)
        )
        if not messages.confirm(self, question, ok_text=self.tr("Undo import")):
            return None
        imports = self.services.imports

        def done(result: UndoResult) -> None:
            self.undone.emit(result)
            self.reload()

        task = run_in_background(
            self,
            lambda _t: imports.undo(batch.id),
            on_success=done,
            on_failure=lambda error: messages.show_error(self, error),
            title=self.tr("Undoing the import"),
        )
        self.task = task  # type: ignore[assignment]
        self._update_buttons()
        return task

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Imports"))
        self.intro.setText(self.tr("Every import, newest first. Undo takes one back as a whole."))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Batch"),
                self.tr("When"),
                self.tr("Records"),
                self.tr("File"),
                self.tr("Outcome"),
                self.tr("Undone"),
            ]
        )
        self.empty.setText(self.tr("Nothing has been imported yet."))
        self.undo_button.setText(self.tr("&Undo import"))
        if self.batches:
            self._show(self.batches)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
