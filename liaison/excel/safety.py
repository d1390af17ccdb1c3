"""Checks an ``.xlsx`` package passes before openpyxl reads it.

Size. The zip's central directory declares every member's packed and unpacked size. Python's
zipfile never inflates a member past its declared size (it stops there and checks the CRC), so
checking the declared sizes bounds the work and memory of everything read afterwards: the total
must stay under :data:`MAX_UNPACKED_BYTES`, and a large member may not inflate more than
:data:`MAX_RATIO` times (sheet XML compresses about 10-20 times; a zip bomb, thousands).

Formulas without results. Officers' workbooks are read with ``data_only=True``, which gives each
formula cell the result Excel saved with it. A workbook written by a program that never ran a
spreadsheet application (openpyxl, some web exports) has formulas with no saved result; openpyxl
then reports the cell as empty, and an import would silently lose the value. openpyxl cannot say
"formula without result" in one pass (with ``data_only`` it hides the formula, without it the
result), and a second openpyxl pass would double the cost of every import. Instead the sheet's
XML is inflated once more and scanned at C speed: chunks without any formula tag are skipped
with one regex search, and only chunks with formulas are searched for a formula cell whose value
element is missing or empty. Inflating is roughly a hundred times faster than openpyxl's parse,
so the check costs a few per cent of the read. A ``t="str"`` cell with an empty value is a
formula whose saved result is the empty string, and passes.
"""

from __future__ import annotations

import re
import zipfile
from typing import Final

from liaison.excel.errors import SpreadsheetRejected
from liaison.i18n import Catalog

_ = Catalog(
    {
        "excel.too_big": (
            '"{name}" would unpack to {size} MB, more than the {limit} MB Liaison reads. Split '
            "the data into smaller workbooks.",
            "“{name}”解压后有 {size} MB，超过了可读取的 {limit} MB。"
            "请把数据拆分成几个较小的工作簿。",
        ),
        "excel.too_many_parts": (
            '"{name}" holds {count} internal parts, more than a workbook has. It was refused for '
            "safety; open it in Excel or WPS and save it again as .xlsx.",
            "“{name}”内部有 {count} 个部件，远多于正常工作簿，为安全起见已拒绝。"
            "请用 Excel 或 WPS 打开后重新另存为 .xlsx。",
        ),
        "excel.zip_bomb": (
            '"{name}" was refused for safety: its part {part} unpacks to {ratio} times its '
            "packed size, which no real spreadsheet does. Open it in Excel or WPS and save it "
            "again as .xlsx.",
            "为安全起见已拒绝“{name}”：其内部部件 {part} 解压后是压缩大小的 {ratio} 倍，"
            "正常表格不会如此。请用 Excel 或 WPS 打开后重新另存为 .xlsx。",
        ),
        "excel.zip_encrypted": (
            '"{name}" has encrypted parts and cannot be read. Open it in Excel or WPS and save '
            "it again as .xlsx without a password.",
            "“{name}”的内部部件被加密，无法读取。"
            "请用 Excel 或 WPS 打开，不设密码重新另存为 .xlsx。",
        ),
    }
)

MAX_UNPACKED_BYTES: Final = 200 * 2**20
MAX_RATIO: Final = 100
#: Members smaller than this may compress as well as they like (styles, small shared strings).
RATIO_CHECKED_FROM: Final = 2**20
MAX_MEMBERS: Final = 10_000

_MB: Final = 2**20


def check_archive(archive: zipfile.ZipFile, name: str) -> None:
    """Refuse a package whose declared sizes could exhaust memory or time when read."""
    members = archive.infolist()
    if len(members) > MAX_MEMBERS:
        raise SpreadsheetRejected("excel.too_many_parts", name=name, count=len(members))
    total = 0
    for member in members:
        if member.flag_bits & 0x1:
            raise SpreadsheetRejected("excel.zip_encrypted", name=name)
        total += member.file_size
        if member.file_size >= RATIO_CHECKED_FROM:
            ratio = member.file_size / max(member.compress_size, 1)
            if ratio > MAX_RATIO:
                raise SpreadsheetRejected(
                    "excel.zip_bomb", name=name, part=member.filename, ratio=round(ratio)
                )
    if total > MAX_UNPACKED_BYTES:
        raise SpreadsheetRejected(
            "excel.too_big",
            name=name,
            size=-(-total // _MB),
            limit=MAX_UNPACKED_BYTES // _MB,
        )


_NS: Final = rb"(?:[A-Za-z_][\w.-]*:)?"  # SpreadsheetML may be written with a namespace prefix
_FORMULA_TAG: Final = re.compile(rb"<" + _NS + rb"f[\s>/]")
_FORMULA_WITHOUT_VALUE: Final = re.compile(
    rb"<" + _NS + rb"c\b([^>]*?)(?<!/)>\s*"
    rb"<" + _NS + rb"f\b[^>]*(?:/>|>[^<]*</" + _NS + rb"f>)\s*"
    rb"(<" + _NS + rb"v\s*/>|<" + _NS + rb"v>\s*</" + _NS + rb"v>)?\s*"
    rb"</" + _NS + rb"c>"
)
_STRING_TYPE: Final = re.compile(rb"""\bt\s*=\s*["']str["']""")
_REFERENCE: Final = re.compile(rb"""\br\s*=\s*["']([A-Za-z]{1,3}[0-9]{1,7})["']""")
_CHUNK: Final = 2**20
# Kept from a chunk that ends inside a cell; no real cell with a formula comes near this size.
_MAX_CARRY: Final = 2**18


def _cell_end(buffer: bytes) -> int:
    """Offset just past the last complete cell element in ``buffer``, or -1."""
    plain = buffer.rfind(b"</c>")
    prefixed = buffer.rfind(b":c>")
    return max(plain + 4 if plain >= 0 else -1, prefixed + 3 if prefixed >= 0 else -1)


def _uncached_in(block: bytes) -> str | None:
    if _FORMULA_TAG.search(block) is None:
        return None
    for match in _FORMULA_WITHOUT_VALUE.finditer(block):
        attributes = match[1]
        if match[2] is not None and _STRING_TYPE.search(attributes):
            continue
        reference = _REFERENCE.search(attributes)
        return reference[1].decode("ascii").upper() if reference else "?"
    return None


def first_uncached_formula(archive: zipfile.ZipFile, part: str) -> str | None:
    """The reference (``"B7"``) of the first formula cell in ``part`` with no saved result."""
    carry = b""
    with archive.open(part) as stream:
        while chunk := stream.read(_CHUNK):
            buffer = carry + chunk
            end = _cell_end(buffer)
            if end < 0:
                carry = buffer[-_MAX_CARRY:]
                continue
            found = _uncached_in(buffer[:end])
            if found is not None:
                return found
            carry = buffer[end:]
    return _uncached_in(carry)
