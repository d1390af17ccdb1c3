from __future__ import annotations

import io
import random
import zipfile
from pathlib import Path

import pytest

from liaison.excel.detect import SpreadsheetFormat, detect_format
from liaison.excel.errors import SpreadsheetRejected
from liaison.excel.ole import MalformedCompoundFile, stream_names
from liaison.excel.reading import open_table
from tests.excel.builders import compound_file, workbook


def rejection(path: Path) -> SpreadsheetRejected:
    with pytest.raises(SpreadsheetRejected) as caught:
        detect_format(path)
    return caught.value


def test_xlsx_is_recognised_by_content_whatever_its_name(tmp_path: Path) -> None:
    for name in ("ok.xlsx", "renamed.csv", "no_suffix"):
        path = workbook(tmp_path / name, [["企业名称", "行业门类"], ["Acme", "C"]])
        assert detect_format(path) is SpreadsheetFormat.XLSX


@pytest.mark.parametrize("name", ["export.csv", "export.txt", "export"])
def test_text_with_a_text_name_is_csv(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_text("企业名称,行业门类\nAcme,C\n", encoding="gbk")
    assert detect_format(path) is SpreadsheetFormat.CSV


@pytest.mark.parametrize(
    ("names", "key"),
    [
        (["Workbook", "\x05SummaryInformation"], "excel.xls"),
        (["Book"], "excel.xls"),
        (["\x06DataSpaces", "EncryptionInfo", "EncryptedPackage"], "excel.encrypted"),
        (["EncryptedPackage"], "excel.encrypted"),
        (["WordDocument", "1Table"], "excel.not_spreadsheet"),
    ],
)
def test_ole2_files_are_told_apart_by_stream_names(
    tmp_path: Path, names: list[str], key: str
) -> None:
    path = tmp_path / "officer.xlsx"
    path.write_bytes(compound_file(names))
    error = rejection(path)
    assert error.key == key
    assert "officer.xlsx" in error.message("en")
    assert "officer.xlsx" in error.message("zh_CN")


def test_legacy_and_encrypted_messages_differ_and_say_what_to_do(tmp_path: Path) -> None:
    legacy = tmp_path / "old.xlsx"
    legacy.write_bytes(compound_file(["Workbook"]))
    locked = tmp_path / "locked.xlsx"
    locked.write_bytes(compound_file(["EncryptionInfo", "EncryptedPackage"]))
    legacy_message, locked_message = (
        rejection(legacy).message("en"),
        rejection(locked).message("en"),
    )
    assert "97–2003" in legacy_message and ".xlsx" in legacy_message
    assert "password" in locked_message and ".xlsx" in locked_message
    assert "密码" in rejection(locked).message("zh_CN")


def test_stream_names_follow_a_directory_chain_over_several_sectors() -> None:
    names = [f"Stream{i}" for i in range(11)]  # 12 entries: three directory sectors
    assert stream_names(io.BytesIO(compound_file(names))) == {"Root Entry", *names}


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[:600],  # cut inside the allocation table
        lambda data: data[:30] + b"\x07\x00" + data[32:],  # impossible sector size
        lambda data: data[:48] + b"\x40\x00\x00\x00" + data[52:],  # directory beyond the end
    ],
)
def test_damaged_compound_files(tmp_path: Path, damage: object) -> None:
    data = damage(compound_file(["Workbook"]))  # type: ignore[operator]
    with pytest.raises(MalformedCompoundFile):
        stream_names(io.BytesIO(data))
    path = tmp_path / "damaged.xls"
    path.write_bytes(data)
    assert rejection(path).key == "excel.ole_unreadable"


def test_csv_renamed_to_xlsx_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "list.xlsx"
    path.write_text("企业名称,行业门类\nAcme,C\n", encoding="utf-8")
    error = rejection(path)
    assert error.key == "excel.text_renamed"
    assert ".csv" in error.message("en")


@pytest.mark.parametrize(
    "text",
    [
        "<html><body><table><tr><td>企业</td></tr></table></body></html>",
        '\ufeff  <?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office"/>',
        "<!DOCTYPE html><html></html>",
    ],
)
def test_web_pages_and_xml_named_xls_are_refused(tmp_path: Path, text: str) -> None:
    path = tmp_path / "export.xls"
    path.write_text(text, encoding="utf-8")
    assert rejection(path).key == "excel.markup"


def test_random_bytes(tmp_path: Path) -> None:
    path = tmp_path / "noise.xlsx"
    path.write_bytes(random.Random(7).randbytes(10_000))
    assert rejection(path).key == "excel.not_spreadsheet"


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.xlsx"
    path.touch()
    error = rejection(path)
    assert error.key == "excel.empty"
    assert error.message("en") == '"empty.xlsx" is empty (0 bytes).'


def test_missing_file(tmp_path: Path) -> None:
    error = rejection(tmp_path / "gone.xlsx")
    assert error.key == "excel.cannot_open"
    assert "gone.xlsx" in error.message("zh_CN")


def test_truncated_zip_is_corrupt(tmp_path: Path) -> None:
    good = workbook(tmp_path / "good.xlsx", [["a", "b"]] * 50)
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    assert rejection(cut).key == "excel.corrupt_zip"
    with pytest.raises(SpreadsheetRejected) as caught:
        open_table(cut)
    assert caught.value.key == "excel.corrupt_zip"


@pytest.mark.parametrize(
    ("members", "key"),
    [
        ({"[Content_Types].xml": "", "word/document.xml": ""}, "excel.not_spreadsheet"),
        ({"[Content_Types].xml": "", "xl/workbook.bin": ""}, "excel.xlsb"),
        (
            {"mimetype": "application/vnd.oasis.opendocument.spreadsheet", "content.xml": ""},
            "excel.ods",
        ),
        ({"notes.txt": "hello"}, "excel.not_spreadsheet"),
    ],
)
def test_other_zip_packages(tmp_path: Path, members: dict[str, str], key: str) -> None:
    path = tmp_path / "package.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        for name, text in members.items():
            archive.writestr(name, text)
    assert rejection(path).key == key
