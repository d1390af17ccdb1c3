"""Finding the header row of an officer's sheet and which field each column holds.

The header row need not be row 1: a merged title row, a date line or blank rows often come first.
The first row (among the first few) in which at least two cells are known headers is taken as the
header row. Header texts match through :func:`normalise_header`, so ``营业收入（万元）``,
``营业收入(万元)`` and `` Revenue (10k CNY) `` written as ``revenue(10k cny)`` are all the same.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Final

from liaison.excel.errors import SpreadsheetRejected
from liaison.excel.table import Row
from liaison.i18n import Catalog
from liaison.rules.numbers import normalise_text

_ = Catalog(
    {
        "header.not_found": (
            "No header row found in the first {scan} rows: no row has {need} or more of the "
            "expected column headers, such as {examples}.",
            "前 {scan} 行中找不到表头行：没有一行包含至少 {need} 个预期的列标题，例如 {examples}。",
        ),
    }
)

_EXAMPLES: Final = 4
_MARKERS: Final = "*:"  # "企业名称*" marks a required column, "备注：" a trailing colon


class HeaderNotFound(SpreadsheetRejected):
    pass


def normalise_header(text: object) -> str:
    """The form in which header texts are compared: width-folded (NFKC), case-folded, without
    any whitespace, and without a leading or trailing ``*`` or ``:``."""
    return "".join(normalise_text(text).split()).casefold().strip(_MARKERS)


@dataclass(frozen=True)
class HeaderMatch:
    """The header row and what each of its columns (0-based index) holds."""

    row: int
    columns: Mapping[int, str]
    #: Non-blank header cells that match no known header, as written.
    unmatched: Mapping[int, str] = field(default_factory=dict)
    #: Columns whose header names a field an earlier column already holds.
    duplicates: Mapping[int, str] = field(default_factory=dict)

    def column_of(self, key: str) -> int | None:
        """The column holding field ``key``, or None if the sheet has no such column."""
        for index, found in self.columns.items():
            if found == key:
                return index
        return None


def find_header_row(
    rows: Iterable[Row],
    known_headers: Mapping[str, str],
    *,
    scan: int = 30,
    min_matches: int = 2,
) -> HeaderMatch:
    """The first of the first ``scan`` rows with at least ``min_matches`` known header cells.

    ``known_headers`` maps header texts (any language, any spelling variant) to field keys.
    Rows are consumed from ``rows`` up to and including the header row only, so a
    :class:`~liaison.excel.table.Table` iterator can be passed and then read on for the data.
    When the known headers name fewer distinct fields than ``min_matches``, one match suffices.
    Raises :class:`HeaderNotFound` when no row qualifies.
    """
    lookup = {normalise_header(text): key for text, key in known_headers.items()}
    need = max(1, min(min_matches, len(set(known_headers.values()))))
    for number, values in itertools.islice(rows, scan):
        columns: dict[int, str] = {}
        unmatched: dict[int, str] = {}
        duplicates: dict[int, str] = {}
        for index, value in enumerate(values):
            if value is None:
                continue
            normalised = normalise_header(value)
            if not normalised:
                continue
            key = lookup.get(normalised)
            if key is None:
                unmatched[index] = normalise_text(value)
            elif key in columns.values():
                duplicates[index] = key
            else:
                columns[index] = key
        if len(columns) >= need:
            return HeaderMatch(number, columns, unmatched, duplicates)
    first_text_per_field: dict[str, str] = {}
    for text, key in known_headers.items():
        first_text_per_field.setdefault(key, text)
    examples = ", ".join(f'"{text}"' for text in list(first_text_per_field.values())[:_EXAMPLES])
    raise HeaderNotFound("header.not_found", scan=scan, need=need, examples=examples)
