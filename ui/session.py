"""The app's open database and its services, opened and closed on the database worker.

Nothing here imports SQLAlchemy at module level: the window paints first, and the core's
storage modules load on the worker thread while the officer already sees the app.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget

from liaison.i18n import LiaisonError
from liaison.tasks import Cancelled, Progress
from ui.backups import daily_backup, prune
from ui.lifetime import while_alive
from ui.preferences import Preferences
from ui.tasks import Task, run_in_background, runner

if TYPE_CHECKING:
    from liaison.db import Database
    from liaison.services.hub import Services

log = logging.getLogger(__name__)

DEMO_ENTERPRISES = 200


def _sqlite_path(url: str) -> Path | None:
    """The file behind ``url`` when it is a plain path (the way the app names SQLite files)."""
    return None if "://" in url else Path(url).expanduser()


def open_services(
    url: str, officer: str, demo_enterprises: int = 0, progress: Progress | None = None
) -> Services:
    """Open ``url`` (creating it if missing) and the services over it; on the worker thread.

    With ``demo_enterprises``, an empty database is first filled with that much demo data; if
    the officer cancels, a file this call created is removed again. Raises DatabaseRefused.
    """
    from liaison.db import open_database
    from liaison.services.hub import Services

    path = _sqlite_path(url)
    created = path is not None and not path.exists()
    db = open_database(url)
    try:
        if demo_enterprises:
            from liaison import demo

            if demo.count_enterprises(db) == 0:
                demo.build(
                    db, enterprises=demo_enterprises, officer=officer or "demo", progress=progress
                )
        return Services(db, officer or None)
    except BaseException:
        db.close()
        if created and path is not None:
            for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
                leftover.unlink(missing_ok=True)
        raise


class AppSession(QObject):
    """Which database is open; ``opened`` fires (on the GUI thread) whenever one is."""

    opened = Signal()
    # Something was written outside the page showing it (a visit logged from anywhere, a
    # record restored from the trash): the entity's name, or "" for anything.
    data_changed = Signal(str)
    backup_written = Signal(object)  # the Path of the new backup

    def __init__(self, prefs: Preferences, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.prefs = prefs
        self.url = ""
        self._services: Services | None = None

    def is_open(self) -> bool:
        return self._services is not None

    @property
    def services(self) -> Services:
        if self._services is None:
            raise RuntimeError("no database is open")
        return self._services

    def open(
        self,
        url: str,
        parent: QWidget | None,
        *,
        on_failure: Callable[[LiaisonError], None],
        on_cancelled: Callable[[], None] | None = None,
        demo_enterprises: int = 0,
    ) -> Task[Services]:
        """Open ``url`` in the background; the open one stays open until the new one is."""
        officer = self.prefs.officer()

        def job(progress: Progress) -> Services:
            return open_services(url, officer, demo_enterprises, progress)

        title = (
            QCoreApplication.translate("AppSession", "Creating the demo database…")
            if demo_enterprises
            else QCoreApplication.translate("AppSession", "Opening the database…")
        )
        # Opening cannot be stopped half-way, so it shows no Cancel window; building demo data
        # can, and takes long enough to want a progress bar.
        return run_in_background(
            parent,
            job,
            on_success=while_alive(self, lambda services: self._adopt(url, services)),
            on_failure=while_alive(self, on_failure),
            on_cancelled=None if on_cancelled is None else while_alive(self, on_cancelled),
            title=title,
            with_progress=bool(demo_enterprises),
        )

    def _adopt(self, url: str, services: Services) -> None:
        previous = self._services
        self._services = services
        self.url = url
        self.prefs.set_last_database(url)
        self.prefs.sync()
        log.info("database opened: %s", services.db.url)
        self.opened.emit()
        if previous is not None:
            old_db = previous.db
            runner().submit(lambda _p: old_db.close())

    def close_now(self) -> None:
        """Close the database at once (the app is quitting and the worker has stopped)."""
        if self._services is not None:
            self._services.db.close()
            self._services = None

    def notify_changed(self, entity: str = "") -> None:
        self.data_changed.emit(entity)

    def set_officer(self, name: str, parent: QWidget | None) -> Task[str]:
        """Act as ``name`` from now on (recorded in the audit trail of every change)."""
        services = self.services
        self.prefs.set_officer(name)

        def job(_progress: Progress) -> str:
            from liaison.services.hub import Services
            from liaison.services.settings import OFFICER_NAME

            chosen = name.strip() or services.settings.get(OFFICER_NAME) or ""
            fresh = Services(services.db, chosen or None)  # records the officer if new
            # Changed here, on the worker, so no queued write sees half a switch.
            services.ctx.officer = fresh.officer
            return fresh.officer

        return run_in_background(parent, job, with_progress=False)

    def back_up_if_due(self, parent: QWidget | None, today: date | None = None) -> Task[object]:
        """The daily backup, quietly in the background (nothing shown unless it fails)."""
        plan = self.prefs.backups()
        db: Database = self.services.db
        day = today or date.today()

        def job(_progress: Progress) -> Path | None:
            if not plan.enabled:
                return None
            return daily_backup(db, plan.target(), plan.keep, day)

        def done(path: object) -> None:
            if isinstance(path, Path):
                log.info("automatic backup written: %s", path)
                self.backup_written.emit(path)

        return run_in_background(
            parent, job, on_success=while_alive(self, done), with_progress=False
        )

    def back_up_now(self, parent: QWidget | None) -> Task[Path]:
        """A backup on request, with progress; the officer is told where it went."""
        from ui import messages

        plan = self.prefs.backups()
        db: Database = self.services.db

        def job(progress: Progress) -> Path:
            from liaison.db import backup

            if progress.cancelled():
                raise Cancelled
            target = backup(db, plan.target())
            if db.path is not None:
                prune(plan.target(), db.path.stem, plan.keep)
            return target

        def done(path: Path) -> None:
            self.backup_written.emit(path)
            messages.show_info(
                parent,
                QCoreApplication.translate("AppSession", "Backup saved to %1").replace(
                    "%1", str(path)
                ),
            )

        return run_in_background(
            parent,
            job,
            on_success=while_alive(self, done),
            title=QCoreApplication.translate("AppSession", "Backing up…"),
        )
