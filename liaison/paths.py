"""Where Liaison keeps its files (platformdirs): data, backups, logs, settings."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP = "Liaison"


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP, appauthor=False))


def default_database() -> str:
    """``LIAISON_DB`` when set, else ``liaison.db`` in the user's data folder."""
    return os.environ.get("LIAISON_DB") or str(data_dir() / "liaison.db")


def backups_dir() -> Path:
    return data_dir() / "backups"


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP, appauthor=False))


def config_dir() -> Path:
    return Path(platformdirs.user_config_dir(APP, appauthor=False))
