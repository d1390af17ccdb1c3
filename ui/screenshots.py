"""Screenshots of every area in both languages: ``python -m ui.screenshots OUTDIR [--db PATH]``.

Starts the real app (shell, worker, pages) on a demo database (built in OUTDIR unless ``--db``
names one), visits each area, an enterprise record, a record editor and the app's dialogs, in
both languages and the light scheme (the dashboard also in dark), and saves
``OUTDIR/<lang>-<scheme>-<what>.png``. Run it under a real or virtual display so the system's
fonts and window system are used::

    Xvfb :97 -screen 0 1440x900x24 &
    DISPLAY=:97 QT_QPA_PLATFORM=xcb python -m ui.screenshots shots

Settings go to ``OUTDIR/screenshots.ini`` and backups are off: the officer's own profile is
never touched.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QEventLoop, QSettings, QTimer
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

from ui import fonts, i18n, theme
from ui.app import application
from ui.areas import AREA_KEYS
from ui.main_window import MainWindow
from ui.pages.area_page import AreaPage
from ui.preferences import BackupPlan, Preferences
from ui.shell import Shell
from ui.tasks import runner

SIZE = (1280, 800)
SETTLE_MS = 700  # lets a page lay out and paint after its data arrived
DEMO_ENTERPRISES = 200
DEMO_SEED = 2026


def settle(ms: int = SETTLE_MS) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_until(condition: Callable[[], bool], timeout_ms: int = 60_000) -> None:
    waited = 0
    while not condition():
        if waited >= timeout_ms:
            raise TimeoutError("the app did not get ready in time")
        settle(50)
        waited += 50


def idle() -> None:
    """Until the database worker has answered everything, then a moment to paint."""
    wait_until(lambda: runner().pending() == 0)
    settle()


def build_demo(path: Path) -> None:
    """A demo of :data:`DEMO_ENTERPRISES` firms, two of whose records went to the trash."""
    from sqlalchemy import select

    from liaison.db import open_database
    from liaison.demo import build
    from liaison.model import Agreement, Enterprise
    from liaison.services.hub import Services

    if path.exists():
        return
    with open_database(path) as db:
        build(db, enterprises=DEMO_ENTERPRISES, seed=DEMO_SEED, officer="王老师")
        services = Services(db, "王老师")
        with db.reading() as session:
            ended = session.scalar(select(Enterprise.id).where(Enterprise.status == "ended"))
            draft = session.scalar(select(Agreement.id).where(Agreement.status == "draft"))
        if ended is not None:
            services.enterprises.delete(ended)
        if draft is not None:
            services.agreements.delete(draft)


def save(window: QWidget, path: Path) -> Path:
    """The window with the dialogs and popups open over it, as the officer sees them.

    Each is drawn from the widgets themselves rather than grabbed from the screen, so a window
    larger than the (virtual) screen is still pictured whole; dialogs get a thin frame and a
    shadow, which a window manager would otherwise draw.
    """
    QApplication.processEvents()
    shot = window.grab()
    painter = QPainter(shot)
    origin = window.geometry().topLeft()
    border = QColor(theme.colours().border)
    for child in window.findChildren(QWidget):
        if not (child.isWindow() and child.isVisible()):
            continue
        place = child.geometry().translated(-origin.x(), -origin.y())
        painter.fillRect(place.translated(4, 6), QColor(0, 0, 0, 40))
        painter.drawPixmap(place.topLeft(), child.grab())
        painter.setPen(border)
        painter.drawRect(place.adjusted(-1, -1, 0, 0))
    painter.end()
    if not shot.save(str(path), "PNG"):
        raise OSError(f"could not write {path}")
    print(path)
    return path


def close_dialogs(window: QWidget) -> None:
    for child in window.findChildren(QWidget):
        if child.isWindow() and child.isVisible():
            child.close()
    idle()


class Tour:
    """Walks the app through its areas and dialogs and saves what it shows."""

    def __init__(self, outdir: Path, db: Path) -> None:
        self.outdir = outdir
        settings = QSettings(str(outdir / "screenshots.ini"), QSettings.Format.IniFormat)
        settings.clear()  # a fresh window every time, whatever an earlier run saved
        prefs = Preferences(settings)
        prefs.set_backups(BackupPlan(enabled=False))
        prefs.set_officer("王老师")
        self.window = MainWindow(settings)
        self.shell = Shell(self.window, prefs)
        self.window.resize(*SIZE)
        self.window.move(40, 40)
        self.window.show()
        settle()
        self.shell.open(str(db))
        wait_until(
            lambda: self.shell.dashboard is not None and self.shell.dashboard.data is not None
        )
        self.window.statusBar().clearMessage()
        idle()

    def name(self, lang: str, scheme: str, what: str) -> Path:
        return self.outdir / f"{lang}-{scheme}-{what}.png"

    def areas(self, lang: str, scheme: str) -> None:
        for key in AREA_KEYS:
            self.window.show_area(key)
            idle()
            save(self.window, self.name(lang, scheme, key))
        self.window.show_area("dashboard")
        scroll = self.window.page("dashboard").findChild(QScrollArea)
        if scroll is not None:  # the charts below the fold
            bar = scroll.verticalScrollBar()
            bar.setValue(bar.maximum())
            idle()
            save(self.window, self.name(lang, scheme, "dashboard-charts"))
            bar.setValue(0)

    def record_and_dialogs(self, lang: str, scheme: str) -> None:
        shell, window = self.shell, self.window
        services = shell.session.services
        from sqlalchemy import select

        from liaison.model import Agreement
        from liaison.search import search_enterprises

        with services.db.reading() as session:
            firm = search_enterprises(session, "", limit=1)[0]
            agreement = session.scalar(select(Agreement.id).order_by(Agreement.id).limit(1))
        assert agreement is not None
        shell.open_record("enterprise", firm.id)
        idle()
        save(window, self.name(lang, scheme, "enterprise-record"))

        dialog = shell.log_visit()
        assert dialog is not None
        idle()
        save(window, self.name(lang, scheme, "log-visit"))
        dialog.reject()
        page = window.page("enterprises")
        if isinstance(page, AreaPage):
            page.show_list()  # the next tour starts at the list, not this record
        window.show_area("dashboard")
        idle()

        palette = shell.search_everything()
        assert palette is not None
        palette.box.setText("科技")
        palette.box.flush()
        idle()
        save(window, self.name(lang, scheme, "search"))
        palette.reject()

        shell.open_record("agreement", agreement)
        idle()
        save(window, self.name(lang, scheme, "agreement-editor"))
        close_dialogs(window)

        shell.show_settings()
        idle()
        save(window, self.name(lang, scheme, "settings"))
        if shell.settings_dialog is not None:
            shell.settings_dialog.reject()

        first_run = shell.show_first_run()
        idle()
        save(window, self.name(lang, scheme, "first-run"))
        first_run.reject()
        close_dialogs(window)
        window.show_area("dashboard")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ui.screenshots")
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--db", type=Path, help="database to show (default: a demo in OUTDIR)")
    args = parser.parse_args(argv)
    outdir: Path = args.outdir.resolve()
    outdir.mkdir(parents=True, exist_ok=True)
    db = args.db or outdir / "demo.db"
    build_demo(db)

    app = application(sys.argv[:1])
    fonts.apply_fonts(app)
    theme.apply(app, "light")
    i18n.install_language(app, "en")
    tour = Tour(outdir, db)
    for lang in i18n.LANGUAGE_NAMES:
        tour.window.switch_language(lang)
        theme.apply(app, "light")
        tour.areas(lang, "light")
        tour.record_and_dialogs(lang, "light")
        theme.apply(app, "dark")
        tour.window.show_area("dashboard")
        idle()
        save(tour.window, tour.name(lang, "dark", "dashboard"))
    theme.apply(app, "light")
    tour.shell.shut_down()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
