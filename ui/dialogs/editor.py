"""The record editor: one dialog for every kind of record, built from the core's field specs.

``open_editor(parent, services, "enterprise")`` opens an empty form, ``record_id=`` an existing
record. Save (Ctrl+S) hands the values to the entity's service on the database worker; each
``ValidationError`` comes back under its field. Closing with unsaved changes asks first
(through :mod:`ui.messages`, so tests never block). The dialog is modal to its window only and
opened with ``open()``: the event loop keeps running.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from liaison.errors import ValidationError, ValidationErrors
from liaison.i18n import LiaisonError
from liaison.services.hub import Services
from liaison.services.trash import describe
from ui import messages
from ui.dialogs.entities import entity_name
from ui.dialogs.form import RecordForm
from ui.dialogs.specs import form_spec
from ui.tasks import Task, run_in_background


def stored_values(services: Services, entity: str, record_id: int) -> dict[str, Any]:
    """The record's field values as stored (a plain dict; the ORM object is not kept)."""
    service = services.service(entity)
    obj = service.get(record_id)
    return {f.name: getattr(obj, f.name) for f in service.fields}


def record_label(services: Services, entity: str, record_id: int) -> str:
    return describe(services.service(entity).get(record_id, include_deleted=True))


def save_form(
    parent: QWidget,
    services: Services,
    form: RecordForm,
    record_id: int | None,
    on_saved: Callable[[int], None],
    on_failed: Callable[[], None] = lambda: None,
) -> Task[int] | None:
    """Create or update the form's record on the worker; errors go under their fields.

    Returns the task, or None when an existing record had nothing to save.
    """
    service = services.service(form.entity)
    values = form.filled_values() if record_id is None else form.changed_values()
    if record_id is not None and not values:
        on_saved(record_id)
        return None
    form.clear_errors()

    def job(_task: Task[int]) -> int:
        if record_id is None:
            return service.create(values)
        service.update(record_id, values)
        return record_id

    def failed(error: LiaisonError) -> None:
        if isinstance(error, ValidationError | ValidationErrors):
            form.show_errors(error)  # under their fields, or above the form
        else:
            messages.show_error(parent, error)
        on_failed()

    def done(saved_id: int) -> None:
        form.mark_clean()
        on_saved(saved_id)

    return run_in_background(parent, job, on_success=done, on_failure=failed, with_progress=False)


class RecordEditor(QDialog):
    saved = Signal(int)  # the record's id, after it was written

    def __init__(
        self,
        services: Services,
        entity: str,
        record_id: int | None = None,
        *,
        presets: Mapping[str, Any] | None = None,
        locked: Iterable[str] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.entity = entity
        self.record_id = record_id
        self.setObjectName(f"editor-{entity}")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setSizeGripEnabled(True)
        spec = form_spec(entity)
        self.form = RecordForm(services, entity, spec=spec, locked=locked)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(self.form)
        self.buttons = QDialogButtonBox()
        self.save_button = QPushButton()
        self.save_button.setDefault(True)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.buttons)
        self.save_shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        self.save_shortcut.activated.connect(self.save)
        self.task: Task[int] | None = None
        self._label = ""
        if record_id is None:
            self.form.load({**spec.defaults(), **(presets or {})})
        else:
            self.form.load(stored_values(services, entity, record_id))
            self._label = record_label(services, entity, record_id)
        self.form.dirty_changed.connect(self._update_title)
        self.retranslate()
        self.resize(620, min(760, self.form.sizeHint().height() + 120))
        first = self.form.fields[0].name if self.form.fields else None
        if first is not None:
            self.form.widget(first).setFocus(Qt.FocusReason.OtherFocusReason)

    def save(self) -> None:
        if self.task is not None and not self.task.done:
            return  # already saving
        self.save_button.setEnabled(False)
        self.task = save_form(
            self, self.services, self.form, self.record_id, self._saved, self._failed
        )

    def _saved(self, record_id: int) -> None:
        self.record_id = record_id
        self.save_button.setEnabled(True)
        self.saved.emit(record_id)
        self.accept()

    def _failed(self) -> None:
        self.save_button.setEnabled(True)

    def reject(self) -> None:
        """Close; with unsaved changes, only when the officer agrees to drop them."""
        if self.form.is_dirty() and not messages.confirm(
            self,
            self.tr("Discard the changes you made to this %1?").replace(
                "%1", entity_name(self.entity)
            ),
            title=self.tr("Unsaved changes"),
            ok_text=self.tr("Discard"),
        ):
            return
        super().reject()

    def _update_title(self) -> None:
        name = entity_name(self.entity)
        if self.record_id is None:
            title = self.tr("New %1").replace("%1", name)
        else:
            title = self.tr("Edit %1").replace("%1", name) + f" — {self._label}"
        self.setWindowTitle(("• " if self.form.is_dirty() else "") + title)

    def retranslate(self) -> None:
        self.save_button.setText(self.tr("Save"))
        self.save_button.setToolTip(
            self.tr("Save (%1)").replace(
                "%1", self.save_shortcut.key().toString(QKeySequence.SequenceFormat.NativeText)
            )
        )
        self._update_title()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def open_editor(
    parent: QWidget | None,
    services: Services,
    entity: str,
    record_id: int | None = None,
    *,
    presets: Mapping[str, Any] | None = None,
    locked: Iterable[str] = (),
    on_saved: Callable[[int], None] | None = None,
) -> RecordEditor:
    """Open the editor (window-modal, not blocking) and return it; it deletes itself on close."""
    editor = RecordEditor(
        services, entity, record_id, presets=presets, locked=locked, parent=parent
    )
    editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if on_saved is not None:
        editor.saved.connect(on_saved)
    editor.open()
    return editor
