"""Starting the app: which database opens, first run, refused files, the demo."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from liaison import paths
from liaison.demo import count_enterprises
from ui import messages
from ui.app import resolve_database
from ui.dialogs.first_run import FirstRunDialog
from ui.pages.dashboard import DashboardPage
from ui.pages.trash import TrashPage
from ui.preferences import Preferences
from ui.shell import Shell, demo_database, display_database

from . import shell_support
from .shell_support import Seeded, open_in, wait_idle

# Fixtures shared by the app-level tests.
db_path, seeded, shell = shell_support.db_path, shell_support.seeded, shell_support.shell


@pytest.mark.parametrize(
    ("given", "env", "last", "default_exists", "expected"),
    [
        # An explicit --db wins, even when the file is missing (it is then created).
        ("explicit", False, "", False, "explicit"),
        ("explicit", False, "last", True, "explicit"),
        # LIAISON_DB is as explicit as --db, even though it is also "the default".
        ("default", True, "last", False, "default"),
        (None, True, "last", False, "default"),  # the command line leaves it to the app
        # Without either: the last database opened here, if it still exists …
        ("default", False, "last", True, "last"),
        ("default", False, "missing", True, "default"),
        # … then the default file, and with neither a first run.
        ("default", False, "", True, "default"),
        ("default", False, "", False, None),
        (None, False, "", False, None),
    ],
)
def test_which_database_opens_at_start(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    settings: QSettings,
    given: str | None,
    env: bool,
    last: str,
    default_exists: bool,
    expected: str | None,
) -> None:
    files = {
        "explicit": tmp_path / "explicit.db",
        "last": tmp_path / "last.db",
        "missing": tmp_path / "gone.db",
        "default": tmp_path / "data" / "liaison.db",
    }
    files["last"].touch()
    if env:
        monkeypatch.setenv("LIAISON_DB", str(files["default"]))
    else:
        monkeypatch.setattr(paths, "data_dir", lambda: tmp_path / "data")
    if default_exists:
        files["default"].parent.mkdir(parents=True, exist_ok=True)
        files["default"].touch()
    prefs = Preferences(settings)
    if last:
        prefs.set_last_database(str(files[last]))
    db_url = str(files[given]) if given else None
    assert resolve_database(db_url, prefs) == (str(files[expected]) if expected else None)


def test_server_urls_are_shown_without_password() -> None:
    assert (
        display_database("postgresql+psycopg://li:s3cr@t@db.example/liaison")
        == "postgresql+psycopg://li:***@db.example/liaison"
    )
    assert display_database("postgresql://db.example/liaison") == "postgresql://db.example/liaison"
    assert display_database("/home/li/liaison.db") == "/home/li/liaison.db"


def test_opening_fills_the_window_and_remembers_the_database(
    shell: Shell, qtbot: QtBot, seeded: Seeded, settings: QSettings
) -> None:
    window = shell.window
    assert not window.log_visit_action.isEnabled()
    shell.open(str(seeded.path))
    assert window.database_label.text() == f"Opening {seeded.path}…"
    with qtbot.waitSignal(shell.pages_ready, timeout=20_000):
        pass
    assert window.database_label.text() == f"Database: {seeded.path}"
    assert window.officer_label.text() == f"Officer: {shell.session.services.officer}"
    assert isinstance(window.page("dashboard"), DashboardPage)
    assert isinstance(window.page("trash"), TrashPage)
    assert window.log_visit_action.isEnabled() and window.search_action.isEnabled()
    assert Preferences(settings).last_database() == str(seeded.path)
    wait_idle(qtbot)


def test_a_missing_explicit_file_is_created(shell: Shell, qtbot: QtBot, tmp_path: Path) -> None:
    target = tmp_path / "new" / "college.db"
    open_in(shell, qtbot, target)
    assert target.exists()
    dashboard = shell.dashboard
    assert dashboard is not None
    assert dashboard.stack.currentWidget() is dashboard.empty


def test_no_database_shows_the_first_run_choices(shell: Shell, qtbot: QtBot) -> None:
    shell.start(None)
    dialog = shell.first_run
    assert isinstance(dialog, FirstRunDialog) and dialog.isVisible()
    assert not dialog.problem.isVisible()
    with qtbot.waitSignal(shell.pages_ready, timeout=20_000):
        dialog.create_button.click()
    assert Path(paths.default_database()).exists()
    assert shell.first_run is None or not shell.first_run.isVisible()


def test_first_run_opens_an_existing_file_chosen_in_a_file_dialog(
    shell: Shell, qtbot: QtBot, seeded: Seeded
) -> None:
    dialog = shell.show_first_run()
    dialog.open_button.click()
    picker = dialog.findChild(QFileDialog)
    assert picker is not None and picker.isVisible()
    with qtbot.waitSignal(shell.pages_ready, timeout=20_000):
        picker.fileSelected.emit(str(seeded.path))
    assert shell.session.url == str(seeded.path)


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"PK\x03\x04 this is a spreadsheet, not a database" * 4, "is not a Liaison database"),
        (b"SQLite format 3\x00" + b"\xff" * 4000, "is damaged"),
    ],
)
def test_a_refused_file_is_told_plainly_and_the_choices_come_back(
    shell: Shell, qtbot: QtBot, tmp_path: Path, content: bytes, reason: str
) -> None:
    bad = tmp_path / "bad.db"
    bad.write_bytes(content)
    task = shell.open(str(bad))
    qtbot.waitUntil(lambda: task.done, timeout=20_000)
    shown = messages.history()[-1]
    assert shown.kind == "error" and reason in shown.text
    assert bad.read_bytes() == content  # left untouched
    dialog = shell.first_run
    assert dialog is not None and dialog.isVisible()
    assert reason in dialog.problem.text() and dialog.problem.isVisible()
    assert not shell.session.is_open()
    assert shell.window.database_label.text() == "Database: —"


def test_a_newer_database_is_refused_and_the_open_one_stays(
    shell: Shell, qtbot: QtBot, seeded: Seeded, tmp_path: Path, migrated_template: Path
) -> None:
    open_in(shell, qtbot, seeded.path)
    newer = tmp_path / "newer.db"
    newer.write_bytes(migrated_template.read_bytes())
    with sqlite3.connect(newer) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '99990101_future'")
    task = shell.open(str(newer))
    qtbot.waitUntil(lambda: task.done, timeout=20_000)
    assert "newer version of Liaison" in messages.history()[-1].text
    assert shell.session.url == str(seeded.path)
    assert shell.window.database_label.text() == f"Database: {seeded.path}"
    assert shell.first_run is None  # a database is still open: nothing to choose


def test_the_demo_is_built_in_its_own_file(shell: Shell, qtbot: QtBot) -> None:
    dialog = shell.show_first_run()
    with qtbot.waitSignal(shell.pages_ready, timeout=60_000):
        dialog.demo_button.click()
    assert shell.session.url == demo_database()
    assert count_enterprises(shell.session.services.db) == 200
    assert not Path(paths.default_database()).exists()
    dashboard = shell.dashboard
    assert dashboard is not None
    with qtbot.waitSignal(dashboard.refreshed, timeout=30_000):
        pass
    assert dashboard.value_of("partners") != "—"


def test_cancelling_the_demo_removes_its_file_and_asks_again(shell: Shell, qtbot: QtBot) -> None:
    task = shell.try_demo()
    with qtbot.waitSignal(task.progressed, timeout=30_000):
        pass  # the file exists and the demo is being written
    assert Path(demo_database()).exists()
    task.cancel()
    qtbot.waitUntil(lambda: task.done, timeout=30_000)
    assert task.outcome == "cancelled"
    assert not Path(demo_database()).exists()
    assert shell.first_run is not None and shell.first_run.isVisible()
    assert not shell.session.is_open()


def test_first_run_switches_the_language_at_once(shell: Shell, qtbot: QtBot) -> None:
    dialog = shell.show_first_run()
    dialog.language.setCurrentIndex(dialog.language.findData("zh_CN"))
    qtbot.waitUntil(lambda: dialog.windowTitle() == "欢迎使用 Liaison", timeout=2000)
    assert shell.window.file_menu.title() == "文件(&F)"
    assert dialog.create_button.accessibleName() == "新建空数据库"
