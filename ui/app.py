"""The desktop app's entry point: ``main()`` builds the QApplication and shows the window.

Start-up is ordered for speed: the window is painted first (with "Opening …" in the status
bar), and only then is the database opened, on the worker thread, and the pages filled in.
Nothing heavy (SQLAlchemy, Qt Charts, the core's queries) is imported before the first paint.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable, Sequence
from logging.handlers import RotatingFileHandler
from pathlib import Path

from platformdirs import user_log_dir
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

import liaison
from liaison import paths
from ui import crash, fonts, i18n, theme
from ui.icons import icon
from ui.main_window import MainWindow
from ui.preferences import Preferences
from ui.shell import Shell, display_database

log = logging.getLogger(__name__)

ORGANISATION = "Liaison"
APPLICATION = "Liaison"


def setup_logging(directory: Path | None = None) -> Path:
    """Log to ``liaison.log`` in the user's log folder (rotated, a few MB); return the file."""
    directory = directory or Path(user_log_dir(APPLICATION, appauthor=False))
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / "liaison.log"
    root = logging.getLogger()
    if not any(getattr(h, "baseFilename", None) == str(path) for h in root.handlers):
        handler = RotatingFileHandler(path, maxBytes=2_000_000, backupCount=3, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path


def application(argv: Sequence[str] | None = None) -> QApplication:
    """The QApplication, made with Liaison's names and high-DPI policy (or the existing one)."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        # Fractional scaling (150 %) is common on office laptops; do not round it to 1x or 2x.
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
        )
        app = QApplication(list(argv if argv is not None else sys.argv))
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QCoreApplication.setApplicationVersion(liaison.__version__)
    QGuiApplication.setApplicationDisplayName("Liaison")
    return app


def _exists(url: str) -> bool:
    return "://" in url or Path(url).expanduser().exists()


def resolve_database(db_url: str | None, prefs: Preferences) -> str | None:
    """The database to open at start, or None for the first-run choices.

    ``liaison --db X`` (or ``LIAISON_DB``) means X, created if missing. Without either, the
    last database opened here wins if it is still there, then the default file if it exists;
    with neither, this is a first run.
    """
    default = paths.default_database()
    if db_url and (db_url != default or os.environ.get("LIAISON_DB")):
        return db_url
    last = prefs.last_database()
    if last and _exists(last):
        return last
    if _exists(default):
        return default
    return None


class _FirstPaint(QObject):
    """Runs a callback once, just after the watched widget first painted."""

    def __init__(self, widget: QWidget, callback: Callable[[], None], fallback_ms: int) -> None:
        super().__init__(widget)
        self._widget = widget
        self._callback: Callable[[], None] | None = callback
        widget.installEventFilter(self)
        # A window that never paints (minimised at start) must still open its database.
        QTimer.singleShot(fallback_ms, self, self._fire)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._callback is not None:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self._fire)  # after this paint has reached the screen
        return False

    def _fire(self) -> None:
        callback, self._callback = self._callback, None
        if callback is not None and self._widget.isVisible():  # not for a window closed already
            callback()


def after_first_paint(
    widget: QWidget, callback: Callable[[], None], fallback_ms: int = 2000
) -> None:
    _FirstPaint(widget, callback, fallback_ms)


def shell_of(window: MainWindow) -> Shell:
    """The shell that runs ``window`` (made by :func:`start`)."""
    shell = window.findChild(Shell)
    if shell is None:
        raise LookupError("this window was not made by ui.app.start")
    return shell


def start(
    argv: Sequence[str] | None = None, *, db_url: str | None = None, lang: str | None = None
) -> MainWindow:
    """Set the application up (logging, crash hook, look, fonts, language) and show the window.

    The database opens once the window has painted; see :func:`resolve_database` for which.
    """
    app = application(argv)
    setup_logging()
    crash.install()
    theme.follow_system(app)
    fonts.apply_fonts(app)
    settings = QSettings()
    i18n.install_language(app, lang or i18n.chosen_language(settings))
    app.setWindowIcon(icon("handshake", theme.colours().accent))
    window = MainWindow(settings)
    shell = Shell(window, Preferences(settings))
    chosen = resolve_database(db_url, shell.prefs)
    if chosen:
        window.set_opening(display_database(chosen))
    window.show()
    after_first_paint(window, lambda: shell.start(chosen))
    log.info("Liaison %s started", liaison.__version__)
    return window


def main(
    argv: Sequence[str] | None = None, *, db_url: str | None = None, lang: str | None = None
) -> int:
    """Run the desktop app until its window closes; the exit status."""
    window = start(argv, db_url=db_url, lang=lang)
    status = QApplication.exec()
    window.deleteLater()
    return status
