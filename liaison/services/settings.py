"""Settings stored with the data: they travel with the database file (reports use them)."""

from __future__ import annotations

from sqlalchemy import select

from liaison.db import Database
from liaison.model import Setting

COLLEGE_NAME = "college_name"
COLLEGE_LOGO = "college_logo_png_base64"
OFFICER_NAME = "officer_name"


class Settings:
    def __init__(self, db: Database) -> None:
        self.db = db

    def get(self, key: str, default: str | None = None) -> str | None:
        with self.db.reading() as s:
            value = s.scalar(select(Setting.value).where(Setting.key == key))
        return default if value is None else value

    def set(self, key: str, value: str | None) -> None:
        with self.db.transaction() as s:
            row = s.get(Setting, key)
            if row is None:
                s.add(Setting(key=key, value=value))
            else:
                row.value = value

    def all(self) -> dict[str, str | None]:
        with self.db.reading() as s:
            return {row.key: row.value for row in s.scalars(select(Setting))}
