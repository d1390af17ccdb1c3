"""A search field that waits for the officer to pause typing before it searches."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QLineEdit, QWidget

from ui.icons import icon

DEBOUNCE_MS = 150


class SearchBox(QLineEdit):
    """Emits ``search_changed(text)`` once typing pauses; Enter searches at once, Esc clears."""

    search_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None, debounce_ms: int = DEBOUNCE_MS) -> None:
        super().__init__(parent)
        self.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.setClearButtonEnabled(True)
        self.setPlaceholderText(self.tr("Search…"))
        self.setAccessibleName(self.tr("Search"))
        self.setMinimumWidth(220)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(debounce_ms)
        self._timer.timeout.connect(self._emit)
        self._last_emitted: str | None = None
        self.textChanged.connect(self._timer.start)

    def _emit(self) -> None:
        self._timer.stop()
        text = self.text().strip()
        if text != self._last_emitted:
            self._last_emitted = text
            self.search_changed.emit(text)

    def flush(self) -> None:
        """Emit now whatever is pending."""
        self._emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.flush()
            return
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            self.flush()
            return
        super().keyPressEvent(event)

    def focus_search(self) -> None:
        self.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.selectAll()

    def install_shortcut(self, window: QWidget) -> QShortcut:
        """Ctrl+F (the platform's Find key) anywhere in ``window`` focuses this box."""
        shortcut = QShortcut(QKeySequence.StandardKey.Find, window)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(self.focus_search)
        return shortcut

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.setPlaceholderText(self.tr("Search…"))
            self.setAccessibleName(self.tr("Search"))
        super().changeEvent(event)
