"""The standard commands (New, Save, Undo, Find …) shared by every page.

The main window owns one QAction per command, with the platform's standard shortcut, and hands
them to whichever page is showing. A page takes part by implementing :class:`PageActions`;
commands the current page does not support are disabled. Find also works for any page that
simply contains a :class:`~ui.widgets.search_box.SearchBox`.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import NamedTuple, Protocol, runtime_checkable

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from ui.i18n import QT_TRANSLATE_NOOP
from ui.icons import icon
from ui.widgets.search_box import SearchBox


@runtime_checkable
class PageActions(Protocol):
    def supported_actions(self) -> Collection[str]:
        """Names from :data:`STANDARD_ACTIONS` the page can do right now."""

    def trigger_action(self, name: str) -> None: ...


# A NamedTuple rather than a dataclass, like ui.theme.Colours (for the start-up time).
class StandardAction(NamedTuple):
    name: str
    text: str  # English source; translated in the "actions" context
    # A StandardKey follows the platform's conventions; QKeySequences are made on use, since
    # making one before the QGuiApplication exists crashes.
    shortcut: QKeySequence.StandardKey | str
    icon: str

    def key_sequences(self) -> list[QKeySequence]:
        if isinstance(self.shortcut, str):
            return [QKeySequence(self.shortcut)]
        return QKeySequence.keyBindings(self.shortcut)


_KEY = QKeySequence.StandardKey
STANDARD_ACTIONS: tuple[StandardAction, ...] = (
    StandardAction("new", QT_TRANSLATE_NOOP("actions", "New…"), _KEY.New, "plus"),
    StandardAction("save", QT_TRANSLATE_NOOP("actions", "Save"), _KEY.Save, "save"),
    StandardAction("undo", QT_TRANSLATE_NOOP("actions", "Undo"), _KEY.Undo, "undo-2"),
    StandardAction("redo", QT_TRANSLATE_NOOP("actions", "Redo"), _KEY.Redo, "redo-2"),
    StandardAction("edit", QT_TRANSLATE_NOOP("actions", "Edit"), "F2", "pencil"),
    StandardAction("delete", QT_TRANSLATE_NOOP("actions", "Delete"), _KEY.Delete, "trash-2"),
    StandardAction("find", QT_TRANSLATE_NOOP("actions", "Find"), _KEY.Find, "search"),
    StandardAction("refresh", QT_TRANSLATE_NOOP("actions", "Refresh"), "F5", "refresh-cw"),
)


class ActionRouter(QObject):
    """Routes the standard commands to the page on show."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.actions: dict[str, QAction] = {}
        for spec in STANDARD_ACTIONS:
            action = QAction(icon(spec.icon), "", window)
            action.setShortcuts(spec.key_sequences())
            action.setEnabled(False)
            action.triggered.connect(lambda _checked=False, n=spec.name: self.trigger(n))
            window.addAction(action)  # shortcuts work without a visible menu or toolbar
            self.actions[spec.name] = action
        self._page: QWidget | None = None
        self.retranslate()

    def set_page(self, page: QWidget | None) -> None:
        self._page = page
        self.refresh()

    def _search_box(self) -> SearchBox | None:
        return self._page.findChild(SearchBox) if self._page is not None else None

    def supported(self) -> set[str]:
        page = self._page
        names = set(page.supported_actions()) if isinstance(page, PageActions) else set()
        if self._search_box() is not None:
            names.add("find")
        return names

    def refresh(self) -> None:
        """Re-ask the page what it supports (call when its selection or state changed)."""
        supported = self.supported()
        for name, action in self.actions.items():
            action.setEnabled(name in supported)

    def trigger(self, name: str) -> None:
        page: object = self._page  # pages are QWidgets that may also be PageActions
        if name not in self.supported():
            return
        if isinstance(page, PageActions) and name in page.supported_actions():
            page.trigger_action(name)
        elif name == "find" and (box := self._search_box()) is not None:
            box.focus_search()

    def retranslate(self) -> None:
        for spec in STANDARD_ACTIONS:
            action = self.actions[spec.name]
            text = QCoreApplication.translate("actions", spec.text)
            action.setText(text)
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{text} ({shortcut})" if shortcut else text)
