"""The left navigation rail: one checkable button per area, icon beside label.

Keyboard: Tab reaches only the current button (one stop for the whole rail); Up/Down and
Home/End move between areas and switch to them, as tab bars do.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QButtonGroup, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from ui.icons import icon

ICON_SIZE = 20
MIN_WIDTH = 184


class NavRail(QWidget):
    current_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        # Fixed: as wide as the longest label in the current language, and no wider.
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(MIN_WIDTH)
        self.setAccessibleName(self.tr("Navigation"))
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 12, 0, 12)
        self._layout.setSpacing(2)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self._buttons: dict[str, QPushButton] = {}
        self._current: str | None = None

    def add_item(self, key: str, text: str, icon_name: str) -> QPushButton:
        """Add an area; the first one added becomes current."""
        if key in self._buttons:
            raise ValueError(f"navigation key {key!r} added twice")
        button = QPushButton(self)
        button.setObjectName(f"nav-{key}")
        button.setCheckable(True)
        button.setIcon(icon(icon_name))
        button.setIconSize(QSize(ICON_SIZE, ICON_SIZE))
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.installEventFilter(self)
        button.clicked.connect(lambda _checked=False, k=key: self.set_current(k))
        self._group.addButton(button)
        self._buttons[key] = button
        self._layout.addWidget(button)
        self.set_text(key, text)
        if self._current is None:
            self.set_current(key)
        return button

    def add_stretch(self) -> None:
        """Push the items added after this to the bottom (e.g. Trash)."""
        self._layout.addStretch(1)

    def set_text(self, key: str, text: str) -> None:
        button = self._buttons[key]
        button.setText(text.replace("&", "&&"))  # "Visits & follow-ups": no mnemonic here
        button.setToolTip(text)
        button.setAccessibleName(text)

    def item_keys(self) -> list[str]:
        return list(self._buttons)

    def button(self, key: str) -> QPushButton:
        return self._buttons[key]

    def current_key(self) -> str | None:
        return self._current

    def set_current(self, key: str) -> None:
        """Make ``key`` current; emits ``current_changed`` only when it changes."""
        button = self._buttons[key]
        had_focus = any(b.hasFocus() for b in self._buttons.values())
        button.setChecked(True)
        for other in self._buttons.values():
            other.setFocusPolicy(
                Qt.FocusPolicy.StrongFocus if other is button else Qt.FocusPolicy.NoFocus
            )
        if had_focus:
            button.setFocus(Qt.FocusReason.OtherFocusReason)
        if key != self._current:
            self._current = key
            self.current_changed.emit(key)

    def _move(self, key: int) -> bool:
        keys = self.item_keys()
        if not keys or self._current is None:
            return False
        index = keys.index(self._current)
        moves = {
            Qt.Key.Key_Up: index - 1,
            Qt.Key.Key_Down: index + 1,
            Qt.Key.Key_Home: 0,
            Qt.Key.Key_End: len(keys) - 1,
        }
        if key not in moves:
            return False
        self.set_current(keys[max(0, min(len(keys) - 1, moves[Qt.Key(key)]))])
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        plain = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
        if (
            isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.modifiers() in plain
            and self._move(event.key())
        ):
            return True
        return super().eventFilter(watched, event)
