"""An area's page: its list, and in the same place the record opened from it (no modal stacks).

The list stays alive underneath while a record is on show, with its search, filters and
selection; Back (Alt+Left, or Esc from the record) returns to it. The window's standard
commands (New, Save, Delete …) go to whichever of the two is showing.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from ui.actions import PageActions
from ui.pages.list_page import ListPage, notify_actions

Opener = Callable[[int], object]


class AreaPage(QWidget):
    detail_changed = Signal()
    # Records of this kind (an entity name) were added, changed, deleted or restored here:
    # the shell tells the dashboard and the Trash.
    data_changed = Signal(str)

    def __init__(
        self,
        key: str,
        list_page: ListPage[Any],
        parent: QWidget | None = None,
        *,
        home: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName(f"area-{key}")
        self.list_page = list_page
        list_page.changed.connect(lambda: self.data_changed.emit(list_page.spec.entity))
        # What the area shows when no record is open: its list, or (an area of two lists in
        # tabs) a widget holding ``list_page`` and its siblings, with its own refresh().
        self.home: QWidget = home if home is not None else list_page
        self.detail: QWidget | None = None
        self.stack = QStackedWidget()
        self.stack.addWidget(self.home)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        # Records of other kinds this area can show (entity → opener); see open_record.
        self.openers: dict[str, Opener] = {}
        back = QShortcut(QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_Left), self)
        back.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        back.activated.connect(self.request_list)

    def show_detail(self, widget: QWidget) -> None:
        """Show ``widget`` (a record view) in place of the list."""
        if self.detail is not None:
            self.stack.removeWidget(self.detail)
            self.detail.deleteLater()
        self.detail = widget
        self.stack.addWidget(widget)
        self.stack.setCurrentWidget(widget)
        closed = getattr(widget, "closed", None)
        if closed is not None:
            closed.connect(self.show_list)
        changed = getattr(widget, "data_changed", None)
        if changed is not None:
            changed.connect(self.data_changed)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        self.detail_changed.emit()
        notify_actions(self)

    def request_list(self) -> None:
        """Back to the list, unless the record on show has unsaved changes the officer keeps."""
        can_close = getattr(self.detail, "can_close", None)
        if can_close is not None and not can_close():
            return
        self.show_list()

    def show_list(self) -> None:
        if self.detail is not None:
            self.stack.removeWidget(self.detail)
            self.detail.deleteLater()
            self.detail = None
        self.stack.setCurrentWidget(self.home)
        getattr(self.home, "refresh", self.list_page.refresh)()
        self.list_page.view.setFocus(Qt.FocusReason.OtherFocusReason)
        self.detail_changed.emit()
        notify_actions(self)

    def current(self) -> QWidget | None:
        return self.stack.currentWidget()

    def open_record(self, entity: str, record_id: int) -> bool:
        """Show record ``record_id`` of ``entity`` if this area knows how; False otherwise."""
        opener = self.openers.get(entity)
        if opener is None:
            return False
        opener(record_id)
        return True

    def refresh(self) -> None:
        """Query again what is on show (after an undo, an import …)."""
        refresh = getattr(self.detail, "refresh", None)
        if refresh is not None:
            refresh()
        getattr(self.home, "refresh", self.list_page.refresh)()

    # PageActions, handed to whichever of list and record is showing
    def supported_actions(self) -> Collection[str]:
        current: object = self.current()
        return current.supported_actions() if isinstance(current, PageActions) else ()

    def trigger_action(self, name: str) -> None:
        current: object = self.current()
        if isinstance(current, PageActions):
            current.trigger_action(name)
