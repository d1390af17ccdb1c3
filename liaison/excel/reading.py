"""Opening an officer's spreadsheet safely and reading it as plain rows.

:func:`open_table` is the one entry point. In order, it

1. judges the file by its bytes (:mod:`liaison.excel.detect`): ``.xlsx`` and CSV text go on;
   legacy ``.xls``, password-protected workbooks, renamed text, web pages, other files are refused;
2. for ``.xlsx``, checks the zip's declared sizes against bombs, finds the sheet's part, and
   refuses a sheet with formulas that have no saved result (:mod:`liaison.excel.safety`);
3. opens the workbook with openpyxl in read-only, data-only mode, refuses a sheet whose declared
   size passes the row limit, and drops the declared size so that rows beyond a stale
   declaration are still read (the limit is then enforced while iterating).

Every refusal is a :class:`~liaison.excel.errors.SpreadsheetRejected` with a message in both
languages. Merged cells read as their value in the first cell and None elsewhere.
"""

from __future__ import annotations

import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Final

import openpyxl

from liaison.excel.csvread import open_csv
from liaison.excel.detect import SpreadsheetFormat, detect_format, rejected
from liaison.excel.headers import normalise_header
from liaison.excel.package import MalformedPackage, SheetPart, worksheets
from liaison.excel.safety import check_archive, first_uncached_formula
from liaison.excel.table import Table
from liaison.i18n import Catalog

_ = Catalog(
    {
        "excel.unreadable": (
            '"{name}" cannot be read as an Excel workbook ({detail}). Open it in Excel or WPS, '
            "save it as .xlsx and try again.",
            "无法按 Excel 工作簿读取“{name}”（{detail}）。"
            "请用 Excel 或 WPS 打开，另存为 .xlsx 后重试。",
        ),
        "excel.no_worksheets": (
            '"{name}" has no worksheets.',
            "“{name}”中没有工作表。",
        ),
        "excel.no_sheet": (
            '"{name}" has no sheet called "{sheet}". Its sheets: {sheets}.',
            "“{name}”中没有名为“{sheet}”的工作表。现有工作表：{sheets}。",
        ),
        "excel.uncached_formula": (
            'Cell {cell} of sheet "{sheet}" in "{name}" holds a formula whose result was never '
            "saved (the file was written by a program, not by Excel). Open the file in Excel or "
            "WPS, save it, and import it again.",
            "“{name}”工作表“{sheet}”的单元格 {cell} 含有公式，但文件中没有保存其计算结果"
            "（该文件由程序生成，未经 Excel 保存）。请用 Excel 或 WPS 打开并保存后再导入。",
        ),
    }
)

DEFAULT_MAX_ROWS: Final = 200_000

# What openpyxl and zipfile raise on a damaged or malformed workbook (ParseError is a SyntaxError).
_BROKEN_WORKBOOK: Final = (
    SyntaxError,
    ValueError,
    KeyError,
    IndexError,
    TypeError,
    AttributeError,
    NotImplementedError,
    EOFError,
    zipfile.BadZipFile,
    zlib.error,
)
_BROKEN_ZIP: Final = (
    MalformedPackage,
    KeyError,
    EOFError,
    NotImplementedError,
    zipfile.BadZipFile,
    zlib.error,
)


class XlsxTable(Table):
    format = SpreadsheetFormat.XLSX

    def __init__(
        self,
        path: Path,
        workbook: Any,
        worksheet: Any,
        sheet_names: tuple[str, ...],
        sheet: str,
        max_rows: int,
    ) -> None:
        super().__init__(path, sheet_names, sheet, max_rows)
        self._workbook = workbook
        self._worksheet = worksheet

    def _values(self) -> Iterator[tuple[object, ...]]:
        rows = self._worksheet.iter_rows(values_only=True)
        while True:
            try:
                values = next(rows)
            except StopIteration:
                return
            except _BROKEN_WORKBOOK as error:
                raise _unreadable(self.path, error) from error
            # openpyxl hands a list, not a tuple, for a row missing from the file
            yield values if type(values) is tuple else tuple(values)

    def close(self) -> None:
        self._workbook.close()


def _unreadable(path: Path, error: BaseException) -> Exception:
    detail = str(error) or type(error).__name__
    return rejected("excel.unreadable", path, detail=detail)


def _choose_sheet(sheets: list[SheetPart], wanted: str | None, path: Path) -> SheetPart:
    """The sheet asked for (exactly, else by :func:`normalise_header`), or the first visible one."""
    if not sheets:
        raise rejected("excel.no_worksheets", path)
    if wanted is None:
        return next((sheet for sheet in sheets if sheet.visible), sheets[0])
    for sheet in sheets:
        if sheet.name == wanted:
            return sheet
    target = normalise_header(wanted)
    close = [sheet for sheet in sheets if normalise_header(sheet.name) == target]
    if len(close) == 1:
        return close[0]
    names = ", ".join(f'"{sheet.name}"' for sheet in sheets)
    raise rejected("excel.no_sheet", path, sheet=wanted, sheets=names)


def _open_xlsx(path: Path, sheet: str | None, max_rows: int) -> XlsxTable:
    try:
        with zipfile.ZipFile(path) as archive:
            check_archive(archive, path.name)
            sheets = worksheets(archive)
            chosen = _choose_sheet(sheets, sheet, path)
            uncached = first_uncached_formula(archive, chosen.part)
    except _BROKEN_ZIP as error:
        raise _unreadable(path, error) from error
    if uncached is not None:
        raise rejected("excel.uncached_formula", path, cell=uncached, sheet=chosen.name)

    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True, keep_links=False)
    except _BROKEN_WORKBOOK as error:
        raise _unreadable(path, error) from error
    try:
        worksheet = workbook[chosen.name]
        table = XlsxTable(
            path, workbook, worksheet, tuple(s.name for s in sheets), chosen.name, max_rows
        )
        declared_rows = worksheet.max_row
        if declared_rows is not None and declared_rows > max_rows:
            raise table.too_many_rows()
        # A stale declared size would make openpyxl stop early or pad with phantom rows.
        worksheet.reset_dimensions()
    except BaseException:
        workbook.close()
        raise
    return table


def open_table(path: Path, sheet: str | None = None, *, max_rows: int = DEFAULT_MAX_ROWS) -> Table:
    """The sheet ``sheet`` (default: the first visible one) of ``path`` as a :class:`Table`.

    Use it as a context manager, or call ``close()``, to release the file. CSV files have one
    sheet named after the file. Raises :class:`~liaison.excel.errors.SpreadsheetRejected` for
    anything that cannot be imported as it is (see the module docstring).
    """
    try:
        if detect_format(path) is SpreadsheetFormat.CSV:
            return open_csv(path, max_rows=max_rows)
        return _open_xlsx(path, sheet, max_rows)
    except OSError as error:
        raise rejected("excel.cannot_open", path, detail=error.strerror or error) from None
