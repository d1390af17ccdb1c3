"""Exported workbooks, opened again: typed cells, styled headers, guarded text, lists as shown."""

from __future__ import annotations

import csv
import shutil
import subprocess
import zipfile
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from liaison import lists
from liaison.enums import EnterpriseStatus, SizeClass
from liaison.excel.columns import SHEETS
from liaison.excel.export import (
    ListColumn,
    export_list,
    export_list_ids,
    export_workbook,
)
from liaison.excel.reading import open_table
from liaison.i18n import LiaisonError
from liaison.services.enterprises import ENTERPRISE_FIELDS
from liaison.services.fields import Kind
from liaison.services.hub import Services
from liaison.tasks import Cancelled
from tests.excel.world import USCC_A, build_rich

AS_OF = date(2026, 6, 30)


def rows_of(sheet: Any) -> list[tuple[Any, ...]]:
    return list(sheet.iter_rows(values_only=True))


def column(sheet: Any, header: str) -> list[Any]:
    rows = rows_of(sheet)
    index = rows[0].index(header)
    return [row[index] for row in rows[1:]]


@pytest.fixture
def exported(services: Services, tmp_path: Path) -> tuple[Path, dict[str, int]]:
    build_rich(services)
    path = tmp_path / "all.xlsx"
    result = export_workbook(services.db, path, lang="zh_CN", as_of=AS_OF)
    return path, result.sheets


def test_every_kind_gets_a_sheet_and_the_indicators_come_last(
    exported: tuple[Path, dict[str, int]],
) -> None:
    path, counts = exported
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == [*(spec.title("zh_CN") for spec in SHEETS.values()), "合作指标"]
    assert counts["enterprises"] == 3 and counts["payments"] == 2
    for sheet in book.worksheets:
        header = next(sheet.iter_rows(min_row=1, max_row=1))
        assert all(cell.font.b for cell in header), sheet.title
        assert header[0].fill.fgColor.rgb.endswith("2F5597")
        assert sheet.freeze_panes == "A2"
        assert (
            sheet.auto_filter.ref
            == f"A1:{sheet.cell(1, sheet.max_column).column_letter}{sheet.max_row}"
        )
        widths = [sheet.column_dimensions[c.column_letter].width for c in header]
        assert all(6 <= w <= 60 for w in widths), sheet.title


def test_cells_are_typed_and_formatted(exported: tuple[Path, dict[str, int]]) -> None:
    path, _counts = exported
    book = openpyxl.load_workbook(path)
    firms = book["企业"]
    assert column(firms, "营业收入（万元）") == [Decimal("800.5"), Decimal("90.123456"), None] or [
        float(v) if v is not None else None for v in column(firms, "营业收入（万元）")
    ] == [800.5, 90.123456, None]
    revenue_cell = firms.cell(2, rows_of(firms)[0].index("营业收入（万元）") + 1)
    assert revenue_cell.data_type == "n" and revenue_cell.number_format == "#,##0.00"
    employees = firms.cell(2, rows_of(firms)[0].index("从业人员") + 1)
    assert employees.value == 35 and isinstance(employees.value, int)
    assert column(firms, "行业门类")[:2] == ["C 制造业", "F 批发和零售业"]
    assert column(firms, "合作状态") == ["合作中", "意向", "意向"]
    assert column(firms, "划型行业")[1] == "零售业"
    assert column(firms, "企业规模") == ["小型", "微型", "未划型"]
    assert column(firms, "备注")[0] == "第一行\n第二行"
    depth = column(firms, "合作深度")
    assert all(isinstance(d, int) and 0 <= d <= 5 for d in depth)

    visits = book["走访联络"]
    day = visits.cell(2, rows_of(visits)[0].index("日期") + 1)
    assert day.is_date and day.value == datetime(2026, 3, 1)
    assert day.number_format == "yyyy-mm-dd"
    assert column(visits, "已跟进") == ["否", "是"]
    assert column(visits, "联系人") == ["刘洋", None]

    agreements = book["合作协议"]
    assert column(agreements, "理念") == [None, "创新、绿色"]
    assert column(agreements, "续签自") == [None, "JSXY-2025-0009"]
    pay = agreements.cell(3, rows_of(agreements)[0].index("月报酬（元）") + 1)
    assert float(pay.value) == 3500.5 and pay.number_format == "#,##0.00"

    projects = book["合作项目"]
    partners = column(projects, "合作企业")
    assert partners[0] == '=HYPERLINK("http://evil")贸易、苏州精工机械有限公司'  # lead first
    assert [float(v) for v in column(projects, "到账经费（万元）")] == [12.5, 0.000001]


def test_text_that_looks_like_a_formula_stays_text(
    exported: tuple[Path, dict[str, int]],
) -> None:
    path, _counts = exported
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/"):
                assert b"<f>" not in archive.read(name), name
    book = openpyxl.load_workbook(path)
    firms = book["企业"]
    names = column(firms, "企业名称")
    assert names[1] == '=HYPERLINK("http://evil")贸易'
    guarded = firms.cell(3, 2)
    assert guarded.data_type == "s" and guarded.quotePrefix
    assert column(firms, "标签")[1] == "-负面标签"
    assert column(firms, "备注")[1] == "@SUM(A1)"
    assert column(firms, "规模设定理由")[1] == "+集团内独立核算"
    plain = firms.cell(2, 2)
    assert not plain.quotePrefix
    # The import reads the same text back (the safe reader, data-only mode).
    with open_table(path, "企业") as table:
        values = [v for _n, row in table for v in row]
    assert '=HYPERLINK("http://evil")贸易' in values


def test_english_workbook(services: Services, tmp_path: Path) -> None:
    build_rich(services)
    path = export_workbook(services.db, tmp_path / "en.xlsx", lang="en", as_of=AS_OF).path
    book = openpyxl.load_workbook(path)
    assert book.sheetnames[0] == "Enterprises" and book.sheetnames[-1] == "Indicators"
    firms = book["Enterprises"]
    assert rows_of(firms)[0][:3] == ("ID", "Name", "USCC")
    assert column(firms, "Status") == ["Active", "Prospect", "Prospect"]
    assert column(firms, "Industry")[0] == "C Manufacturing"
    agreements = book["Agreements"]
    assert column(agreements, "Themes")[1] == "Innovation, Green"
    projects = book["Projects"]
    assert column(projects, "Partners")[0] == '=HYPERLINK("http://evil")贸易; 苏州精工机械有限公司'


def test_one_kind_only_and_no_indicators(services: Services, tmp_path: Path) -> None:
    build_rich(services)
    result = export_workbook(services.db, tmp_path / "c.xlsx", kinds=["contacts"], lang="en")
    assert result.sheets == {"contacts": 3}
    assert openpyxl.load_workbook(result.path).sheetnames == ["Contacts"]
    with pytest.raises(LiaisonError):
        export_workbook(services.db, tmp_path / "x.xlsx", kinds=["nonsense"])


def test_the_indicators_sheet(exported: tuple[Path, dict[str, int]]) -> None:
    path, counts = exported
    sheet = openpyxl.load_workbook(path)["合作指标"]
    rows = rows_of(sheet)
    assert rows[0] == ("类别", "指标", "数值", "单位")
    assert len(rows) == counts["indicators"] + 1
    by_name = {row[1]: row for row in rows[1:]}
    assert by_name["起始日期"][2] == datetime(2026, 1, 1)
    assert by_name["截止日期"][2] == datetime(2026, 6, 30)
    assert by_name["合作企业（合作中）"][2] == 1
    funds = by_name["到账经费"]
    assert float(funds[2]) == 12.500001 and funds[3] == "万元"


class _CancelAt:
    def __init__(self, at: int) -> None:
        self.calls = 0
        self.at = at

    def __call__(self, done: int, total: int | None, text: str = "") -> None:
        self.calls += 1

    def cancelled(self) -> bool:
        return self.calls >= self.at


def test_a_cancelled_export_leaves_nothing_behind(services: Services, tmp_path: Path) -> None:
    build_rich(services)
    target = tmp_path / "out" / "all.xlsx"
    with pytest.raises(Cancelled):
        export_workbook(services.db, target, progress=_CancelAt(3))
    assert not target.exists()
    assert list((tmp_path / "out").iterdir()) == []


def test_an_earlier_file_survives_a_failed_export(services: Services, tmp_path: Path) -> None:
    build_rich(services)
    target = tmp_path / "all.xlsx"
    target.write_bytes(b"the previous export")
    with pytest.raises(Cancelled):
        export_workbook(services.db, target, progress=_CancelAt(2))
    assert target.read_bytes() == b"the previous export"


def test_a_list_as_shown(services: Services, tmp_path: Path) -> None:
    build_rich(services)
    name = ENTERPRISE_FIELDS[0]
    columns = [
        ListColumn.of_field(name.label("en"), "name", name),
        ListColumn.of_kind("Size", "size_class", Kind.CHOICE, choices=SizeClass, lang="en"),
        ListColumn.of_kind("Status", "status", Kind.CHOICE, choices=EnterpriseStatus, lang="en"),
        ListColumn.of_kind("Contacts", "contacts", Kind.INT),
        ListColumn.of_kind("Last contact", "last_contact", Kind.DATE),
        ListColumn.of_kind("Depth", "depth", Kind.INT),
    ]
    with services.db.reading() as session:
        ids = lists.enterprise_ids(session, order_by="contacts", descending=True)

    def fetch(session: Any, chunk: Any) -> Any:
        return lists.enterprise_rows(session, chunk, depth_as_of=AS_OF)

    path = tmp_path / "list.xlsx"
    written = export_list_ids(services.db, path, "Enterprises", columns, ids, fetch)
    assert written == 3
    sheet = openpyxl.load_workbook(path).active
    rows = rows_of(sheet)
    assert rows[0] == ("Name", "Size", "Status", "Contacts", "Last contact", "Depth")
    assert [r[0] for r in rows[1:]] == [
        "苏州精工机械有限公司",
        '=HYPERLINK("http://evil")贸易',
        "无锡小微软件工作室",
    ]
    assert rows[1][1:4] == ("Small", "Active", 2)
    assert rows[1][4] == datetime(2026, 3, 1)
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == "A1:F4"
    assert sheet.cell(3, 1).quotePrefix

    plain = export_list(
        tmp_path / "plain.xlsx",
        "Amounts",
        [ListColumn.of_kind("Amount", lambda r: r, Kind.MONEY_YUAN)],
        [123_456, None],
    )
    assert plain == 2
    cell = openpyxl.load_workbook(tmp_path / "plain.xlsx").active.cell(2, 1)
    assert float(cell.value) == 1234.56 and cell.number_format == "#,##0.00"


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_reads_the_workbook(
    exported: tuple[Path, dict[str, int]], tmp_path: Path
) -> None:
    path, _counts = exported
    out = tmp_path / "csv"
    profile = tmp_path / "lo-profile"
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1",
            "--outdir",
            str(out),
            str(path),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    sheets = {p.name: p for p in out.iterdir()}
    firms = next(p for name, p in sheets.items() if "企业" in name and "指标" not in name)
    with firms.open(encoding="utf-8") as stream:
        rows = list(csv.reader(stream))
    assert rows[0][:3] == ["记录ID", "企业名称", "统一社会信用代码"]
    assert rows[1][1:3] == ["苏州精工机械有限公司", USCC_A]
    # Text that looks like a formula was not evaluated by Calc.
    assert rows[2][1] == '=HYPERLINK("http://evil")贸易'
    header = rows[0]
    assert rows[1][header.index("营业收入（万元）")] == "800.50"
    visits = next(p for name, p in sheets.items() if "走访联络" in name)
    with visits.open(encoding="utf-8") as stream:
        visit_rows = list(csv.reader(stream))
    assert visit_rows[1][visit_rows[0].index("日期")] == "2026-03-01"
