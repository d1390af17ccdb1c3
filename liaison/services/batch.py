"""Writing many records at once (one imported file): the services' rules, applied set-wise.

A batch shares everything a single write does — the fields' coercion (the caller cleans values
with :meth:`EntityService.clean`), the service's defaults, derivation and :meth:`check` rules,
its exclusive flags — but finds existing records sharing an identity with one query per
identity for the whole batch, inserts with one ``executemany``, and writes the audit trail in
bulk, every entry tagged with the batch's id so that the whole batch can be undone.

Everything runs in the caller's session and transaction; nothing here commits.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeVar, cast

from sqlalchemy import Table, bindparam, insert, select, update
from sqlalchemy.orm import Session

from liaison.errors import ValidationError, ValidationErrors
from liaison.model import AuditEntry, Record, utcnow
from liaison.model.base import new_uuid
from liaison.services.base import Context, EntityService, Identity
from liaison.services.fields import to_json

#: Ids per ``IN (…)`` list: far below the parameter limits of SQLite and PostgreSQL.
CHUNK = 1000

# Columns every record has, which batches set themselves.
_RECORD_COLUMNS = frozenset({"id", "uuid", "created_at", "updated_at", "updated_by", "deleted_at"})

T = TypeVar("T")


def chunks(items: Sequence[T], size: int = CHUNK) -> Iterator[Sequence[T]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


class Draft:
    """A record's values as attributes, standing in for the ORM object in ``derive`` and
    ``check``: those hooks only read and set attributes, and a plain object costs a fraction
    of a mapped instance, which matters at ten thousand rows."""

    def __init__(self, values: Mapping[str, Any]) -> None:
        self.__dict__.update(values)

    def __getattr__(self, name: str) -> Any:
        # Only reached for attributes never set; declared so that type checkers accept any.
        raise AttributeError(name)


@dataclass(frozen=True)
class Existing:
    """A live record found by one of its identities."""

    id: int
    values: Mapping[str, Any]  # every column of the row


@dataclass(frozen=True)
class Clash:
    """A new record shares the identity reported on ``field`` with an existing one."""

    field: str
    existing: Existing


def table_of(service: EntityService[Any] | type[EntityService[Any]]) -> Table:
    return cast(Table, service.model.__table__)  # type: ignore[attr-defined]


_DERIVED: dict[type[Record], tuple[str, ...]] = {}


def derived_columns(service: EntityService[Any]) -> tuple[str, ...]:
    """Columns that are neither fields nor bookkeeping: what ``derive`` computes."""
    found = _DERIVED.get(service.model)
    if found is None:
        fields = {f.name for f in service.fields}
        found = tuple(
            c.name
            for c in table_of(service).columns
            if c.name not in fields and c.name not in _RECORD_COLUMNS
        )
        _DERIVED[service.model] = found
    return found


def _scalar_defaults(table: Table) -> dict[str, Any]:
    return {
        c.name: c.default.arg  # type: ignore[attr-defined]
        for c in table.columns
        if c.default is not None and c.default.is_scalar
    }


def errors_of(exc: ValidationError | ValidationErrors) -> list[ValidationError]:
    return list(exc.errors) if isinstance(exc, ValidationErrors) else [exc]


class BatchWriter:
    """Primitives an import is made of, each for many rows at once, in one session."""

    def __init__(self, ctx: Context, session: Session, batch_id: int | None) -> None:
        self.ctx = ctx
        self.session = session
        self.batch_id = batch_id
        self._audit: list[dict[str, Any]] = []

    # --- finding -------------------------------------------------------------------------

    def existing(
        self, service: EntityService[Any], rows: Sequence[Mapping[str, Any]]
    ) -> list[list[Clash]]:
        """For each row (field values in stored form), the live records it shares an
        identity with, one query per identity (and per thousand values) for all rows."""
        found: list[list[Clash]] = [[] for _ in rows]
        for identity in service.identities:
            keys = [identity.key(row) for row in rows]
            if not any(key is not None for key in keys):
                continue
            by_key = self._existing_by_key(service, identity, rows, keys)
            for index, key in enumerate(keys):
                if key is not None and key in by_key:
                    found[index].append(Clash(identity.field, by_key[key]))
        return found

    def _existing_by_key(
        self,
        service: EntityService[Any],
        identity: Identity,
        rows: Sequence[Mapping[str, Any]],
        keys: Sequence[Hashable | None],
    ) -> dict[Hashable, Existing]:
        table = table_of(service)
        base = select(table).where(table.c.deleted_at.is_(None)).order_by(table.c.id)
        statements = []
        if identity.narrow is None:
            statements.append(base)
        else:
            probes = sorted(
                {
                    identity.probe_value(row)
                    for row, key in zip(rows, keys, strict=True)
                    if key is not None
                },
                key=repr,
            )
            column = table.c[identity.narrow]
            statements.extend(base.where(column.in_(part)) for part in chunks(probes))
        by_key: dict[Hashable, Existing] = {}
        for statement in statements:
            for row in self.session.execute(statement).mappings():
                key = identity.key(dict(row))
                if key is not None:
                    # The oldest record wins when older data already holds the same key twice.
                    by_key.setdefault(key, Existing(row["id"], dict(row)))
        return by_key

    def load(self, service: EntityService[Any], ids: Iterable[int]) -> dict[int, dict[str, Any]]:
        """Every column of the given records (live or not), by id."""
        table = table_of(service)
        wanted = sorted(set(ids))
        found: dict[int, dict[str, Any]] = {}
        for part in chunks(wanted):
            for row in self.session.execute(select(table).where(table.c.id.in_(part))).mappings():
                found[row["id"]] = dict(row)
        return found

    # --- rules -----------------------------------------------------------------------------

    def new_draft(self, service: EntityService[Any], cleaned: Mapping[str, Any]) -> Draft:
        """A new record from cleaned values (every field present): the service's defaults
        filled in and its :meth:`check` rules applied; raises their ValidationError(s)."""
        values = dict(cleaned)
        for name, value in service.defaults({}).items():
            if values.get(name) is None:
                values[name] = service.field(name).coerce(value)
        draft = Draft({"id": None, **values})
        service.check(draft, None)
        return draft

    def changed_draft(
        self,
        service: EntityService[Any],
        current: Mapping[str, Any],
        changes: Mapping[str, Any],
        *,
        checked: bool = True,
    ) -> tuple[Draft, dict[str, tuple[Any, Any]]]:
        """The record ``current`` with ``changes`` applied and (unless ``checked`` is False)
        checked, and what really changes (``{field: (old, new)}``, empty when nothing does)."""
        diff = {k: (current.get(k), v) for k, v in changes.items() if current.get(k) != v}
        draft = Draft({**current, **changes})
        if diff and checked:
            service.check(draft, {k: old for k, (old, _new) in diff.items()})
        return draft, diff

    def cross_check(
        self, service: EntityService[Any], ids: Sequence[int]
    ) -> dict[int, ValidationError | ValidationErrors]:
        """Run ``validate`` on written records whose service has cross-record rules beyond
        its identities; returns the failures by id. Written first, the rows of the batch see
        each other (two placements of one student in the same file overlap)."""
        if not service.cross_checks:
            return {}
        failures: dict[int, ValidationError | ValidationErrors] = {}
        model = service.model
        for part in chunks(list(ids)):
            # Rows were written past the ORM: load them afresh, never from the identity map.
            statement = select(model).where(model.id.in_(part))
            fresh = statement.execution_options(populate_existing=True)
            objs = {o.id: o for o in self.session.scalars(fresh)}
            for record_id in part:
                try:
                    # Status moves were checked before writing (check); these rules need none.
                    service.validate(self.session, objs[record_id], None)
                except (ValidationError, ValidationErrors) as exc:
                    failures[record_id] = exc
        return failures

    # --- writing ---------------------------------------------------------------------------

    def insert(self, service: EntityService[Any], drafts: Sequence[Draft]) -> list[int]:
        """Insert new records (from :meth:`new_draft`) in their order; their ids."""
        if not drafts:
            return []
        table = table_of(service)
        field_names = [f.name for f in service.fields]
        defaults = _scalar_defaults(table)
        self._settle_flags_among(service, drafts)
        stamp = utcnow()
        rows: list[dict[str, Any]] = []
        for draft in drafts:
            service.derive(self.session, draft)
            row = {name: getattr(draft, name) for name in field_names}
            # As the ORM does: a column left None gets its default (a flag False …).
            for name, value in defaults.items():
                if row.get(name, value) is None:
                    row[name] = value
            for name in derived_columns(service):
                if name in draft.__dict__:
                    row[name] = draft.__dict__[name]
            row["created_at"] = stamp
            row["updated_at"] = stamp
            row["updated_by"] = self.ctx.officer
            row["uuid"] = new_uuid()
            rows.append(row)
        # A plain executemany, then the ids by the (unique) uuids the rows were given: SQLite
        # can only return ids in parameter order by inserting row by row, ten times slower.
        self.session.execute(insert(table), rows)
        id_of: dict[str, int] = {}
        uuids = [row["uuid"] for row in rows]
        for part in chunks(uuids):
            id_of.update(
                (u, i)
                for i, u in self.session.execute(
                    select(table.c.id, table.c.uuid).where(table.c.uuid.in_(part))
                )
            )
        written = [(id_of[u], u) for u in uuids]
        entity = table.name
        for (record_id, record_uuid), row in zip(written, rows, strict=True):
            changes = {k: [None, to_json(row[k])] for k in field_names if row[k] is not None}
            self.note("create", entity, record_id, record_uuid, changes, stamp)
        ids = [record_id for record_id, _uuid in written]
        flagged = [(i, d) for i, d in zip(ids, drafts, strict=True) if self._flagged(service, d)]
        self._demote_others(service, flagged, stamp)
        self.flush_audit()
        return ids

    def update(
        self,
        service: EntityService[Any],
        changes: Sequence[tuple[int, Draft, Mapping[str, tuple[Any, Any]]]],
        *,
        action: str = "update",
    ) -> None:
        """Write changed records: ``(id, draft from changed_draft, diff)`` each. Every row of
        one call changes the same set of columns (an import's columns), so one statement
        serves them all; only what really changed is audited."""
        changes = [c for c in changes if c[2]]
        if not changes:
            return
        table = table_of(service)
        stamp = utcnow()
        columns = sorted({name for _id, _draft, diff in changes for name in diff})
        columns += [c for c in derived_columns(service) if c not in columns]
        rows: list[dict[str, Any]] = []
        for record_id, draft, _diff in changes:
            service.derive(self.session, draft)
            row = {f"v_{c}": draft.__dict__.get(c) for c in columns}
            row.update(v_id=record_id, v_updated_at=stamp, v_updated_by=self.ctx.officer)
            rows.append(row)
        values: dict[str, Any] = {
            c: bindparam(f"v_{c}") for c in [*columns, "updated_at", "updated_by"]
        }
        statement = update(table).where(table.c.id == bindparam("v_id")).values(values)
        self.session.execute(statement, rows)
        entity = table.name
        for record_id, draft, diff in changes:
            audit = {k: [to_json(old), to_json(new)] for k, (old, new) in diff.items()}
            self.note(action, entity, record_id, draft.uuid, audit, stamp)
        flagged = [
            (record_id, draft)
            for record_id, draft, diff in changes
            if service.exclusive is not None
            and service.exclusive[0] in diff
            and self._flagged(service, draft)
        ]
        self._demote_others(service, flagged, stamp)
        self.flush_audit()

    def flush_audit(self) -> None:
        if self._audit:
            self.session.execute(insert(AuditEntry.__table__), self._audit)  # type: ignore[arg-type]
            self._audit = []

    def note(
        self,
        action: str,
        entity: str,
        record_id: int,
        record_uuid: str,
        changes: dict[str, Any],
        stamp: datetime,
    ) -> None:
        """Queue one audit entry (JSON-safe changes); written by :meth:`flush_audit`."""
        self._audit.append(
            {
                "at": stamp,
                "officer": self.ctx.officer,
                "action": action,
                "entity": entity,
                "entity_id": record_id,
                "entity_uuid": record_uuid,
                "changes": changes,
                "batch_id": self.batch_id,
                "summary": None,
                "undone": False,
            }
        )

    # --- exclusive flags -------------------------------------------------------------------

    @staticmethod
    def _flagged(service: EntityService[Any], draft: Draft) -> bool:
        return service.exclusive is not None and bool(getattr(draft, service.exclusive[0]))

    def _settle_flags_among(self, service: EntityService[Any], drafts: Sequence[Draft]) -> None:
        """Within the batch, the last flagged record of a group keeps the flag, as if the
        records had been written one after another."""
        if service.exclusive is None:
            return
        flag, group = service.exclusive
        last: dict[Any, Draft] = {}
        for draft in drafts:
            if getattr(draft, flag):
                last[getattr(draft, group)] = draft
        for draft in drafts:
            if getattr(draft, flag) and last[getattr(draft, group)] is not draft:
                setattr(draft, flag, False)

    def _demote_others(
        self, service: EntityService[Any], flagged: Sequence[tuple[int, Draft]], stamp: datetime
    ) -> None:
        """Take the flag from older records of the groups that got a new flagged record,
        audited in the batch so that undoing it gives the flag back."""
        if service.exclusive is None or not flagged:
            return
        flag, group = service.exclusive
        table = table_of(service)
        keep = {record_id for record_id, _draft in flagged}
        groups = sorted({getattr(draft, group) for _id, draft in flagged})
        demoted: list[tuple[int, str]] = []
        for part in chunks(groups):
            demoted.extend(
                (row.id, row.uuid)
                for row in self.session.execute(
                    select(table.c.id, table.c.uuid).where(
                        table.c[group].in_(part), table.c[flag].is_(True)
                    )
                )
                if row.id not in keep
            )
        for part in chunks(demoted):
            ids = [record_id for record_id, _uuid in part]
            self.session.execute(
                update(table)
                .where(table.c.id.in_(ids))
                .values({flag: False, "updated_at": stamp, "updated_by": self.ctx.officer})
            )
        for record_id, record_uuid in demoted:
            self.note("update", table.name, record_id, record_uuid, {flag: [True, False]}, stamp)
