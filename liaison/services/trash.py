"""The trash: records deleted on purpose (not those that went with their parent), restorable."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Final

from sqlalchemy import select

from liaison.model import AuditEntry, Record
from liaison.services.base import Context
from liaison.services.registry import SERVICE_OF_ENTITY, SERVICES


@dataclass(frozen=True)
class TrashItem:
    entity: str
    id: int
    label: str
    deleted_at: datetime
    deleted_by: str | None


#: The attributes a record is called by, in the order they are tried.
LABEL_ATTRIBUTES: Final = ("name", "title", "number", "summary", "topic", "student_no")


def label_of(values: dict[str, Any] | Any) -> str:
    """What a record is called, from its values (a dict) or its attributes; "" for nothing."""
    getter = values.get if isinstance(values, dict) else lambda k: getattr(values, k, None)
    for attr in LABEL_ATTRIBUTES:
        value = getter(attr)
        if value:
            return str(value)
    return ""


def describe(obj: Record) -> str:
    """A short human name for any record (trash, history, messages)."""
    return label_of(obj) or f"#{obj.id}"


class Trash:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def items(self) -> list[TrashItem]:
        """Newest first. Rows trashed together with a parent are restored with it, not listed."""
        found: list[TrashItem] = []
        with self.ctx.db.reading() as s:
            for service in SERVICES:
                model = service.model
                entity = str(model.__tablename__)  # type: ignore[attr-defined]
                rows = {
                    r.id: r for r in s.scalars(select(model).where(model.deleted_at.is_not(None)))
                }
                if not rows:
                    continue
                own = s.execute(
                    select(AuditEntry.entity_id, AuditEntry.officer)
                    .where(
                        AuditEntry.entity == entity,
                        AuditEntry.entity_id.in_(rows),
                        AuditEntry.action.in_(("delete", "undo")),
                    )
                    .order_by(AuditEntry.id)
                ).all()
                by = {row.entity_id: row.officer for row in own}
                for rid, obj in rows.items():
                    if rid in by and obj.deleted_at is not None:
                        found.append(TrashItem(entity, rid, describe(obj), obj.deleted_at, by[rid]))
        found.sort(key=lambda item: item.deleted_at, reverse=True)
        return found

    def restore(self, entity: str, record_id: int) -> None:
        SERVICE_OF_ENTITY[entity](self.ctx).restore(record_id)
