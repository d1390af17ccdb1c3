"""Names of the streams in an OLE2 compound file (MS-CFB), enough to tell what the file holds.

Legacy ``.xls`` workbooks, old Word documents and password-protected ``.xlsx`` workbooks all share
the OLE2 container; only the names in its directory tell them apart (``Workbook``/``Book``,
``WordDocument``, ``EncryptionInfo`` + ``EncryptedPackage``). This reader follows the sector
allocation table to the directory and reads its entries; it never reads stream contents.
"""

from __future__ import annotations

import struct
from typing import BinaryIO, Final

SIGNATURE: Final = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

_HEADER_SIZE: Final = 512
_HEADER_DIFAT_ENTRIES: Final = 109
_MAX_REGULAR_SECTOR: Final = 0xFFFFFFFA  # values from here up are markers, not sector numbers
_ENTRY_SIZE: Final = 128
_STORAGE, _STREAM, _ROOT = 1, 2, 5


class MalformedCompoundFile(ValueError):
    """The bytes start like an OLE2 file but its structures do not hold together."""


def stream_names(source: BinaryIO) -> frozenset[str]:
    """Names of every stream and storage in the compound file ``source`` (seekable, binary).

    Raises :class:`MalformedCompoundFile` when the structures are inconsistent or cut short.
    """
    try:
        return _stream_names(source)
    except struct.error as error:
        raise MalformedCompoundFile(str(error)) from None


def _stream_names(source: BinaryIO) -> frozenset[str]:
    source.seek(0, 2)
    file_size = source.tell()
    source.seek(0)
    header = source.read(_HEADER_SIZE)
    if len(header) < _HEADER_SIZE or not header.startswith(SIGNATURE):
        raise MalformedCompoundFile("no compound-file header")
    sector_shift = struct.unpack_from("<H", header, 30)[0]
    if sector_shift not in (9, 12):
        raise MalformedCompoundFile(f"sector shift {sector_shift}")
    sector_size = 1 << sector_shift
    sector_count = max(0, file_size // sector_size - 1)
    fat_sector_count, first_directory = struct.unpack_from("<II", header, 44)
    first_difat, difat_count = struct.unpack_from("<II", header, 68)

    def read_sector(number: int) -> bytes:
        if number >= sector_count:
            raise MalformedCompoundFile(f"sector {number} lies beyond the end of the file")
        source.seek((number + 1) * sector_size)
        return source.read(sector_size)

    fat_sectors = [
        s
        for s in struct.unpack_from(f"<{_HEADER_DIFAT_ENTRIES}I", header, 76)
        if s < _MAX_REGULAR_SECTOR
    ]
    per_difat_sector = sector_size // 4 - 1
    difat_sector = first_difat
    for _ in range(difat_count):
        if difat_sector >= _MAX_REGULAR_SECTOR:
            break
        entries = struct.unpack(f"<{per_difat_sector + 1}I", read_sector(difat_sector))
        fat_sectors.extend(s for s in entries[:-1] if s < _MAX_REGULAR_SECTOR)
        difat_sector = entries[-1]
    if not fat_sectors:
        raise MalformedCompoundFile("no allocation table")

    fat: list[int] = []
    for number in fat_sectors[:fat_sector_count]:
        fat.extend(struct.unpack(f"<{sector_size // 4}I", read_sector(number)))

    names: set[str] = set()
    sector = first_directory
    visited: set[int] = set()
    while sector < _MAX_REGULAR_SECTOR:
        if sector in visited or sector >= len(fat):
            raise MalformedCompoundFile("broken directory chain")
        visited.add(sector)
        block = read_sector(sector)
        for offset in range(0, len(block) - _ENTRY_SIZE + 1, _ENTRY_SIZE):
            name_length, kind = struct.unpack_from("<HB", block, offset + 64)
            if kind in (_STORAGE, _STREAM, _ROOT) and 2 <= name_length <= 64:
                names.add(block[offset : offset + name_length - 2].decode("utf-16-le", "replace"))
        sector = fat[sector]
    if not names:
        raise MalformedCompoundFile("empty directory")
    return frozenset(names)
