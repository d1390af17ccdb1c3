"""The Trash: every trashed record of every kind, newest first."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Final

from sqlalchemy import String, cast, func, literal, select, union_all
from sqlalchemy.orm import Session, aliased

from liaison.model import Record
from liaison.portable import AnySelect, Column
from liaison.services.registry import SERVICES
from liaison.services.trash import LABEL_ATTRIBUTES


@dataclass(frozen=True, slots=True)
class TrashRow:
    entity: str
    id: int
    label: str
    deleted_at: datetime
    deleted_by: str | None


TrashKey = tuple[str, int]


def _trashed(model: type[Record]) -> AnySelect:
    """Rows of ``model`` deleted on their own, not together with a parent (same timestamp)."""
    entity = str(model.__tablename__)  # type: ignore[attr-defined]
    fallback = literal("#", String) + cast(model.id, String)
    # What services.trash.label_of calls a record, in SQL: the first label column not NULL
    # (the services store blank text as NULL, so NULL is what label_of skips).
    labels = [getattr(model, a) for a in LABEL_ATTRIBUTES if hasattr(model, a)]
    stmt = select(
        literal(entity, String).label("entity"),
        model.id.label("id"),
        (func.coalesce(*labels, fallback) if labels else fallback).label("label"),
        model.deleted_at.label("deleted_at"),
        model.updated_by.label("deleted_by"),
    ).where(model.deleted_at.is_not(None))
    for service in SERVICES:
        for child, fk in service.children:
            if child is model:
                parent = aliased(service.model)
                stmt = stmt.where(
                    ~select(parent.id)
                    .where(
                        parent.id == getattr(model, fk),
                        parent.deleted_at == model.deleted_at,
                    )
                    .exists()
                )
    return stmt


_TRASH_ENTITIES: Final = {
    str(s.model.__tablename__): s.model  # type: ignore[attr-defined]
    for s in SERVICES
}


def trash_keys(
    session: Session, *, entity: str | None = None, order_by: str = "deleted_at"
) -> list[TrashKey]:
    """What the trash shows, newest first (``order_by="deleted_at"``) or by ``"label"``."""
    models = [m for name, m in _TRASH_ENTITIES.items() if entity in (None, name)]
    if not models:
        raise ValueError(f"unknown entity {entity!r}")
    every = union_all(*(_trashed(m) for m in models)).subquery()
    keys: dict[str, Column] = {"deleted_at": every.c.deleted_at, "label": every.c.label}
    if order_by not in keys:
        raise ValueError(f"unknown sort key {order_by!r} (known: deleted_at, label)")
    column = keys[order_by]
    order = column.desc() if order_by == "deleted_at" else func.lower(column)
    stmt = select(every.c.entity, every.c.id).order_by(order, every.c.entity, every.c.id)
    return [(name, rid) for name, rid in session.execute(stmt)]


def trash_rows(session: Session, keys: Sequence[TrashKey]) -> list[TrashRow]:
    """Rows for ``keys`` in their order (one UNION query)."""
    wanted: dict[str, list[int]] = {}
    for name, rid in keys:
        wanted.setdefault(name, []).append(rid)
    if not wanted:
        return []
    parts = [
        _trashed(_TRASH_ENTITIES[name]).where(_TRASH_ENTITIES[name].id.in_(ids))
        for name, ids in wanted.items()
    ]
    stmt = union_all(*parts) if len(parts) > 1 else parts[0]
    found = {
        (name, rid): TrashRow(name, rid, label, at, by)
        for name, rid, label, at, by in session.execute(stmt)
    }
    return [found[k] for k in keys if k in found]
