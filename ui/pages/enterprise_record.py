"""An enterprise's record, in place of the list: its profile and everything done with it.

Tabs: Profile (the editable form with the live credit-code check and the size class explained),
Contacts, Visits & follow-ups, Agreements & placements, Projects, Graduates & training,
Indicators (cooperation depth and what it rests on, this year against last) and History
(the audit trail). Each tab's list adds, edits and deletes records of this firm.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any, Final

from PySide6.QtCore import QEvent, QSettings, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from liaison.enums import EnterpriseStatus, SizeClass
from liaison.errors import NotFound
from liaison.rules.industry import SECTIONS, section_label
from liaison.services.hub import Services
from ui import messages
from ui.actions import PageActions
from ui.dialogs.editor import save_form, stored_values
from ui.dialogs.enterprise_form import ENTERPRISE_FORM
from ui.dialogs.form import RecordForm
from ui.i18n import QT_TRANSLATE_NOOP
from ui.icons import icon
from ui.pages.contacts import CONTACT_LIST
from ui.pages.cooperation_lists import (
    AGREEMENT_LIST,
    EMPLOYMENT_LIST,
    PLACEMENT_LIST,
    PROJECT_LIST,
    TRAINING_LIST,
)
from ui.pages.list_page import ListPage, notify_actions
from ui.pages.list_spec import AreaList
from ui.pages.record_history import HistoryTab
from ui.pages.record_indicators import IndicatorsTab
from ui.pages.visits import visit_list
from ui.tasks import run_in_background

TABS: Final[tuple[tuple[str, str], ...]] = (
    ("profile", QT_TRANSLATE_NOOP("EnterpriseRecord", "Profile")),
    ("contacts", QT_TRANSLATE_NOOP("EnterpriseRecord", "Contacts")),
    ("visits", QT_TRANSLATE_NOOP("EnterpriseRecord", "Visits && follow-ups")),
    ("agreements", QT_TRANSLATE_NOOP("EnterpriseRecord", "Agreements && placements")),
    ("projects", QT_TRANSLATE_NOOP("EnterpriseRecord", "Projects")),
    ("people", QT_TRANSLATE_NOOP("EnterpriseRecord", "Graduates && training")),
    ("indicators", QT_TRANSLATE_NOOP("EnterpriseRecord", "Indicators")),
    ("history", QT_TRANSLATE_NOOP("EnterpriseRecord", "History")),
)
TAB_KEYS: Final = tuple(key for key, _title in TABS)


class ProfileTab(QWidget):
    """The firm's own fields, editable in place; Save (Ctrl+S) or Revert."""

    saved = Signal()

    def __init__(
        self, services: Services, enterprise_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.enterprise_id = enterprise_id
        self.form = RecordForm(services, "enterprise", spec=ENTERPRISE_FORM)
        self.form.setMaximumWidth(760)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(4, 12, 4, 12)
        row.addWidget(self.form, 1)
        row.addStretch(0)
        scroll.setWidget(holder)
        self.save_button = QPushButton()
        self.save_button.setProperty("primary", True)
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton()
        self.revert_button.clicked.connect(self.revert)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 8)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        self.form.dirty_changed.connect(self._update_buttons)
        self.task: Any = None
        self.revert()
        self.retranslate()

    def revert(self) -> None:
        """Show the firm as stored, dropping what was typed."""
        self.form.clear_errors()
        self.form.load(stored_values(self.services, "enterprise", self.enterprise_id))
        self._update_buttons()

    def save(self) -> None:
        if not self.form.is_dirty() or (self.task is not None and not self.task.done):
            return
        self.save_button.setEnabled(False)
        self.task = save_form(
            self, self.services, self.form, self.enterprise_id, self._saved, self._update_buttons
        )

    def _saved(self, _record_id: int) -> None:
        self._update_buttons()
        self.saved.emit()

    def _update_buttons(self) -> None:
        dirty = self.form.is_dirty()
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)
        notify_actions(self)

    def retranslate(self) -> None:
        self.save_button.setText(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save the profile (Ctrl+S)"))
        self.revert_button.setText(self.tr("Revert"))
        self.revert_button.setToolTip(self.tr("Drop the changes and show the profile as saved"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _titled(title: QLabel, page: QWidget) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 6, 0, 0)
    layout.setSpacing(0)
    font = QFont(title.font())
    font.setBold(True)
    title.setFont(font)
    layout.addWidget(title)
    layout.addWidget(page, 1)
    return box


class EnterpriseRecord(QWidget):
    """One enterprise, shown in the Enterprises area in place of the list."""

    closed = Signal()  # Back: the area shows its list again
    data_changed = Signal(str)  # records of this kind were changed here

    def __init__(
        self,
        services: Services,
        enterprise_id: int,
        *,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("enterprise-record")
        self.services = services
        self.enterprise_id = enterprise_id
        self.settings = settings or QSettings()
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
        self.delete_button = QToolButton()
        self.delete_button.setIcon(icon("trash-2"))
        self.delete_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.delete_button.setAutoRaise(True)
        self.delete_button.clicked.connect(self.delete_enterprise)

        self.profile = ProfileTab(services, enterprise_id)
        self.lists: dict[str, ListPage[Any]] = {
            "contacts": self._list(CONTACT_LIST, "contacts", hide=("enterprise",)),
            "visits": visit_list(services, settings=self.settings, enterprise_id=enterprise_id),
            "agreements": self._list(AGREEMENT_LIST, "agreements", hide=("enterprise",)),
            "placements": self._list(PLACEMENT_LIST, "placements", hide=("enterprise",)),
            "projects": self._list(PROJECT_LIST, "projects"),
            "employments": self._list(EMPLOYMENT_LIST, "employments", hide=("enterprise",)),
            "trainings": self._list(TRAINING_LIST, "trainings", hide=("enterprise",)),
        }
        self.lists["projects"].on_created = self._link_project
        self.indicators = IndicatorsTab(services, enterprise_id)
        self.history = HistoryTab(services, "enterprise", enterprise_id)
        self.section_titles: dict[str, QLabel] = {}

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self._tab_widgets: dict[str, QWidget] = {
            "profile": self.profile,
            "contacts": self.lists["contacts"],
            "visits": self.lists["visits"],
            "agreements": self._pair("agreements", "placements"),
            "projects": self.lists["projects"],
            "people": self._pair("employments", "trainings"),
            "indicators": self.indicators,
            "history": self.history,
        }
        for key in TAB_KEYS:
            self.tabs.addTab(self._tab_widgets[key], "")
        self.tabs.currentChanged.connect(lambda _i: notify_actions(self))

        header = QHBoxLayout()
        header.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignTop)
        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(self.title_label)
        titles.addWidget(self.facts_label)
        header.addLayout(titles, 1)
        header.addWidget(self.delete_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 16)
        layout.addLayout(header)
        layout.addWidget(self.tabs, 1)

        self.profile.saved.connect(self._changed)
        self.profile.saved.connect(lambda: self.data_changed.emit("enterprise"))
        for page in self.lists.values():
            page.changed.connect(self._changed)
            page.changed.connect(lambda p=page: self.data_changed.emit(p.spec.entity))
        self.retranslate()
        self.refresh_header()

    # --- building ---------------------------------------------------------------------------

    def _list(self, spec: AreaList[Any], key: str, hide: tuple[str, ...] = ()) -> ListPage[Any]:
        return ListPage(
            spec,
            self.services,
            fixed={"enterprise_id": self.enterprise_id},
            compact=True,
            settings=self.settings,
            settings_key=f"enterprise_record/{key}",
            hide=hide,
        )

    def _pair(self, first: str, second: str) -> QSplitter:
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        for key in (first, second):
            title = QLabel()
            self.section_titles[key] = title
            splitter.addWidget(_titled(title, self.lists[key]))
        return splitter

    # --- the firm ---------------------------------------------------------------------------

    def refresh_header(self) -> None:
        firm = self.services.enterprises.get(self.enterprise_id)
        values = {
            name: getattr(firm, name)
            for name in ("name", "uscc", "industry_section", "city", "status", "size_class")
        }
        self._values = values
        self.title_label.setText(values["name"])
        facts = [values["uscc"] or self.tr("no credit code")]
        if values.get("industry_section") in SECTIONS:
            facts.append(section_label(values["industry_section"]))
        if values.get("city"):
            facts.append(values["city"])
        facts.append(EnterpriseStatus(values["status"]).label())
        facts.append(SizeClass(values["size_class"]).label())
        self.facts_label.setText("  ·  ".join(facts))
        self.setAccessibleName(values["name"])

    def _changed(self) -> None:
        """Something of this firm changed here: the header, indicators and history follow."""
        self.refresh_header()
        self.indicators.refresh()
        self.history.refresh()

    def refresh(self) -> None:
        """Read everything again (after an undo, or a change made elsewhere)."""
        try:
            self.services.enterprises.get(self.enterprise_id)
        except NotFound:  # deleted, or its creation undone: back to the list
            self.closed.emit()
            return
        if not self.profile.form.is_dirty():
            self.profile.revert()
        for page in self.lists.values():
            page.refresh()
        self._changed()

    def _link_project(self, project_id: int) -> None:
        """A project added from this firm's record has the firm as its partner."""
        services, enterprise_id = self.services, self.enterprise_id

        def job(_task: object) -> int:
            services.partners.create({"project_id": project_id, "enterprise_id": enterprise_id})
            return project_id

        def linked(linked_id: int) -> None:
            self.lists["projects"].reload(select=linked_id)
            self._changed()

        run_in_background(self, job, on_success=linked, with_progress=False)

    def delete_enterprise(self) -> None:
        name = self._values["name"]
        question = self.tr(
            "Move “%1” to the Trash, with its contacts, visits, agreements and the rest?"
        ).replace("%1", name)
        if not messages.confirm(
            self, question, title=self.tr("Delete"), ok_text=self.tr("Move to Trash")
        ):
            return
        services, enterprise_id = self.services, self.enterprise_id
        run_in_background(
            self,
            lambda _task: services.enterprises.delete(enterprise_id),
            on_success=lambda _none: self._deleted(),
            title=self.tr("Deleting"),
        )

    def _deleted(self) -> None:
        self.data_changed.emit("enterprise")
        self.closed.emit()

    # --- tabs -------------------------------------------------------------------------------

    def show_tab(self, key: str) -> None:
        self.tabs.setCurrentWidget(self._tab_widgets[key])

    def current_tab(self) -> str:
        current = self.tabs.currentWidget()
        return next(k for k, w in self._tab_widgets.items() if w is current)

    def select_in_tab(self, key: str, record_id: int) -> None:
        """Show tab ``key`` with record ``record_id`` of its list selected."""
        self.show_tab(key)
        self.lists[key].reload(select=record_id)

    def current_list(self) -> ListPage[Any] | None:
        """The list of the tab on show that has the keyboard focus (or its first list)."""
        tab = self.current_tab()
        candidates = {
            "contacts": ["contacts"],
            "visits": ["visits"],
            "agreements": ["agreements", "placements"],
            "projects": ["projects"],
            "people": ["employments", "trainings"],
        }.get(tab, [])
        pages = [self.lists[k] for k in candidates]
        focused = self.focusWidget()
        for page in pages:
            if focused is not None and page.isAncestorOf(focused):
                return page
        return pages[0] if pages else None

    # --- closing ----------------------------------------------------------------------------

    def can_close(self) -> bool:
        """True unless the profile has unsaved changes the officer wants to keep."""
        if not self.profile.form.is_dirty():
            return True
        return messages.confirm(
            self,
            self.tr("Discard the changes you made to the profile of “%1”?").replace(
                "%1", self._values["name"]
            ),
            title=self.tr("Unsaved changes"),
            ok_text=self.tr("Discard"),
        )

    def close_record(self) -> None:
        if self.can_close():
            self.profile.form.mark_clean()
            self.closed.emit()

    # --- PageActions ------------------------------------------------------------------------

    def supported_actions(self) -> Collection[str]:
        names: set[str] = {"refresh"}
        if self.current_tab() == "profile" and self.profile.form.is_dirty():
            names.add("save")
        page: object = self.current_list()
        if isinstance(page, PageActions):
            names |= set(page.supported_actions()) & {"new", "edit", "delete"}
        return names

    def trigger_action(self, name: str) -> None:
        if name == "save":
            self.profile.save()
        elif name == "refresh":
            self.refresh()
        else:
            page = self.current_list()
            if page is not None:
                page.trigger_action(name)

    # --- language ---------------------------------------------------------------------------

    def retranslate(self) -> None:
        for i, (_key, title) in enumerate(TABS):
            self.tabs.setTabText(i, self.tr(title))
        titles = {
            "agreements": self.tr("Agreements"),
            "placements": self.tr("Students placed"),
            "employments": self.tr("Graduates employed"),
            "trainings": self.tr("Staff training"),
        }
        for key, label in self.section_titles.items():
            label.setText(titles[key])
        self.back_button.setToolTip(self.tr("Back to the list (Alt+Left)"))
        self.back_button.setAccessibleName(self.tr("Back to the list"))
        self.delete_button.setText(self.tr("Move to Trash"))
        self.delete_button.setToolTip(self.tr("Move this enterprise to the Trash"))
        if hasattr(self, "_values"):
            self.refresh_header()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
