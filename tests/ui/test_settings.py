"""Settings: college name and logo in the database, the rest on this computer."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from liaison.horizons import Horizons
from liaison.services.settings import COLLEGE_LOGO, COLLEGE_NAME, OFFICER_NAME
from ui import messages
from ui.dialogs.settings import SettingsDialog, logo_from_file
from ui.preferences import BackupPlan, Preferences
from ui.shell import Shell

from . import shell_support
from .shell_support import Seeded, open_in, wait_idle

# Fixtures shared by the app-level tests.
db_path, seeded, shell = shell_support.db_path, shell_support.seeded, shell_support.shell


@pytest.fixture
def dialog(shell: Shell, qtbot: QtBot, seeded: Seeded) -> SettingsDialog:
    open_in(shell, qtbot, seeded.path)
    shell.window.settings_action.trigger()
    qtbot.waitUntil(lambda: shell.settings_dialog is not None, timeout=5000)
    found = shell.settings_dialog
    assert found is not None and found.isVisible()
    return found


def image_file(path: Path, width: int, height: int) -> Path:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#2f6fde"))
    assert image.save(str(path))
    return path


def answer_file_dialog(parent: SettingsDialog, path: Path | str) -> None:
    [picker] = [d for d in parent.findChildren(QFileDialog) if d.isVisible()]
    picker.fileSelected.emit(str(path))
    picker.close()


def test_a_logo_is_kept_as_a_png_of_bounded_size(tmp_path: Path) -> None:
    logo = logo_from_file(image_file(tmp_path / "logo.jpg", 1600, 800))
    assert logo is not None
    image = QImage.fromData(base64.b64decode(logo), "PNG")
    assert (image.width(), image.height()) == (512, 256)
    assert logo_from_file(image_file(tmp_path / "small.png", 100, 40)) is not None
    (tmp_path / "notes.txt").write_text("not an image")
    assert logo_from_file(tmp_path / "notes.txt") is None


def test_the_officer_changes_college_officer_reminders_and_backups(
    dialog: SettingsDialog, shell: Shell, qtbot: QtBot, tmp_path: Path, settings: QSettings
) -> None:
    assert dialog.college_box.isEnabled()
    dialog.college_name.setText("Wuxi Vocational College of Technology")
    dialog.logo_choose.click()
    answer_file_dialog(dialog, image_file(tmp_path / "logo.png", 64, 64))
    assert not dialog.logo_preview.pixmap().isNull()
    dialog.officer.setText("Li Hua")
    dialog.agreements_days.setValue(90)
    dialog.silent_days.setValue(365)
    dialog.backup_daily.setChecked(False)
    dialog.backup_choose.click()
    answer_file_dialog(dialog, tmp_path / "backups")
    dialog.backup_keep.setValue(5)
    refreshes: list[bool] = []
    assert shell.dashboard is not None
    shell.dashboard.refreshed.connect(lambda: refreshes.append(True))
    dialog.buttons.accepted.emit()
    wait_idle(qtbot)

    settings_store = shell.session.services.settings
    assert settings_store.get(COLLEGE_NAME) == "Wuxi Vocational College of Technology"
    logo = settings_store.get(COLLEGE_LOGO)
    assert logo is not None and QImage.fromData(base64.b64decode(logo), "PNG").width() == 64
    prefs = Preferences(settings)
    assert prefs.officer() == "Li Hua"
    assert shell.session.services.officer == "Li Hua"
    assert shell.window.officer_label.text() == "Officer: Li Hua"
    assert prefs.horizons() == Horizons(90, 365, 7)
    assert prefs.backups() == BackupPlan(enabled=False, folder=tmp_path / "backups", keep=5)
    assert refreshes  # new horizons, new reminders
    # Changes from now on are recorded under the new name.
    services = shell.session.services
    enterprise = services.enterprises.create({"name": "Delta Tools"})
    services.enterprises.delete(enterprise)
    assert any(item.deleted_by == "Li Hua" for item in services.trash.items())
    assert settings_store.get(OFFICER_NAME) is None  # the officer is this computer's choice


def test_cancel_changes_nothing(
    dialog: SettingsDialog, shell: Shell, qtbot: QtBot, settings: QSettings
) -> None:
    dialog.college_name.setText("Not saved")
    dialog.silent_days.setValue(30)
    dialog.reject()
    wait_idle(qtbot)
    assert shell.session.services.settings.get(COLLEGE_NAME) is None
    assert Preferences(settings).horizons() == Horizons()


def test_a_file_that_is_no_image_is_refused_beside_the_logo(
    dialog: SettingsDialog, tmp_path: Path
) -> None:
    (tmp_path / "logo.png").write_text("not really a picture")
    assert not dialog.load_logo(str(tmp_path / "logo.png"))
    assert dialog.logo_error.isVisible()
    assert dialog.logo_error.text() == "This file is not an image Liaison can read."
    assert not dialog.logo_remove.isEnabled()


def test_the_language_switches_at_once_and_is_kept(
    dialog: SettingsDialog, shell: Shell, qtbot: QtBot, settings: QSettings
) -> None:
    dialog.language.setCurrentIndex(dialog.language.findData("zh_CN"))
    dialog.accept()
    qtbot.waitUntil(lambda: shell.window.file_menu.title() == "文件(&F)", timeout=2000)
    assert settings.value("ui/language") == "zh_CN"
    shell.window.settings_action.trigger()
    qtbot.waitUntil(lambda: shell.settings_dialog is not dialog, timeout=5000)
    second = shell.settings_dialog
    assert second is not None
    assert second.windowTitle() == "设置"
    assert second.language.currentData() == "zh_CN"


def test_another_database_is_opened_from_the_settings(
    dialog: SettingsDialog, shell: Shell, qtbot: QtBot, tmp_path: Path, migrated_template: Path
) -> None:
    other = tmp_path / "other.db"
    other.write_bytes(migrated_template.read_bytes())
    dialog.open_other.click()
    with qtbot.waitSignal(shell.pages_ready, timeout=20_000):
        answer_file_dialog(dialog, other)
    assert shell.session.url == str(other)
    assert shell.window.database_label.text() == f"Database: {other}"
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog))  # closed and gone


def test_a_new_database_is_never_made_over_an_existing_file(
    dialog: SettingsDialog, shell: Shell, qtbot: QtBot, seeded: Seeded
) -> None:
    dialog.create_new.click()
    answer_file_dialog(dialog, seeded.path)
    wait_idle(qtbot)
    shown = messages.history()[-1]
    assert shown.kind == "error" and "already exists" in shown.text
    assert shell.session.url == str(seeded.path)


def test_settings_without_a_database_leave_the_college_alone(shell: Shell, qtbot: QtBot) -> None:
    shell.show_settings()
    dialog = shell.settings_dialog
    assert dialog is not None
    assert not dialog.college_box.isEnabled()
    assert dialog.database_path.text() == "—"
    dialog.officer.setText("Zhang Wei")
    dialog.accept()
    assert shell.prefs.officer() == "Zhang Wei"
