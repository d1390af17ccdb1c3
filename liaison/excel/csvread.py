"""CSV text as a :class:`~liaison.excel.table.Table`.

Encodings: a byte-order mark decides (UTF-8, or UTF-16 as Excel's "Unicode text" writes it);
otherwise the whole file must decode strictly as UTF-8 or else as GB18030 (which includes GBK,
what Chinese Excel and WPS write for "CSV"). The file is decoded once up front to choose, so a
stray byte deep in the file is reported before any row is used, never half-way through.

Delimiters: comma, semicolon or tab, sniffed from the first 64 KB. Every record is a row,
numbered as a spreadsheet application shows the file (a quoted cell with line breaks stays one
row). Empty fields become None, like empty cells of a workbook; all other values stay text.
"""

from __future__ import annotations

import codecs
import csv
from collections.abc import Iterator
from pathlib import Path
from typing import Final

from liaison.excel.detect import BOM_ENCODINGS, TEXT_ENCODINGS, SpreadsheetFormat, rejected
from liaison.excel.table import Table
from liaison.i18n import Catalog

_ = Catalog(
    {
        "csv.encoding": (
            '"{name}" is not in a text encoding Liaison can read (it tried UTF-8 and GBK/GB18030). '
            'Save it from Excel or WPS as "CSV UTF-8", or as .xlsx.',
            "无法识别“{name}”的文字编码（已尝试 UTF-8 和 GBK/GB18030）。"
            "请用 Excel 或 WPS 另存为“CSV UTF-8”或 .xlsx。",
        ),
        "csv.malformed": (
            'Row {row} of "{name}" is not valid CSV ({detail}). Open the file in Excel or WPS and '
            "save it again.",
            "“{name}”第 {row} 行不是有效的 CSV（{detail}）。请用 Excel 或 WPS 打开后重新保存。",
        ),
        "csv.too_big": (
            '"{name}" is {size} MB, more than the {limit} MB Liaison reads. Split the data into '
            "smaller files.",
            "“{name}”有 {size} MB，超过了可读取的 {limit} MB。请把数据拆分成几个较小的文件。",
        ),
    }
)

MAX_CSV_BYTES: Final = 200 * 2**20
DELIMITERS: Final = ",;\t"
_SNIFF_CHARS: Final = 64 * 1024
_CHUNK: Final = 2**20
_MB: Final = 2**20


class CsvTable(Table):
    format = SpreadsheetFormat.CSV

    def __init__(self, path: Path, encoding: str, delimiter: str, max_rows: int) -> None:
        super().__init__(path, (path.stem,), path.stem, max_rows)
        self.encoding = encoding
        self.delimiter = delimiter

    def _values(self) -> Iterator[tuple[object, ...]]:
        with self.path.open(encoding=self.encoding, newline="") as stream:
            reader = csv.reader(stream, delimiter=self.delimiter)
            while True:
                try:
                    record = next(reader)
                except StopIteration:
                    return
                except csv.Error as error:
                    raise rejected(
                        "csv.malformed", self.path, row=reader.line_num, detail=error
                    ) from None
                yield tuple(value or None for value in record)

    def close(self) -> None:
        """Nothing to release: each iteration opens and closes the file itself."""


def file_encoding(path: Path) -> str:
    """The encoding the whole of ``path`` decodes with (see the module docstring)."""
    with path.open("rb") as stream:
        head = stream.read(4)
    candidates = [enc for bom, enc in BOM_ENCODINGS if head.startswith(bom)][:1]
    for encoding in candidates or TEXT_ENCODINGS:
        if _decodes(path, encoding):
            return encoding
    raise rejected("csv.encoding", path)


def _decodes(path: Path, encoding: str) -> bool:
    decoder = codecs.getincrementaldecoder(encoding)()
    try:
        with path.open("rb") as stream:
            while chunk := stream.read(_CHUNK):
                decoder.decode(chunk)
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True


def sniff_delimiter(sample: str) -> str:
    """Comma, semicolon or tab, whichever splits the sample's lines most consistently."""
    complete = sample[: sample.rfind("\n") + 1] or sample
    try:
        return csv.Sniffer().sniff(complete, delimiters=DELIMITERS).delimiter
    except csv.Error:
        counts = {delimiter: complete.count(delimiter) for delimiter in DELIMITERS}
        best = max(counts, key=lambda d: counts[d])
        return best if counts[best] else ","


def open_csv(path: Path, *, max_rows: int) -> CsvTable:
    """A CSV file as a table, after checking its size and choosing encoding and delimiter."""
    size = path.stat().st_size
    if size > MAX_CSV_BYTES:
        raise rejected("csv.too_big", path, size=-(-size // _MB), limit=MAX_CSV_BYTES // _MB)
    encoding = file_encoding(path)
    with path.open(encoding=encoding, newline="") as stream:
        sample = stream.read(_SNIFF_CHARS)
    return CsvTable(path, encoding, sniff_delimiter(sample), max_rows)
