"""What a page shows when it has nothing yet: an icon, what is missing, and what to do next."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.icons import icon
from ui.theme import colours

ICON_SIZE = 56
MAX_TEXT_WIDTH = 560


class EmptyState(QWidget):
    def __init__(
        self, icon_name: str, title: str = "", message: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._icon_name = icon_name
        self.icon_label = QLabel()
        self.icon_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title_label = QLabel()
        self.title_label.setObjectName("EmptyTitle")
        self.title_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title_label.setWordWrap(True)
        self.message_label = QLabel()
        self.message_label.setObjectName("EmptyMessage")
        self.message_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message_label.setWordWrap(True)
        self._buttons = QHBoxLayout()
        self._buttons.setSpacing(8)
        self._buttons.addStretch(1)
        self._buttons.addStretch(1)
        # A column of bounded width, centred: wrapped text then gets the height it needs
        # (a label centred by alignment alone is given too little and gets clipped).
        column = QWidget()
        column.setMaximumWidth(MAX_TEXT_WIDTH)
        content = QVBoxLayout(column)
        content.setContentsMargins(0, 0, 0, 0)
        content.addWidget(self.icon_label)
        content.addSpacing(8)
        content.addWidget(self.title_label)
        content.addWidget(self.message_label)
        content.addSpacing(12)
        content.addLayout(self._buttons)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(column, 4)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
        self.set_texts(title, message)
        self._paint_icon()

    def set_texts(self, title: str, message: str) -> None:
        self.title_label.setText(title)
        self.message_label.setText(message)
        self.message_label.setVisible(bool(message))
        self.setAccessibleName(title)
        self.setAccessibleDescription(message)

    def add_action(
        self, text: str, callback: Callable[[], object], icon_name: str | None = None
    ) -> QPushButton:
        """A button under the message; the first one added is the primary (accented) one."""
        button = QPushButton(text)
        primary = self._buttons.count() == 2
        if primary:
            button.setProperty("primary", True)
        if icon_name:
            # On the accent-coloured primary button the icon takes the button's text colour.
            button.setIcon(icon(icon_name, colours().accent_text if primary else None))
        button.clicked.connect(lambda _checked=False: callback())
        self._buttons.insertWidget(self._buttons.count() - 1, button)
        return button

    def buttons(self) -> list[QPushButton]:
        items = (self._buttons.itemAt(i) for i in range(self._buttons.count()))
        return [w for item in items if item and isinstance(w := item.widget(), QPushButton)]

    def _paint_icon(self) -> None:
        # A QLabel keeps a pixmap, not an icon: redraw it when the palette (scheme) changes.
        pixmap = icon(self._icon_name).pixmap(QSize(ICON_SIZE, ICON_SIZE), self.devicePixelRatioF())
        self.icon_label.setPixmap(pixmap)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._paint_icon()
        super().changeEvent(event)
