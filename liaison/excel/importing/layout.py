"""The first wizard steps: which sheets a file has, where its header row is, which column holds
which field (found from the headers, editable by the officer).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Final

from liaison.excel import reading
from liaison.excel.columns import EXPORT_ONLY, SheetSpec, kind_of_sheet, sheet_spec
from liaison.excel.detect import SpreadsheetFormat
from liaison.excel.errors import SpreadsheetRejected
from liaison.excel.headers import find_header_row, normalise_header
from liaison.excel.reading import open_table
from liaison.excel.table import Row, column_letter, is_blank
from liaison.i18n import Catalog
from liaison.rules.numbers import normalise_text

_ = Catalog(
    {
        "import.no_header_row": (
            'Row {row} of sheet "{sheet}" is empty; it cannot be the header row.',
            "工作表“{sheet}”第 {row} 行为空，不能作为表头行。",
        ),
    }
)

SAMPLES: Final = 5
#: Rows searched for the header row.
SCAN: Final = 30


@dataclass(frozen=True)
class SheetInfo:
    name: str
    kind: str | None  # the kind the sheet's name suggests (an exported workbook's sheets)


@dataclass(frozen=True)
class FileInfo:
    path: Path
    format: SpreadsheetFormat
    sheets: tuple[SheetInfo, ...]


def inspect_file(path: Path) -> FileInfo:
    """Step 1: the file's format and sheets. Raises SpreadsheetRejected for a bad file."""
    with open_table(Path(path), max_rows=reading.DEFAULT_MAX_ROWS) as table:
        return FileInfo(
            Path(path),
            table.format,
            tuple(SheetInfo(name, kind_of_sheet(name)) for name in table.sheet_names),
        )


@dataclass(frozen=True)
class SourceColumn:
    """A column of the officer's sheet."""

    index: int  # 0-based
    letter: str
    header: str  # as written
    field: str | None  # the field it is imported into; None: not imported
    export_only: bool = False  # written by an export (ID, size class …), never imported
    samples: tuple[str, ...] = ()  # the first few values, as text


@dataclass(frozen=True)
class TargetField:
    """A field of the kind and the column that feeds it, if any."""

    name: str
    label: str
    required: bool
    column: int | None


@dataclass(frozen=True)
class Layout:
    """Steps 2 and 3: the header row and the mapping of columns to fields."""

    path: Path
    kind: str
    sheet: str
    header_row: int
    columns: tuple[SourceColumn, ...]

    @property
    def spec(self) -> SheetSpec:
        return sheet_spec(self.kind)

    @property
    def mapping(self) -> dict[int, str]:
        """Column index → field name, for the columns that are imported."""
        return {c.index: c.field for c in self.columns if c.field is not None}

    def targets(self, lang: str | None = None) -> list[TargetField]:
        """Every importable field of the kind, with the column mapped to it."""
        by_field = {name: index for index, name in self.mapping.items()}
        return [
            TargetField(c.name, c.header(lang), c.field.required, by_field.get(c.name))
            for c in self.spec.columns
        ]

    def missing_required(self) -> list[str]:
        """Required fields no column feeds (rows to be created will be rejected)."""
        mapped = set(self.mapping.values())
        return [c.name for c in self.spec.columns if c.field.required and c.name not in mapped]

    def with_mapping(self, mapping: Mapping[int, str | None]) -> Layout:
        """The layout with the officer's choices: ``{column index: field or None}``. A field
        chosen for one column is taken off any other column."""
        known = {c.name for c in self.spec.columns}
        for name in mapping.values():
            if name is not None and name not in known:
                raise ValueError(f"{name!r} is not a column of {self.kind}")
        taken = {name for name in mapping.values() if name is not None}
        columns = []
        for column in self.columns:
            if column.index in mapping:
                columns.append(replace(column, field=mapping[column.index]))
            elif column.field in taken:
                columns.append(replace(column, field=None))
            else:
                columns.append(column)
        return replace(self, columns=tuple(columns))


def read_layout(
    path: Path, kind: str, sheet: str | None = None, *, header_row: int | None = None
) -> Layout:
    """Find the header row (or take ``header_row``) of ``sheet`` and map its columns by header
    text. Without ``sheet``: the sheet named after the kind (an exported workbook), else the
    first visible one. Raises SpreadsheetRejected (HeaderNotFound when no row looks like a
    header) and KeyError for an unknown kind."""
    spec = sheet_spec(kind)
    if sheet is None:
        named = [s.name for s in inspect_file(Path(path)).sheets if s.kind == kind]
        sheet = named[0] if named else None
    known = spec.known_headers()
    lookup = {normalise_header(text): key for text, key in known.items()}
    with open_table(Path(path), sheet, max_rows=reading.DEFAULT_MAX_ROWS) as table:
        rows = iter(table)
        head = list(itertools.islice(rows, max(SCAN, header_row or 0)))
        number = header_row or find_header_row(iter(head), known, scan=SCAN).row
        header_cells = next((values for n, values in head if n == number), ())
        if is_blank(header_cells):
            raise SpreadsheetRejected("import.no_header_row", row=number, sheet=table.sheet)
        below = itertools.chain((r for r in head if r[0] > number), rows)
        samples = _samples(below, len(header_cells))
        columns: list[SourceColumn] = []
        used: set[str] = set()
        for index, cell in enumerate(header_cells):
            text = normalise_text(cell)
            if not text:
                continue
            key = lookup.get(normalise_header(text))
            export_only = key is not None and key.startswith(EXPORT_ONLY)
            field = None if key is None or export_only or key in used else key
            if field is not None:
                used.add(field)
            columns.append(
                SourceColumn(index, column_letter(index), text, field, export_only, samples[index])
            )
        return Layout(Path(path), kind, table.sheet, number, tuple(columns))


def _samples(rows: Iterator[Row], width: int) -> list[tuple[str, ...]]:
    """The first few non-blank values of each column below the header."""
    found: list[list[str]] = [[] for _ in range(width)]
    for _number, values in itertools.islice(rows, 50):
        for index, value in enumerate(values[:width]):
            text = normalise_text(value)
            if text and len(found[index]) < SAMPLES:
                found[index].append(text)
    return [tuple(f) for f in found]
