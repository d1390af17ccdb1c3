"""Two or more lists of one area side by side in tabs (students and placements …).

An area page shows this as its home (see :class:`ui.pages.area_page.AreaPage`); the window's
standard commands go to the list of the tab on show.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QTabWidget, QWidget

from ui.pages.list_page import ListPage, notify_actions


class TabbedLists(QTabWidget):
    def __init__(
        self,
        lists: dict[str, tuple[ListPage[Any], Callable[[], str]]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setDocumentMode(True)
        self.lists = {key: page for key, (page, _title) in lists.items()}
        self._titles = [title for _page, title in lists.values()]
        for page, title in lists.values():
            self.addTab(page, title())
        self.currentChanged.connect(lambda _i: notify_actions(self))

    def show_list(self, key: str) -> ListPage[Any]:
        page = self.lists[key]
        self.setCurrentWidget(page)
        return page

    def current_list(self) -> ListPage[Any]:
        page = self.currentWidget()
        assert isinstance(page, ListPage)
        return page

    def refresh(self) -> None:
        for page in self.lists.values():
            page.refresh()

    def supported_actions(self) -> Collection[str]:
        return self.current_list().supported_actions()

    def trigger_action(self, name: str) -> None:
        self.current_list().trigger_action(name)

    def retranslate(self) -> None:
        for index, title in enumerate(self._titles):
            self.setTabText(index, title())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
