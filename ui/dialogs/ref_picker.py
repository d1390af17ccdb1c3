"""A searchable combo box that picks one record of another kind (an enterprise, a contact …).

The officer types; after a short pause the core is searched (at most 30 hits, never the whole
table) and the hits drop down under the text. Choosing a hit, with the mouse, the arrow keys and
Enter, or the combo's own list, sets the value; typing again clears it until a hit is chosen.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from liaison.db import Database
from ui.dialogs import references
from ui.dialogs.field_widgets import FieldWidget, _row

SEARCH_DELAY_MS = 200


class _Combo(QComboBox):
    def __init__(self, before_popup: Callable[[], None]) -> None:
        super().__init__()
        self._before_popup = before_popup

    def showPopup(self) -> None:
        self._before_popup()
        super().showPopup()


class RefPicker(FieldWidget):
    def __init__(
        self,
        entity: str,
        db: Database,
        scope: Callable[[], references.Scope] = dict,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.entity = entity
        self.db = db
        self.scope = scope
        self.combo = _Combo(self._before_popup)
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.combo.setMinimumWidth(320)
        self.combo.setMaxVisibleItems(12)
        completer = QCompleter(self.combo.model(), self.combo)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.combo.setCompleter(completer)
        _row(self, self.combo)
        self.setFocusProxy(self.combo)
        self._id: int | None = None
        self._label = ""
        self.searches = 0  # how often the core was asked (tests, benchmarks)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search_now)
        line = self.combo.lineEdit()
        assert line is not None
        line.textEdited.connect(self._typed)
        self.combo.activated.connect(self.choose)
        self.retranslate()

    # --- value ------------------------------------------------------------------------------

    def value(self) -> int | None:
        return self._id

    def set_value(self, stored: Any) -> None:
        if stored is None:
            self._show([], None)
            self._set(None, "")
            return
        record_id = int(stored)
        with self.db.reading() as session:
            label = references.label_of(session, self.entity, record_id)
        self._show([(record_id, label)], 0)
        self._set(record_id, label)

    def label(self) -> str:
        return self._label

    def set_read_only(self, read_only: bool) -> None:
        self.combo.setEnabled(not read_only)

    # --- searching --------------------------------------------------------------------------

    def hits(self) -> list[references.Hit]:
        """What the list offers now."""
        return [
            (int(self.combo.itemData(i)), self.combo.itemText(i)) for i in range(self.combo.count())
        ]

    def search_now(self, query: str | None = None) -> list[references.Hit]:
        """Ask the core for hits on ``query`` (default: the text typed) and offer them."""
        self._timer.stop()
        text = self.combo.currentText() if query is None else query
        with self.db.reading() as session:
            found = references.hits(session, self.entity, text, self.scope())
        self.searches += 1
        self._show(found, None, keep_text=True)
        completer = self.combo.completer()
        if completer is not None and self.combo.hasFocus() and found:
            completer.complete()
        return found

    def choose(self, index: int) -> None:
        """Take hit ``index`` of the list as the value."""
        if not 0 <= index < self.combo.count():
            return
        record_id = int(self.combo.itemData(index))
        self.combo.blockSignals(True)
        self.combo.setCurrentIndex(index)
        self.combo.blockSignals(False)
        self._set(record_id, self.combo.itemText(index))

    def _before_popup(self) -> None:
        # The arrow offers hits for what is typed, or the first records when nothing is.
        if self.combo.count() <= 1:
            self.search_now("" if self._id is not None else None)

    def _typed(self, text: str) -> None:
        if self._id is not None and text != self._label:
            self._set(None, "")
        self._timer.start()

    def _show(
        self, found: list[references.Hit], current: int | None, keep_text: bool = False
    ) -> None:
        line = self.combo.lineEdit()
        assert line is not None
        text, cursor = line.text(), line.cursorPosition()
        self.combo.blockSignals(True)
        self.combo.clear()
        for record_id, label in found:
            self.combo.addItem(label, record_id)
        self.combo.setCurrentIndex(-1 if current is None else current)
        if keep_text:
            line.setText(text)
            line.setCursorPosition(cursor)
        self.combo.blockSignals(False)

    def _set(self, record_id: int | None, label: str) -> None:
        changed = record_id != self._id
        self._id, self._label = record_id, label
        if changed:
            self.changed.emit()

    def retranslate(self) -> None:
        line = self.combo.lineEdit()
        assert line is not None
        line.setPlaceholderText(self.tr("Type to search…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
