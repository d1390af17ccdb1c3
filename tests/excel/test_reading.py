from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from openpyxl.chart import BarChart, Reference

from liaison.excel.detect import SpreadsheetFormat
from liaison.excel.errors import SpreadsheetRejected
from liaison.excel.headers import find_header_row
from liaison.excel.reading import open_table
from liaison.excel.table import column_letter, is_blank
from liaison.rules.dates import parse_date
from liaison.rules.money import parse_money
from liaison.rules.numbers import normalise_text, parse_int
from tests.excel.builders import rewrite_member, sheet_xml, workbook

SHEET = "xl/worksheets/sheet1.xml"
HEADERS = {
    "Name": "name",
    "企业名称": "name",
    "Employees": "employees",
    "从业人员": "employees",
    "Revenue (10k CNY)": "revenue",
    "营业收入（万元）": "revenue",
    "Signed on": "signed_on",
    "签约日期": "signed_on",
}


def officer_workbook(path: Path) -> Path:
    """A sheet as officers keep them: merged title, blank rows, text numbers, mixed dates."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "合作企业"
    sheet["A1"] = "2025 年合作企业名单"
    sheet.merge_cells("A1:D1")
    sheet.append([])  # row 2 stays blank
    for values in [
        ["企业名称 ", "从业人员", "营业收入(万元)", "签约日期"],
        ["杭州甲科技有限公司", "１２３", "1,234.5", datetime(2026, 3, 1)],
        [],
        ["乙制造", 45, " ８８ ", "2026/3/1"],
        ["丙服务", "35人", 12.5, "2026年3月1日"],
        ["丁贸易", "7", "5万元", "2026.3.1"],
        ["戊物流", 0, 0, 20260301],
        ["己餐饮", 3, 1, 46082],
        ["庚软件", "\u3000９\u3000", "0.5", "２０２６－０３－０１"],
        ["辛建筑", 1, 1, "2026-03-01 00:00:00"],
    ]:
        sheet.append(values)
    book.save(path)
    return path


def test_officer_sheet_reads_with_excel_row_numbers(tmp_path: Path) -> None:
    with open_table(officer_workbook(tmp_path / "企业.xlsx")) as table:
        assert table.format is SpreadsheetFormat.XLSX
        assert table.sheet == "合作企业"
        assert table.sheet_names == ("合作企业",)
        rows = iter(table)
        header = find_header_row(rows, HEADERS)
        assert header.row == 3
        assert header.columns == {0: "name", 1: "employees", 2: "revenue", 3: "signed_on"}
        data = [(number, values) for number, values in rows if not is_blank(values)]

    assert [number for number, _ in data] == [4, 6, 7, 8, 9, 10, 11, 12]
    columns = header.columns
    parsed = []
    for _number, values in data:
        cell = dict(zip(columns.values(), values, strict=False))
        parsed.append(
            (
                normalise_text(cell["name"]),
                parse_int(cell["employees"], "employees"),
                parse_money(cell["revenue"], "revenue", "wan"),
                parse_date(cell["signed_on"], "signed_on"),
            )
        )
    assert [p[1] for p in parsed] == [123, 45, 35, 7, 0, 3, 9, 1]
    assert [p[2] for p in parsed] == [
        1_234_500_000,
        88_000_000,
        12_500_000,
        5_000_000,  # "5万元" in a 万元 column
        0,
        1_000_000,
        500_000,
        1_000_000,
    ]
    assert {p[3] for p in parsed} == {date(2026, 3, 1)}


def test_merged_title_and_blank_rows_keep_their_numbers(tmp_path: Path) -> None:
    with open_table(officer_workbook(tmp_path / "企业.xlsx")) as table:
        rows = list(table)
    assert [number for number, _ in rows] == list(range(1, 13))
    assert rows[0][1][0] == "2025 年合作企业名单"
    assert all(value is None for value in rows[0][1][1:])
    assert is_blank(rows[1][1]) and is_blank(rows[4][1])


def test_leading_blank_rows_and_gaps(tmp_path: Path) -> None:
    path = workbook(tmp_path / "gaps.xlsx", [[], [], [None, "x"], [], [], ["y"]])
    with open_table(path) as table:
        assert list(table) == [(1, ()), (2, ()), (3, (None, "x")), (4, ()), (5, ()), (6, ("y",))]
        # iterating again reads the sheet again
        assert len(list(table)) == 6


def test_values_keep_their_cell_types(tmp_path: Path) -> None:
    path = workbook(tmp_path / "types.xlsx", [[1, 2.5, "text", True, datetime(2026, 3, 1)]])
    with open_table(path) as table:
        ((number, values),) = list(table)
    assert number == 1
    assert values == (1, 2.5, "text", True, datetime(2026, 3, 1))
    assert isinstance(values[0], int)
    assert Decimal(str(values[1])) == Decimal("2.5")


def test_sheet_selection(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    hidden = book.active
    hidden.title = "Lists"
    hidden.sheet_state = "hidden"
    hidden["A1"] = "hidden"
    chart = BarChart()
    chart.add_data(Reference(hidden, min_col=1, min_row=1, max_row=1))
    book.create_chartsheet("Chart").add_chart(chart)
    book.create_sheet("Enterprises")["A1"] = "enterprises"
    book.create_sheet("联系人 2025")["A1"] = "contacts"
    path = tmp_path / "book.xlsx"
    book.save(path)

    with open_table(path) as table:
        assert table.sheet_names == ("Lists", "Enterprises", "联系人 2025")
        assert table.sheet == "Enterprises"  # the first visible worksheet
        assert list(table) == [(1, ("enterprises",))]
    with open_table(path, "Lists") as table:
        assert list(table) == [(1, ("hidden",))]
    with open_table(path, " enterprises ") as table:
        assert table.sheet == "Enterprises"
    with open_table(path, "联系人２０２５") as table:
        assert list(table) == [(1, ("contacts",))]
    with pytest.raises(SpreadsheetRejected) as caught:
        open_table(path, "Chart")
    assert caught.value.key == "excel.no_sheet"
    assert '"Enterprises"' in caught.value.message("en")


def test_declared_size_past_the_row_limit_is_refused_at_once(tmp_path: Path) -> None:
    path = workbook(tmp_path / "long.xlsx", [[n] for n in range(1, 21)])
    with pytest.raises(SpreadsheetRejected) as caught:
        open_table(path, max_rows=10)
    assert caught.value.key == "excel.too_many_rows"
    assert "10" in caught.value.message("en") and "10" in caught.value.message("zh_CN")
    with open_table(path, max_rows=20) as table:
        assert len(list(table)) == 20


def test_row_limit_is_counted_when_the_declared_size_lies(tmp_path: Path) -> None:
    path = workbook(tmp_path / "stale.xlsx", [[n] for n in range(1, 21)])
    rewrite_member(path, SHEET, lambda xml: xml.replace(b'ref="A1:A20"', b'ref="A1:A5"'))
    assert 'ref="A1:A5"' in sheet_xml(path)
    with open_table(path, max_rows=100) as table:
        assert [values[0] for _, values in table] == list(range(1, 21))  # nothing cut off
    with open_table(path, max_rows=10) as table:
        rows = iter(table)
        assert [next(rows)[0] for _ in range(10)] == list(range(1, 11))
        with pytest.raises(SpreadsheetRejected) as caught:
            next(rows)
    assert caught.value.key == "excel.too_many_rows"


def test_malformed_sheet_xml_is_a_clear_rejection(tmp_path: Path) -> None:
    path = workbook(tmp_path / "broken.xlsx", [["a"], ["b"]])
    rewrite_member(path, SHEET, lambda xml: xml.split(b"</sheetData>")[0] + b"<row r=")
    with pytest.raises(SpreadsheetRejected) as caught, open_table(path) as table:
        list(table)
    assert caught.value.key == "excel.unreadable"
    assert "broken.xlsx" in caught.value.message("zh_CN")


def test_damaged_member_data_is_a_clear_rejection(tmp_path: Path) -> None:
    path = workbook(tmp_path / "damaged.xlsx", [[f"row {n}" * 5] for n in range(300)])
    data = bytearray(path.read_bytes())
    start = data.find(SHEET.encode()) + len(SHEET) + 40  # inside the member's packed data
    data[start : start + 64] = bytes(64)
    path.write_bytes(bytes(data))
    with pytest.raises(SpreadsheetRejected) as caught, open_table(path) as table:
        list(table)
    assert caught.value.key == "excel.unreadable"


def test_workbook_without_worksheets(tmp_path: Path) -> None:
    path = workbook(tmp_path / "none.xlsx", [["a"]])
    rewrite_member(path, "xl/workbook.xml", lambda xml: xml.replace(b'<sheet name="Sheet1"', b"<x"))
    with pytest.raises(SpreadsheetRejected) as caught:
        open_table(path)
    assert caught.value.key == "excel.no_worksheets"


@pytest.mark.parametrize(("index", "letter"), [(0, "A"), (25, "Z"), (26, "AA"), (27, "AB")])
def test_column_letter(index: int, letter: str) -> None:
    assert column_letter(index) == letter


@pytest.mark.parametrize(
    ("values", "blank"),
    [
        ((), True),
        ((None, None), True),
        ((" ", "\u3000"), True),
        ((None, 0), False),
        (("x",), False),
    ],
)
def test_is_blank(values: tuple[object, ...], blank: bool) -> None:
    assert is_blank(values) is blank
