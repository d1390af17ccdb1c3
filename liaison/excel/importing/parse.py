"""Reading the data rows under the header: each cell through its field's coercion.

What real sheets hold is handled by the fields' rules (:mod:`liaison.rules`): numbers stored as
text, full-width digits, thousands separators, 万元/元 units, credit codes with spaces or in lower
case, dates in the usual forms or as Excel serials, closed-list labels in either language,
是/否 and yes/no. Blank rows are skipped; merged title rows sit above the header and are never
reached. Reference cells are kept as text here and resolved against the database later.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from liaison.errors import ValidationError
from liaison.excel import reading
from liaison.excel.columns import Column, SheetSpec
from liaison.excel.importing.layout import Layout
from liaison.excel.importing.report import RowError
from liaison.excel.reading import open_table
from liaison.excel.table import column_letter
from liaison.excel.template import EXAMPLES
from liaison.rules.numbers import normalise_text
from liaison.tasks import Progress, step

#: Rows between progress reports.
REPORT_EVERY: Final = 500

# Between the references of a list cell: 、 , ， ; ； and line breaks.
_LIST_SEPARATORS: Final = re.compile(r"\s*[、,，;；\n]\s*")


@dataclass
class ParsedRow:
    """One data row: coerced values, reference keys, and the faults found in its cells."""

    row: int  # as the spreadsheet shows it
    values: dict[str, Any] = field(default_factory=dict)  # non-blank cells, stored form
    refs: dict[str, str] = field(default_factory=dict)  # non-blank reference cells, as text
    lists: dict[str, list[str]] = field(default_factory=dict)  # list-of-reference cells
    errors: list[RowError] = field(default_factory=list)
    example: bool = False  # the template's example row, left in


@dataclass(frozen=True)
class ParsedSheet:
    """A sheet read and coerced, ready to preview and import (as often as wanted)."""

    layout: Layout
    rows: list[ParsedRow]

    @property
    def kind(self) -> str:
        return self.layout.kind

    @property
    def sheet(self) -> str:
        return self.layout.sheet

    @property
    def path(self) -> Path:
        return self.layout.path

    def column_of(self, name: str) -> tuple[str | None, str]:
        """(letter, header as written) of the column feeding ``name``; without such a column
        (None, the field's label)."""
        for column in self.layout.columns:
            if column.field == name:
                return column.letter, column.header
        spec = self.layout.spec
        label = next((c.header() for c in spec.columns if c.name == name), name)
        return None, label

    def error(self, row: int | None, name: str | None, error: Any) -> RowError:
        """A RowError about field ``name`` (None: the row itself) of ``row``."""
        if name is None:
            return RowError(self.sheet, row, None, None, None, error)
        letter, header = self.column_of(name)
        return RowError(self.sheet, row, letter, header, name, error)


def split_list(text: str) -> list[str]:
    return [item for item in _LIST_SEPARATORS.split(text) if item]


def _is_blank(raw: object) -> bool:
    return raw is None or (isinstance(raw, str) and not raw.strip())


def parse_sheet(layout: Layout, *, progress: Progress | None = None) -> ParsedSheet:
    """Read every data row below ``layout``'s header row with its mapping.

    Raises SpreadsheetRejected when the file cannot be read (or changed into something that
    cannot), and Cancelled when the officer cancels.
    """
    spec = layout.spec
    mapped = [(index, spec.column(name)) for index, name in sorted(layout.mapping.items())]
    examples = _examples(spec)
    rows: list[ParsedRow] = []
    with open_table(layout.path, layout.sheet, max_rows=reading.DEFAULT_MAX_ROWS) as table:
        for number, values in table:
            if number <= layout.header_row:
                continue
            parsed = _parse_row(layout, number, values, mapped)
            if parsed is None:
                continue
            # Only directly under the header, where the template puts it.
            first = number == layout.header_row + 1
            parsed.example = first and bool(examples) and _is_example(parsed, examples)
            rows.append(parsed)
            if len(rows) % REPORT_EVERY == 0:
                step(progress, len(rows), None)
    return ParsedSheet(layout, rows)


def _parse_row(
    layout: Layout, number: int, values: tuple[object, ...], mapped: list[tuple[int, Column]]
) -> ParsedRow | None:
    width = len(values)
    parsed = ParsedRow(number)
    blank = True
    for index, column in mapped:
        raw = values[index] if index < width else None
        if _is_blank(raw):
            continue
        blank = False
        if column.many:
            parsed.lists[column.name] = split_list(normalise_text(raw))
        elif column.target is not None:
            parsed.refs[column.name] = normalise_text(raw)
        else:
            try:
                parsed.values[column.name] = column.field.coerce(raw)
            except ValidationError as error:
                parsed.errors.append(
                    RowError(
                        layout.sheet,
                        number,
                        column_letter(index),
                        _header(layout, index),
                        column.name,
                        error,
                    )
                )
    return None if blank else parsed


def _header(layout: Layout, index: int) -> str:
    return next((c.header for c in layout.columns if c.index == index), "")


def _examples(spec: SheetSpec) -> dict[str, tuple[Any, ...]]:
    """The template's example values by field, each with its accepted forms."""
    found: dict[str, tuple[Any, ...]] = {}
    for name, value in EXAMPLES.get(spec.kind, {}).items():
        found[name] = value if isinstance(value, tuple) else (value,)
    return found


def _is_example(row: ParsedRow, examples: dict[str, tuple[Any, ...]]) -> bool:
    """The row holds exactly the template's example (in either language) and nothing else."""
    if row.errors:
        return False
    given: dict[str, Any] = {**row.values, **row.refs}
    given.update({name: "、".join(items) for name, items in row.lists.items()})
    if not given or not set(given) <= set(examples):
        return False
    return all(value in examples[name] for name, value in given.items())
