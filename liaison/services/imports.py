"""Import batches: recorded when a file is imported, listed, and undone as a whole.

Undo takes the batch's audit entries back, newest first, in one transaction: records the batch
updated get their old values back; records it created are deleted outright when nothing else
refers to them, and otherwise moved to the trash with whatever belongs to them (a contact the
officer added to an imported firm since). Each change undo makes is audited as ``undo``.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Table, delete, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from liaison.errors import NotFound
from liaison.i18n import Catalog, LiaisonError
from liaison.model import AuditEntry, Base, ImportBatch, utcnow
from liaison.services.base import Context
from liaison.services.batch import BatchWriter, Draft, chunks, table_of
from liaison.services.fields import from_json
from liaison.services.registry import SERVICE_OF_ENTITY

_ = Catalog(
    {
        "imports.already_undone": (
            "Import #{batch} was already undone on {when}.",
            "导入批次 #{batch} 已于 {when} 撤销。",
        ),
        "imports.undo_conflict": (
            "Import #{batch} cannot be undone: the old values clash with records entered since "
            "({detail}). Nothing was changed.",
            "无法撤销导入批次 #{batch}：恢复的旧值与此后录入的记录冲突（{detail}）。未做任何更改。",
        ),
    }
)


@dataclass(frozen=True)
class BatchInfo:
    id: int
    kind: str
    file_name: str
    officer: str | None
    created_at: datetime
    created: int
    updated: int
    skipped: int
    undone_at: datetime | None


@dataclass(frozen=True)
class UndoResult:
    batch_id: int
    deleted: int  # created records removed outright
    trashed: int  # created records others refer to, moved to the trash
    restored: int  # updated records given their old values back


def _info(batch: ImportBatch) -> BatchInfo:
    return BatchInfo(
        batch.id,
        batch.kind,
        batch.file_name,
        batch.officer,
        batch.created_at,
        batch.created,
        batch.updated,
        batch.skipped,
        batch.undone_at,
    )


class Imports:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def start(self, session: Session, kind: str, file_name: str) -> int:
        """Record a new batch in the import's transaction; its id tags the audit entries."""
        batch = ImportBatch(
            kind=kind,
            file_name=file_name[:300],
            officer=self.ctx.officer,
            updated_by=self.ctx.officer,
        )
        session.add(batch)
        session.flush()
        return batch.id

    @staticmethod
    def finish(session: Session, batch_id: int, created: int, updated: int, skipped: int) -> None:
        session.execute(
            update(ImportBatch)
            .where(ImportBatch.id == batch_id)
            .values(created=created, updated=updated, skipped=skipped)
        )

    def batches(self) -> list[BatchInfo]:
        """Every import, newest first."""
        with self.ctx.db.reading() as s:
            batches = s.scalars(select(ImportBatch).order_by(ImportBatch.id.desc()))
            return [_info(b) for b in batches]

    def get(self, batch_id: int) -> BatchInfo:
        with self.ctx.db.reading() as s:
            batch = s.get(ImportBatch, batch_id)
            if batch is None:
                raise NotFound("import_batch", batch_id)
            return _info(batch)

    def undo(self, batch_id: int) -> UndoResult:
        """Take the whole batch back (see the module docstring), or change nothing."""
        try:
            with self.ctx.db.transaction() as s:
                return self._undo(s, batch_id)
        except IntegrityError as exc:
            raise LiaisonError(
                "imports.undo_conflict", batch=batch_id, detail=str(exc.orig).splitlines()[0]
            ) from exc

    def _undo(self, session: Session, batch_id: int) -> UndoResult:
        batch = session.get(ImportBatch, batch_id)
        if batch is None:
            raise NotFound("import_batch", batch_id)
        if batch.undone_at is not None:
            raise LiaisonError(
                "imports.already_undone", batch=batch_id, when=batch.undone_at.date().isoformat()
            )
        entries = list(
            session.scalars(
                select(AuditEntry)
                .where(AuditEntry.batch_id == batch_id, AuditEntry.undone.is_(False))
                .order_by(AuditEntry.id.desc())
            )
        )
        created: dict[str, list[int]] = defaultdict(list)  # newest entity first
        old_values: dict[tuple[str, int], dict[str, Any]] = {}
        for entry in entries:
            if entry.action == "create":
                created[entry.entity].append(entry.entity_id)
            else:
                # Newest first: an older entry's old value overwrites a newer one's.
                old_values.setdefault((entry.entity, entry.entity_id), {}).update(
                    {name: pair[0] for name, pair in entry.changes.items()}
                )
        writer = BatchWriter(self.ctx, session, None)
        restored = self._restore_values(writer, old_values, created)
        deleted = trashed = 0
        for entity, ids in created.items():
            gone, binned = self._remove(writer, entity, ids)
            deleted += gone
            trashed += binned
        writer.flush_audit()
        for part in chunks([e.id for e in entries]):
            session.execute(update(AuditEntry).where(AuditEntry.id.in_(part)).values(undone=True))
        batch.undone_at = utcnow()
        return UndoResult(batch_id, deleted, trashed, restored)

    def _restore_values(
        self,
        writer: BatchWriter,
        old_values: dict[tuple[str, int], dict[str, Any]],
        created: dict[str, list[int]],
    ) -> int:
        by_entity: dict[str, dict[int, dict[str, Any]]] = defaultdict(dict)
        for (entity, record_id), values in old_values.items():
            if record_id not in created.get(entity, ()):
                by_entity[entity][record_id] = values
        restored = 0
        for entity, records in by_entity.items():
            service = SERVICE_OF_ENTITY[entity](self.ctx)
            fields = {f.name: f for f in service.fields}
            current = writer.load(service, records)
            # Grouped by the fields they change back, so that each group is one statement.
            groups: dict[frozenset[str], list[tuple[int, Draft, dict[str, Any]]]] = {}
            for record_id, values in records.items():
                if record_id not in current:
                    continue
                stored = {
                    name: from_json(fields[name], value) if name in fields else value
                    for name, value in values.items()
                }
                # The state given back was valid when the batch found it: no rules again.
                draft, diff = writer.changed_draft(
                    service, current[record_id], stored, checked=False
                )
                groups.setdefault(frozenset(stored), []).append((record_id, draft, diff))
            for changes in groups.values():
                writer.update(service, changes, action="undo")
                restored += sum(1 for change in changes if change[2])
        return restored

    def _remove(self, writer: BatchWriter, entity: str, ids: list[int]) -> tuple[int, int]:
        """Delete created records nothing refers to; move the others to the trash."""
        service = SERVICE_OF_ENTITY[entity](self.ctx)
        session = writer.session
        table = table_of(service)
        rows = {
            row.id: row
            for part in chunks(sorted(set(ids)))
            for row in session.execute(
                select(table.c.id, table.c.uuid, table.c.deleted_at).where(table.c.id.in_(part))
            )
        }
        referenced: set[int] = set()
        for column in _references_to(table):
            for part in chunks(sorted(rows)):
                found = session.scalars(select(column).where(column.in_(part)).distinct())
                referenced.update(found)
        stamp = utcnow()
        gone = sorted(set(rows) - referenced)
        for part in chunks(gone):
            session.execute(delete(table).where(table.c.id.in_(part)))
        for record_id in gone:
            writer.note(
                "undo", entity, record_id, rows[record_id].uuid, {"id": [record_id, None]}, stamp
            )
        binned = 0
        for record_id in sorted(referenced & set(rows)):
            if rows[record_id].deleted_at is None:
                service.delete(record_id, session=session, action="undo")
                binned += 1
        return len(gone), binned


def _references_to(target: Table) -> list[Any]:
    """Every column, in any table, with a foreign key to ``target``."""
    return [
        fk.parent
        for table in Base.metadata.sorted_tables
        for fk in table.foreign_keys
        if fk.column.table is target
    ]
