"""The officer's own choices, kept in QSettings on this computer (not in the database).

College name and logo travel with the data (``liaison.services.settings``); what differs from
one officer or one laptop to the next lives here: the last database, the officer's name, the
backup routine and how far ahead the reminders look.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSettings

from liaison import paths
from liaison.horizons import Horizons

LAST_DATABASE = "database/last"
OFFICER = "user/officer"
BACKUP_ENABLED = "backup/daily"
BACKUP_FOLDER = "backup/folder"
BACKUP_KEEP = "backup/keep"
AGREEMENTS_DAYS = "reminders/agreements_within_days"
SILENT_DAYS = "reminders/silent_days"
FOLLOW_UP_DAYS = "reminders/follow_up_soon_days"


@dataclass(frozen=True)
class BackupPlan:
    enabled: bool = True
    folder: Path | None = None  # None: the user data folder's backups
    keep: int = 14

    def target(self) -> Path:
        return self.folder or paths.backups_dir()


def _text(settings: QSettings, key: str) -> str:
    value = settings.value(key)
    return value if isinstance(value, str) else ""


def _int(settings: QSettings, key: str, default: int, low: int, high: int) -> int:
    value = settings.value(key)
    try:
        number = int(value) if value is not None else default  # INI files hold text
    except (TypeError, ValueError):
        return default
    return min(max(number, low), high)


def _bool(settings: QSettings, key: str, default: bool) -> bool:
    value = settings.value(key)
    if isinstance(value, bool):
        return value
    if isinstance(value, str):
        return value.lower() in ("true", "1", "yes")
    return default


class Preferences:
    """Typed access to the app's QSettings; out-of-range values fall back to sane bounds."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self.settings = settings or QSettings()

    # database
    def last_database(self) -> str:
        return _text(self.settings, LAST_DATABASE)

    def set_last_database(self, url: str) -> None:
        self.settings.setValue(LAST_DATABASE, url)

    # officer
    def officer(self) -> str:
        return _text(self.settings, OFFICER).strip()

    def set_officer(self, name: str) -> None:
        self.settings.setValue(OFFICER, name.strip())

    # backups
    def backups(self) -> BackupPlan:
        folder = _text(self.settings, BACKUP_FOLDER)
        return BackupPlan(
            enabled=_bool(self.settings, BACKUP_ENABLED, True),
            folder=Path(folder) if folder else None,
            keep=_int(self.settings, BACKUP_KEEP, 14, 1, 365),
        )

    def set_backups(self, plan: BackupPlan) -> None:
        self.settings.setValue(BACKUP_ENABLED, plan.enabled)
        self.settings.setValue(BACKUP_FOLDER, str(plan.folder) if plan.folder else "")
        self.settings.setValue(BACKUP_KEEP, plan.keep)

    # reminders
    def horizons(self) -> Horizons:
        return Horizons(
            agreements_within_days=_int(self.settings, AGREEMENTS_DAYS, 60, 1, 730),
            silent_days=_int(self.settings, SILENT_DAYS, 180, 7, 3650),
            follow_up_soon_days=_int(self.settings, FOLLOW_UP_DAYS, 7, 0, 90),
        )

    def set_horizons(self, horizons: Horizons) -> None:
        self.settings.setValue(AGREEMENTS_DAYS, horizons.agreements_within_days)
        self.settings.setValue(SILENT_DAYS, horizons.silent_days)
        self.settings.setValue(FOLLOW_UP_DAYS, horizons.follow_up_soon_days)

    def sync(self) -> None:
        self.settings.sync()
