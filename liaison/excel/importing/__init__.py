"""Importing officers' spreadsheets: parse → validate → preview → commit, and undo.

The app's import wizard calls one function per page; each returns plain data:

1. choose file and sheet — :func:`inspect_file` → :class:`FileInfo` (format, sheets, the kind
   each exported sheet holds);
2. header row found, 3. mapping — :func:`read_layout` → :class:`Layout` (header row, each
   column with its header, samples and field; :meth:`Layout.with_mapping` applies the officer's
   changes, :meth:`Layout.missing_required` warns);
4. preview — :func:`parse_sheet` (slow part: progress, cancel) → :class:`ParsedSheet`, then
   :func:`preview_import` → :class:`ImportReport` with each row's :class:`RowFate`;
5. duplicates policy — :func:`preview_import` again with another :class:`ImportOptions`
   (the parsed sheet is reused; only the database side runs again);
6. import — :func:`commit_import` → :class:`ImportReport` (its ``batch_id``);
7. summary — the report's counts, errors and :meth:`ImportReport.summary`.

Undo and the list of past imports: ``Services.imports.undo(batch_id)`` and
``Services.imports.batches()``. :func:`import_file` and :func:`import_workbook` do all steps
in one call (the command line).
"""

from __future__ import annotations

from pathlib import Path

from liaison.excel.columns import SHEETS
from liaison.excel.importing.attempt import ImportOptions
from liaison.excel.importing.layout import (
    FileInfo,
    Layout,
    SheetInfo,
    SourceColumn,
    TargetField,
    inspect_file,
    read_layout,
)
from liaison.excel.importing.parse import ParsedRow, ParsedSheet, parse_sheet
from liaison.excel.importing.report import (
    Duplicate,
    DuplicatePolicy,
    Fate,
    ImportReport,
    RowError,
    RowFate,
)
from liaison.excel.importing.run import run_import
from liaison.i18n import Catalog, LiaisonError
from liaison.services.hub import Services
from liaison.tasks import Progress

_ = Catalog(
    {
        "import.no_kind_sheets": (
            '"{name}" has no sheet named after a kind of record (such as "{example}"); '
            "import its sheets one by one with a kind.",
            "“{name}”中没有以数据类别命名的工作表（如“{example}”）；请按类别逐个导入工作表。",
        ),
    }
)

__all__ = [
    "Duplicate",
    "DuplicatePolicy",
    "Fate",
    "FileInfo",
    "ImportOptions",
    "ImportReport",
    "Layout",
    "ParsedRow",
    "ParsedSheet",
    "RowError",
    "RowFate",
    "SheetInfo",
    "SourceColumn",
    "TargetField",
    "commit_import",
    "import_file",
    "import_workbook",
    "inspect_file",
    "parse_sheet",
    "preview_import",
    "read_layout",
]


def preview_import(
    services: Services,
    parsed: ParsedSheet,
    options: ImportOptions | None = None,
    *,
    progress: Progress | None = None,
) -> ImportReport:
    """What importing ``parsed`` would do: the import run in full and rolled back."""
    return run_import(
        services,
        [parsed],
        options or ImportOptions(),
        kind=parsed.kind,
        file_name=parsed.path.name,
        dry_run=True,
        progress=progress,
    )


def commit_import(
    services: Services,
    parsed: ParsedSheet,
    options: ImportOptions | None = None,
    *,
    progress: Progress | None = None,
) -> ImportReport:
    """Import ``parsed`` as one batch; nothing is written when the report is not accepted."""
    return run_import(
        services,
        [parsed],
        options or ImportOptions(),
        kind=parsed.kind,
        file_name=parsed.path.name,
        progress=progress,
    )


def import_file(
    services: Services,
    kind: str,
    path: Path,
    *,
    sheet: str | None = None,
    options: ImportOptions | None = None,
    dry_run: bool = False,
    progress: Progress | None = None,
) -> ImportReport:
    """Read the header and mapping automatically, parse and import (or dry-run) one sheet."""
    layout = read_layout(Path(path), kind, sheet)
    parsed = parse_sheet(layout, progress=progress)
    run = preview_import if dry_run else commit_import
    return run(services, parsed, options, progress=progress)


def import_workbook(
    services: Services,
    path: Path,
    *,
    options: ImportOptions | None = None,
    dry_run: bool = False,
    progress: Progress | None = None,
) -> ImportReport:
    """Import every sheet named after a kind (an exported workbook) as one batch, parents
    first; other sheets (the indicators) are left alone."""
    path = Path(path)
    info = inspect_file(path)
    found = {s.kind: s.name for s in info.sheets if s.kind is not None}
    if not found:
        raise LiaisonError(
            "import.no_kind_sheets", name=path.name, example=SHEETS["enterprises"].title()
        )
    parsed = [
        parse_sheet(read_layout(path, kind, found[kind]), progress=progress)
        for kind in SHEETS
        if kind in found
    ]
    return run_import(
        services,
        parsed,
        options or ImportOptions(),
        kind="all",
        file_name=path.name,
        dry_run=dry_run,
        progress=progress,
    )
