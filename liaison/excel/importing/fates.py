"""Steps 2 and 3 of an import: duplicates found, and each row's fate decided.

A row is a duplicate when it shares an identity (credit code, normalised name, number …) with
an earlier row of the sheet, or with a live record (one query per identity for the whole
sheet). The duplicate policy then makes it a skip, an error or an update; every other row is
a create. The row's values go through the services' own coercion, defaults and rules
(:class:`~liaison.services.batch.BatchWriter`), so a row that would fail to save is an error
here, before anything is written; an update that changes nothing is "unchanged". Majors the
rows name but Liaison lacks are created for the rows that go ahead.
"""

from __future__ import annotations

from typing import Any

from liaison.errors import ValidationError, ValidationErrors
from liaison.excel.importing.attempt import Attempt, RowState
from liaison.excel.importing.parse import ParsedSheet
from liaison.excel.importing.report import Duplicate, DuplicatePolicy, Fate, RowError
from liaison.i18n import Catalog, LiaisonError
from liaison.rules.names import name_key
from liaison.services.base import EntityService
from liaison.services.batch import errors_of
from liaison.services.trash import label_of

_ = Catalog(
    {
        "import.dup.file": ("the same as row {row} of this sheet", "与本表第 {row} 行重复"),
        "import.dup.db": (
            "already in Liaison as “{label}” (#{id})",
            "Liaison 中已有“{label}”（#{id}）",
        ),
        "import.dup.two": (
            "matches two records in Liaison: “{first}” (#{first_id}) and “{second}” (#{second_id})",
            "与 Liaison 中的两条记录都相符：“{first}”（#{first_id}）和“{second}”（#{second_id}）",
        ),
    }
)


def decide_fates(attempt: Attempt, sheet: ParsedSheet, rows: list[RowState]) -> None:
    """Give each row its fate and, for the rows that go ahead, the draft to write."""
    spec = sheet.layout.spec
    service = attempt.services.service(spec.entity)
    policy = attempt.options.on_duplicate
    for row in rows:
        if row.parsed.example:
            row.fate = Fate.SKIP
    live = [r for r in rows if not r.parsed.example]
    _find_duplicates(attempt, sheet, service, live)
    candidates: list[RowState] = []
    for row in live:
        if row.errors:
            row.fate = Fate.ERROR
            continue
        if row.duplicate is not None and row.duplicate.row is not None:
            if policy is DuplicatePolicy.SKIP:
                row.fate = Fate.SKIP
            else:
                _duplicate_error(sheet, row, "import.dup.file", row=row.duplicate.row)
            continue
        if row.duplicate is not None:
            if policy is DuplicatePolicy.SKIP:
                row.fate = Fate.SKIP
                continue
            if policy is DuplicatePolicy.ERROR:
                _duplicate_error(
                    sheet,
                    row,
                    "import.dup.db",
                    label=row.duplicate.label,
                    id=row.duplicate.record_id,
                )
                continue
            row.fate = Fate.UPDATE
        candidates.append(row)
    _create_majors(attempt, candidates)
    for row in candidates:
        if row.fate is Fate.UPDATE:
            _prepare_update(attempt, sheet, service, row)
        else:
            _prepare_create(attempt, sheet, service, row)


def _find_duplicates(
    attempt: Attempt, sheet: ParsedSheet, service: EntityService[Any], rows: list[RowState]
) -> None:
    seen: dict[tuple[str, Any], int] = {}
    for row in rows:
        for identity in service.identities:
            key = identity.key(row.values)
            if key is None:
                continue
            earlier = seen.setdefault((identity.field, key), row.parsed.row)
            if earlier != row.parsed.row and row.duplicate is None:
                row.duplicate = Duplicate(identity.field, row=earlier)
    clashes = attempt.writer.existing(service, [r.values for r in rows])
    for row, found in zip(rows, clashes, strict=True):
        if not found or row.duplicate is not None:
            continue
        records = {c.existing.id: c for c in found}
        if len(records) > 1:
            first, second = list(records.values())[:2]
            row.errors.append(
                sheet.error(
                    row.parsed.row,
                    second.field,
                    LiaisonError(
                        "import.dup.two",
                        first=label_of(dict(first.existing.values)),
                        first_id=first.existing.id,
                        second=label_of(dict(second.existing.values)),
                        second_id=second.existing.id,
                    ),
                )
            )
            continue
        clash = found[0]
        row.existing = clash.existing
        row.duplicate = Duplicate(
            clash.field,
            record_id=clash.existing.id,
            label=label_of(dict(clash.existing.values)),
        )


def _duplicate_error(sheet: ParsedSheet, target: RowState, message: str, **params: Any) -> None:
    assert target.duplicate is not None
    target.fate = Fate.ERROR
    target.errors.append(
        sheet.error(target.parsed.row, target.duplicate.field, LiaisonError(message, **params))
    )


def _create_majors(attempt: Attempt, rows: list[RowState]) -> None:
    names: dict[str, str] = {}
    for row in rows:
        for name in row.majors.values():
            names.setdefault(name_key(name), name)
    if not names:
        return
    service = attempt.services.majors
    drafts = [
        attempt.writer.new_draft(service, service.clean({"name": n}, partial=False))
        for n in names.values()
    ]
    ids = dict(zip(names, attempt.writer.insert(service, drafts), strict=True))
    attempt.also_created["major"] += len(ids)
    for row in rows:
        for field_name, name in row.majors.items():
            row.values[field_name] = ids[name_key(name)]


def _prepare_create(
    attempt: Attempt, sheet: ParsedSheet, service: EntityService[Any], row: RowState
) -> None:
    cleaned: dict[str, Any] = {}
    errors: list[RowError] = []
    for spec in service.fields:
        if spec.name in row.values:
            cleaned[spec.name] = row.values[spec.name]
        elif spec.name in row.deferred:
            cleaned[spec.name] = None
        else:
            try:
                cleaned[spec.name] = spec.coerce(None)
            except ValidationError as error:
                errors.append(sheet.error(row.parsed.row, spec.name, error))
    if not errors:
        try:
            row.draft = attempt.writer.new_draft(service, cleaned)
        except (ValidationError, ValidationErrors) as exc:
            errors.extend(sheet.error(row.parsed.row, e.field, e) for e in errors_of(exc))
    if errors:
        row.fate = Fate.ERROR
        row.errors.extend(errors)
    else:
        row.fate = Fate.CREATE


def _prepare_update(
    attempt: Attempt, sheet: ParsedSheet, service: EntityService[Any], row: RowState
) -> None:
    assert row.existing is not None
    fields = {f.name for f in service.fields}
    changes = {k: v for k, v in row.values.items() if k in fields}
    try:
        row.draft, row.diff = attempt.writer.changed_draft(service, row.existing.values, changes)
    except (ValidationError, ValidationErrors) as exc:
        row.fate = Fate.ERROR
        row.errors.extend(sheet.error(row.parsed.row, e.field, e) for e in errors_of(exc))
        return
    row.record_id = row.existing.id
    row.fate = Fate.UPDATE if row.diff or row.deferred else Fate.UNCHANGED
