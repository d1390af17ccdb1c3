"""What real sheets hold, imported into the values Liaison stores (one table row per case)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from liaison.excel.importing import Fate, import_file
from liaison.services.hub import Services
from tests.excel.builders import workbook
from tests.excel.world import USCC_A

ENTERPRISE_HEADERS = [
    "企业名称",
    "统一社会信用代码",
    "行业门类",
    "从业人员",
    "营业收入（万元）",
    "合作状态",
]


def import_one(
    services: Services, tmp_path: Path, kind: str, header: list[str], row: list[Any]
) -> Any:
    path = workbook(tmp_path / f"{kind}.xlsx", [header, row])
    report = import_file(services, kind, path)
    assert report.errors == [], [e.reason("en") for e in report.errors]
    assert [f.fate for f in report.rows] == [Fate.CREATE]
    record_id = report.rows[0].record_id
    assert record_id is not None
    return services.service(SERVICE[kind]).get(record_id)


SERVICE = {"enterprises": "enterprise", "visits": "interaction", "contacts": "contact"}


@pytest.mark.parametrize(
    ("cell", "stored"),
    [
        (datetime(2026, 3, 1), date(2026, 3, 1)),  # an Excel date cell
        (46082, date(2026, 3, 1)),  # an Excel serial in a General cell
        ("2026-03-01", date(2026, 3, 1)),
        ("2026/3/1", date(2026, 3, 1)),
        ("2026.3.1", date(2026, 3, 1)),
        ("2026年3月1日", date(2026, 3, 1)),
        ("２０２６－０３－０１", date(2026, 3, 1)),  # full width
        (" 2026-03-01 00:00:00 ", date(2026, 3, 1)),
        (20260301, date(2026, 3, 1)),
    ],
)
def test_dates(services: Services, tmp_path: Path, cell: Any, stored: date) -> None:
    firm = services.enterprises.create({"name": "甲公司"})
    del firm
    visit = import_one(
        services,
        tmp_path,
        "visits",
        ["所属企业", "方式", "日期", "摘要"],
        ["甲公司", "走访", cell, "洽谈"],
    )
    assert visit.occurred_on == stored


@pytest.mark.parametrize(
    ("employees", "revenue", "stored_employees", "stored_revenue_fen"),
    [
        ("35", "1200", 35, 12_000_000_00),  # numbers stored as text
        ("３５", "１２００", 35, 12_000_000_00),  # full-width digits
        ("1,035", "1,200.5", 1035, 12_005_000_00),  # thousands separators
        ("35人", "1200万元", 35, 12_000_000_00),  # a trailing unit
        (35, "3,000元", 35, 300_000),  # 元 in a 万元 column
        (35.0, 0.5, 35, 5_000_00),  # floats from Excel
        (" 35 ", " 12.5 ", 35, 1_250_000_00 // 10),  # spaces around
    ],
)
def test_numbers_and_money(
    services: Services,
    tmp_path: Path,
    employees: Any,
    revenue: Any,
    stored_employees: int,
    stored_revenue_fen: int,
) -> None:
    firm = import_one(
        services,
        tmp_path,
        "enterprises",
        ["企业名称", "从业人员", "营业收入（万元）"],
        ["甲", employees, revenue],
    )
    assert (firm.employees, firm.revenue_fen) == (stored_employees, stored_revenue_fen)


@pytest.mark.parametrize(
    "cell",
    [
        USCC_A,
        USCC_A.lower(),
        "9135 0100 M000 100Y 43",
        "".join(chr(ord(c) + 0xFEE0) for c in USCC_A),  # full width
        f" {USCC_A} ",
    ],
)
def test_credit_codes(services: Services, tmp_path: Path, cell: str) -> None:
    firm = import_one(
        services, tmp_path, "enterprises", ["企业名称", "统一社会信用代码"], ["甲", cell]
    )
    assert firm.uscc == USCC_A


@pytest.mark.parametrize(
    ("status", "industry", "stored"),
    [
        ("合作中", "C", ("active", "C")),
        ("Active", "制造业", ("active", "C")),
        ("active", "Manufacturing", ("active", "C")),
        (" 意向 ", "C 制造业", ("prospect", "C")),
        ("DORMANT", "i", ("dormant", "I")),
    ],
)
def test_closed_lists_in_either_language(
    services: Services, tmp_path: Path, status: str, industry: str, stored: tuple[str, str]
) -> None:
    firm = import_one(
        services, tmp_path, "enterprises", ["Name", "Status", "Industry"], ["甲", status, industry]
    )
    assert (firm.status, firm.industry_section) == stored


@pytest.mark.parametrize(
    ("cell", "stored"),
    [
        ("是", True),
        ("否", False),
        ("yes", True),
        ("No", False),
        ("√", True),
        (True, True),
        (0, False),
    ],
)
def test_yes_and_no(services: Services, tmp_path: Path, cell: Any, stored: bool) -> None:
    services.enterprises.create({"name": "甲公司"})
    contact = import_one(
        services, tmp_path, "contacts", ["所属企业", "姓名", "主要联系人"], ["甲公司", "王敏", cell]
    )
    assert contact.is_primary is stored


def test_merged_title_blank_rows_and_trailing_spaces(services: Services, tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet["A1"] = "2025 年合作企业名单"
    sheet.merge_cells("A1:F1")
    sheet.append([])  # a blank row before the header
    sheet.append([f"{h} " for h in ENTERPRISE_HEADERS])  # headers with trailing spaces
    sheet.append(["甲公司  ", f"{USCC_A} ", "C ", " 35", "800 ", "合作中 "])
    sheet.append([None, None, None])  # blank rows between data
    sheet.append(["   ", ""])
    sheet.append(["乙公司", None, "F", 3, None, "意向"])
    path = tmp_path / "officer.xlsx"
    book.save(path)
    report = import_file(services, "enterprises", path)
    assert report.errors == []
    assert [(f.row, f.fate) for f in report.rows] == [(4, Fate.CREATE), (7, Fate.CREATE)]
    first = services.enterprises.get(report.rows[0].record_id or 0)
    assert (first.name, first.uscc, first.employees, first.status) == (
        "甲公司",
        USCC_A,
        35,
        "active",
    )


def test_header_aliases_and_case(services: Services, tmp_path: Path) -> None:
    firm = import_one(
        services,
        tmp_path,
        "enterprises",
        ["COMPANY", "credit code", "员工人数", "营业收入(万元)", "REVENUE (10K CNY)"],
        ["甲", USCC_A, 12, "5", "6"],
    )
    # The first column naming a field wins; the second is left out.
    assert (firm.name, firm.uscc, firm.employees, firm.revenue_fen) == ("甲", USCC_A, 12, 5_000_000)
