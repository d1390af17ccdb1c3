"""The main window: navigation rail, one page per area, menus, toolbar, status bar.

Every area starts with an empty state that explains it; a real page takes its slot with
:meth:`MainWindow.add_page`. Pages join the standard commands (New, Save, Find …) through
:class:`ui.actions.PageActions`. The app-wide commands (databases, settings, Log a visit,
Search everything) are actions here; :class:`ui.shell.Shell` gives them their meaning, so the
window itself never touches a database.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QSettings, QSize, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QWidget,
)

import liaison
from ui import i18n
from ui.actions import ActionRouter
from ui.areas import AREA_KEYS, AREAS, Area, translated
from ui.icons import icon
from ui.widgets.empty_state import EmptyState
from ui.widgets.nav_rail import ICON_SIZE as RAIL_ICON
from ui.widgets.nav_rail import MIN_WIDTH as RAIL_MIN_WIDTH
from ui.widgets.nav_rail import NavRail


def _area(key: str) -> Area:
    for area in AREAS:
        if area.key == key:
            return area
    raise KeyError(f"unknown area {key!r}; areas are {', '.join(AREA_KEYS)}")


class AppActionRouter(ActionRouter):
    """The page's commands first; where the page has none, an app-wide one (Undo …)."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.app_commands: dict[str, Callable[[], object]] = {}

    def page_supported(self) -> set[str]:
        return super().supported()

    def supported(self) -> set[str]:
        return self.page_supported() | set(self.app_commands)

    def trigger(self, name: str) -> None:
        if name in self.page_supported():
            super().trigger(name)
        elif name in self.app_commands:
            self.app_commands[name]()


class MainWindow(QMainWindow):
    area_changed = Signal(str)

    def __init__(self, settings: QSettings | None = None) -> None:
        super().__init__()
        self.settings = settings or QSettings()
        self.setObjectName("MainWindow")
        self.rail = NavRail()
        self.stack = QStackedWidget()
        # An area's page, or its empty state until the page comes. Both are made when the area
        # is first shown or asked for (nine empty states cost the first paint some 5 ms, and
        # the pages' first queries would queue before the dashboard's).
        self._pages: dict[str, QWidget] = {}
        self._makers: dict[str, Callable[[], QWidget]] = {}
        for area in AREAS:
            if area.key == "trash":
                self.rail.add_stretch()  # the trash sits apart, at the bottom
            self.rail.add_item(area.key, area.key, area.icon)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.rail)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.router = AppActionRouter(self)
        self._build_app_actions()
        self._build_menus()
        self._build_toolbar()
        self._database = ""
        self._officer = ""
        self._opening = ""
        self.database_label = QLabel()
        self.database_label.setObjectName("DatabaseLabel")
        self.officer_label = QLabel()
        self.officer_label.setObjectName("OfficerLabel")
        self.statusBar().addPermanentWidget(self.database_label)
        self.statusBar().addPermanentWidget(self.officer_label)
        self.set_database_open(False)

        self.rail.current_changed.connect(self._on_area_changed)
        self.retranslate()
        self._restore()
        self._on_area_changed(self.current_area())

    # pages
    def add_page(self, key: str, page: QWidget) -> None:
        """Put ``page`` in the slot of area ``key`` (one of :data:`AREA_KEYS`)."""
        _area(key)  # an unknown key raises KeyError
        old = self._pages.get(key)
        if old is page:
            return
        self._makers.pop(key, None)
        self.stack.addWidget(page)
        self._pages[key] = page
        if old is not None:
            was_current = self.stack.currentWidget() is old
            if was_current:
                self.stack.setCurrentWidget(page)
                self.router.set_page(page)
            self.stack.removeWidget(old)
            old.deleteLater()

    def set_app_command(self, name: str, command: Callable[[], object] | None) -> None:
        """Let standard command ``name`` (e.g. ``"undo"``) do ``command`` on pages without one."""
        if command is None:
            self.router.app_commands.pop(name, None)
        else:
            self.router.app_commands[name] = command
        self.router.refresh()

    def set_page_maker(self, key: str, make: Callable[[], QWidget]) -> None:
        """Let ``make()`` make area ``key``'s page when it is first shown or asked for.

        A page already in the slot (say, over the database open before) goes; on show, the new
        one is made at once.
        """
        _area(key)
        old = self._pages.get(key)
        self._makers[key] = make
        if old is None:
            return
        if old is self.stack.currentWidget():
            self.add_page(key, make())
        else:
            del self._pages[key]
            self.stack.removeWidget(old)
            old.deleteLater()

    def page(self, key: str) -> QWidget:
        """The page of area ``key``, made now if need be; the area's empty state if it has none."""
        found = self._pages.get(key)
        if found is None:
            make = self._makers.get(key)
            if make is None:
                return self._empty_state(key)
            found = make()
            self.add_page(key, found)
        return found

    def made_pages(self) -> dict[str, QWidget]:
        """The pages (and empty states) made so far, by area; none is made by asking this."""
        return dict(self._pages)

    def _empty_state(self, key: str) -> EmptyState:
        area = _area(key)
        placeholder = EmptyState(
            area.icon, translated(area.empty_title), translated(area.empty_message)
        )
        self._pages[key] = placeholder
        self.stack.addWidget(placeholder)
        return placeholder

    def show_area(self, key: str) -> None:
        self.rail.set_current(key)

    def current_area(self) -> str:
        return self.rail.current_key() or AREA_KEYS[0]

    def _on_area_changed(self, key: str) -> None:
        page = self.page(key)
        self.stack.setCurrentWidget(page)
        self.router.set_page(page)
        self._area_actions[key].setChecked(True)
        self.area_changed.emit(key)

    # status bar
    def set_database(self, text: str) -> None:
        """Show which database is open (a file name or a redacted server URL)."""
        self._database = text
        self._opening = ""
        self._update_status()

    def set_opening(self, text: str) -> None:
        """Say that ``text`` is being opened (until :meth:`set_database` or a refusal)."""
        self._opening = text
        self._update_status()

    def set_database_open(self, is_open: bool) -> None:
        """Enable the commands that need a database."""
        for action in (self.log_visit_action, self.search_action, self.backup_action):
            action.setEnabled(is_open)

    def set_officer(self, name: str) -> None:
        self._officer = name
        self._update_status()

    def _update_status(self) -> None:
        if self._opening:
            shown = self.tr("Opening %1…").replace("%1", self._opening)
        else:
            shown = self.tr("Database: %1").replace("%1", self._database or "—")
        self.database_label.setText(shown)
        self.database_label.setToolTip(self._opening or self._database)
        self.officer_label.setText(self.tr("Officer: %1").replace("%1", self._officer or "—"))

    # app-wide commands
    def _action(self, icon_name: str | None, shortcut: QKeySequence | str | None) -> QAction:
        action = QAction(self)
        if icon_name:
            action.setIcon(icon(icon_name))
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        self.addAction(action)  # the shortcut works wherever the focus is in the window
        return action

    def _build_app_actions(self) -> None:
        self.log_visit_action = self._action("footprints", "Ctrl+L")
        self.log_visit_action.setObjectName("log-visit")
        self.search_action = self._action("search", "Ctrl+K")
        self.search_action.setObjectName("search-everything")
        self.new_database_action = self._action("database", "Ctrl+Shift+N")
        self.open_database_action = self._action(
            "folder-open", QKeySequence(QKeySequence.StandardKey.Open)
        )
        self.backup_action = self._action("download", None)
        preferences = QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences)
        self.settings_action = self._action("settings", None)
        self.settings_action.setShortcuts(preferences or [QKeySequence("Ctrl+,")])
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)

    def _build_toolbar(self) -> None:
        actions = self.router.actions
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("MainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setIconSize(QSize(18, 18))
        self.toolbar.addAction(self.log_visit_action)
        self.toolbar.addAction(self.search_action)
        self.toolbar.addSeparator()
        self.toolbar.addActions([actions["new"], actions["save"], actions["undo"]])
        self.toolbar.addAction(actions["refresh"])
        for action in (self.log_visit_action, self.search_action):
            button = self.toolbar.widgetForAction(action)
            if isinstance(button, QToolButton):
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)

    # menus
    def _build_menus(self) -> None:
        actions = self.router.actions
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.addActions([self.log_visit_action, actions["new"], actions["save"]])
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.new_database_action, self.open_database_action])
        self.file_menu.addAction(self.backup_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.settings_action)
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
        self.edit_menu.addActions([actions["find"], self.search_action])

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
        from ui import messages  # message boxes are not needed for the first paint

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
        self.toolbar.setWindowTitle(self.tr("Toolbar"))
        texts = (
            (self.log_visit_action, self.tr("&Log a visit…")),
            (self.search_action, self.tr("Search &everything…")),
            (self.new_database_action, self.tr("New &database…")),
            (self.open_database_action, self.tr("&Open database…")),
            (self.backup_action, self.tr("&Back up now")),
            (self.settings_action, self.tr("&Settings…")),
        )
        for action, text in texts:
            action.setText(text)
            plain = text.replace("&", "").rstrip("…")
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{plain} ({keys})" if keys else plain)
            action.setIconText(plain)
        self._retranslate_areas()
        self.router.retranslate()
        self._update_status()
        self._check_language()

    def _retranslate_areas(self) -> None:
        for area in AREAS:
            label = translated(area.label)
            self.rail.set_text(area.key, label)
            self._area_actions[area.key].setText(label.replace("&", "&&"))
            page = self._pages.get(area.key)
            if isinstance(page, EmptyState):
                page.set_texts(translated(area.empty_title), translated(area.empty_message))
        self._fit_rail()

    def _fit_rail(self) -> None:
        """Widen the rail to its longest label in this language (style padding is not counted
        by the buttons' own size hints, so "Students & placements" would lose its last letter).
        """
        widest = 0
        for key in self.rail.item_keys():
            button = self.rail.button(key)
            text = button.text().replace("&&", "&")
            widest = max(widest, button.fontMetrics().horizontalAdvance(text))
        # icon, the gap after it, the button's padding and border, and its margin in the rail
        extra = RAIL_ICON + 8 + 2 * 12 + 2 + 2 * 8 + 4
        self.rail.setMinimumWidth(max(RAIL_MIN_WIDTH, widest + extra))

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
        if isinstance(area, str) and area in AREA_KEYS:
            self.show_area(area)

    def save_state(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.setValue("window/area", self.current_area())
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        super().closeEvent(event)
