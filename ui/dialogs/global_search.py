"""Search everything (Ctrl+K): enterprises, contacts, students, agreements and projects.

A palette over the window: type, see hits grouped by kind, Enter (or a click) opens the
record. The search runs on the database worker; answers to older queries are dropped.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from liaison.tasks import Progress
from ui.lifetime import while_alive
from ui.tasks import run_in_background
from ui.theme import colours
from ui.widgets.search_box import SearchBox

if TYPE_CHECKING:
    from liaison.search import SearchHit
    from liaison.services.hub import Services

HIT_ROLE = Qt.ItemDataRole.UserRole
PER_KIND = 6
WIDTH = 620
MAX_HEIGHT = 520


class GlobalSearch(QDialog):
    """``open_requested(entity, id)`` when the officer picks a hit; the palette then closes."""

    open_requested = Signal(str, int)

    def __init__(
        self,
        services: Services,
        parent: QWidget | None = None,
        *,
        debounce_ms: int | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Popup | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("GlobalSearch")
        self.services = services
        self.setMinimumWidth(WIDTH)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        c = colours()
        self.setStyleSheet(
            f"#GlobalSearch {{ background: {c.base}; border: 1px solid {c.border};"
            " border-radius: 8px; }"
            f" #GlobalSearchResults {{ border: none; }}"
            " #GlobalSearchResults::item { padding: 5px 8px; }"
            f" #GlobalSearchHint {{ color: {c.muted_text}; }}"
        )
        self.box = SearchBox(debounce_ms=debounce_ms) if debounce_ms is not None else SearchBox()
        self.box.setObjectName("GlobalSearchBox")
        self.box.search_changed.connect(self.search)
        self.box.installEventFilter(self)
        self.results = QListWidget()
        self.results.setObjectName("GlobalSearchResults")
        self.results.setMinimumHeight(0)
        self.results.itemActivated.connect(self._open_item)
        self.results.itemClicked.connect(self._open_item)
        self.hint = QLabel()
        self.hint.setObjectName("GlobalSearchHint")
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.addWidget(self.box)
        layout.addWidget(self.hint)
        layout.addWidget(self.results, 1)
        self._serial = 0
        self.searching = False
        self._open_when_ready = False  # Enter came before the answer
        self._max_height = MAX_HEIGHT
        self._hits: list[SearchHit] = []
        self.retranslate()
        self._name_box()
        self._show_hint()

    def popup(self, anchor: QWidget) -> None:
        """Show near the top of ``anchor``'s window, centred, with the cursor in the box."""
        window = anchor.window()
        top_left = window.mapToGlobal(QPoint(0, 0))
        width = max(WIDTH, min(window.width() * 2 // 3, 820))
        self._max_height = min(MAX_HEIGHT, max(window.height() - 120, 200))
        self.resize(width, self.sizeHint().height())
        self.move(top_left.x() + (window.width() - width) // 2, top_left.y() + 60)
        self.show()
        self.box.focus_search()
        self._fit()

    def _fit(self) -> None:
        """As tall as the hits need, up to most of the window; the list scrolls beyond."""
        rows = self.results.count()
        row = self.results.sizeHintForRow(0) if rows else 0
        self.results.setFixedHeight(min(rows * row + 2 * self.results.frameWidth() + 4, 2000))
        layout = self.layout()
        assert layout is not None
        layout.activate()
        self.resize(self.width(), min(self.sizeHint().height(), self._max_height))
        self.results.setMinimumHeight(0)
        self.results.setMaximumHeight(16_777_215)

    # searching
    def search(self, query: str) -> None:
        self._serial += 1
        serial = self._serial
        if not query.strip():
            self._show([], query)
            return
        services = self.services

        def job(_progress: Progress) -> list[SearchHit]:
            from liaison.search import global_search

            with services.db.reading() as session:
                return global_search(session, query, limit_per_kind=PER_KIND)

        def show(found: list[SearchHit]) -> None:
            if serial == self._serial:
                self.searching = False
                self._show(found, query)
                if self._open_when_ready:
                    self._open_when_ready = False
                    self.open_current()

        self.searching = True
        run_in_background(self, job, on_success=while_alive(self, show), with_progress=False)

    def _show(self, found: list[SearchHit], query: str) -> None:
        self._hits = found
        self.results.clear()
        heading_font = QFont(self.font())
        heading_font.setBold(True)
        current_kind = ""
        first: QListWidgetItem | None = None
        for hit in found:
            if hit.entity != current_kind:
                current_kind = hit.entity
                heading = QListWidgetItem(self.heading(hit.entity))
                heading.setFlags(Qt.ItemFlag.NoItemFlags)
                heading.setFont(heading_font)
                heading.setForeground(QColor(colours().muted_text))
                self.results.addItem(heading)
            text = f"{hit.label}  —  {hit.detail}" if hit.detail else hit.label
            item = QListWidgetItem(f"    {text}")
            item.setData(HIT_ROLE, (hit.entity, hit.id))
            item.setToolTip(text)
            self.results.addItem(item)
            first = first or item
        if first is not None:
            self.results.setCurrentItem(first)
        self._show_hint(query if not found else "")
        if self.isVisible():
            self._fit()

    def _show_hint(self, unmatched: str = "") -> None:
        if unmatched:
            self.hint.setText(self.tr("Nothing matches “%1”.").replace("%1", unmatched))
        elif not self._hits:
            self.hint.setText(
                self.tr("Find enterprises, contacts, students, agreements and projects by name.")
            )
        else:
            self.hint.setText(self.tr("Enter opens the selected record; Esc closes."))

    def heading(self, entity: str) -> str:
        headings = {
            "enterprise": self.tr("Enterprises"),
            "contact": self.tr("Contacts"),
            "student": self.tr("Students"),
            "agreement": self.tr("Agreements"),
            "project": self.tr("Projects"),
        }
        return headings.get(entity, entity)

    def hit_items(self) -> list[QListWidgetItem]:
        items = (self.results.item(i) for i in range(self.results.count()))
        return [item for item in items if item is not None and item.data(HIT_ROLE)]

    # opening
    def _open_item(self, item: QListWidgetItem) -> None:
        data = item.data(HIT_ROLE)
        if not data:
            return
        entity, record_id = data
        self.accept()
        self.open_requested.emit(str(entity), int(record_id))

    def open_current(self) -> bool:
        item = self.results.currentItem()
        if item is None or not item.data(HIT_ROLE):
            return False
        self._open_item(item)
        return True

    def _move(self, step: int) -> None:
        items = self.hit_items()
        if not items:
            return
        current = self.results.currentItem()
        index = items.index(current) if current in items else -1
        self.results.setCurrentItem(items[max(0, min(len(items) - 1, index + step))])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.box
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
        ):
            moves: dict[int, Callable[[], object]] = {
                Qt.Key.Key_Down: lambda: self._move(1),
                Qt.Key.Key_Up: lambda: self._move(-1),
                Qt.Key.Key_PageDown: lambda: self._move(5),
                Qt.Key.Key_PageUp: lambda: self._move(-5),
            }
            action = moves.get(event.key())
            if action is not None:
                action()
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.box.flush()
                if self.searching:
                    self._open_when_ready = True
                else:
                    self.open_current()
                return True
            if event.key() == Qt.Key.Key_Escape:
                self.reject()
                return True
        return super().eventFilter(watched, event)

    def retranslate(self) -> None:
        # The box retranslates itself to a generic text on the same event; ours goes after it.
        QTimer.singleShot(0, self, self._name_box)
        self.results.setAccessibleName(self.tr("Search results"))

    def _name_box(self) -> None:
        self.box.setPlaceholderText(self.tr("Search enterprises, contacts, students…"))
        self.box.setAccessibleName(self.tr("Search everything"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self._show(self._hits, "")
        super().changeEvent(event)
