"""Pick one enterprise by typing part of its name, credit code, city or tags.

The search runs on the database worker as the officer pauses typing; answers to older
queries that arrive late are dropped. Down moves into the list, Enter picks.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from liaison.tasks import Progress
from ui.lifetime import while_alive
from ui.tasks import run_in_background
from ui.widgets.search_box import SearchBox

if TYPE_CHECKING:
    from liaison.search import EnterpriseHit
    from liaison.services.hub import Services

HITS = 8
ID_ROLE = Qt.ItemDataRole.UserRole


class EnterprisePicker(QWidget):
    chosen = Signal(object)  # the enterprise id, or None when the choice is cleared

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.box = SearchBox()
        self._name_box()
        self.box.search_changed.connect(self.search)
        self.box.textEdited.connect(self._typed)
        self.box.installEventFilter(self)
        self.hits = QListWidget()
        self.hits.setObjectName("EnterpriseHits")
        self.hits.setMaximumHeight(180)
        self.hits.hide()
        self.hits.itemActivated.connect(self._pick_item)
        self.hits.itemClicked.connect(self._pick_item)
        # A list passes Enter on to its dialog, whose default button would fire as well.
        self.hits.installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.box)
        layout.addWidget(self.hits)
        self.setFocusProxy(self.box)
        self._query_serial = 0
        self._chosen: tuple[int, str] | None = None
        self.searching = False

    def _name_box(self) -> None:
        self.box.setPlaceholderText(self.tr("Type a name, credit code or city…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            # The box retranslates itself to a generic text on the same event; ours goes after.
            QTimer.singleShot(0, self, self._name_box)
        super().changeEvent(event)

    def chosen_id(self) -> int | None:
        return self._chosen[0] if self._chosen else None

    def chosen_name(self) -> str:
        return self._chosen[1] if self._chosen else ""

    def choose(self, enterprise_id: int, name: str) -> None:
        """Take ``enterprise_id`` as the choice, as if the officer had picked it."""
        self._chosen = (enterprise_id, name)
        self.box.blockSignals(True)  # showing the name is no new search
        self.box.setText(name)
        self.box.blockSignals(False)
        self.hits.clear()
        self.hits.hide()
        self.chosen.emit(enterprise_id)

    def _typed(self, _text: str) -> None:
        if self._chosen is not None:
            self._chosen = None
            self.chosen.emit(None)

    def search(self, query: str) -> None:
        self._query_serial += 1
        serial = self._query_serial
        if not query or self._chosen is not None:
            self.hits.clear()
            self.hits.hide()
            return
        services = self.services

        def job(_progress: Progress) -> list[EnterpriseHit]:
            from liaison.search import search_enterprises

            with services.db.reading() as session:
                return search_enterprises(session, query, limit=HITS)

        def show(found: list[EnterpriseHit]) -> None:
            self.searching = False
            if serial == self._query_serial:
                self._show_hits(found)

        self.searching = True
        run_in_background(self, job, on_success=while_alive(self, show), with_progress=False)

    def _show_hits(self, found: list[EnterpriseHit]) -> None:
        self.hits.clear()
        for hit in found:
            detail = " · ".join(part for part in (hit.city, hit.uscc) if part)
            item = QListWidgetItem(f"{hit.name}  —  {detail}" if detail else hit.name)
            item.setData(ID_ROLE, (hit.id, hit.name))
            self.hits.addItem(item)
        if not found:
            item = QListWidgetItem(self.tr("No enterprise matches"))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.hits.addItem(item)
        else:
            self.hits.setCurrentRow(0)
        self.hits.show()

    def _pick_item(self, item: QListWidgetItem) -> None:
        data = item.data(ID_ROLE)
        if data:
            enterprise_id, name = data
            self.choose(int(enterprise_id), str(name))
            self.box.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        enter = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if (
            watched is self.hits
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in enter
        ):
            current = self.hits.currentItem()
            if current is not None:
                self._pick_item(current)
            return True
        if (
            watched is self.box
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and self.hits.isVisible()
        ):
            if event.key() == Qt.Key.Key_Down:
                self.hits.setFocus()
                if self.hits.currentRow() < 0:
                    self.hits.setCurrentRow(0)
                return True
            if event.key() in enter:
                current = self.hits.currentItem()
                if current is not None and current.data(ID_ROLE):
                    self._pick_item(current)
                    return True
        return super().eventFilter(watched, event)
