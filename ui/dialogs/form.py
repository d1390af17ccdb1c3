"""A record's fields as a form, built from the entity's ``Field`` specs in the core.

Each field gets the widget its kind calls for (see :mod:`ui.dialogs.field_widgets`), a label
with an asterisk when required, and a message line under it where the core's validation error
for that field appears. The form knows what was loaded, so it can tell what changed (dirty
state) and hand only the changed fields to an update.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal, cast

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget
from sqlalchemy import inspect

from liaison.errors import ValidationError, ValidationErrors
from liaison.i18n import LiaisonError
from liaison.services.fields import Field, Kind
from liaison.services.hub import Services
from ui.dialogs.field_widgets import (
    BoolField,
    ComboField,
    DateField,
    FieldWidget,
    IntField,
    LongTextField,
    MoneyField,
    TextField,
    ThemesField,
    choice_options,
)
from ui.dialogs.ref_picker import RefPicker
from ui.theme import colours

Tone = Literal["error", "note", "ok"]
WidgetFactory = Callable[[Field, "RecordForm"], FieldWidget]

# Fields whose value narrows what a reference picker offers (the contacts of this firm …).
SCOPE_FIELDS = ("enterprise_id", "agreement_id")


@dataclass(frozen=True)
class FormSpec:
    """How one entity's form differs from the plain list of its fields."""

    order: tuple[str, ...] = ()  # these fields first, in this order; the rest after
    hidden: tuple[str, ...] = ()
    widgets: Mapping[str, WidgetFactory] = field(default_factory=dict)
    defaults: Callable[[], dict[str, Any]] = dict  # values a new record starts with
    extend: Callable[[RecordForm], None] | None = None  # live helpers (credit code, size)


def _nullable(services: Services, entity: str, name: str) -> bool:
    model = services.service(entity).model
    column = inspect(model).columns.get(name)
    return bool(column is None or column.nullable)


def default_widget(spec: Field, form: RecordForm) -> FieldWidget:
    kind = spec.kind
    if kind is Kind.LONGTEXT:
        return LongTextField()
    if kind is Kind.INT:
        return IntField()
    if kind is Kind.MONEY_YUAN:
        return MoneyField("yuan")
    if kind is Kind.MONEY_WAN:
        return MoneyField("wan")
    if kind is Kind.DATE:
        return DateField()
    if kind is Kind.BOOL:
        return BoolField(_nullable(form.services, form.entity, spec.name))
    if kind is Kind.CHOICE:
        assert spec.choices is not None
        return ComboField(choice_options(spec.choices))
    if kind is Kind.THEMES:
        return ThemesField()
    if kind is Kind.REF:
        assert spec.ref is not None
        return RefPicker(spec.ref, form.services.db, scope=lambda: form.scope(spec.name))
    return TextField(spec.max_length)


class RecordForm(QWidget):
    """The fields of one record; ``load`` what is stored, read back ``values``."""

    changed = Signal()
    dirty_changed = Signal(bool)
    retranslated = Signal()
    errors_shown = Signal()  # the core's errors were put under their fields

    def __init__(
        self,
        services: Services,
        entity: str,
        *,
        spec: FormSpec | None = None,
        locked: Iterable[str] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.entity = entity
        self.spec = spec or FormSpec()
        self.locked = frozenset(locked)
        service = services.service(entity)
        by_name = {f.name: f for f in service.fields}
        first = [by_name[n] for n in self.spec.order if n in by_name]
        rest = [f for f in service.fields if f not in first]
        self.fields: tuple[Field, ...] = tuple(
            f for f in (*first, *rest) if f.name not in self.spec.hidden
        )
        self.general = QLabel()
        self.general.setWordWrap(True)
        self.general.hide()
        self.layout_ = QFormLayout()
        self.layout_.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.layout_.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.layout_.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.layout_.setVerticalSpacing(6)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.general)
        outer.addLayout(self.layout_)
        outer.addStretch(1)

        self._widgets: dict[str, FieldWidget] = {}
        self._labels: dict[str, QLabel] = {}
        self._messages: dict[str, QLabel] = {}
        self._tones: dict[str, Tone] = {}
        self._extra_labels: list[tuple[QLabel, Callable[[], str]]] = []
        for spec_field in self.fields:
            self._add_field(spec_field)
        self._baseline: dict[str, Any] = self.values()
        self._dirty = False
        self.extras: dict[str, object] = {}  # helpers an entity's spec attaches
        self.retranslate()
        if self.spec.extend is not None:
            self.spec.extend(self)

    # --- building ---------------------------------------------------------------------------

    def _add_field(self, spec: Field) -> None:
        factory = self.spec.widgets.get(spec.name, default_widget)
        widget = factory(spec, self)
        widget.setObjectName(f"field-{spec.name}")
        widget.set_read_only(spec.name in self.locked)
        label = QLabel()
        label.setBuddy(widget.focusProxy() or widget)
        message = QLabel()
        message.setObjectName(f"message-{spec.name}")
        message.setWordWrap(True)
        message.setTextFormat(Qt.TextFormat.RichText)
        message.hide()
        cell = QWidget()
        column = QVBoxLayout(cell)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        column.addWidget(message)
        self.layout_.addRow(label, cell)
        self._widgets[spec.name] = widget
        self._labels[spec.name] = label
        self._messages[spec.name] = message
        widget.changed.connect(self._on_changed)

    def insert_row(self, after: str, label: Callable[[], str], widget: QWidget) -> QLabel:
        """Add a row of its own below field ``after`` (a computed size class …)."""
        position = cast(tuple[int, Any], self.layout_.getWidgetPosition(self._labels[after]))
        row = position[0]
        title = QLabel(label())
        self.layout_.insertRow(row + 1, title, widget)
        self._extra_labels.append((title, label))
        return title

    # --- values -----------------------------------------------------------------------------

    def widget(self, name: str) -> FieldWidget:
        return self._widgets[name]

    def has(self, name: str) -> bool:
        return name in self._widgets

    def value(self, name: str) -> Any:
        return self._widgets[name].value()

    def values(self) -> dict[str, Any]:
        return {name: w.value() for name, w in self._widgets.items()}

    def changed_values(self) -> dict[str, Any]:
        """The fields whose value differs from what was loaded."""
        return {k: v for k, v in self.values().items() if v != self._baseline.get(k)}

    def filled_values(self) -> dict[str, Any]:
        """The fields the officer filled in (what a new record is created with)."""
        return {k: v for k, v in self.values().items() if v not in (None, "", [])}

    def scope(self, asking: str) -> dict[str, Any]:
        """What narrows the choice of the picker for field ``asking``."""
        return {
            name: self.value(name)
            for name in SCOPE_FIELDS
            if name != asking and name in self._widgets and self.value(name) is not None
        }

    def load(self, stored: Mapping[str, Any]) -> None:
        """Show stored values (missing fields are left as they are); this is now "clean"."""
        for name, value in stored.items():
            if name in self._widgets:
                self._widgets[name].blockSignals(True)
                self._widgets[name].set_value(value)
                self._widgets[name].blockSignals(False)
        self.mark_clean()
        self.changed.emit()

    def mark_clean(self) -> None:
        self._baseline = self.values()
        self._set_dirty(False)

    def is_dirty(self) -> bool:
        return self._dirty

    def _on_changed(self) -> None:
        self._set_dirty(self.values() != self._baseline)
        self.changed.emit()

    def _set_dirty(self, dirty: bool) -> None:
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirty_changed.emit(dirty)

    # --- messages ---------------------------------------------------------------------------

    def set_message(self, name: str, text: str, tone: Tone = "error") -> None:
        """Show ``text`` (rich text) under field ``name``; "" hides the line."""
        label = self._messages[name]
        c = colours()
        colour = {"error": c.negative, "note": c.muted_text, "ok": c.positive}[tone]
        label.setStyleSheet(f"color: {colour};")
        label.setText(text)
        label.setVisible(bool(text))
        self._tones[name] = tone
        self._describe(name)

    def _describe(self, name: str) -> None:
        """The accessible description: "Required", and the error when there is one."""
        spec = next(f for f in self.fields if f.name == name)
        parts = [self.tr("Required")] if spec.required else []
        if self._tones.get(name) == "error" and self.message(name):
            parts.append(self.message(name))
        target = self._widgets[name].focusProxy() or self._widgets[name]
        target.setAccessibleDescription(". ".join(parts))

    def message(self, name: str) -> str:
        """The text under field ``name`` (plain, for tests and screen readers)."""
        label = self._messages[name]
        return _plain(label.text()) if label.isVisibleTo(self) else ""

    def errors(self) -> dict[str, str]:
        return {
            name: self.message(name)
            for name, tone in self._tones.items()
            if tone == "error" and self.message(name)
        }

    def general_message(self) -> str:
        return self.general.text() if self.general.isVisibleTo(self) else ""

    def clear_errors(self) -> None:
        for name, tone in list(self._tones.items()):
            if tone == "error":
                self.set_message(name, "")
        self.general.hide()
        self.general.setText("")

    def show_errors(self, error: LiaisonError) -> bool:
        """Put each validation error under its field; True if every one found its field."""
        found: list[ValidationError]
        if isinstance(error, ValidationErrors):
            found = list(error.errors)
        elif isinstance(error, ValidationError):
            found = [error]
        else:
            return False
        placed = True
        loose: list[str] = []
        first: str | None = None
        for item in found:
            if item.field in self._widgets:
                self.set_message(item.field, item.message(), "error")
                first = first or item.field
            else:
                placed = False
                loose.append(item.message())
        if loose:
            self.general.setStyleSheet(f"color: {colours().negative};")
            self.general.setText("\n".join(loose))
            self.general.show()
        if first is not None:
            self._widgets[first].setFocus(Qt.FocusReason.OtherFocusReason)
        self.errors_shown.emit()
        return placed

    # --- language ---------------------------------------------------------------------------

    def retranslate(self) -> None:
        for spec in self.fields:
            label = self._labels[spec.name]
            text = spec.label()
            label.setText(f"{text} *" if spec.required else text)
            target = self._widgets[spec.name].focusProxy() or self._widgets[spec.name]
            target.setAccessibleName(text)
            if spec.required:
                label.setToolTip(self.tr("Required"))
            self._describe(spec.name)
            self._widgets[spec.name].retranslate()
        for title, make_text in self._extra_labels:
            title.setText(make_text())
        self.retranslated.emit()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _plain(text: str) -> str:
    """Rich text without its tags (what a screen reader or a test reads)."""
    return html.unescape(re.sub(r"<[^>]+>", "", text))
