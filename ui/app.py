"""The desktop app's entry point: ``main()`` builds the QApplication and shows the window.

Start-up is ordered for speed: the window is painted first, and only then are the log file,
the shell and its database set up ("Opening …" in the status bar) and the database opened on
the worker thread, and the pages filled in. Nothing that the first paint does not need
(SQLAlchemy, Qt Charts, the core's queries, even the shell) is imported before it.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

import liaison
from ui import fonts, i18n, theme
from ui.icons import icon
from ui.main_window import MainWindow

if TYPE_CHECKING:
    from ui.preferences import Preferences
    from ui.shell import Shell

log = logging.getLogger(__name__)

ORGANISATION = "Liaison"
APPLICATION = "Liaison"


LOG_MAX_BYTES = 2_000_000
LOG_KEEP = 3


def rotate(path: Path, keep: int = LOG_KEEP, max_bytes: int = LOG_MAX_BYTES) -> None:
    """Move a log grown past ``max_bytes`` to ``.1`` (``.1`` to ``.2`` …, ``keep`` of them).

    Done once at start: an officer's session never writes megabytes, and it spares the
    start-up the import of ``logging.handlers`` (sockets, pickle …).
    """
    if not path.exists() or path.stat().st_size < max_bytes:
        return
    for n in range(keep - 1, 0, -1):
        older = path.with_name(f"{path.name}.{n}")
        if older.exists():
            older.replace(path.with_name(f"{path.name}.{n + 1}"))
    path.replace(path.with_name(f"{path.name}.1"))


def setup_logging(directory: Path | None = None) -> Path:
    """Log to ``liaison.log`` in the user's log folder (rotated, a few MB); return the file."""
    from liaison import paths

    directory = directory or paths.log_dir()
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / "liaison.log"
    root = logging.getLogger()
    if not any(getattr(h, "baseFilename", None) == str(path) for h in root.handlers):
        rotate(path)
        handler = logging.FileHandler(path, encoding="utf-8")
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
        app = theme.new_application(list(argv if argv is not None else sys.argv))
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QGuiApplication.setApplicationDisplayName("Liaison")
    return app


def _exists(url: str) -> bool:
    return "://" in url or Path(url).expanduser().exists()


def resolve_database(db_url: str | None, prefs: Preferences) -> str | None:
    """The database to open at start, or None for the first-run choices.

    ``liaison --db X`` (or ``LIAISON_DB``) means X, created if missing. Without either, the
    last database opened here wins if it is still there, then the default file if it exists;
    with neither, this is a first run. ``db_url`` None means no ``--db`` was given.
    """
    from liaison import paths

    default = paths.default_database()
    db_url = db_url or default  # the command line leaves the default for the app to find
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
    """The shell that runs ``window`` (made by :func:`start` once the window has painted)."""
    from ui.shell import Shell

    shell = window.findChild(Shell)
    if shell is None:
        raise LookupError("this window was not made by ui.app.start")
    return shell


def start(
    argv: Sequence[str] | None = None,
    *,
    db_url: str | None = None,
    lang: str | None = None,
    on_shell: Callable[[Shell], object] | None = None,
) -> MainWindow:
    """Set the application up (look, fonts, language) and show the window.

    Once the window has painted, the crash hook, the log file and the :class:`~ui.shell.Shell`
    are set up,
    ``on_shell(shell)`` is called, and the database opens (see :func:`resolve_database`).
    """
    app = application(argv)
    theme.follow_system(app)
    settings = QSettings()
    spoken = i18n.install_language(app, lang or i18n.chosen_language(settings))
    # The bundled CJK font (5 MB to register, some 2 ms) is needed by the first paint only
    # when the window speaks Chinese; otherwise it comes just after, before any record shows.
    chinese_first = spoken != "en"
    if chinese_first:
        fonts.apply_fonts(app)
    app.setWindowIcon(icon("handshake", theme.colours().accent))
    window = MainWindow(settings)
    window.show()

    def painted() -> None:
        # The crash hook and the log come just after the first paint: they cost the paint
        # some 50 ms, and nothing before it runs but the building of the window.
        from ui import crash
        from ui.preferences import Preferences
        from ui.shell import Shell

        if not chinese_first:
            fonts.apply_fonts(app)
        crash.install()
        setup_logging()
        # Looking the version up costs an import of importlib.metadata: it waits for the paint.
        QCoreApplication.setApplicationVersion(liaison.__version__)
        log.info("Liaison %s started", liaison.__version__)
        shell = Shell(window, Preferences(settings))
        if on_shell is not None:
            on_shell(shell)
        shell.start(resolve_database(db_url, shell.prefs))

    after_first_paint(window, painted)
    return window


def main(
    argv: Sequence[str] | None = None, *, db_url: str | None = None, lang: str | None = None
) -> int:
    """Run the desktop app until its window closes; the exit status."""
    window = start(argv, db_url=db_url, lang=lang)
    status = QApplication.exec()
    window.deleteLater()
    return status
