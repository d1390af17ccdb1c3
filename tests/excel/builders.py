"""Files for the reading tests, built on the fly: workbooks, compound files, altered zips."""

from __future__ import annotations

import struct
import zipfile
from collections.abc import Callable, Sequence
from pathlib import Path

import openpyxl

from liaison.excel.ole import SIGNATURE

FREE, END_OF_CHAIN, FAT_SECTOR, NO_STREAM = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF
SECTOR = 512


def workbook(path: Path, rows: Sequence[Sequence[object]], *, title: str = "Sheet1") -> Path:
    """A one-sheet workbook whose rows start at row 1 (None cells are left empty)."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = title
    for number, values in enumerate(rows, start=1):
        for column, value in enumerate(values, start=1):
            if value is not None:
                sheet.cell(row=number, column=column, value=value)
    book.save(path)
    return path


def rewrite_member(path: Path, member: str, change: Callable[[bytes], bytes]) -> Path:
    """Replace one member of a zip with ``change(old content)``, keeping the others."""
    with zipfile.ZipFile(path) as source:
        contents = [(info, source.read(info)) for info in source.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for info, data in contents:
            target.writestr(info, change(data) if info.filename == member else data)
    return path


def sheet_xml(path: Path, member: str = "xl/worksheets/sheet1.xml") -> str:
    with zipfile.ZipFile(path) as archive:
        return archive.read(member).decode()


def compound_file(names: Sequence[str]) -> bytes:
    """A minimal, structurally valid OLE2 compound file (version 3, 512-byte sectors).

    Sector 0 holds the allocation table, sectors 1… the directory: a root entry and one empty
    stream per name, chained as right siblings. Stream contents are never read by the code under
    test, so every stream is empty; a real encrypted workbook or .xls has the same directory
    layout with data behind it.
    """
    entries = [_directory_entry("Root Entry", 5, child=1 if names else NO_STREAM)]
    for index, name in enumerate(names, start=1):
        right = index + 1 if index < len(names) else NO_STREAM
        entries.append(_directory_entry(name, 2, right=right))
    while len(entries) % 4:
        entries.append(
            b"\x00" * 64 + struct.pack("<HBB3I", 0, 0, 0, *(NO_STREAM,) * 3) + b"\0" * 48
        )
    directory_sectors = len(entries) // 4

    fat = [FAT_SECTOR] + [n + 2 for n in range(directory_sectors - 1)] + [END_OF_CHAIN]
    fat += [FREE] * (SECTOR // 4 - len(fat))

    header = bytearray(SECTOR)
    header[0:8] = SIGNATURE
    struct.pack_into("<HHHHH", header, 24, 0x3E, 3, 0xFFFE, 9, 6)
    struct.pack_into("<IIII", header, 40, 0, 1, 1, 0)  # dir sectors, FAT sectors, first dir, txn
    struct.pack_into("<IIIII", header, 56, 4096, END_OF_CHAIN, 0, END_OF_CHAIN, 0)
    struct.pack_into("<109I", header, 76, 0, *([FREE] * 108))
    return bytes(header) + struct.pack(f"<{len(fat)}I", *fat) + b"".join(entries)


def _directory_entry(
    name: str, kind: int, *, child: int = NO_STREAM, right: int = NO_STREAM
) -> bytes:
    encoded = (name + "\0").encode("utf-16-le")
    entry = bytearray(128)
    entry[: len(encoded)] = encoded
    struct.pack_into("<HBB3I", entry, 64, len(encoded), kind, 1, NO_STREAM, right, child)
    struct.pack_into("<IQ", entry, 116, END_OF_CHAIN, 0)
    return bytes(entry)


def zip_with_zeros(path: Path, member: str, size: int, *, base: Path | None = None) -> Path:
    """``base`` (or an empty zip) plus ``member`` holding ``size`` zero bytes, written in chunks."""
    if base is not None:
        path.write_bytes(base.read_bytes())
    chunk = b"\0" * 2**20
    with (
        zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED, compresslevel=1) as archive,
        archive.open(member, "w", force_zip64=True) as stream,
    ):
        for _ in range(size // len(chunk)):
            stream.write(chunk)
        stream.write(b"\0" * (size % len(chunk)))
    return path
