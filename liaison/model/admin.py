"""The officer, the audit trail, import batches and stored settings."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from liaison.model.base import Base, Record, UTCDateTime, utcnow


class Officer(Record, Base):
    """A liaison officer using this database (the local user on a laptop)."""

    __tablename__ = "officer"

    name: Mapped[str] = mapped_column(String(100))
    email: Mapped[str | None] = mapped_column(String(200))
    login: Mapped[str | None] = mapped_column(String(100), index=True)


class ImportBatch(Record, Base):
    """One imported file: all rows it wrote can be undone together."""

    __tablename__ = "import_batch"

    kind: Mapped[str] = mapped_column(String(30))
    file_name: Mapped[str] = mapped_column(String(300))
    officer: Mapped[str | None] = mapped_column(String(100))
    created: Mapped[int] = mapped_column(Integer, default=0)
    updated: Mapped[int] = mapped_column(Integer, default=0)
    skipped: Mapped[int] = mapped_column(Integer, default=0)
    undone_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class AuditEntry(Base):
    """Who changed what, when: one row per create, update, delete or restore."""

    __tablename__ = "audit_entry"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    officer: Mapped[str | None] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(20))  # create, update, delete, restore, undo
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[int] = mapped_column(Integer)
    entity_uuid: Mapped[str] = mapped_column(String(36))
    # {field: [old, new]} with JSON-safe values (dates ISO, money in fen).
    changes: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    batch_id: Mapped[int | None] = mapped_column(ForeignKey("import_batch.id"), index=True)
    summary: Mapped[str | None] = mapped_column(String(300))
    # Set when this change was taken back by an undo, so it is not undone twice.
    undone: Mapped[bool] = mapped_column(Boolean, default=False)

    __table_args__ = (Index("ix_audit_entry_entity", "entity", "entity_id"),)


class Setting(Base):
    """Settings that belong to the data (college name and logo used by reports)."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str | None] = mapped_column(Text)
