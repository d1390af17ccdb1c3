from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from liaison.excel import safety
from liaison.excel.errors import SpreadsheetRejected
from liaison.excel.reading import open_table
from liaison.excel.safety import check_archive, first_uncached_formula
from tests.excel.builders import rewrite_member, workbook, zip_with_zeros

SHEET = "xl/worksheets/sheet1.xml"


def rejection_key(path: Path) -> str:
    with pytest.raises(SpreadsheetRejected) as caught:
        open_table(path)
    return caught.value.key


def test_zip_bomb_is_refused_before_openpyxl(tmp_path: Path) -> None:
    base = workbook(tmp_path / "base.xlsx", [["企业名称", "行业门类"], ["Acme", "C"]])
    bomb = zip_with_zeros(tmp_path / "bomb.xlsx", "xl/media/image1.bin", 300 * 2**20, base=base)
    assert bomb.stat().st_size < 3 * 2**20
    with pytest.raises(SpreadsheetRejected) as caught:
        open_table(bomb)
    assert caught.value.key == "excel.zip_bomb"
    assert "xl/media/image1.bin" in caught.value.message("en")
    assert "安全" in caught.value.message("zh_CN")


def test_total_size_cap(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = workbook(tmp_path / "big.xlsx", [[f"row {n}", n] for n in range(2000)])
    monkeypatch.setattr(safety, "MAX_UNPACKED_BYTES", 2**16)
    with pytest.raises(SpreadsheetRejected) as caught, zipfile.ZipFile(path) as archive:
        check_archive(archive, path.name)
    assert caught.value.key == "excel.too_big"
    monkeypatch.undo()
    with zipfile.ZipFile(path) as archive:
        check_archive(archive, path.name)  # passes under the real limit


def test_member_count_cap(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = workbook(tmp_path / "parts.xlsx", [["a", "b"]])
    monkeypatch.setattr(safety, "MAX_MEMBERS", 3)
    assert rejection_key(path) == "excel.too_many_parts"


def test_well_compressed_small_members_pass(tmp_path: Path) -> None:
    base = workbook(tmp_path / "base.xlsx", [["a", "b"]])
    path = zip_with_zeros(tmp_path / "zeros.xlsx", "xl/media/pad.bin", 2**19, base=base)
    with zipfile.ZipFile(path) as archive:
        check_archive(archive, path.name)


def test_formula_without_cached_value_names_the_cell(tmp_path: Path) -> None:
    path = workbook(
        tmp_path / "script.xlsx",
        [["企业名称", "从业人员", "合计"], ["Acme", 10, None], ["Beta", 20, "=B2+B3"]],
    )
    with pytest.raises(SpreadsheetRejected) as caught:
        open_table(path)
    assert caught.value.key == "excel.uncached_formula"
    assert caught.value.params["cell"] == "C3"
    assert "C3" in caught.value.message("en") and "Excel" in caught.value.message("en")
    assert "C3" in caught.value.message("zh_CN")


def test_formula_with_cached_value_is_read_as_its_value(tmp_path: Path) -> None:
    path = workbook(tmp_path / "saved.xlsx", [["企业名称", "合计"], ["Acme", "=1+2"]])
    rewrite_member(path, SHEET, lambda xml: xml.replace(b"<v />", b"<v>3</v>"))
    with open_table(path) as table:
        assert list(table) == [(1, ("企业名称", "合计")), (2, ("Acme", 3))]


def test_formula_whose_saved_result_is_empty_text_passes(tmp_path: Path) -> None:
    path = workbook(tmp_path / "empty.xlsx", [["企业名称", "备注"], ["Acme", '=""']])
    rewrite_member(path, SHEET, lambda xml: xml.replace(b'<c r="B2">', b'<c r="B2" t="str">'))
    with open_table(path) as table:
        assert list(table)[1] == (2, ("Acme", None))


def zip_of(tmp_path: Path, xml: bytes) -> zipfile.ZipFile:
    path = tmp_path / "sheet.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(SHEET, xml)
    return zipfile.ZipFile(path)


CELLS = {
    "no formulas": (b'<c r="A1" t="s"><v>0</v></c><c r="B1"><v>2</v></c>', None),
    "cached": (b'<c r="A1"><f>1+1</f><v>2</v></c>', None),
    "shared, cached": (b'<c r="A2"><f t="shared" si="0"/><v>4</v></c>', None),
    "empty string result": (b'<c r="A1" t="str"><f>""</f><v></v></c>', None),
    "self-closing cell": (b'<c r="A1" s="1"/><c r="B1"><f>X</f><v>1</v></c>', None),
    "no value element": (b'<c r="D4"><f>SUM(A1:A3)</f></c>', "D4"),
    "empty value": (b'<c r="E5"><f>A1&gt;0</f><v></v></c>', "E5"),
    "shared, uncached": (b'<c r="F6"><f t="shared" si="0"/><v/></c>', "F6"),
    "prefixed": (b'<x:c r="G7"><x:f>1</x:f></x:c>', "G7"),
    "first of two": (b'<c r="A9"><f>1</f></c><c r="B9"><f>2</f></c>', "A9"),
}


@pytest.mark.parametrize("chunk", [5, 17, 64, 2**20])
@pytest.mark.parametrize("case", list(CELLS))
def test_uncached_formula_scan(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, case: str, chunk: int
) -> None:
    cells, expected = CELLS[case]
    filler = b"".join(b'<row r="%d"><c r="A%d"><v>1</v></c></row>' % (n, n) for n in range(1, 40))
    xml = b"<worksheet><sheetData>" + filler + b'<row r="40">' + cells + b"</row></sheetData>"
    xml += b"</worksheet>"
    monkeypatch.setattr(safety, "_CHUNK", chunk)
    with zip_of(tmp_path, xml) as archive:
        assert first_uncached_formula(archive, SHEET) == expected
