"""The trash: records deleted on purpose, newest first, and a Restore button.

Records that went to the trash together with a parent come back with it and are not listed on
their own. Nothing here opens a record: a trashed record is read-only until restored.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from liaison.i18n import LiaisonError
from liaison.rules.dates import format_date
from liaison.tasks import Progress
from ui import messages
from ui.dialogs.entities import entity_name
from ui.icons import icon
from ui.lifetime import while_alive
from ui.tasks import run_in_background
from ui.theme import colours
from ui.widgets.empty_state import EmptyState

if TYPE_CHECKING:
    from liaison.lists import TrashRow
    from liaison.services.hub import Services

KEY_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class RestoreResult:
    restored: list[tuple[str, int]]
    refused: list[tuple[str, str]]  # label, reason


def read_trash(services: Services) -> list[TrashRow]:
    from liaison.lists import trash_keys, trash_rows

    with services.db.reading() as session:
        return trash_rows(session, trash_keys(session))


def restore_all(services: Services, keys: list[tuple[str, int, str]]) -> RestoreResult:
    """Restore each record on its own, so one refusal does not hold the others back."""
    restored: list[tuple[str, int]] = []
    refused: list[tuple[str, str]] = []
    for entity, record_id, label in keys:
        try:
            services.trash.restore(entity, record_id)
        except LiaisonError as exc:
            refused.append((label, exc.message()))
        else:
            restored.append((entity, record_id))
    return RestoreResult(restored, refused)


class TrashPage(QWidget):
    """``restored(entities)`` after records came back (the pages showing them may refresh)."""

    restored = Signal(list)
    loaded = Signal()

    def __init__(
        self,
        services: Services,
        parent: QWidget | None = None,
        *,
        on_restored: Callable[[list[tuple[str, int]]], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("TrashPage")
        self.services = services
        self.rows: list[TrashRow] = []
        self.loading = False
        self._stale = True
        if on_restored is not None:
            self.restored.connect(on_restored)

        self.title = QLabel()
        self.title.setStyleSheet("font-size: 18pt; font-weight: 600;")
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.restore_button = QPushButton(icon("rotate-ccw"), "")
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self.restore_selected)
        self.table = QTreeWidget()
        self.table.setObjectName("TrashList")
        self.table.setColumnCount(4)
        self.table.setRootIsDecorated(False)
        self.table.setAlternatingRowColors(True)
        self.table.setUniformRowHeights(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.empty = EmptyState("trash-2")

        top = QHBoxLayout()
        heading = QVBoxLayout()
        heading.addWidget(self.title)
        heading.addWidget(self.hint)
        top.addLayout(heading, 1)
        top.addWidget(self.restore_button, 0, Qt.AlignmentFlag.AlignBottom)
        listing = QWidget()
        listing_layout = QVBoxLayout(listing)
        listing_layout.setContentsMargins(24, 18, 24, 18)
        listing_layout.addLayout(top)
        listing_layout.addWidget(self.table, 1)
        self.stack = QStackedWidget()
        self.stack.addWidget(listing)
        self.stack.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.retranslate()

    # PageActions
    def supported_actions(self) -> Collection[str]:
        return {"refresh"}

    def trigger_action(self, name: str) -> None:
        if name == "refresh":
            self.refresh()

    # loading
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        """Read the trash again now if it is on show, else when it is next shown."""
        if not self.isVisible():
            self._stale = True
            return
        if self.loading:
            return
        self.loading = True
        self._stale = False
        services = self.services

        def job(_progress: Progress) -> list[TrashRow]:
            return read_trash(services)

        def done(rows: list[TrashRow]) -> None:
            self.loading = False
            self.show_rows(rows)

        run_in_background(
            self,
            job,
            on_success=while_alive(self, done),
            on_failure=while_alive(self, lambda _e: setattr(self, "loading", False)),
            with_progress=False,
        )

    def show_rows(self, rows: list[TrashRow]) -> None:
        self.rows = rows
        self.table.clear()
        for row in rows:
            deleted = row.deleted_at.astimezone()
            kind = entity_name(row.entity)
            item = QTreeWidgetItem(
                [
                    kind[:1].upper() + kind[1:],  # "enterprise" is a word in a sentence
                    row.label,
                    f"{format_date(deleted.date())} {deleted:%H:%M}",
                    row.deleted_by or "",
                ]
            )
            item.setData(0, KEY_ROLE, (row.entity, row.id, row.label))
            self.table.addTopLevelItem(item)
        for column in range(self.table.columnCount()):
            self.table.resizeColumnToContents(column)
        self.stack.setCurrentIndex(0 if rows else 1)
        self._selection_changed()
        self.loaded.emit()

    # restoring
    def selected_keys(self) -> list[tuple[str, int, str]]:
        return [tuple(item.data(0, KEY_ROLE)) for item in self.table.selectedItems()]

    def _selection_changed(self) -> None:
        count = len(self.table.selectedItems())
        self.restore_button.setEnabled(count > 0)
        self.restore_button.setText(
            self.tr("Restore %1 records").replace("%1", f"{count:,}")
            if count > 1
            else self.tr("Restore")
        )

    def restore_selected(self) -> None:
        keys = self.selected_keys()
        if not keys:
            return
        services = self.services
        self.restore_button.setEnabled(False)

        def job(_progress: Progress) -> RestoreResult:
            return restore_all(services, keys)

        run_in_background(
            self,
            job,
            on_success=while_alive(self, self._restored),
            on_failure=while_alive(self, lambda _e: self.refresh()),
            title=self.tr("Restoring…"),
        )

    def _restored(self, result: RestoreResult) -> None:
        if result.refused:
            details = "\n".join(f"• {label}: {reason}" for label, reason in result.refused)
            messages.show_error(
                self,
                self.tr("Some records could not be restored:\n%1").replace("%1", details),
            )
        if result.restored:
            self.restored.emit(result.restored)
        self.refresh()

    # language
    def retranslate(self) -> None:
        self.title.setText(self.tr("Trash"))
        self.hint.setText(
            self.tr(
                "Deleted records wait here. Select one or more and choose Restore to bring "
                "them back, with everything that was deleted along with them."
            )
        )
        self.hint.setStyleSheet(f"color: {colours().muted_text};")
        self.table.setHeaderLabels(
            [self.tr("Kind"), self.tr("Name"), self.tr("Deleted"), self.tr("Deleted by")]
        )
        self.empty.set_texts(
            self.tr("The trash is empty"),
            self.tr("Deleted records stay here until you restore them."),
        )
        self._selection_changed()
        if self.rows:
            self.show_rows(self.rows)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
