from __future__ import annotations

from pathlib import Path

import pytest

from liaison.excel.csvread import file_encoding, sniff_delimiter
from liaison.excel.detect import SpreadsheetFormat
from liaison.excel.errors import SpreadsheetRejected
from liaison.excel.headers import find_header_row
from liaison.excel.reading import open_table
from liaison.rules.dates import parse_date
from liaison.rules.numbers import parse_int

TEXT = (
    "2025年合作企业名单,,\n"
    "企业名称,从业人员,签约日期\n"
    "杭州甲科技,１２３,2026/3/1\n"
    "\n"
    '乙制造,"1,234",2026年3月1日\n'
)
EXPECTED = [
    (1, ("2025年合作企业名单", None, None)),
    (2, ("企业名称", "从业人员", "签约日期")),
    (3, ("杭州甲科技", "１２３", "2026/3/1")),
    (4, ()),
    (5, ("乙制造", "1,234", "2026年3月1日")),
]


@pytest.mark.parametrize(
    ("encoding", "detected"),
    [
        ("utf-8", "utf-8"),
        ("utf-8-sig", "utf-8-sig"),
        ("gbk", "gb18030"),
        ("gb18030", "gb18030"),
        ("utf-16", "utf-16"),
    ],
)
def test_csv_encodings(tmp_path: Path, encoding: str, detected: str) -> None:
    path = tmp_path / "企业.csv"
    path.write_bytes(TEXT.encode(encoding))
    assert file_encoding(path) == detected
    with open_table(path) as table:
        assert table.format is SpreadsheetFormat.CSV
        assert table.sheet_names == ("企业",) and table.sheet == "企业"
        assert list(table) == EXPECTED


def test_csv_rows_feed_the_parsers(tmp_path: Path) -> None:
    path = tmp_path / "企业.csv"
    path.write_text(TEXT, encoding="gbk")
    with open_table(path) as table:
        rows = iter(table)
        header = find_header_row(rows, {"企业名称": "name", "从业人员": "employees"})
        assert header.row == 2
        data = [values for _, values in rows if values]
    assert [parse_int(values[1], "employees") for values in data] == [123, 1234]
    assert {parse_date(values[2], "signed_on") for values in data} == {parse_date("2026-3-1", "d")}


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_delimiters(tmp_path: Path, delimiter: str) -> None:
    rows = [["企业名称", "从业人员", "备注"], ["甲", "12", "a, b"], ["乙", "3,5", ""]]
    text = "\n".join(delimiter.join(f'"{v}"' if "," in v else v for v in row) for row in rows)
    path = tmp_path / "list.csv"
    path.write_text(text + "\n", encoding="utf-8")
    with open_table(path) as table:
        assert table.delimiter == delimiter  # type: ignore[attr-defined]
        assert [values for _, values in table] == [
            ("企业名称", "从业人员", "备注"),
            ("甲", "12", "a, b"),
            ("乙", "3,5", None),
        ]


def test_sniff_falls_back_to_the_commonest_candidate() -> None:
    assert sniff_delimiter("只有一列\n没有分隔符\n") == ","
    assert sniff_delimiter("a;b;c") == ";"


def test_quoted_line_breaks_stay_one_row(tmp_path: Path) -> None:
    path = tmp_path / "notes.csv"
    path.write_text('名称,备注\n甲,"第一行\n第二行"\n乙,x\n', encoding="utf-8")
    with open_table(path) as table:
        assert [number for number, _ in table] == [1, 2, 3]


def test_undecodable_bytes_past_the_sample_are_caught_up_front(tmp_path: Path) -> None:
    path = tmp_path / "mixed.csv"
    path.write_bytes(b"name,count\n" + b"acme,1\n" * 12_000 + b"\xff\xfe\xff,2\n")
    with pytest.raises(SpreadsheetRejected) as caught:
        open_table(path)
    assert caught.value.key == "csv.encoding"
    assert "UTF-8" in caught.value.message("en") and "GBK" in caught.value.message("zh_CN")


def test_gbk_late_in_an_ascii_file_is_read_as_gb18030(tmp_path: Path) -> None:
    path = tmp_path / "late.csv"
    path.write_bytes(b"name,count\n" + b"acme,1\n" * 12_000 + "甲,2\n".encode("gbk"))
    with open_table(path) as table:
        assert list(table)[-1] == (12_002, ("甲", "2"))


def test_csv_row_limit(tmp_path: Path) -> None:
    path = tmp_path / "long.csv"
    path.write_text("".join(f"{n},x\n" for n in range(1, 21)), encoding="utf-8")
    with open_table(path, max_rows=10) as table:
        rows = iter(table)
        for _ in range(10):
            next(rows)
        with pytest.raises(SpreadsheetRejected) as caught:
            next(rows)
    assert caught.value.key == "excel.too_many_rows"


def test_malformed_csv_names_the_row(tmp_path: Path) -> None:
    path = tmp_path / "huge_field.csv"
    path.write_text("a,b\n1,2\n3," + "x" * 200_000 + "\n", encoding="utf-8")
    with pytest.raises(SpreadsheetRejected) as caught, open_table(path) as table:
        list(table)
    assert caught.value.key == "csv.malformed"
    assert caught.value.params["row"] == 3
