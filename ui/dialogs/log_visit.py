"""Log a visit (Ctrl+L, from anywhere): enterprise, contact, date, kind, summary, follow-up.

Field labels are the core's own (``InteractionService.fields``), so the dialog, the lists and
the import templates call a field the same. The interaction is written on the worker by
``services.interactions.create``; what it rejects is shown next to the field at fault.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from liaison.enums import InteractionKind
from liaison.errors import ValidationError, ValidationErrors
from liaison.i18n import LiaisonError
from liaison.tasks import Progress
from ui.lifetime import while_alive
from ui.tasks import run_in_background
from ui.theme import colours
from ui.widgets.enterprise_picker import EnterprisePicker

if TYPE_CHECKING:
    from liaison.search import ContactHit
    from liaison.services.fields import Field
    from liaison.services.hub import Services

FOLLOW_UP_DAYS = 14  # a follow-up's first suggested due date, counted from the visit
CONTACTS_SHOWN = 200


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class LogVisitDialog(QDialog):
    logged = Signal(int)  # id of the new interaction

    def __init__(
        self,
        services: Services,
        parent: QWidget | None = None,
        *,
        enterprise: tuple[int, str] | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("LogVisitDialog")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(520)
        self.services = services
        self.today = today or date.today()
        self._fields: dict[str, Field] = {f.name: f for f in services.interactions.fields}
        self.saving = False

        self.enterprise = EnterprisePicker(services)
        self.enterprise.chosen.connect(self._load_contacts)
        self.contact = QComboBox()
        self.occurred_on = QDateEdit(to_qdate(self.today))
        self.occurred_on.setCalendarPopup(True)
        self.kind = QComboBox()
        for kind in InteractionKind:
            self.kind.addItem("", kind.value)
        self.summary = QLineEdit()
        self.summary.setMaxLength(self._fields["summary"].max_length or 500)
        self.details = QPlainTextEdit()
        self.details.setTabChangesFocus(True)
        self.details.setFixedHeight(72)
        self.follow_up_action = QLineEdit()
        self.follow_up_has_due = QCheckBox()
        self.follow_up_due = QDateEdit(to_qdate(self.today + timedelta(days=FOLLOW_UP_DAYS)))
        self.follow_up_due.setCalendarPopup(True)
        self.follow_up_due.setEnabled(False)
        self.follow_up_has_due.toggled.connect(self.follow_up_due.setEnabled)
        self.follow_up_action.textEdited.connect(self._suggest_due)
        due_row = QHBoxLayout()
        due_row.addWidget(self.follow_up_has_due)
        due_row.addWidget(self.follow_up_due, 1)

        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {colours().negative};")
        self.problem.hide()
        self.form = QFormLayout()
        self.labels: dict[str, QLabel] = {}
        self.errors: dict[str, QLabel] = {}
        rows: list[tuple[str, QWidget | QHBoxLayout]] = [
            ("enterprise_id", self.enterprise),
            ("contact_id", self.contact),
            ("occurred_on", self.occurred_on),
            ("kind", self.kind),
            ("summary", self.summary),
            ("details", self.details),
            ("follow_up_action", self.follow_up_action),
            ("follow_up_due", due_row),
        ]
        for name, editor in rows:
            label = QLabel()
            error = QLabel()
            error.setObjectName(f"error-{name}")
            error.setWordWrap(True)
            error.setStyleSheet(f"color: {colours().negative};")
            error.hide()
            column = QVBoxLayout()
            column.setSpacing(2)
            if isinstance(editor, QWidget):
                column.addWidget(editor)
                label.setBuddy(editor)
            else:
                column.addLayout(editor)
                label.setBuddy(self.follow_up_has_due)
            column.addWidget(error)
            self.form.addRow(label, column)
            self.labels[name] = label
            self.errors[name] = error

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.problem)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.retranslate()
        if enterprise is not None:
            self.enterprise.choose(*enterprise)
            self.summary.setFocus()
        else:
            self.enterprise.setFocus()

    # contacts of the chosen enterprise
    def _load_contacts(self, enterprise_id: int | None) -> None:
        self.contact.clear()
        self.contact.addItem(self.tr("— No particular contact —"), None)
        if enterprise_id is None:
            return
        services = self.services

        def job(_progress: Progress) -> list[ContactHit]:
            from liaison.search import search_contacts

            with services.db.reading() as session:
                return search_contacts(
                    session, "", enterprise_id=enterprise_id, limit=CONTACTS_SHOWN
                )

        def show(found: list[ContactHit]) -> None:
            if self.enterprise.chosen_id() != enterprise_id:
                return  # the officer moved on to another enterprise meanwhile
            for hit in found:
                text = f"{hit.name} ({hit.title})" if hit.title else hit.name
                self.contact.addItem(text, hit.id)
            if found:
                self.contact.setCurrentIndex(1)

        run_in_background(self, job, on_success=while_alive(self, show), with_progress=False)

    def _suggest_due(self, text: str) -> None:
        if text.strip() and not self.follow_up_has_due.isChecked():
            self.follow_up_has_due.setChecked(True)

    # saving
    def values(self) -> dict[str, Any]:
        return {
            "enterprise_id": self.enterprise.chosen_id(),
            "contact_id": self.contact.currentData(),
            "occurred_on": from_qdate(self.occurred_on.date()),
            "kind": self.kind.currentData(),
            "summary": self.summary.text(),
            "details": self.details.toPlainText(),
            "follow_up_action": self.follow_up_action.text(),
            "follow_up_due": (
                from_qdate(self.follow_up_due.date())
                if self.follow_up_has_due.isChecked()
                else None
            ),
        }

    def save(self) -> None:
        if self.saving:
            return
        self._clear_errors()
        values = self.values()
        services = self.services
        self.saving = True
        self.buttons.setEnabled(False)

        def job(_progress: Progress) -> int:
            return services.interactions.create(values)

        run_in_background(
            self,
            job,
            on_success=while_alive(self, self._saved),
            on_failure=while_alive(self, self._rejected),
            title=self.tr("Saving the visit…"),
        )

    def _saved(self, interaction_id: int) -> None:
        self.saving = False
        self.buttons.setEnabled(True)
        self.logged.emit(interaction_id)
        self.accept()

    def _rejected(self, error: LiaisonError) -> None:
        self.saving = False
        self.buttons.setEnabled(True)
        self.show_errors(error)

    def show_errors(self, error: LiaisonError) -> None:
        """Each field's complaint under the field; anything else above the form."""
        if isinstance(error, ValidationErrors):
            found = list(error.errors)
        elif isinstance(error, ValidationError):
            found = [error]
        else:
            found = []
        unplaced: list[str] = []
        for item in found:
            label = self.errors.get(item.field)
            if label is None:
                unplaced.append(item.message())
                continue
            label.setText(item.message())
            label.show()
        if not found:
            unplaced.append(error.message())
        if unplaced:
            self.problem.setText("\n".join(unplaced))
            self.problem.show()
        first = next((f.field for f in found if f.field in self.errors), None)
        if first is not None:
            buddy = self.labels[first].buddy()
            if buddy is not None:
                buddy.setFocus()

    def _clear_errors(self) -> None:
        self.problem.hide()
        for label in self.errors.values():
            label.clear()
            label.hide()

    # language
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Log a visit"))
        for name, label in self.labels.items():
            spec = self._fields[name]
            label.setText(f"{spec.label()}{' *' if spec.required else ''}")
        for index in range(self.kind.count()):
            self.kind.setItemText(index, InteractionKind(self.kind.itemData(index)).label())
        if self.contact.count():
            self.contact.setItemText(0, self.tr("— No particular contact —"))
        else:
            self.contact.addItem(self.tr("— No particular contact —"), None)
        self.summary.setPlaceholderText(self.tr("What was discussed, in one line"))
        self.follow_up_action.setPlaceholderText(self.tr("What happens next, if anything"))
        self.follow_up_has_due.setText(self.tr("Due by"))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
