"""A sheet of an officer's file as plain rows, whatever the file format."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType
from typing import Self, TypeAlias

from openpyxl.utils import get_column_letter

from liaison.excel.detect import SpreadsheetFormat
from liaison.excel.errors import SpreadsheetRejected
from liaison.i18n import Catalog

_ = Catalog(
    {
        "excel.too_many_rows": (
            'Sheet "{sheet}" of "{name}" has more than {limit} rows (empty rows that still carry '
            "formatting count too). Delete the rows below the data, or split the sheet.",
            "“{name}”的工作表“{sheet}”超过 {limit} 行（带格式的空行也计算在内）。"
            "请删除数据下方的多余行，或拆分工作表。",
        ),
    }
)

#: ``(row number as the spreadsheet shows it, cell values)``; cells are None when empty.
Row: TypeAlias = tuple[int, tuple[object, ...]]


class Table(ABC):
    """One sheet, read lazily; iterate it for :data:`Row` tuples, close it when done.

    Row numbers start at 1 and count every row, blank and title rows included, so messages can
    name rows exactly as Excel shows them. Blank rows are yielded (as an empty or all-None tuple;
    see :func:`is_blank`) for the consumer to skip. Rows have as many values as their last
    non-empty cell needs, so their lengths differ. Iterating again reads the sheet again.
    Passing ``max_rows`` rows raises :class:`SpreadsheetRejected` during iteration.
    """

    format: SpreadsheetFormat

    def __init__(self, path: Path, sheet_names: tuple[str, ...], sheet: str, max_rows: int) -> None:
        self.path = path
        self.sheet_names = sheet_names
        self.sheet = sheet
        self.max_rows = max_rows

    def __iter__(self) -> Iterator[Row]:
        limit = self.max_rows
        for number, values in enumerate(self._values(), start=1):
            if number > limit:
                raise self.too_many_rows()
            yield number, values

    def too_many_rows(self) -> SpreadsheetRejected:
        return SpreadsheetRejected(
            "excel.too_many_rows", name=self.path.name, sheet=self.sheet, limit=self.max_rows
        )

    @abstractmethod
    def _values(self) -> Iterator[tuple[object, ...]]:
        """Every row's values from row 1 on, blank rows included."""

    @abstractmethod
    def close(self) -> None:
        """Release the file."""

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


def is_blank(values: tuple[object, ...]) -> bool:
    """True when no cell holds anything but whitespace."""
    return all(v is None or (isinstance(v, str) and not v.strip()) for v in values)


def column_letter(index: int) -> str:
    """Spreadsheet letter of a 0-based column index: 0 → ``A``, 27 → ``AB``."""
    return str(get_column_letter(index + 1))
