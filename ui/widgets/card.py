"""A dashboard card: a title, one big figure, and its change against last year."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

Formatter = Callable[[int], str]


def plain_number(value: int) -> str:
    """``1,200`` / ``1,200``: digits grouped as the current language does."""
    return QLocale().toString(value)


def change_text(value: int, previous: int, formatter: Formatter = plain_number) -> tuple[str, str]:
    """``("▲ 3 (+25%)", "up")`` style text and trend for ``value`` against ``previous``.

    ``formatter`` writes the difference as the figure is written (e.g. money in 万元). The
    percentage is left out when the previous figure was zero (no meaningful ratio).
    """
    locale = QLocale()
    delta = value - previous
    if delta == 0:
        return f"= {formatter(0)}", "flat"
    arrow, trend = ("▲", "up") if delta > 0 else ("▼", "down")
    text = f"{arrow} {formatter(abs(delta))}"
    if previous > 0:
        percent = round(abs(delta) * 100 / previous)
        text += f" ({'+' if delta > 0 else '−'}{locale.toString(percent)}%)"
    return text, trend


class Card(QFrame):
    """Click it (mouse, Enter or Space) to open what the figure counts."""

    clicked = Signal()

    def __init__(self, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setMinimumWidth(200)
        self.title_label = QLabel()
        self.title_label.setObjectName("CardTitle")
        self.figure_label = QLabel("—")
        self.figure_label.setObjectName("CardFigure")
        self.change_label = QLabel()
        self.change_label.setObjectName("CardChange")
        self.change_label.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.setSpacing(4)
        layout.addWidget(self.title_label)
        layout.addWidget(self.figure_label)
        layout.addWidget(self.change_label)
        layout.addStretch(1)
        self._value: int | None = None
        self._previous: int | None = None
        self._formatter: Formatter = plain_number
        self.set_title(title)

    def set_title(self, title: str) -> None:
        self.title_label.setText(title)
        self._update_accessible()

    def title(self) -> str:
        return self.title_label.text()

    def set_value(
        self, value: int, previous: int | None = None, formatter: Formatter | None = None
    ) -> None:
        """Show ``value`` and its change from ``previous`` (last year's figure, if known).

        ``formatter`` writes both the figure and the change, e.g. integer fen as ``120.00 万元``;
        by default digits are grouped for the current language.
        """
        self._value, self._previous = value, previous
        self._formatter = formatter or plain_number
        self._render()

    def trend(self) -> str:
        """``up``, ``down``, ``flat``, or ``""`` when there is no previous figure."""
        return str(self.change_label.property("trend") or "")

    def _render(self) -> None:
        if self._value is None:
            return
        self.figure_label.setText(self._formatter(self._value))
        if self._previous is None:
            self.change_label.hide()
            self.change_label.setProperty("trend", "")
        else:
            change, trend = change_text(self._value, self._previous, self._formatter)
            self.change_label.setText(self.tr("%1 vs last year").replace("%1", change))
            self.change_label.setProperty("trend", trend)
            self.change_label.show()
        # A dynamic property only restyles after the style is asked to look again.
        self.change_label.style().unpolish(self.change_label)
        self.change_label.style().polish(self.change_label)
        self._update_accessible()

    def _update_accessible(self) -> None:
        parts = [self.title_label.text(), self.figure_label.text()]
        if self.change_label.isVisibleTo(self):
            parts.append(self.change_label.text())
        self.setAccessibleName(" — ".join(p for p in parts if p))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.LocaleChange):
            self._render()
        super().changeEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            self.clicked.emit()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit()
            return
        super().keyPressEvent(event)
