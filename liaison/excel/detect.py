"""What a file really is, judged by its bytes rather than its name.

Officers rename files, and other systems export web pages or CSV text under an ``.xls`` name, so
the extension is only used to word a message. Everything that is not an ``.xlsx`` workbook or CSV
text is refused with a message saying how to turn it into one.
"""

from __future__ import annotations

import codecs
import zipfile
import zlib
from enum import StrEnum
from pathlib import Path
from typing import Final

from liaison.excel.errors import SpreadsheetRejected
from liaison.excel.ole import SIGNATURE as OLE_SIGNATURE
from liaison.excel.ole import MalformedCompoundFile, stream_names
from liaison.i18n import Catalog

_ = Catalog(
    {
        "excel.cannot_open": (
            'Cannot open "{name}" ({detail}). Check that it exists and close it in other programs.',
            "无法打开“{name}”（{detail}）。请确认文件存在，并在其他程序中关闭它。",
        ),
        "excel.empty": (
            '"{name}" is empty (0 bytes).',
            "“{name}”是空文件（0 字节）。",
        ),
        "excel.xls": (
            '"{name}" is an old Excel 97–2003 workbook (.xls). Open it in Excel or WPS, '
            "save it as Excel Workbook (.xlsx), and import the .xlsx file.",
            "“{name}”是旧版 Excel 97–2003 工作簿（.xls）。请用 Excel 或 WPS 打开，"
            "另存为“Excel 工作簿（.xlsx）”，再导入 .xlsx 文件。",
        ),
        "excel.encrypted": (
            '"{name}" is protected by a password. Open it in Excel or WPS, remove the password '
            "(File › Info › Protect Workbook › Encrypt with Password), save it as .xlsx and "
            "import it again.",
            "“{name}”设置了打开密码。请用 Excel 或 WPS 打开，取消密码"
            "（文件 › 信息 › 保护工作簿 › 用密码进行加密），另存为 .xlsx 后再导入。",
        ),
        "excel.ole_unreadable": (
            '"{name}" looks like an old-format Office file but cannot be read. Open it in Excel '
            "or WPS and save it as .xlsx.",
            "“{name}”看起来是旧格式的 Office 文件，但无法读取。"
            "请用 Excel 或 WPS 打开并另存为 .xlsx。",
        ),
        "excel.text_renamed": (
            '"{name}" is a text (CSV) file with a spreadsheet name. Rename it to .csv, or open '
            "it in Excel or WPS and save it as .xlsx.",
            "“{name}”其实是文本（CSV）文件，只是用了表格文件的扩展名。请把扩展名改为 .csv，"
            "或用 Excel 或 WPS 打开后另存为 .xlsx。",
        ),
        "excel.markup": (
            '"{name}" is a web page or XML file with a spreadsheet name (some systems export '
            "tables this way). Open it in Excel or WPS and save it as .xlsx.",
            "“{name}”其实是网页或 XML 文件（有些系统这样导出表格）。请用 Excel 或 WPS 打开，"
            "另存为 .xlsx。",
        ),
        "excel.ods": (
            '"{name}" is an OpenDocument spreadsheet (.ods). Save it as .xlsx in LibreOffice '
            "or WPS.",
            "“{name}”是 OpenDocument 表格（.ods）。请用 LibreOffice 或 WPS 另存为 .xlsx。",
        ),
        "excel.xlsb": (
            '"{name}" is an Excel binary workbook (.xlsb). Open it in Excel and save it as '
            "Excel Workbook (.xlsx).",
            "“{name}”是 Excel 二进制工作簿（.xlsb）。"
            "请用 Excel 打开，另存为“Excel 工作簿（.xlsx）”。",
        ),
        "excel.not_spreadsheet": (
            '"{name}" is not a spreadsheet. Save the table as an Excel workbook (.xlsx) or as '
            "CSV and import that file.",
            "“{name}”不是表格文件。请把表格保存为 Excel 工作簿（.xlsx）或 CSV 后再导入。",
        ),
        "excel.corrupt_zip": (
            '"{name}" is damaged: its ZIP structure cannot be read. Open it in Excel or WPS, '
            "which may repair it, and save it as .xlsx.",
            "“{name}”已损坏，无法读取其 ZIP 结构。请用 Excel 或 WPS 打开（它们可能能修复），"
            "再另存为 .xlsx。",
        ),
    }
)


class SpreadsheetFormat(StrEnum):
    XLSX = "xlsx"
    CSV = "csv"


SAMPLE_SIZE: Final = 64 * 1024

# Names under which a text file is a mistake rather than a CSV export.
_SPREADSHEET_SUFFIXES: Final = frozenset({".xlsx", ".xlsm", ".xltx", ".xltm", ".xls", ".et"})
_ZIP_SIGNATURES: Final = (b"PK\x03\x04", b"PK\x05\x06")
_MARKUP_STARTS: Final = ("<html", "<table", "<?xml", "<!doctype", "<meta", "<head", "<body")

BOM_ENCODINGS: Final = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
#: Encodings tried in turn for text without a byte-order mark; GB18030 covers GBK and GB2312.
TEXT_ENCODINGS: Final = ("utf-8", "gb18030")


def rejected(key: str, path: Path, **params: object) -> SpreadsheetRejected:
    return SpreadsheetRejected(key, name=path.name, **params)


def sample_encoding(sample: bytes, *, complete: bool) -> str | None:
    """The encoding ``sample`` decodes with, or None for binary data.

    A byte-order mark decides at once. Otherwise text must be free of NUL bytes and decode
    strictly as one of :data:`TEXT_ENCODINGS`; ``complete`` says whether ``sample`` is the whole
    file (if not, a character cut at its end is not held against it).
    """
    for bom, encoding in BOM_ENCODINGS:
        if sample.startswith(bom):
            return encoding
    if b"\x00" in sample:
        return None
    for encoding in TEXT_ENCODINGS:
        try:
            codecs.getincrementaldecoder(encoding)().decode(sample, final=complete)
        except UnicodeDecodeError:
            continue
        return encoding
    return None


def detect_format(path: Path) -> SpreadsheetFormat:
    """``XLSX`` or ``CSV`` by content; anything else raises :class:`SpreadsheetRejected`."""
    try:
        with path.open("rb") as stream:
            sample = stream.read(SAMPLE_SIZE)
            complete = not stream.read(1)
            is_ole = sample.startswith(OLE_SIGNATURE)
            names = stream_names(stream) if is_ole else frozenset()
    except MalformedCompoundFile:
        raise rejected("excel.ole_unreadable", path) from None
    except OSError as error:
        raise rejected("excel.cannot_open", path, detail=error.strerror or error) from None

    if not sample:
        raise rejected("excel.empty", path)
    if sample.startswith(_ZIP_SIGNATURES):
        return _zip_format(path)
    if sample.startswith(OLE_SIGNATURE):
        raise rejected(_ole_kind(names), path)
    encoding = sample_encoding(sample, complete=complete)
    if encoding is None:
        raise rejected("excel.not_spreadsheet", path)
    head = codecs.decode(sample[:1024], encoding, "ignore").lstrip("\ufeff \t\r\n").casefold()
    if head.startswith(_MARKUP_STARTS):
        raise rejected("excel.markup", path)
    if path.suffix.casefold() in _SPREADSHEET_SUFFIXES:
        raise rejected("excel.text_renamed", path)
    return SpreadsheetFormat.CSV


def _ole_kind(names: frozenset[str]) -> str:
    folded = {name.casefold() for name in names}
    if {"encryptedpackage", "encryptioninfo"} & folded:
        return "excel.encrypted"
    if {"workbook", "book"} & folded:
        return "excel.xls"
    return "excel.not_spreadsheet"


def _zip_format(path: Path) -> SpreadsheetFormat:
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            mimetype = b""
            if "mimetype" in names and archive.getinfo("mimetype").file_size <= 256:
                mimetype = archive.read("mimetype")
    except (zipfile.BadZipFile, zlib.error, EOFError, ValueError, NotImplementedError):
        raise rejected("excel.corrupt_zip", path) from None
    except OSError as error:
        raise rejected("excel.cannot_open", path, detail=error.strerror or error) from None
    if {"[Content_Types].xml", "xl/workbook.xml"} <= names:
        return SpreadsheetFormat.XLSX
    if "xl/workbook.bin" in names:
        raise rejected("excel.xlsb", path)
    if b"opendocument.spreadsheet" in mimetype:
        raise rejected("excel.ods", path)
    raise rejected("excel.not_spreadsheet", path)
