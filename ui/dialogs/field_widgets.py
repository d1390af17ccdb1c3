"""One input widget per kind of field, all speaking the same small protocol.

Every widget here has ``value()`` (what the officer entered, in the form the core's
``Field.coerce`` accepts: text stays text, money stays the exact typed digits, dates are
``datetime.date``), ``set_value(stored)`` (a value as the database keeps it: fen, dates, enum
values, ids) and a ``changed`` signal. The core does the checking; these widgets only keep
obviously impossible input out (letters in a number, a third decimal place of 元).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject, QRegularExpression, Qt, Signal
from PySide6.QtGui import QKeyEvent, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QToolButton,
    QWidget,
)

from liaison.enums import Labelled, Theme
from liaison.rules.money import fen_to_wan, fen_to_yuan

Option = tuple[str, Any]  # what the officer reads, the value stored


class FieldWidget(QWidget):
    """Base of the editors' input widgets: a value in, a value out, a signal on change."""

    changed = Signal()

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, stored: Any) -> None:
        raise NotImplementedError

    def set_read_only(self, read_only: bool) -> None:
        self.setEnabled(not read_only)

    def retranslate(self) -> None:
        """Write labels of choices again in the current language."""


def _row(widget: QWidget, *children: QWidget, stretch_first: bool = True) -> QHBoxLayout:
    layout = QHBoxLayout(widget)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(6)
    for i, child in enumerate(children):
        layout.addWidget(child, 1 if (i == 0 and stretch_first) else 0)
    return layout


class TextField(FieldWidget):
    def __init__(self, max_length: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit()
        if max_length:
            # A little slack: the core reports "too long" with the count, which helps more
            # than a field that silently stops taking characters.
            self.edit.setMaxLength(max_length + 20)
        _row(self, self.edit)
        self.setFocusProxy(self.edit)
        self.edit.textChanged.connect(self.changed)

    def value(self) -> str:
        return self.edit.text()

    def set_value(self, stored: Any) -> None:
        self.edit.setText("" if stored is None else str(stored))

    def set_read_only(self, read_only: bool) -> None:
        self.edit.setReadOnly(read_only)


class LongTextField(FieldWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QPlainTextEdit()
        self.edit.setTabChangesFocus(True)  # Tab moves on, as in every other field
        line = self.edit.fontMetrics().lineSpacing()
        self.edit.setFixedHeight(line * 4 + 12)
        _row(self, self.edit)
        self.setFocusProxy(self.edit)
        self.edit.textChanged.connect(self.changed)

    def value(self) -> str:
        return self.edit.toPlainText()

    def set_value(self, stored: Any) -> None:
        self.edit.setPlainText("" if stored is None else str(stored))

    def set_read_only(self, read_only: bool) -> None:
        self.edit.setReadOnly(read_only)


class IntField(TextField):
    """A whole number, or nothing: a line edit (a spin box cannot be empty)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        self.edit.setValidator(QRegularExpressionValidator(QRegularExpression(r"\s*\d{0,12}\s*")))
        self.edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.edit.setMaximumWidth(160)
        layout = self.layout()
        assert isinstance(layout, QHBoxLayout)
        layout.setStretch(0, 0)
        layout.addStretch(1)  # a short box at the left, like the money fields


class MoneyField(FieldWidget):
    """An exact amount in 元 or 万元 (never a float): the digits typed go to the core as text."""

    def __init__(self, unit: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.unit = unit  # "yuan" or "wan"
        places = 2 if unit == "yuan" else 6  # one fen is 0.01 元 and 0.000001 万元
        self.edit = QLineEdit()
        pattern = rf"\s*\d[\d,]{{0,20}}(\.\d{{0,{places}}})?\s*|\s*"
        self.edit.setValidator(QRegularExpressionValidator(QRegularExpression(pattern)))
        self.edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.edit.setMaximumWidth(200)
        self.unit_label = QLabel()
        layout = _row(self, self.edit, self.unit_label, stretch_first=False)
        layout.addStretch(1)
        self.setFocusProxy(self.edit)
        self.edit.textChanged.connect(self.changed)
        self.retranslate()

    def value(self) -> str:
        return self.edit.text().replace(",", "").strip()

    def set_value(self, stored: Any) -> None:
        if stored is None:
            self.edit.setText("")
            return
        amount: Decimal = fen_to_yuan(stored) if self.unit == "yuan" else fen_to_wan(stored)
        # Exact, without exponent or trailing zeros: 800, 812.5, 0.000001.
        self.edit.setText(format(amount.normalize(), "f"))

    def set_read_only(self, read_only: bool) -> None:
        self.edit.setReadOnly(read_only)

    def retranslate(self) -> None:
        if self.unit == "yuan":
            self.unit_label.setText(self.tr("CNY"))
        else:
            self.unit_label.setText(self.tr("10k CNY"))
        self.edit.setAccessibleDescription(self.unit_label.text())


class DateField(FieldWidget):
    """A date with a calendar popup, or explicitly none ("No date" and a clear button).

    The no-date state is the edit's minimum date, shown as special text. The first click or
    key on an empty field starts from today, so the calendar never opens in 1900.
    """

    NONE = QDate(1900, 1, 1)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd")
        self.edit.setMinimumDate(self.NONE)
        self.edit.setDate(self.NONE)
        self.edit.setMinimumWidth(150)
        self.clear_button = QToolButton()
        self.clear_button.setAutoRaise(True)
        self.clear_button.setText("×")
        self.clear_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes field to field
        self.clear_button.clicked.connect(lambda: self.set_value(None))
        layout = _row(self, self.edit, self.clear_button, stretch_first=False)
        layout.addStretch(1)
        self.setFocusProxy(self.edit)
        self.edit.installEventFilter(self)
        self.edit.dateChanged.connect(self._on_date_changed)
        self.retranslate()
        self._update_clear()

    def is_empty(self) -> bool:
        return self.edit.date() == self.NONE

    def value(self) -> date | None:
        if self.is_empty():
            return None
        qdate = self.edit.date()
        return date(qdate.year(), qdate.month(), qdate.day())

    def set_value(self, stored: Any) -> None:
        if stored is None:
            self.edit.setDate(self.NONE)
        else:
            assert isinstance(stored, date)
            self.edit.setDate(QDate(stored.year, stored.month, stored.day))

    def set_read_only(self, read_only: bool) -> None:
        self.edit.setReadOnly(read_only)
        self.clear_button.setEnabled(not read_only)

    def _on_date_changed(self) -> None:
        self._update_clear()
        self.changed.emit()

    def _update_clear(self) -> None:
        self.clear_button.setVisible(not self.is_empty())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and self.is_empty() and not self.edit.isReadOnly():
            starts = event.type() == QEvent.Type.MouseButtonPress or (
                isinstance(event, QKeyEvent)
                and event.type() == QEvent.Type.KeyPress
                and (event.text().isdigit() or event.key() in _DATE_START_KEYS)
            )
            if starts:
                self.edit.setDate(QDate.currentDate())
        return super().eventFilter(watched, event)

    def retranslate(self) -> None:
        self.edit.setSpecialValueText(self.tr("No date"))
        self.clear_button.setToolTip(self.tr("Clear the date"))
        self.clear_button.setAccessibleName(self.tr("Clear the date"))


_DATE_START_KEYS = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Space, Qt.Key.Key_F4)


class BoolField(FieldWidget):
    """Yes or no; with ``nullable``, a third state for "not known"."""

    def __init__(self, nullable: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = QCheckBox()
        self.box.setTristate(nullable)
        self.nullable = nullable
        if nullable:
            self.box.setCheckState(Qt.CheckState.PartiallyChecked)
        _row(self, self.box)
        self.setFocusProxy(self.box)
        self.box.stateChanged.connect(self._state_changed)
        self._state_changed()

    def value(self) -> bool | None:
        state = self.box.checkState()
        if state == Qt.CheckState.PartiallyChecked:
            return None
        return state == Qt.CheckState.Checked

    def set_value(self, stored: Any) -> None:
        if stored is None:
            state = Qt.CheckState.PartiallyChecked if self.nullable else Qt.CheckState.Unchecked
        else:
            state = Qt.CheckState.Checked if stored else Qt.CheckState.Unchecked
        self.box.setCheckState(state)

    def _state_changed(self) -> None:
        self.retranslate()
        self.changed.emit()

    def retranslate(self) -> None:
        value = self.value()
        if value is None:
            self.box.setText(self.tr("Not known"))
        else:
            self.box.setText(self.tr("Yes") if value else self.tr("No"))


class ComboField(FieldWidget):
    """One of a list of options; the first entry is "none" unless ``with_none`` is False."""

    def __init__(
        self,
        options: Callable[[], Sequence[Option]],
        *,
        with_none: bool = True,
        none_text: Callable[[], str] = lambda: "—",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._options = options
        self.with_none = with_none
        self._none_text = none_text
        self.combo = QComboBox()
        self.combo.setMinimumWidth(200)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        layout = _row(self, self.combo, stretch_first=False)
        layout.addStretch(1)
        self.setFocusProxy(self.combo)
        self.combo.currentIndexChanged.connect(self.changed)
        self.reload()

    def reload(self) -> None:
        """Fill the list again (labels in the current language, options that depend on
        other fields); the chosen value stays chosen when it is still offered."""
        current = self.value() if self.combo.count() else None
        self.combo.blockSignals(True)
        self.combo.clear()
        if self.with_none:
            self.combo.addItem(self._none_text(), None)
        for label, value in self._options():
            self.combo.addItem(label, value)
        index = self.combo.findData(current) if current is not None else 0
        self.combo.setCurrentIndex(max(index, 0))
        self.combo.blockSignals(False)
        if self.value() != current:
            self.changed.emit()

    def value(self) -> Any:
        return self.combo.currentData()

    def set_value(self, stored: Any) -> None:
        index = self.combo.findData(stored) if stored is not None else 0
        if index < 0 and stored is not None:
            # A stored value the options no longer offer is kept and shown as it is.
            self.combo.addItem(str(stored), stored)
            index = self.combo.count() - 1
        self.combo.setCurrentIndex(max(index, 0))

    def retranslate(self) -> None:
        self.reload()


def choice_options(choices: type[Labelled]) -> Callable[[], list[Option]]:
    return lambda: [(member.label(), member.value) for member in choices]


class ThemesField(FieldWidget):
    """Innovation, green, sharing: any of them, as checkable boxes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.boxes: dict[str, QCheckBox] = {}
        layout = _row(self)
        for theme in Theme:
            box = QCheckBox(theme.label())
            box.toggled.connect(self.changed)
            self.boxes[theme.value] = box
            layout.addWidget(box)
        layout.addStretch(1)
        self.setFocusProxy(self.boxes[Theme.INNOVATION.value])

    def value(self) -> list[str]:
        return [name for name, box in self.boxes.items() if box.isChecked()]

    def set_value(self, stored: Any) -> None:
        chosen = set((stored or "").split(",")) if isinstance(stored, str) else set(stored or ())
        for name, box in self.boxes.items():
            box.setChecked(name in chosen)

    def retranslate(self) -> None:
        for theme in Theme:
            self.boxes[theme.value].setText(theme.label())
