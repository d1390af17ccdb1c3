"""Step 4 of an import: the rows written in bulk, then what can only be settled after.

Creates go in with one ``executemany`` per sheet and updates with one statement per set of
changed fields (:class:`~liaison.services.batch.BatchWriter`). Then references to rows of the
same sheet (an agreement renewing one further down) point at the records those rows became,
a project's listed partners are added (the first listed is the lead), and the rules that look
across records (placements that overlap …) run on what was written. Their failures are
returned by row: the caller decides whether the attempt stands.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from liaison.excel.importing.attempt import Attempt, RowState
from liaison.excel.importing.parse import ParsedSheet
from liaison.excel.importing.report import Fate, RowError
from liaison.i18n import Catalog, LiaisonError
from liaison.model import ProjectPartner
from liaison.services.base import EntityService
from liaison.services.batch import Draft, chunks, errors_of

_ = Catalog(
    {
        "import.ref.row_failed": (
            "refers to row {row}, which is not imported",
            "引用的第 {row} 行未能导入",
        ),
    }
)


def write_rows(
    attempt: Attempt, sheet: ParsedSheet, rows: list[RowState]
) -> dict[int, list[RowError]]:
    """Write the rows' fates; the errors of rules that ran after writing, by row."""
    spec = sheet.layout.spec
    service = attempt.services.service(spec.entity)
    writer = attempt.writer
    created = [r for r in rows if r.fate is Fate.CREATE]
    ids = writer.insert(service, [r.draft for r in created if r.draft is not None])
    for row, record_id in zip(created, ids, strict=True):
        row.record_id = record_id
    updated = [r for r in rows if r.fate is Fate.UPDATE]
    writer.update(
        service,
        [(r.existing.id, r.draft, r.diff) for r in updated if r.existing and r.draft],
    )
    late: dict[int, list[RowError]] = {}
    _settle_deferred(attempt, sheet, service, rows, late)
    if spec.kind == "projects":
        _write_partners(attempt, rows)
    written = [r for r in rows if r.fate in (Fate.CREATE, Fate.UPDATE) and r.record_id]
    by_id = {r.record_id: r for r in written}
    failures = writer.cross_check(service, [r.record_id for r in written if r.record_id])
    for record_id, exc in failures.items():
        row = by_id[record_id]
        late.setdefault(row.parsed.row, []).extend(
            sheet.error(row.parsed.row, e.field, e) for e in errors_of(exc)
        )
    return late


def _settle_deferred(
    attempt: Attempt,
    sheet: ParsedSheet,
    service: EntityService[Any],
    rows: list[RowState],
    late: dict[int, list[RowError]],
) -> None:
    """Point references to rows of the same sheet (a renewal) at what they became."""
    changes: list[tuple[int, Draft, dict[str, tuple[Any, Any]]]] = []
    pending = [r for r in rows if r.deferred and r.record_id is not None]
    if not pending:
        return
    current = attempt.writer.load(service, [r.record_id for r in pending if r.record_id])
    for row in pending:
        assert row.record_id is not None
        update: dict[str, Any] = {}
        for name, index in row.deferred.items():
            target = rows[index]
            target_id = target.record_id or (
                target.duplicate.record_id if target.duplicate else None
            )
            if target_id is None or target.fate is Fate.ERROR:
                late.setdefault(row.parsed.row, []).append(
                    sheet.error(
                        row.parsed.row,
                        name,
                        LiaisonError("import.ref.row_failed", row=target.parsed.row),
                    )
                )
            else:
                update[name] = target_id
        if update:
            draft, diff = attempt.writer.changed_draft(
                service, current[row.record_id], update, checked=False
            )
            changes.append((row.record_id, draft, diff))
    # One statement per set of fields changed.
    for names in {frozenset(c[2]) for c in changes}:
        attempt.writer.update(service, [c for c in changes if frozenset(c[2]) == names])


def _write_partners(attempt: Attempt, rows: list[RowState]) -> None:
    """Add each project's listed partners it lacks; the first listed becomes the lead."""
    wanted = [
        r
        for r in rows
        if r.partners and r.record_id and r.fate in (Fate.CREATE, Fate.UPDATE, Fate.UNCHANGED)
    ]
    if not wanted:
        return
    service = attempt.services.partners
    project_ids = [r.record_id for r in wanted]
    existing: dict[tuple[int, int], Any] = {}
    for part in chunks(project_ids):
        for partner in attempt.session.execute(
            select(ProjectPartner.__table__).where(
                ProjectPartner.project_id.in_(part), ProjectPartner.deleted_at.is_(None)
            )
        ).mappings():
            existing[(partner["project_id"], partner["enterprise_id"])] = dict(partner)
    new: list[Draft] = []
    leads: list[tuple[int, Draft, dict[str, tuple[Any, Any]]]] = []
    for row in wanted:
        assert row.record_id is not None
        for position, firm in enumerate(row.partners):
            lead = position == 0
            found = existing.get((row.record_id, firm))
            if found is None:
                values = {"project_id": row.record_id, "enterprise_id": firm, "is_lead": lead}
                new.append(attempt.writer.new_draft(service, service.clean(values, partial=False)))
            elif lead and not found["is_lead"]:
                draft, diff = attempt.writer.changed_draft(service, found, {"is_lead": True})
                leads.append((found["id"], draft, diff))
            else:
                continue
            if row.fate is Fate.UNCHANGED:
                row.fate = Fate.UPDATE
    attempt.writer.insert(service, new)
    attempt.writer.update(service, leads)
    attempt.also_created["project_partner"] += len(new)
