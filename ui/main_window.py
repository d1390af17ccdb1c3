"""The main window: navigation rail, one page per area, menus, status bar.

Every area starts with an empty state that explains it; a real page takes its slot with
:meth:`MainWindow.add_page`. Pages join the standard commands (New, Save, Find …) through
:class:`ui.actions.PageActions`.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSettings, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

import liaison
from ui import i18n, messages
from ui.actions import ActionRouter
from ui.areas import AREA_KEYS, AREAS, translated
from ui.widgets.empty_state import EmptyState
from ui.widgets.nav_rail import NavRail


class MainWindow(QMainWindow):
    area_changed = Signal(str)

    def __init__(self, settings: QSettings | None = None) -> None:
        super().__init__()
        self.settings = settings or QSettings()
        self.setObjectName("MainWindow")
        self.rail = NavRail()
        self.stack = QStackedWidget()
        self._pages: dict[str, QWidget] = {}
        for area in AREAS:
            if area.key == "trash":
                self.rail.add_stretch()  # the trash sits apart, at the bottom
            self.rail.add_item(area.key, area.key, area.icon)
            placeholder = EmptyState(area.icon)
            self._pages[area.key] = placeholder
            self.stack.addWidget(placeholder)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.rail)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.router = ActionRouter(self)
        self._build_menus()
        self._database = ""
        self._officer = ""
        self.database_label = QLabel()
        self.officer_label = QLabel()
        self.statusBar().addPermanentWidget(self.database_label)
        self.statusBar().addPermanentWidget(self.officer_label)

        self.rail.current_changed.connect(self._on_area_changed)
        self.retranslate()
        self._restore()
        self.router.set_page(self.stack.currentWidget())

    # pages
    def add_page(self, key: str, page: QWidget) -> None:
        """Put ``page`` in the slot of area ``key`` (one of :data:`AREA_KEYS`)."""
        if key not in self._pages:
            raise KeyError(f"unknown area {key!r}; areas are {', '.join(AREA_KEYS)}")
        old = self._pages[key]
        index = self.stack.indexOf(old)
        was_current = self.stack.currentIndex() == index
        self.stack.insertWidget(index, page)
        self.stack.removeWidget(old)
        old.deleteLater()
        self._pages[key] = page
        if was_current:
            self.stack.setCurrentWidget(page)
            self.router.set_page(page)

    def page(self, key: str) -> QWidget:
        return self._pages[key]

    def show_area(self, key: str) -> None:
        self.rail.set_current(key)

    def current_area(self) -> str:
        return self.rail.current_key() or AREA_KEYS[0]

    def _on_area_changed(self, key: str) -> None:
        page = self._pages[key]
        self.stack.setCurrentWidget(page)
        self.router.set_page(page)
        self._area_actions[key].setChecked(True)
        self.area_changed.emit(key)

    # status bar
    def set_database(self, text: str) -> None:
        """Show which database is open (a file name or a redacted server URL)."""
        self._database = text
        self._update_status()

    def set_officer(self, name: str) -> None:
        self._officer = name
        self._update_status()

    def _update_status(self) -> None:
        self.database_label.setText(self.tr("Database: %1").replace("%1", self._database or "—"))
        self.officer_label.setText(self.tr("Officer: %1").replace("%1", self._officer or "—"))

    # menus
    def _build_menus(self) -> None:
        actions = self.router.actions
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.addActions([actions["new"], actions["save"]])
        self.file_menu.addSeparator()
        self.quit_action = QAction(self)
        # Windows has no standard Quit key; Ctrl+Q is what officers expect there too.
        quit_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Quit)
        self.quit_action.setShortcuts(quit_keys or [QKeySequence("Ctrl+Q")])
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        self.file_menu.addAction(self.quit_action)

        self.edit_menu = bar.addMenu("")
        self.edit_menu.addActions([actions["undo"], actions["redo"]])
        self.edit_menu.addSeparator()
        self.edit_menu.addActions([actions["edit"], actions["delete"]])
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(actions["find"])

        self.view_menu = bar.addMenu("")
        group = QActionGroup(self)
        self._area_actions: dict[str, QAction] = {}
        for number, area in enumerate(AREAS, start=1):
            action = QAction(self.rail.button(area.key).icon(), area.key, self)
            action.setCheckable(True)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _checked=False, k=area.key: self.show_area(k))
            group.addAction(action)
            self._area_actions[area.key] = action
        self.view_menu.addActions(list(self._area_actions.values()))
        self._area_actions[self.current_area()].setChecked(True)
        self.view_menu.addSeparator()
        self.view_menu.addAction(actions["refresh"])
        self.view_menu.addSeparator()
        self.language_menu = self.view_menu.addMenu("")
        languages = QActionGroup(self)
        self._language_actions: dict[str, QAction] = {}
        for lang, name in i18n.LANGUAGE_NAMES.items():
            action = QAction(name, self)  # a language's own name, never translated
            action.setCheckable(True)
            action.triggered.connect(lambda _checked=False, code=lang: self.switch_language(code))
            languages.addAction(action)
            self.language_menu.addAction(action)
            self._language_actions[lang] = action

        self.help_menu = bar.addMenu("")
        self.about_action = QAction(self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)
        self.about_qt_action = QAction(self)
        self.about_qt_action.setMenuRole(QAction.MenuRole.AboutQtRole)
        self.about_qt_action.triggered.connect(QApplication.aboutQt)
        self.help_menu.addActions([self.about_action, self.about_qt_action])

    def switch_language(self, lang: str) -> None:
        """Speak ``lang`` now and next time; widgets retranslate on the LanguageChange event."""
        app = QApplication.instance()
        assert app is not None
        i18n.install_language(app, lang)
        i18n.save_language(lang, self.settings)
        self._check_language()

    def _check_language(self) -> None:
        action = self._language_actions.get(i18n.current_language())
        if action is not None:
            action.setChecked(True)

    def show_about(self) -> None:
        text = self.tr(
            "Liaison %1\n\nPartner enterprises, visits, agreements, placements and joint "
            "projects of a vocational college, in one place."
        ).replace("%1", liaison.__version__)
        messages.show_info(self, text, self.tr("About Liaison"))

    # language
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Liaison"))
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.quit_action.setText(self.tr("&Quit"))
        self.about_action.setText(self.tr("&About Liaison"))
        self.about_qt_action.setText(self.tr("About &Qt"))
        self._retranslate_areas()
        self.router.retranslate()
        self._update_status()
        self._check_language()

    def _retranslate_areas(self) -> None:
        for area in AREAS:
            label = translated(area.label)
            self.rail.set_text(area.key, label)
            self._area_actions[area.key].setText(label.replace("&", "&&"))
            page = self._pages[area.key]
            if isinstance(page, EmptyState):
                page.set_texts(translated(area.empty_title), translated(area.empty_message))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # window state
    def _restore(self) -> None:
        geometry = self.settings.value("window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1200, 760)
        state = self.settings.value("window/state")
        if state is not None:
            self.restoreState(state)
        area = self.settings.value("window/area")
        if isinstance(area, str) and area in self._pages:
            self.show_area(area)

    def save_state(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.setValue("window/area", self.current_area())
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        super().closeEvent(event)
