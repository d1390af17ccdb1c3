from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from ui import build_translations, crash, i18n, messages, tasks


@pytest.fixture(scope="session", autouse=True)
def worker_stopped_at_the_end() -> Iterator[None]:
    """The database worker thread must end before Qt tears down, or the process aborts."""
    yield
    tasks.shutdown_runner()


@pytest.fixture(scope="session", autouse=True)
def compiled_translations() -> list[Path]:
    """The .qm files are build output: compile them once, as the build step does."""
    return build_translations.release()


@pytest.fixture(scope="session", autouse=True)
def user_settings_elsewhere(tmp_path_factory: pytest.TempPathFactory) -> None:
    """QSettings() without arguments must never reach the real user profile."""
    folder = tmp_path_factory.mktemp("settings")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(folder))


@pytest.fixture(autouse=True)
def clean_ui_state(qapp: QApplication) -> Iterator[None]:
    messages.clear_history()
    crash.clear_last_report()
    yield
    i18n.install_language(qapp, "en")
    messages.clear_history()
    crash.clear_last_report()


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "liaison.ini"), QSettings.Format.IniFormat)
