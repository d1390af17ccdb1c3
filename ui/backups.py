"""The daily automatic backup: one copy a day on opening, the newest few kept.

Runs on the database worker (``liaison.db.backup`` copies a live SQLite file consistently).
Only files this routine wrote (``<stem>-YYYYMMDD-HHMMSS[-n].db``) are ever pruned; anything
else in the folder is the officer's and is left alone.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from liaison.db import Database


def _pattern(stem: str) -> re.Pattern[str]:
    return re.compile(rf"^{re.escape(stem)}-(\d{{8}})-\d{{6}}(?:-\d+)?\.db$")


def backups_of(folder: Path, stem: str) -> list[Path]:
    """This database's automatic backups in ``folder``, oldest first."""
    if not folder.is_dir():
        return []
    pattern = _pattern(stem)
    return sorted(p for p in folder.iterdir() if p.is_file() and pattern.match(p.name))


def backed_up_on(folder: Path, stem: str, day: date) -> bool:
    pattern = _pattern(stem)
    stamp = day.strftime("%Y%m%d")
    return any(
        (m := pattern.match(p.name)) is not None and m.group(1) == stamp
        for p in backups_of(folder, stem)
    )


def prune(folder: Path, stem: str, keep: int) -> list[Path]:
    """Delete all but the newest ``keep`` backups of ``stem``; the deleted paths."""
    found = backups_of(folder, stem)
    doomed = found[: max(len(found) - keep, 0)]
    for path in doomed:
        path.unlink(missing_ok=True)
    return doomed


def daily_backup(db: Database, folder: Path, keep: int, today: date) -> Path | None:
    """Back ``db`` up into ``folder`` unless that was done today; None when nothing was due.

    A server database (no file) is never due: PostgreSQL is backed up with its own tools.
    """
    from liaison.db import backup

    if db.path is None:
        return None
    stem = db.path.stem
    if backed_up_on(folder, stem, today):
        return None
    target = backup(db, folder)
    prune(folder, stem, keep)
    return target
