"""The audit trail read back: a record's history, and undo of the last change."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select

from liaison.i18n import Catalog, LiaisonError
from liaison.model import AuditEntry
from liaison.services.base import Context
from liaison.services.fields import from_json
from liaison.services.registry import SERVICE_OF_ENTITY

_ = Catalog(
    {
        "history.nothing_to_undo": ("There is nothing to undo.", "没有可撤销的操作。"),
    }
)

UNDOABLE = ("create", "update", "delete", "restore")


@dataclass(frozen=True)
class Change:
    id: int
    at: datetime
    officer: str | None
    action: str
    entity: str
    entity_id: int
    changes: dict[str, Any]
    undone: bool


class History:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def of(self, entity: str, entity_id: int) -> list[Change]:
        """Every change of one record, newest first."""
        with self.ctx.db.reading() as s:
            rows = s.scalars(
                select(AuditEntry)
                .where(AuditEntry.entity == entity, AuditEntry.entity_id == entity_id)
                .order_by(AuditEntry.id.desc())
            )
            return [_change(e) for e in rows]

    def last_undoable(self) -> Change | None:
        """This officer's latest change that has not been undone (imports undo as batches)."""
        with self.ctx.db.reading() as s:
            entry = s.scalar(
                select(AuditEntry)
                .where(
                    AuditEntry.officer == self.ctx.officer,
                    AuditEntry.action.in_(UNDOABLE),
                    AuditEntry.undone.is_(False),
                    AuditEntry.batch_id.is_(None),
                )
                .order_by(AuditEntry.id.desc())
                .limit(1)
            )
            return _change(entry) if entry else None

    def undo_last(self) -> Change:
        change = self.last_undoable()
        if change is None:
            raise LiaisonError("history.nothing_to_undo")
        self.undo(change.id)
        return change

    def undo(self, entry_id: int) -> None:
        """Take one change back, itself as a new audited change, in one transaction."""
        with self.ctx.db.transaction() as s:
            entry = s.get(AuditEntry, entry_id)
            if entry is None or entry.undone:
                raise LiaisonError("history.nothing_to_undo")
            service = SERVICE_OF_ENTITY[entry.entity](self.ctx)
            # Written as "undo", so the next Ctrl+Z goes further back instead of redoing.
            if entry.action in ("create", "restore"):
                service.delete(entry.entity_id, session=s, action="undo")
            elif entry.action == "delete":
                service.restore(entry.entity_id, session=s, action="undo")
            else:
                old = {
                    name: from_json(service.field(name), pair[0])
                    for name, pair in entry.changes.items()
                }
                service.update(entry.entity_id, old, session=s, action="undo", stored=True)
            entry.undone = True


def _change(e: AuditEntry) -> Change:
    return Change(e.id, e.at, e.officer, e.action, e.entity, e.entity_id, dict(e.changes), e.undone)
