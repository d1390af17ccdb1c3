"""Importing parsed sheets as one batch: references, duplicates, each row's fate, and the
writes — all in one transaction, so a preview is the import itself rolled back and shows
exactly what an import would do.

For each sheet (a workbook's sheets in the order of :data:`~liaison.excel.columns.SHEETS`,
parents first, so later sheets find the records earlier ones create):

1. references are resolved set-wise (:mod:`.references`, querying through :mod:`.resolve`);
   a major that does not exist yet is created for the rows that name it;
2. duplicates are found: rows sharing an identity (credit code, normalised name, number …) with
   an earlier row of the sheet, and rows sharing one with a live record (one query per identity);
3. each row gets its fate — create, update (``--on-duplicate update``: only the file's
   non-blank cells are written), unchanged, skip, or error — through the services' own
   coercion, defaults and rules (:class:`~liaison.services.batch.BatchWriter`) (2 and 3:
   :mod:`.fates`);
4. the rows are written in bulk, a project's partners after it, a renewal after the agreement
   it renews; then the rules that look across records (placements that overlap …) run on what
   was written (:mod:`.writes`).

All or nothing: when any row has an error, the transaction is rolled back and the report lists
every error. With ``valid_only`` the valid rows are written instead; rows that fail only the
rules run after writing are then taken out and the sheet written again (in a savepoint).
This module keeps that bookkeeping — the transaction, the attempts and their savepoints, the
rows taken out, and the report; the state one attempt shares is in :mod:`.attempt`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from liaison.excel.importing.attempt import Attempt, ImportOptions, LateErrors, RowState
from liaison.excel.importing.fates import decide_fates
from liaison.excel.importing.parse import ParsedSheet
from liaison.excel.importing.references import resolve_references
from liaison.excel.importing.report import Fate, ImportReport, RowFate
from liaison.excel.importing.writes import write_rows
from liaison.i18n import Catalog
from liaison.services.batch import BatchWriter
from liaison.services.hub import Services
from liaison.services.trash import label_of
from liaison.tasks import Progress, step

_ = Catalog(
    {
        "import.progress.resolve": ("Checking references: {sheet}", "正在核对引用：{sheet}"),
        "import.progress.plan": ("Checking rows: {sheet}", "正在检查数据：{sheet}"),
        "import.progress.write": ("Writing: {sheet}", "正在写入：{sheet}"),
    }
)

#: How often ``valid_only`` may take out rows that failed after writing and write again.
MAX_ATTEMPTS: Final = 5


class _Rollback(Exception):
    def __init__(self, report: ImportReport) -> None:
        self.report = report


def run_import(
    services: Services,
    sheets: Sequence[ParsedSheet],
    options: ImportOptions,
    *,
    kind: str,
    file_name: str,
    dry_run: bool = False,
    progress: Progress | None = None,
) -> ImportReport:
    """Import ``sheets`` as one batch (see the module docstring); with ``dry_run`` nothing is
    kept. Raises Cancelled when the officer cancels (nothing is kept either)."""
    excluded: LateErrors = {}
    spared: set[tuple[int, int]] = set()
    try:
        with services.db.transaction() as session:
            batch_id = services.imports.start(session, kind, file_name)
            for number in range(MAX_ATTEMPTS):
                savepoint = session.begin_nested()
                writer = BatchWriter(services.ctx, session, batch_id)
                run = Attempt(services, session, writer, options)
                results, late = _run_sheets(run, sheets, excluded, progress)
                if late and options.valid_only and number < MAX_ATTEMPTS - 1:
                    savepoint.rollback()
                    # Records loaded in the rolled-back attempt must not stand for new rows
                    # that get the same ids.
                    session.expire_all()
                    last_try = number == MAX_ATTEMPTS - 2
                    excluded.update(_to_exclude(late, spared, everything=last_try))
                    continue
                savepoint.commit()
                # Rows that still fail after writing were written: only a rollback undoes them.
                still_failing = bool(late)
                for index, rows in enumerate(results):
                    for row in rows:
                        found = late.get((index, row.parsed.row))
                        if found:
                            row.fate = Fate.ERROR
                            row.errors.extend(found)
                break
            report = _report(
                kind, file_name, sheets, results, run.also_created, options, dry_run, batch_id
            )
            if still_failing:
                report.accepted = False
                report.batch_id = None
                report.also_created = {}
            if dry_run or not report.accepted:
                raise _Rollback(report)
            services.imports.finish(
                session, batch_id, report.created, report.updated, report.skipped
            )
            report.written = True
            return report
    except _Rollback as stop:
        return stop.report


def _run_sheets(
    attempt: Attempt,
    sheets: Sequence[ParsedSheet],
    excluded: LateErrors,
    progress: Progress | None,
) -> tuple[list[list[RowState]], LateErrors]:
    """One attempt: the steps over each sheet in turn, parents first; the rows' states and the
    errors of rules that ran after writing."""
    results: list[list[RowState]] = []
    late: LateErrors = {}
    total = 3 * len(sheets)
    for index, sheet in enumerate(sheets):
        rows = [RowState(parsed) for parsed in sheet.rows]
        title = sheet.sheet
        step(progress, 3 * index, total, _("import.progress.resolve", sheet=title))
        for row in rows:
            row.errors.extend(row.parsed.errors)
            row.errors.extend(excluded.get((index, row.parsed.row), []))
            row.values.update(row.parsed.values)
        resolve_references(attempt, sheet, rows)
        step(progress, 3 * index + 1, total, _("import.progress.plan", sheet=title))
        decide_fates(attempt, sheet, rows)
        step(progress, 3 * index + 2, total, _("import.progress.write", sheet=title))
        for row_number, errors in write_rows(attempt, sheet, rows).items():
            late[(index, row_number)] = errors
        results.append(rows)
    step(progress, total, total)
    return results, late


def _to_exclude(late: LateErrors, spared: set[tuple[int, int]], *, everything: bool) -> LateErrors:
    """The failing rows to take out before writing again. Rows count in file order: the
    earliest failing row of each sheet is kept for one more try, since it may fail only
    because of a later row (two placements of one student that overlap)."""
    if everything:
        return late
    keep: set[tuple[int, int]] = set()
    for sheet in {index for index, _row in late}:
        earliest = min(key for key in late if key[0] == sheet)
        if earliest not in spared:
            keep.add(earliest)
    spared.update(keep)
    return {key: errors for key, errors in late.items() if key not in keep}


def _report(
    kind: str,
    file_name: str,
    sheets: Sequence[ParsedSheet],
    results: list[list[RowState]],
    also_created: dict[str, int],
    options: ImportOptions,
    dry_run: bool,
    batch_id: int,
) -> ImportReport:
    fates: list[RowFate] = []
    for sheet, rows in zip(sheets, results, strict=True):
        for row in rows:
            fates.append(
                RowFate(
                    sheet.sheet,
                    row.parsed.row,
                    row.fate,
                    label_of(row.values) or label_of(row.parsed.refs),
                    row.errors,
                    row.duplicate,
                    None if dry_run else row.record_id,
                )
            )
    rejected = any(f.fate is Fate.ERROR for f in fates)
    accepted = options.valid_only or not rejected
    return ImportReport(
        kind,
        file_name,
        dry_run,
        accepted,
        False,
        None if dry_run or not accepted else batch_id,
        fates,
        {k: n for k, n in also_created.items() if n} if accepted else {},
    )
