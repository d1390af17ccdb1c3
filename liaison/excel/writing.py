"""Writing sheets in streaming mode: styled header, frozen header row, autofilter, fitted widths.

openpyxl's write-only workbook writes each row to disk as it is appended, so memory stays flat
however many rows there are. Column widths must be known before the first row, so the first
:data:`SAMPLE_ROWS` rows are held back, measured, and then written with the rest.

Formula injection: text that starts with ``=``, ``+``, ``-`` or ``@`` is written as a text cell
(never a formula element) with Excel's "quote prefix" style, the same thing Excel does when an
officer types ``'=A1``: no spreadsheet evaluates it, editing the cell keeps it text, and reading
the file gives back exactly the text that was written, without an added apostrophe.
"""

from __future__ import annotations

import contextlib
import itertools
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Final

import openpyxl
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from liaison.excel.cells import FORMULA_STARTS, CellType, fit_widths, unchanged
from liaison.tasks import Progress, step

SAMPLE_ROWS: Final = 200
#: Rows between progress reports.
REPORT_EVERY: Final = 500

HEADER_FONT: Final = Font(bold=True, color="FFFFFF")
HEADER_FILL: Final = PatternFill("solid", start_color="2F5597", end_color="2F5597")
HEADER_BORDER: Final = Border(bottom=Side(style="thin", color="1F3864"))
HEADER_ALIGNMENT: Final = Alignment(vertical="center", wrap_text=False)


@dataclass(frozen=True)
class OutColumn:
    """A column of a written sheet: its header and how its values become cells."""

    header: str
    type: CellType


class _Row:
    """Turns a row of stored values into what a write-only sheet appends.

    Styled cells are reused: openpyxl writes a row completely inside ``append``, so one cell
    object per styled column can carry every row's value in turn, which saves creating (and
    style-hashing) a cell per value.
    """

    def __init__(self, sheet: Any, columns: Sequence[OutColumn]) -> None:
        self.width = len(columns)
        # Only the columns whose values change on the way (labels, amounts, text checks).
        self.converts = [
            (i, c.type.convert) for i, c in enumerate(columns) if c.type.convert is not unchanged
        ]
        self.formatted: list[tuple[int, Any]] = []
        for index, column in enumerate(columns):
            if column.type.number_format is not None:
                cell = WriteOnlyCell(sheet)
                cell.number_format = column.type.number_format
                self.formatted.append((index, cell))
        self.texts = [i for i, c in enumerate(columns) if c.type.text]
        self.sheet = sheet

    def values(self, row: Sequence[Any]) -> list[Any]:
        """The row's cell values; a list handed in is converted in place (rows are fresh)."""
        values = row if type(row) is list else list(row)
        if len(values) != self.width:
            raise ValueError(f"a row of {len(values)} values for {self.width} columns")
        for index, convert in self.converts:
            values[index] = convert(values[index])
        return values

    def cells(self, values: list[Any]) -> list[Any]:
        for index, cell in self.formatted:
            value = values[index]
            if value is not None:
                cell.value = value
                values[index] = cell
        for index in self.texts:
            value = values[index]
            if value and value[0] in FORMULA_STARTS:
                values[index] = self._guarded(value)
        return values

    def _guarded(self, text: str) -> Any:
        cell = WriteOnlyCell(self.sheet, value=text)
        cell.data_type = "s"  # openpyxl would make "=…" a formula
        cell.quotePrefix = True
        return cell


def write_sheet(
    workbook: Any,
    title: str,
    columns: Sequence[OutColumn],
    rows: Iterable[Sequence[Any]],
    *,
    progress: Progress | None = None,
    total: int | None = None,
    done_before: int = 0,
    grand_total: int | None = None,
    text: str = "",
    exact_total: int | None = None,
) -> int:
    """Append a sheet to the write-only ``workbook`` and stream ``rows`` (stored values, one
    per column; lists are converted in place) into it; returns the number of data rows written.

    ``exact_total`` is how many rows ``rows`` yields, when that is known before writing: the
    sheet then declares its size up front, as Excel's files do. Without it (and more rows than
    the sample) the size is left out, and openpyxl, reading such a file, parses the whole sheet
    once more just to find it.
    """
    sheet = workbook.create_sheet(title=title[:31])
    converter = _Row(sheet, columns)
    rows = iter(rows)
    sample = [converter.values(row) for row in itertools.islice(rows, SAMPLE_ROWS)]
    if len(sample) < SAMPLE_ROWS:
        exact_total = len(sample)
    last = get_column_letter(max(len(columns), 1))
    if exact_total is not None:
        # openpyxl writes a <dimension> when the sheet can calculate one; a streamed sheet
        # cannot, so it is told.
        size = f"A1:{last}{exact_total + 1}"
        sheet.calculate_dimension = lambda: size
    headers = [c.header for c in columns]
    for index, width in enumerate(fit_widths(headers, sample), start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "A2"
    sheet.append([_header_cell(sheet, h) for h in headers])
    count = 0
    overall = grand_total if grand_total is not None else total
    for values in itertools.chain(sample, (converter.values(row) for row in rows)):
        sheet.append(converter.cells(values))
        count += 1
        if count % REPORT_EVERY == 0:
            step(progress, done_before + count, overall, text)
    if exact_total is not None and count != exact_total:
        raise AssertionError(f"sheet {title!r} declared {exact_total} rows but got {count}")
    sheet.auto_filter.ref = f"A1:{last}{count + 1}"
    return count


@contextlib.contextmanager
def write_only_workbook() -> Iterator[Any]:
    """A write-only workbook whose sheets' temporary files are removed if writing fails.

    openpyxl streams each write-only sheet into a temporary file and zips them on ``save``;
    an export that stops early (cancelled, disk full) must close those streams and delete the
    files itself, or they linger until the process ends.
    """
    workbook = openpyxl.Workbook(write_only=True)
    try:
        yield workbook
    except BaseException:
        for sheet in workbook.worksheets:
            writer = getattr(sheet, "_writer", None)
            with contextlib.suppress(Exception):
                if not sheet.closed:
                    sheet.close()
            if writer is not None:
                with contextlib.suppress(Exception):
                    writer.cleanup()
        raise


def _header_cell(sheet: Any, text: str) -> Any:
    cell = WriteOnlyCell(sheet, value=text)
    cell.data_type = "s"
    cell.font = HEADER_FONT
    cell.fill = HEADER_FILL
    cell.border = HEADER_BORDER
    cell.alignment = HEADER_ALIGNMENT
    return cell
