"""Bad files are refused with a clear message, in both languages, and nothing is written."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import func, select

from liaison.excel import reading
from liaison.excel.errors import SpreadsheetRejected
from liaison.excel.importing import import_file, import_workbook
from liaison.model import AuditEntry, Enterprise, ImportBatch
from liaison.services.hub import Services
from tests.excel.builders import compound_file, rewrite_member, workbook, zip_with_zeros

ROWS = [["企业名称", "从业人员"], ["甲公司", 3]]
SHEET = "xl/worksheets/sheet1.xml"


def not_a_spreadsheet(tmp_path: Path) -> Path:
    path = tmp_path / "photo.xlsx"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    return path


def legacy_xls(tmp_path: Path) -> Path:
    path = tmp_path / "old.xls"
    path.write_bytes(compound_file(["Workbook", "SummaryInformation"]))
    return path


def csv_renamed(tmp_path: Path) -> Path:
    path = tmp_path / "export.xlsx"
    path.write_text("企业名称,从业人员\n甲公司,3\n", encoding="utf-8")
    return path


def password_protected(tmp_path: Path) -> Path:
    path = tmp_path / "secret.xlsx"
    path.write_bytes(compound_file(["EncryptionInfo", "EncryptedPackage"]))
    return path


def corrupt(tmp_path: Path) -> Path:
    path = workbook(tmp_path / "whole.xlsx", ROWS)
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(path.read_bytes()[:-200])
    return broken


def zip_bomb(tmp_path: Path) -> Path:
    base = workbook(tmp_path / "base.xlsx", ROWS)
    return zip_with_zeros(tmp_path / "bomb.xlsx", "xl/media/image1.bin", 300 * 2**20, base=base)


def too_many_rows(tmp_path: Path) -> Path:
    return workbook(tmp_path / "long.xlsx", [ROWS[0], *([["甲", 1]] * 30)])


def uncached_formula(tmp_path: Path) -> Path:
    return workbook(tmp_path / "script.xlsx", [*ROWS, ["乙公司", "=B2*2"]])


CASES: dict[str, tuple[Callable[[Path], Path], str]] = {
    "not a spreadsheet": (not_a_spreadsheet, "excel.not_spreadsheet"),
    "legacy .xls": (legacy_xls, "excel.xls"),
    "CSV renamed to .xlsx": (csv_renamed, "excel.text_renamed"),
    "password-protected": (password_protected, "excel.encrypted"),
    "corrupt": (corrupt, "excel.corrupt_zip"),
    "zip bomb": (zip_bomb, "excel.zip_bomb"),
    "past the row limit": (too_many_rows, "excel.too_many_rows"),
    "formula without a saved result": (uncached_formula, "excel.uncached_formula"),
}


def written(services: Services) -> tuple[int, int, int]:
    with services.db.reading() as s:
        return tuple(  # type: ignore[return-value]
            int(s.scalar(select(func.count()).select_from(m)) or 0)
            for m in (Enterprise, ImportBatch, AuditEntry)
        )


@pytest.mark.parametrize("case", list(CASES))
def test_bad_files_are_refused_and_nothing_is_written(
    services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, case: str
) -> None:
    build, key = CASES[case]
    monkeypatch.setattr(reading, "DEFAULT_MAX_ROWS", 20)
    path = build(tmp_path)
    for run in (
        lambda: import_file(services, "enterprises", path),
        lambda: import_file(services, "enterprises", path, dry_run=True),
        lambda: import_workbook(services, path),
    ):
        with pytest.raises(SpreadsheetRejected) as caught:
            run()
        assert caught.value.key == key
        assert path.name in caught.value.message("en")
        assert path.name in caught.value.message("zh_CN")
    assert written(services) == (0, 0, 0)


def test_the_row_limit_holds_while_reading_too(
    services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A stale declared size (as some programs write) passes; the rows themselves do not.
    path = workbook(tmp_path / "long.xlsx", [ROWS[0], *([["甲", 1]] * 30)])
    rewrite_member(path, SHEET, lambda xml: xml.replace(b'ref="A1:B31"', b'ref="A1:B2"'))
    monkeypatch.setattr(reading, "DEFAULT_MAX_ROWS", 25)
    with pytest.raises(SpreadsheetRejected) as caught:
        import_file(services, "enterprises", path)
    assert caught.value.key == "excel.too_many_rows"
    assert written(services) == (0, 0, 0)
