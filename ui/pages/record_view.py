"""A record shown in place of its area's list: header, its fields, actions, and its parts.

:class:`RecordView` is what an agreement's and a project's record share: Back (Alt+Left, or
the arrow), the record's name and facts, an Edit button opening the record editor, Move to
Trash, buttons the area adds (status changes, Renew …), the stored fields read-only, and the
lists of its parts below. New/Edit/Delete of the window go to the part list with the focus.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from liaison.enums import Labelled, Theme
from liaison.errors import NotFound
from liaison.i18n import text
from liaison.rules.status import allowed_transitions
from liaison.services.fields import Field, Kind
from liaison.services.hub import Services
from ui import messages
from ui.actions import PageActions
from ui.dialogs.editor import RecordEditor, open_editor, record_label
from ui.dialogs.references import label_of
from ui.icons import icon
from ui.models.columns import Format, write
from ui.pages.list_page import ListPage, notify_actions
from ui.pages.list_spec import AreaList
from ui.tasks import run_in_background

_FORMATS = {
    Kind.INT: Format.NUMBER,
    Kind.MONEY_YUAN: Format.MONEY_YUAN,
    Kind.MONEY_WAN: Format.MONEY_WAN,
    Kind.DATE: Format.DATE,
    Kind.BOOL: Format.BOOL,
    Kind.CHOICE: Format.CHOICE,
}


def field_text(services: Services, spec: Field, value: Any) -> str:
    """A stored value as the officer reads it; "" for nothing."""
    if value is None or value == "":
        return ""
    if spec.kind is Kind.REF:
        assert spec.ref is not None
        with services.db.reading() as session:
            return label_of(session, spec.ref, int(value))
    if spec.kind is Kind.THEMES:
        members = (Theme.parse(part) for part in str(value).split(","))
        return text("status.list_separator").join(m.label() for m in members if m is not None)
    return write(value, _FORMATS.get(spec.kind, Format.TEXT), spec.choices)


class RecordView(QWidget):
    """One record of ``entity``; subclasses add buttons and part lists, then call
    :meth:`refresh`."""

    closed = Signal()  # Back: the area shows its list again
    changed = Signal()  # the record or one of its parts was changed from here

    def __init__(
        self,
        services: Services,
        entity: str,
        record_id: int,
        *,
        settings: QSettings | None = None,
        shown_fields: Sequence[str] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"{entity}-record")
        self.services = services
        self.entity = entity
        self.record_id = record_id
        self.settings = settings or QSettings()
        self.service = services.service(entity)
        names = shown_fields or [f.name for f in self.service.fields]
        self.shown_fields = [self.service.field(name) for name in names]
        self.values: dict[str, Any] = {}
        self.editor: RecordEditor | None = None
        self.lists: dict[str, ListPage[Any]] = {}
        self._tab_titles: list[tuple[int, Callable[[], str]]] = []
        self._buttons: list[tuple[QPushButton, Callable[[], str]]] = []
        self._statuses: type[Labelled] | None = None
        self.status_buttons: dict[str, QPushButton] = {}

        self.back_button = QToolButton()
        self.back_button.setText("←")
        self.back_button.setAutoRaise(True)
        self.back_button.clicked.connect(self.close_record)
        self.title_label = QLabel()
        self.title_label.setObjectName("record-title")
        font = QFont(self.title_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title_label.setFont(font)
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts_label = QLabel()
        self.facts_label.setObjectName("record-facts")
        self.edit_button = self._tool("pencil", self.edit)
        self.delete_button = self._tool("trash-2", self.delete_record)
        self.action_bar = QHBoxLayout()
        self.action_bar.setSpacing(6)

        self.field_labels: dict[str, tuple[QLabel, QLabel]] = {}
        columns = QHBoxLayout()
        self._field_columns = [QFormLayout(), QFormLayout()]
        for form in self._field_columns:
            form.setHorizontalSpacing(12)
            form.setVerticalSpacing(4)
            columns.addLayout(form, 1)
        half = (len(self.shown_fields) + 1) // 2
        for i, spec in enumerate(self.shown_fields):
            name, value = QLabel(), QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setObjectName(f"value-{spec.name}")
            self._field_columns[0 if i < half else 1].addRow(name, value)
            self.field_labels[spec.name] = (name, value)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.currentChanged.connect(lambda _i: notify_actions(self))

        header = QHBoxLayout()
        header.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignTop)
        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(self.title_label)
        titles.addWidget(self.facts_label)
        header.addLayout(titles, 1)
        header.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignTop)
        header.addWidget(self.delete_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 16)
        layout.addLayout(header)
        layout.addLayout(self.action_bar)
        layout.addLayout(columns)
        layout.addWidget(self.tabs, 1)

    # --- building (subclasses) --------------------------------------------------------------

    def _tool(self, icon_name: str, slot: Callable[[], object]) -> QToolButton:
        button = QToolButton()
        button.setIcon(icon(icon_name))
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setAutoRaise(True)
        button.clicked.connect(lambda: slot())
        return button

    def add_button(self, text: Callable[[], str], slot: Callable[[], object]) -> QPushButton:
        """A button in the record's action bar; ``text()`` is called again on language change."""
        button = QPushButton(text())
        button.clicked.connect(lambda: slot())
        self.action_bar.addWidget(button)
        self._buttons.append((button, text))
        return button

    def add_status_buttons(self, statuses: type[Labelled]) -> None:
        """A button per status of ``statuses``; only those the rules allow from the current
        status show (``liaison.rules.status.allowed_transitions``)."""
        self._statuses = statuses
        for status in statuses:
            self.status_buttons[status.value] = self.add_button(
                partial(self._status_text, status), partial(self.set_status, status.value)
            )

    def _status_text(self, status: Labelled) -> str:
        return QCoreApplication.translate("RecordView", "Mark “%1”").replace("%1", status.label())

    def set_status(self, status: str) -> None:
        self.update_values({"status": status}, QCoreApplication.translate("RecordView", "Saving"))

    def add_part(
        self,
        key: str,
        spec: AreaList[Any],
        title: Callable[[], str],
        fixed_field: str,
        hide: tuple[str, ...] = (),
    ) -> ListPage[Any]:
        """A tab listing the record's parts of ``spec`` (``fixed_field`` = this record)."""
        page: ListPage[Any] = ListPage(
            spec,
            self.services,
            fixed={fixed_field: self.record_id},
            compact=True,
            settings=self.settings,
            settings_key=f"{self.entity}_record/{key}",
            hide=hide,
        )
        page.changed.connect(self._part_changed)
        self.lists[key] = page
        index = self.tabs.addTab(page, title())
        self._tab_titles.append((index, title))
        return page

    # --- the record -------------------------------------------------------------------------

    def title_text(self) -> str:
        return record_label(self.services, self.entity, self.record_id)

    def facts(self) -> list[str]:
        """The short line under the title (subclasses)."""
        return []

    def refresh_header(self) -> None:
        obj = self.service.get(self.record_id)
        self.values = {f.name: getattr(obj, f.name) for f in self.service.fields}
        for spec in self.shown_fields:
            name, value = self.field_labels[spec.name]
            text = field_text(self.services, spec, self.values.get(spec.name))
            name.setText(spec.label())
            value.setText(text or "—")
        self.title_label.setText(self.title_text())
        self.facts_label.setText("  ·  ".join(f for f in self.facts() if f))
        self.update_buttons()
        self.setAccessibleName(self.title_label.text())

    def update_buttons(self) -> None:
        """Show the status changes allowed from the record's status as it is now."""
        if self._statuses is None:
            return
        current = self._statuses(self.values["status"])
        allowed = {s.value for s in allowed_transitions(current)}  # type: ignore[type-var]
        for value, button in self.status_buttons.items():
            button.setVisible(value in allowed)

    def refresh(self) -> None:
        """Read everything again; a record gone (deleted, its creation undone) closes."""
        try:
            self.refresh_header()
        except NotFound:
            self.closed.emit()
            return
        for page in self.lists.values():
            page.refresh()

    def _part_changed(self) -> None:
        self.refresh_header()
        self.changed.emit()

    def edit(self) -> RecordEditor:
        self.editor = open_editor(
            self, self.services, self.entity, self.record_id, on_saved=self._saved
        )
        return self.editor

    def _saved(self, _record_id: int) -> None:
        self.refresh_header()
        self.changed.emit()

    def update_values(self, values: dict[str, Any], title: str) -> None:
        """Write ``values`` to the record on the worker (a status change …)."""
        service, record_id = self.service, self.record_id
        run_in_background(
            self,
            lambda _task: service.update(record_id, values),
            on_success=lambda _none: self._saved(record_id),
            title=title,
            with_progress=False,
        )

    def delete_record(self) -> None:
        question = QCoreApplication.translate("RecordView", "Move “%1” to the Trash?").replace(
            "%1", self.title_label.text()
        )
        if not messages.confirm(
            self,
            question,
            title=QCoreApplication.translate("RecordView", "Delete"),
            ok_text=QCoreApplication.translate("RecordView", "Move to Trash"),
        ):
            return
        service, record_id = self.service, self.record_id

        def done(_none: object) -> None:
            self.changed.emit()
            self.closed.emit()

        run_in_background(
            self,
            lambda _task: service.delete(record_id),
            on_success=done,
            title=QCoreApplication.translate("RecordView", "Deleting"),
        )

    def close_record(self) -> None:
        self.closed.emit()

    # --- PageActions ------------------------------------------------------------------------

    def current_list(self) -> ListPage[Any] | None:
        page = self.tabs.currentWidget()
        return page if isinstance(page, ListPage) else None

    def supported_actions(self) -> Collection[str]:
        names: set[str] = {"refresh", "edit"}
        page: object = self.current_list()
        if isinstance(page, PageActions):
            names |= set(page.supported_actions()) & {"new", "delete"}
        return names

    def trigger_action(self, name: str) -> None:
        page = self.current_list()
        if name == "refresh":
            self.refresh()
        elif name == "edit":
            self.edit()
        elif page is not None:
            page.trigger_action(name)

    # --- language ---------------------------------------------------------------------------

    def retranslate(self) -> None:
        for index, title in self._tab_titles:
            self.tabs.setTabText(index, title())
        for button, label in self._buttons:
            button.setText(label())
        self.back_button.setToolTip(
            QCoreApplication.translate("RecordView", "Back to the list (Alt+Left)")
        )
        self.back_button.setAccessibleName(
            QCoreApplication.translate("RecordView", "Back to the list")
        )
        self.edit_button.setText(QCoreApplication.translate("RecordView", "Edit"))
        self.edit_button.setToolTip(QCoreApplication.translate("RecordView", "Edit this record"))
        self.delete_button.setText(QCoreApplication.translate("RecordView", "Move to Trash"))
        self.delete_button.setToolTip(
            QCoreApplication.translate("RecordView", "Move this record to the Trash")
        )
        if self.values:
            self.refresh_header()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
