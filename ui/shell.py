"""The app's conductor: which database is open, the pages over it, the app-wide commands.

:class:`Shell` owns the :class:`~ui.session.AppSession`, puts the pages into the main window
when a database opens, and answers the window's app-wide actions (New/Open database, Settings,
Back up now, Log a visit, Search everything). Known database errors are told plainly and the
first-run choices are offered again; the window never crashes for want of a database.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget

from liaison import paths
from liaison.i18n import LiaisonError
from liaison.tasks import Progress
from ui import i18n, messages
from ui.file_dialogs import choose_path, database_filter
from ui.lifetime import while_alive
from ui.main_window import MainWindow
from ui.preferences import Preferences
from ui.session import DEMO_ENTERPRISES, AppSession
from ui.tasks import Task, run_in_background, shutdown_runner

if TYPE_CHECKING:
    from ui.dialogs.first_run import FirstRunDialog
    from ui.dialogs.global_search import GlobalSearch
    from ui.dialogs.log_visit import LogVisitDialog
    from ui.dialogs.settings import SettingsDialog, SettingsValues
    from ui.pages.dashboard import DashboardPage
    from ui.pages.trash import TrashPage

log = logging.getLogger(__name__)

DEMO_FILE = "liaison-demo.db"
STATUS_MS = 6000


def display_database(db_url: str) -> str:
    """What the status bar shows for ``db_url``: a path as is, a server URL without password.

    Everything up to the last ``@`` counts as credentials, so a password that contains an
    ``@`` is hidden whole.
    """
    scheme, sep, rest = db_url.partition("://")
    if not sep or "@" not in rest:
        return db_url
    credentials, _at, host = rest.rpartition("@")
    user, colon, _password = credentials.partition(":")
    return f"{scheme}://{user}:***@{host}" if colon else db_url


def demo_database() -> str:
    """The demo lives in its own file, so trying it never mixes with real records."""
    return str(paths.data_dir() / DEMO_FILE)


class Shell(QObject):
    """``pages_ready`` fires after a database opened and its pages are in the window."""

    pages_ready = Signal()

    def __init__(self, window: MainWindow, prefs: Preferences | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.prefs = prefs or Preferences(window.settings)
        self.session = AppSession(self.prefs, self)
        self.session.opened.connect(self._opened)
        self.session.data_changed.connect(self._data_changed)
        self.session.backup_written.connect(self._backup_written)
        self.dashboard: DashboardPage | None = None
        self.trash: TrashPage | None = None
        self.first_run: FirstRunDialog | None = None
        self.settings_dialog: SettingsDialog | None = None
        self.log_visit_dialog: LogVisitDialog | None = None
        self.search_palette: GlobalSearch | None = None
        self.opening: Task[Any] | None = None

        window.new_database_action.triggered.connect(self.ask_new_database)
        window.open_database_action.triggered.connect(self.ask_open_database)
        window.backup_action.triggered.connect(self.back_up_now)
        window.settings_action.triggered.connect(self.show_settings)
        window.log_visit_action.triggered.connect(self.log_visit)
        window.search_action.triggered.connect(self.search_everything)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shut_down)

    # opening
    def start(self, db_url: str | None) -> None:
        """Open ``db_url``, or ask how to begin when there is none yet (the first run)."""
        if db_url:
            self.open(db_url)
        else:
            self.show_first_run()

    def open(self, url: str) -> Task[Any]:
        self.window.set_opening(display_database(url))
        self.opening = self.session.open(url, self.window, on_failure=self._refused)
        return self.opening

    def try_demo(self) -> Task[Any]:
        url = demo_database()
        self.window.set_opening(display_database(url))
        self.opening = self.session.open(
            url,
            self.window,
            on_failure=self._refused,
            on_cancelled=self._demo_cancelled,
            demo_enterprises=DEMO_ENTERPRISES,
        )
        return self.opening

    def _try_demo(self) -> None:
        self.try_demo()

    def _refused(self, error: LiaisonError) -> None:
        self.window.set_database(display_database(self.session.url) if self.session.url else "")
        messages.show_error(self.window, error)
        if not self.session.is_open():
            self.show_first_run(error.message())

    def _demo_cancelled(self) -> None:
        self.window.set_database(display_database(self.session.url) if self.session.url else "")
        if not self.session.is_open():
            self.show_first_run()

    def show_first_run(self, problem: str = "") -> FirstRunDialog:
        from ui.dialogs.first_run import FirstRunDialog

        if self.first_run is not None:
            self.first_run.set_problem(problem)
            self.first_run.show()
            return self.first_run
        dialog = FirstRunDialog(paths.default_database(), problem, self.window)
        dialog.create_requested.connect(self.open)
        dialog.open_requested.connect(self.open)
        dialog.demo_requested.connect(self.try_demo)
        dialog.language_chosen.connect(self.window.switch_language)
        dialog.finished.connect(self._first_run_closed)
        self.first_run = dialog
        dialog.open()
        return dialog

    def _first_run_closed(self, _result: int) -> None:
        if self.first_run is not None:
            self.first_run.deleteLater()
            self.first_run = None

    def _opened(self) -> None:
        services = self.session.services
        self.window.set_database(display_database(self.session.url))
        self.window.set_officer(services.officer)
        self.window.set_database_open(True)
        self._install_pages()
        self.session.back_up_if_due(self.window)
        self.pages_ready.emit()

    def _install_pages(self) -> None:
        from ui.pages import install_pages
        from ui.pages.dashboard import DashboardPage
        from ui.pages.trash import TrashPage

        services = self.session.services
        install_pages(self.window, services, on_made=self._area_made)
        self.dashboard = DashboardPage(
            services,
            self.prefs,
            open_record=self.open_record,
            show_area=self.window.show_area,
            try_demo=None if self.session.url == demo_database() else self._try_demo,
        )
        self.trash = TrashPage(services, on_restored=lambda _keys: self.session.notify_changed(""))
        self.window.add_page("dashboard", self.dashboard)
        self.window.add_page("trash", self.trash)
        self.window.set_app_command("undo", self.undo)
        self.dashboard.refresh()

    def _area_made(self, _key: str, area: QWidget) -> None:
        changed = getattr(area, "data_changed", None)
        if changed is not None:  # a change made in an area: the figures and trash follow
            changed.connect(self._area_changed)

    def _data_changed(self, _entity: str) -> None:
        """Written outside any area (a visit logged, a record restored): every page reads again."""
        from ui.pages import refresh_pages

        refresh_pages(self.window)

    def _area_changed(self, _entity: str) -> None:
        for page in (self.dashboard, self.trash):
            if page is not None:
                page.refresh()  # at once if on show, else when next shown

    # records
    def open_record(self, entity: str, record_id: int) -> None:
        """Show one record, wherever it was asked for (a reminder, a search hit …)."""
        from ui.pages import open_record

        open_record(self.window, self.session.services, entity, record_id)

    def undo(self) -> None:
        """Take back the officer's last change (Ctrl+Z where the page has no undo of its own)."""
        from ui.pages import undo_last

        if self.session.is_open():
            undo_last(self.window, self.session.services)

    def current_enterprise(self) -> tuple[int, str] | None:
        """The enterprise whose record is on show, if any (a visit logged now is for it)."""
        from ui.pages.enterprises import EnterprisesArea

        if self.window.current_area() != "enterprises":
            return None
        page = self.window.page("enterprises")
        record = page.record() if isinstance(page, EnterprisesArea) else None
        if record is None:
            return None
        return record.enterprise_id, record.title_label.text()

    # databases
    def ask_new_database(self) -> None:
        choose_path(
            self.window,
            self.tr("Create a new database"),
            self.create_database,
            mode="save",
            name_filter=database_filter(),
            default_suffix="db",
            directory=str(paths.data_dir()),
        )

    def create_database(self, path: str) -> Task[Any] | None:
        if Path(path).exists():
            messages.show_error(
                self.window,
                self.tr("%1 already exists. Choose another name, or open it instead.").replace(
                    "%1", path
                ),
            )
            return None
        return self.open(path)

    def ask_open_database(self) -> None:
        choose_path(
            self.window,
            self.tr("Open a Liaison database"),
            self.open,
            name_filter=database_filter(),
            directory=str(paths.data_dir()),
        )

    def back_up_now(self) -> None:
        if self.session.is_open():
            self.session.back_up_now(self.window)

    def _backup_written(self, path: Path) -> None:
        self.window.statusBar().showMessage(
            self.tr("Backup saved: %1").replace("%1", str(path)), STATUS_MS
        )

    # visits and search
    def log_visit(self) -> LogVisitDialog | None:
        from ui.dialogs.log_visit import LogVisitDialog

        if not self.session.is_open():
            return None
        dialog = LogVisitDialog(
            self.session.services, self.window, enterprise=self.current_enterprise()
        )
        dialog.logged.connect(self._visit_logged)
        dialog.finished.connect(dialog.deleteLater)
        self.log_visit_dialog = dialog
        dialog.open()
        return dialog

    def _visit_logged(self, _interaction_id: int) -> None:
        self.window.statusBar().showMessage(self.tr("Visit logged."), STATUS_MS)
        self.session.notify_changed("interaction")

    def search_everything(self) -> GlobalSearch | None:
        from ui.dialogs.global_search import GlobalSearch

        if not self.session.is_open():
            return None
        palette = GlobalSearch(self.session.services, self.window)
        palette.open_requested.connect(self.open_record)
        palette.finished.connect(palette.deleteLater)
        self.search_palette = palette
        palette.popup(self.window)
        return palette

    # settings
    def show_settings(self) -> None:
        """Read the college's settings on the worker, then show the dialog."""
        if not self.session.is_open():
            self._show_settings_dialog("", None)
            return
        services = self.session.services

        def job(_progress: Progress) -> tuple[str, str | None]:
            from liaison.services.settings import COLLEGE_LOGO, COLLEGE_NAME

            return services.settings.get(COLLEGE_NAME) or "", services.settings.get(COLLEGE_LOGO)

        def show(found: tuple[str, str | None]) -> None:
            self._show_settings_dialog(*found)

        run_in_background(self.window, job, on_success=while_alive(self, show), with_progress=False)

    def _show_settings_dialog(self, college: str, logo: str | None) -> SettingsDialog:
        from ui.dialogs.settings import SettingsDialog, SettingsValues

        officer = self.session.services.officer if self.session.is_open() else ""
        values = SettingsValues(
            college_name=college,
            logo_base64=logo,
            officer=self.prefs.officer() or officer,
            language=i18n.current_language(),
            database=display_database(self.session.url) if self.session.url else "",
            backups=self.prefs.backups(),
            horizons=self.prefs.horizons(),
        )
        dialog = SettingsDialog(values, self.window)
        dialog.college_box.setEnabled(self.session.is_open())
        dialog.saved.connect(lambda edited: self.apply_settings(values, edited))
        dialog.open_database_requested.connect(self.open)
        dialog.create_database_requested.connect(self.create_database)
        dialog.backup_requested.connect(self.back_up_now)
        dialog.finished.connect(dialog.deleteLater)
        self.settings_dialog = dialog
        dialog.open()
        return dialog

    def apply_settings(self, old: SettingsValues, new: SettingsValues) -> None:
        """Store each changed setting where it belongs and let the app show it at once."""
        self.prefs.set_backups(new.backups)
        self.prefs.set_horizons(new.horizons)
        self.prefs.sync()
        if self.session.is_open():
            college_changed = (old.college_name, old.logo_base64) != (
                new.college_name,
                new.logo_base64,
            )
            if college_changed:
                self._store_college(new)
            if new.officer != old.officer:
                task = self.session.set_officer(new.officer, self.window)
                task.finished.connect(
                    lambda: self.window.set_officer(self.session.services.officer)
                )
        else:
            self.prefs.set_officer(new.officer)
        if new.horizons != old.horizons and self.dashboard is not None:
            self.dashboard.refresh()
        if new.language != i18n.current_language():
            self.window.switch_language(new.language)

    def _store_college(self, values: SettingsValues) -> None:
        services = self.session.services

        def job(_progress: Progress) -> None:
            from liaison.services.settings import COLLEGE_LOGO, COLLEGE_NAME

            services.settings.set(COLLEGE_NAME, values.college_name or None)
            services.settings.set(COLLEGE_LOGO, values.logo_base64)

        run_in_background(self.window, job, with_progress=False)

    # quitting
    def shut_down(self) -> None:
        """Let the worker finish what it is doing, then close the database."""
        shutdown_runner()
        self.session.close_now()
