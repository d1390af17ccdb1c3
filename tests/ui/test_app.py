from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
import textwrap
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

import liaison.i18n
from liaison import paths
from ui import app, crash
from ui.main_window import MainWindow
from ui.screenshot import grab
from ui.shell import Shell, display_database
from ui.tasks import runner


@pytest.fixture
def log_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    folder = tmp_path / "logs"
    monkeypatch.setattr(paths, "log_dir", lambda: folder)
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield folder
    for handler in root.handlers[:]:
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


def test_setup_logging_writes_to_the_user_log_folder(log_dir: Path) -> None:
    path = app.setup_logging()
    assert path == log_dir / "liaison.log"
    assert app.setup_logging() == path  # a second call adds no second handler
    logging.getLogger("ui.test").info("hello from the test")
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert path.read_text(encoding="utf-8").count("hello from the test") == 1


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("/home/li/liaison.db", "/home/li/liaison.db"),
        (
            "postgresql+psycopg://li:secret@db.example/liaison",
            "postgresql+psycopg://li:***@db.example/liaison",
        ),
        ("sqlite:///C:/data/liaison.db", "sqlite:///C:/data/liaison.db"),
    ],
)
def test_database_is_shown_without_its_password(url: str, shown: str) -> None:
    assert display_database(url) == shown


def test_a_grown_log_is_rotated_at_start(tmp_path: Path) -> None:
    log = tmp_path / "liaison.log"
    for name, text in (("liaison.log", "now"), ("liaison.log.1", "one"), ("liaison.log.2", "two")):
        (tmp_path / name).write_text(text)
    app.rotate(log, keep=3, max_bytes=10)  # small: kept where it is
    assert log.read_text() == "now"
    app.rotate(log, keep=2, max_bytes=3)
    assert not log.exists()
    assert (tmp_path / "liaison.log.1").read_text() == "now"
    assert (tmp_path / "liaison.log.2").read_text() == "one"  # "two" was the oldest: gone


@pytest.fixture
def hooks_restored(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    yield
    crash.uninstall()


def test_start_paints_first_then_opens_the_database(
    qapp: QApplication, qtbot: QtBot, log_dir: Path, hooks_restored: None, tmp_path: Path
) -> None:
    target = tmp_path / "x" / "liaison.db"
    shells: list[Shell] = []
    window = app.start(["liaison"], db_url=str(target), lang="zh_CN", on_shell=shells.append)
    try:
        assert window.isVisible()
        assert shells == [] and not target.exists()  # nothing before the window has painted
        qtbot.waitUntil(lambda: bool(shells), timeout=5000)
        [shell] = shells
        assert app.shell_of(window) is shell
        assert window.database_label.text() == f"正在打开 {target}…"
        with qtbot.waitSignal(shell.pages_ready, timeout=20_000):
            pass
        assert target.exists()
        assert window.database_label.text() == f"数据库：{target}"
        assert window.windowTitle() == "Liaison 校企合作联络"
        assert sys.excepthook is crash._excepthook
        assert liaison.i18n.language() == "zh_CN"
        assert QCoreApplication.organizationName() == "Liaison"
        assert not qapp.windowIcon().isNull()
        assert "WenQuanYi Micro Hei" in qapp.font().families()
        assert (log_dir / "liaison.log").read_text(encoding="utf-8").count("started") == 1
    finally:
        qtbot.waitUntil(lambda: runner().pending() == 0, timeout=20_000)
        for shell in shells:
            shell.session.close_now()
        window.close()
        window.deleteLater()


def test_shell_of_a_window_not_made_by_start(qtbot: QtBot, settings: QSettings) -> None:
    window = MainWindow(settings)
    qtbot.addWidget(window)
    with pytest.raises(LookupError):
        app.shell_of(window)


def test_main_runs_the_event_loop_and_returns_its_status(
    qapp: QApplication, log_dir: Path, hooks_restored: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The real loop is not run here: after quit() this Qt stops serving later tests' timers.
    shown: list[bool] = []

    def fake_exec() -> int:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        shown.extend(w.isVisible() for w in windows)
        for window in windows:
            window.close()
        return 3

    monkeypatch.setattr(QApplication, "exec", staticmethod(fake_exec))
    QSettings().remove("database/last")  # an earlier test's database must not open here
    assert app.main(["liaison"], lang="en") == 3
    assert True in shown


def test_grab_saves_a_png_of_the_widget(qtbot: QtBot, tmp_path: Path, settings: QSettings) -> None:
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.resize(640, 480)
    window.show()
    path = grab(window, tmp_path / "shots" / "main.png")
    image = QImage(str(path))
    assert image.width() == round(640 * window.devicePixelRatioF())
    assert image.height() == round(480 * window.devicePixelRatioF())


def test_grab_reports_an_unwritable_path(qtbot: QtBot, tmp_path: Path) -> None:
    label = QLabel("x")
    qtbot.addWidget(label)
    (tmp_path / "taken.png").mkdir()
    with pytest.raises(OSError, match=r"taken\.png"):
        grab(label, tmp_path / "taken.png")


# The `liaison` command in a process of its own, reporting what is loaded by the first paint
# and by the time the dashboard is filled.
_STARTED = textwrap.dedent(
    """
    import json, os, sys
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication, QMainWindow

    def report(event, **more):
        print(json.dumps({"event": event, "modules": sorted(sys.modules), **more}), flush=True)

    def base_style():
        app = QApplication.instance()
        sheet = app.styleSheet()
        app.setStyleSheet("")  # its proxy style hides the base style's name
        name = app.style().name()
        app.setStyleSheet(sheet)
        return name

    class Watch(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint:
                watched.removeEventFilter(self)
                report("paint", style=base_style(), window=type(watched).__name__)
                self.window = watched
                self.startTimer(10)  # until the shell that start() makes after the paint is there
            return False

        def timerEvent(self, event):
            from ui.app import shell_of
            try:
                shell = shell_of(self.window)
            except LookupError:
                return
            self.killTimer(event.timerId())
            shell.pages_ready.connect(lambda: shell.dashboard.refreshed.connect(ready))

    def ready():
        report("ready", fonts=QApplication.font().families())
        QApplication.exit(0)

    def show_and_watch(window):
        del QMainWindow.show
        window.installEventFilter(watch)
        window.show()

    watch = Watch()
    QMainWindow.show = show_and_watch
    sys.argv = ["liaison", "-style", "Windows"]  # Liaison's look wins over Qt's own option
    from ui.launch import main
    sys.exit(main(["--db", os.environ["STARTED_DB"], "--lang", "en"]))
    """
)

# Nothing the window frame does not need may load before it paints …
NOT_BEFORE_THE_FIRST_PAINT = (
    "sqlalchemy",
    "PySide6.QtCharts",
    "liaison.db",
    "liaison.services",
    "ui.shell",
    "ui.pages",
    "importlib.metadata",  # liaison.__version__
    "platformdirs",  # the default database's folder
    "dataclasses",
)
# … nor what the dashboard does not need before it is filled (the other pages are made, and
# their modules imported, when first shown).
NOT_BEFORE_THE_DASHBOARD = (
    "openpyxl",
    "reportlab",
    "ui.dialogs.editor",
    "ui.dialogs.import_wizard",
    "ui.pages.list_page",
    "ui.pages.reports",
)


def _loaded(modules: list[str], packages: tuple[str, ...]) -> list[str]:
    return [m for m in modules if any(m == p or m.startswith(f"{p}.") for p in packages)]


def test_start_loads_only_what_it_shows(tmp_path: Path) -> None:
    root = Path(__file__).resolve().parents[2]
    env = dict(os.environ, PYTHONPATH=str(root), STARTED_DB=str(tmp_path / "x.db"))
    done = subprocess.run(
        [sys.executable, "-c", _STARTED],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    events = {e["event"]: e for e in map(json.loads, done.stdout.splitlines()) if "event" in e}
    painted, ready = events["paint"], events["ready"]
    assert painted["window"] == "MainWindow"
    assert painted["style"].lower() == "fusion"
    assert _loaded(painted["modules"], NOT_BEFORE_THE_FIRST_PAINT + NOT_BEFORE_THE_DASHBOARD) == []
    assert "sqlalchemy" in ready["modules"] and "ui.pages.dashboard" in ready["modules"]
    assert _loaded(ready["modules"], NOT_BEFORE_THE_DASHBOARD) == []
    assert "WenQuanYi Micro Hei" in ready["fonts"]  # in English too, once the window painted
