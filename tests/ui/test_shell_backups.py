"""Automatic daily backups, Back up now, and the File menu's database commands."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from liaison.db import Database
from ui import backups, messages
from ui.preferences import BackupPlan, Preferences
from ui.shell import Shell

from . import shell_support
from .shell_support import Seeded, open_in, wait_idle

# Fixtures shared by the app-level tests.
db_path, seeded, shell = shell_support.db_path, shell_support.seeded, shell_support.shell
DAY = date.today()  # the core names a backup by the clock


def test_one_backup_a_day_and_only_the_newest_kept(sqlite_db: Database, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    stem = "liaison"
    for stamp in ("20000301-080000", "20000302-080000", "20000303-080000", "20000303-090000-2"):
        (folder / f"{stem}-{stamp}.db").write_bytes(b"old")
    (folder / "my notes.db").write_bytes(b"mine")  # not ours: never pruned
    (folder / "other-20000301-080000.db").write_bytes(b"another database's")
    made = backups.daily_backup(sqlite_db, folder, keep=3, today=DAY)
    assert made is not None and made.name.startswith(f"liaison-{DAY:%Y%m%d}-")
    assert backups.daily_backup(sqlite_db, folder, keep=3, today=DAY) is None  # done today
    assert [p.name[:16] for p in backups.backups_of(folder, stem)] == [
        "liaison-20000303",
        "liaison-20000303",
        f"liaison-{DAY:%Y%m%d}",
    ]
    assert (folder / "my notes.db").exists()
    assert (folder / "other-20000301-080000.db").exists()


@pytest.mark.parametrize(("keep", "left"), [(1, 1), (2, 2), (10, 3)])
def test_prune_keeps_the_newest(tmp_path: Path, keep: int, left: int) -> None:
    for day in (1, 2, 3):
        (tmp_path / f"c-2026010{day}-120000.db").touch()
    removed = backups.prune(tmp_path, "c", keep)
    assert len(backups.backups_of(tmp_path, "c")) == left
    assert all(p.name < f"c-2026010{4 - left}" for p in removed)


def test_opening_backs_up_once_a_day_into_the_chosen_folder(
    shell: Shell, qtbot: QtBot, seeded: Seeded, tmp_path: Path, settings: QSettings
) -> None:
    folder = tmp_path / "daily"
    Preferences(settings).set_backups(BackupPlan(enabled=True, folder=folder, keep=3))
    with qtbot.waitSignal(shell.session.backup_written, timeout=20_000) as written:
        open_in(shell, qtbot, seeded.path)
    assert Path(written.args[0]).parent == folder
    assert shell.window.statusBar().currentMessage().startswith("Backup saved: ")
    open_in(shell, qtbot, seeded.path)  # reopened the same day: no second copy
    assert len(backups.backups_of(folder, "college")) == 1


def test_no_automatic_backup_when_switched_off(
    shell: Shell, qtbot: QtBot, seeded: Seeded, tmp_path: Path, settings: QSettings
) -> None:
    folder = tmp_path / "daily"
    Preferences(settings).set_backups(BackupPlan(enabled=False, folder=folder, keep=3))
    open_in(shell, qtbot, seeded.path)
    assert not folder.exists()


def test_back_up_now_says_where(
    shell: Shell, qtbot: QtBot, seeded: Seeded, tmp_path: Path, settings: QSettings
) -> None:
    folder = tmp_path / "manual"
    Preferences(settings).set_backups(BackupPlan(enabled=False, folder=folder, keep=3))
    open_in(shell, qtbot, seeded.path)
    shell.window.backup_action.trigger()
    wait_idle(qtbot)
    [made] = backups.backups_of(folder, "college")
    assert messages.history()[-1].text == f"Backup saved to {made}"


def test_file_menu_creates_a_new_database(
    shell: Shell, qtbot: QtBot, seeded: Seeded, tmp_path: Path
) -> None:
    open_in(shell, qtbot, seeded.path)
    shell.window.new_database_action.trigger()
    [picker] = [d for d in shell.window.findChildren(QFileDialog) if d.isVisible()]
    with qtbot.waitSignal(shell.pages_ready, timeout=20_000):
        picker.fileSelected.emit(str(tmp_path / "fresh.db"))
    assert shell.session.url == str(tmp_path / "fresh.db")
    assert shell.window.database_label.text() == f"Database: {tmp_path / 'fresh.db'}"


def test_ctrl_z_takes_back_the_last_change_from_any_page(
    shell: Shell, qtbot: QtBot, seeded: Seeded
) -> None:
    open_in(shell, qtbot, seeded.path)
    services = shell.session.services
    services.enterprises.delete(seeded.gamma)
    undo = shell.window.router.actions["undo"]
    assert undo.isEnabled()  # the dashboard has no undo of its own: the app's applies
    undo.trigger()
    wait_idle(qtbot)
    assert services.enterprises.get(seeded.gamma).name == "Gamma Foods"
    assert shell.window.statusBar().currentMessage().startswith("Undone:")


def test_app_wide_shortcuts(shell: Shell) -> None:
    window = shell.window
    assert window.log_visit_action.shortcut() == QKeySequence("Ctrl+L")
    assert window.search_action.shortcut() == QKeySequence("Ctrl+K")
    assert window.open_database_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Open)
    assert not window.settings_action.shortcut().isEmpty()
    assert window.log_visit_action in window.toolbar.actions()
    assert window.search_action in window.toolbar.actions()
    assert "Ctrl+L" in window.log_visit_action.toolTip()
