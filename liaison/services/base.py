"""The shape every service shares: validate, write, audit, soft-delete, restore.

A service method is one user action and owns its transaction, unless the caller hands in a
session (an import writes a whole file in one transaction).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import Any, ClassVar, Generic, TypeVar, cast

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from liaison.db import Database
from liaison.errors import NotFound, ValidationError, ValidationErrors
from liaison.i18n import Catalog
from liaison.model import AuditEntry, Record, utcnow
from liaison.rules.names import name_key
from liaison.services.fields import Field, to_json

M = TypeVar("M", bound=Record)

_ = Catalog(
    {
        "service.unknown_field": ("is not a field of this record", "不是该记录的字段"),
        "service.deleted": (
            "is in the trash; restore it first",
            "已在回收站中，请先恢复",
        ),
        "service.ref_missing": (
            "refers to a record that does not exist or is in the trash",
            "引用的记录不存在或已在回收站中",
        ),
    }
)


@dataclass
class Context:
    """What every service needs: the database and who is acting."""

    db: Database
    officer: str


@contextmanager
def unit_of_work(ctx: Context, session: Session | None) -> Iterator[Session]:
    if session is not None:
        yield session
        return
    with ctx.db.transaction() as own:
        yield own


def record_audit(
    session: Session,
    ctx: Context,
    action: str,
    obj: Record,
    changes: Mapping[str, Sequence[Any]],
    *,
    batch_id: int | None = None,
    summary: str | None = None,
) -> None:
    session.add(
        AuditEntry(
            officer=ctx.officer,
            action=action,
            entity=type(obj).__tablename__,  # type: ignore[attr-defined]
            entity_id=obj.id,
            entity_uuid=obj.uuid,
            changes={k: [to_json(v[0]), to_json(v[1])] for k, v in changes.items()},
            batch_id=batch_id,
            summary=summary,
        )
    )


@dataclass(frozen=True)
class Identity:
    """What makes two records one and the same: a firm's credit code, a student's number.

    ``key`` computes the identity from field values in stored form (a new record's values or an
    existing row's columns alike), None when the values lack it. Existing records are looked up
    set-wise: ``narrow`` names a column and ``probe`` gives a new record's value for it (by
    default its value of that field), so one ``narrow IN (…)`` query serves a whole batch;
    without ``narrow`` every live record is compared. Imports report records sharing an
    identity as duplicates.
    """

    field: str  # the field a clash is reported on
    key: Callable[[Mapping[str, Any]], Hashable | None]
    narrow: str | None = None
    probe: Callable[[Mapping[str, Any]], Any] | None = None

    def probe_value(self, values: Mapping[str, Any]) -> Any:
        if self.probe is not None:
            return self.probe(values)
        return values.get(self.narrow) if self.narrow else None


def same(field: str, *attrs: str, folded: tuple[str, ...] = ()) -> Identity:
    """An identity made of ``attrs`` (those in ``folded`` compared by normalised name),
    narrowed by the first attribute that is not folded."""

    def key(values: Mapping[str, Any]) -> Hashable | None:
        parts: list[Any] = []
        for attr in attrs:
            value = values.get(attr)
            if value is None or value == "":
                return None
            parts.append(name_key(value) if attr in folded else value)
        return tuple(parts)

    plain = [a for a in attrs if a not in folded]
    return Identity(field, key, plain[0] if plain else None)


class EntityService(Generic[M]):
    """Create, update, delete to trash and restore one kind of record."""

    model: ClassVar[type[Record]]
    fields: ClassVar[tuple[Field, ...]]
    # Rows that go to the trash with this one: (model, foreign-key attribute).
    children: ClassVar[tuple[tuple[type[Record], str], ...]] = ()
    # What makes two records the same one (see Identity); validate() enforces those that must
    # be unique, imports use all of them to find duplicates set-wise.
    identities: ClassVar[tuple[Identity, ...]] = ()
    # (flag, group): at most one record per group carries the flag, the newest flagged wins
    # (one primary contact per firm, one lead partner per project).
    exclusive: ClassVar[tuple[str, str] | None] = None
    # Whether validate() checks more than the identities (references that must agree, periods
    # that must not overlap): batch writes then run it row by row after writing.
    cross_checks: ClassVar[bool] = False

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self._by_name = {f.name: f for f in self.fields}

    @property
    def entity(self) -> str:
        return str(self.model.__tablename__)  # type: ignore[attr-defined]

    def field(self, name: str) -> Field:
        return self._by_name[name]

    # --- reading -------------------------------------------------------------------------

    def get(self, record_id: int, *, include_deleted: bool = False) -> M:
        with self.ctx.db.reading() as session:
            return self._load(session, record_id, include_deleted=include_deleted)

    def _load(self, session: Session, record_id: int, *, include_deleted: bool = False) -> M:
        obj = session.get(self.model, record_id)
        if obj is None or (obj.deleted_at is not None and not include_deleted):
            raise NotFound(self.entity, record_id)
        return obj  # type: ignore[return-value]

    # --- writing -------------------------------------------------------------------------

    def clean(self, values: Mapping[str, Any], *, partial: bool) -> dict[str, Any]:
        """Coerce every given value; collect every field at fault, not only the first."""
        cleaned: dict[str, Any] = {}
        errors: list[ValidationError] = []
        for name, raw in values.items():
            spec = self._by_name.get(name)
            if spec is None:
                errors.append(ValidationError(name, "service.unknown_field"))
                continue
            try:
                cleaned[name] = spec.coerce(raw)
            except ValidationError as exc:
                errors.append(exc)
        if not partial:
            for spec in self.fields:
                if spec.name not in values:
                    try:
                        cleaned[spec.name] = spec.coerce(None)
                    except ValidationError as exc:
                        errors.append(exc)
        if errors:
            raise ValidationErrors(errors)
        return cleaned

    def create(
        self,
        values: Mapping[str, Any],
        *,
        session: Session | None = None,
        batch_id: int | None = None,
    ) -> int:
        cleaned = self.clean(self.defaults(values), partial=False)
        with unit_of_work(self.ctx, session) as s:
            obj = cast(M, self.model())
            for name, value in cleaned.items():
                setattr(obj, name, value)
            self._check_refs(s, cleaned)
            self.check(obj, None)
            self.validate(s, obj, None)
            self.derive(s, obj)
            obj.updated_by = self.ctx.officer
            s.add(obj)
            s.flush()
            changes = {k: (None, v) for k, v in cleaned.items() if v is not None}
            record_audit(s, self.ctx, "create", obj, changes, batch_id=batch_id)
            self.after_write(s, obj)
            return obj.id

    def update(
        self,
        record_id: int,
        changes: Mapping[str, Any],
        *,
        session: Session | None = None,
        batch_id: int | None = None,
        action: str = "update",
        stored: bool = False,
    ) -> dict[str, tuple[Any, Any]]:
        """Apply changes; returns ``{field: (old, new)}`` of what really changed.

        ``stored=True`` takes values already in stored form (fen, dates), as undo does.
        """
        cleaned = dict(changes) if stored else self.clean(changes, partial=True)
        with unit_of_work(self.ctx, session) as s:
            obj = self._load(s, record_id)
            before = {name: getattr(obj, name) for name in cleaned}
            diff = {k: (before[k], v) for k, v in cleaned.items() if before[k] != v}
            if not diff:
                return {}
            for name, (_old, new) in diff.items():
                setattr(obj, name, new)
            self._check_refs(s, {k: v[1] for k, v in diff.items()})
            previous = {k: v[0] for k, v in diff.items()}
            self.check(obj, previous)
            self.validate(s, obj, previous)
            self.derive(s, obj)
            obj.updated_at = utcnow()
            obj.updated_by = self.ctx.officer
            s.flush()
            record_audit(s, self.ctx, action, obj, diff, batch_id=batch_id)
            self.after_write(s, obj)
            return diff

    def delete(
        self, record_id: int, *, session: Session | None = None, action: str = "delete"
    ) -> None:
        """Move to the trash, with the rows that belong to it (same timestamp)."""
        with unit_of_work(self.ctx, session) as s:
            obj = self._load(s, record_id)
            stamp = utcnow()
            obj.deleted_at = stamp
            obj.updated_by = self.ctx.officer
            _cascade(s, type(self), [record_id], None, stamp)
            record_audit(s, self.ctx, action, obj, {"deleted_at": (None, stamp.isoformat())})

    def restore(
        self, record_id: int, *, session: Session | None = None, action: str = "restore"
    ) -> None:
        with unit_of_work(self.ctx, session) as s:
            obj = self._load(s, record_id, include_deleted=True)
            stamp = obj.deleted_at
            if stamp is None:
                return
            self.check_restore(s, obj)
            obj.deleted_at = None
            obj.updated_at = utcnow()
            _cascade(s, type(self), [record_id], stamp, None)
            self.derive(s, obj)
            record_audit(s, self.ctx, action, obj, {"deleted_at": (stamp.isoformat(), None)})

    # --- hooks -----------------------------------------------------------------------------

    def defaults(self, values: Mapping[str, Any]) -> Mapping[str, Any]:
        """``values`` with what a new record gets when they leave it out (a status …)."""
        return values

    def check(self, obj: M, previous: Mapping[str, Any] | None) -> None:
        """Rules about this record alone, without the database: its own fields agree, and on
        update (``previous`` holds the old values) a status may move as it does."""

    def validate(self, session: Session, obj: M, previous: Mapping[str, Any] | None) -> None:
        """Cross-record rules; ``previous`` holds old values on update."""

    def derive(self, session: Session, obj: M) -> None:
        """Compute stored derived values (search text, size class …)."""

    def after_write(self, session: Session, obj: M) -> None:
        """Keep related rows consistent after a write."""
        if self.exclusive is not None and getattr(obj, self.exclusive[0]):
            flag, group = self.exclusive
            model = self.model
            session.execute(
                update(model)
                .where(getattr(model, group) == getattr(obj, group), model.id != obj.id)
                .values({flag: False})
            )

    def check_restore(self, session: Session, obj: M) -> None:
        """Refuse a restore that would break a rule (a credit code now taken by another)."""
        self.check(obj, None)
        self.validate(session, obj, None)

    def _check_refs(self, session: Session, values: Mapping[str, Any]) -> None:
        from liaison.services.registry import MODELS  # late: registry imports every service

        for name, value in values.items():
            spec = self._by_name[name]
            if spec.ref is None or value is None:
                continue
            target = session.get(MODELS[spec.ref], value)
            if target is None or target.deleted_at is not None:
                raise ValidationError(name, "service.ref_missing")


def _cascade(
    session: Session,
    service: type[EntityService[Any]],
    parent_ids: list[int],
    when: datetime | None,
    becomes: datetime | None,
) -> None:
    """Move the rows below the parents between live (None) and trashed (a timestamp).

    Deleting stamps live children with the parent's deletion time; restoring brings back
    only the children stamped with that same time, not those trashed on their own before.
    """
    from liaison.services.registry import SERVICE_OF_MODEL

    for child, fk in service.children:
        state = child.deleted_at.is_(None) if when is None else child.deleted_at == when
        ids = list(
            session.scalars(select(child.id).where(getattr(child, fk).in_(parent_ids), state))
        )
        if not ids:
            continue
        session.execute(update(child).where(child.id.in_(ids)).values(deleted_at=becomes))
        _cascade(session, SERVICE_OF_MODEL[child], ids, when, becomes)


def live(model: type[Record]) -> Any:
    """``WHERE deleted_at IS NULL`` for a model."""
    return model.deleted_at.is_(None)
