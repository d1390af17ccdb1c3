"""The desktop app's entry point: ``main()`` builds the QApplication and shows the window."""

from __future__ import annotations

import logging
import sys
from collections.abc import Sequence
from logging.handlers import RotatingFileHandler
from pathlib import Path

from platformdirs import user_log_dir
from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from sqlalchemy.engine import make_url

import liaison
from ui import crash, fonts, i18n, theme
from ui.icons import icon
from ui.main_window import MainWindow

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


def display_database(db_url: str) -> str:
    """What the status bar shows for ``db_url``: a path as is, a server URL without password."""
    if "://" not in db_url:
        return db_url
    url = make_url(db_url)
    return db_url if url.password is None else url.render_as_string(hide_password=True)


def start(
    argv: Sequence[str] | None = None, *, db_url: str | None = None, lang: str | None = None
) -> MainWindow:
    """Set the application up (logging, crash hook, look, fonts, language) and show the window."""
    app = application(argv)
    setup_logging()
    crash.install()
    theme.follow_system(app)
    fonts.apply_fonts(app)
    i18n.install_language(app, lang or i18n.chosen_language())
    app.setWindowIcon(icon("handshake", theme.colours().accent))
    window = MainWindow(QSettings())
    if db_url:
        window.set_database(display_database(db_url))
    window.show()
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
