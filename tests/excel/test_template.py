"""Import templates: headers in the chosen language, dropdowns, the example row, the guide."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from liaison.excel.cells import closed_list
from liaison.excel.columns import SHEETS
from liaison.excel.headers import normalise_header
from liaison.excel.importing import read_layout
from liaison.excel.template import example_row, write_template


@pytest.mark.parametrize("kind", list(SHEETS))
@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_every_template_reads_back_as_its_kind(tmp_path: Path, kind: str, lang: str) -> None:
    path = write_template(kind, tmp_path / f"{kind}.xlsx", lang=lang)
    spec = SHEETS[kind]
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == [
        spec.title(lang),
        "列说明" if lang == "zh_CN" else "Columns",
        "选项" if lang == "zh_CN" else "Lists",
    ]
    data = book.worksheets[0]
    headers = [c.value for c in data[1]]
    expected = [c.header(lang) + ("*" if c.field.required else "") for c in spec.columns]
    assert headers == expected
    assert data.freeze_panes == "A2"
    assert book.worksheets[2].sheet_state == "hidden"
    layout = read_layout(path, kind)
    assert layout.header_row == 1
    assert sorted(layout.mapping.values()) == sorted(c.name for c in spec.columns)
    assert layout.missing_required() == []


def test_dropdowns_for_every_closed_list(tmp_path: Path) -> None:
    path = write_template("enterprises", tmp_path / "e.xlsx", lang="zh_CN")
    book = openpyxl.load_workbook(path)
    data, lists = book.worksheets[0], book.worksheets[2]
    headers = [c.value for c in data[1]]
    by_column = {}
    for validation in data.data_validations.dataValidation:
        assert validation.type == "list"
        column = str(validation.sqref).split(":")[0].rstrip("0123456789")
        by_column[headers[openpyxl.utils.column_index_from_string(column) - 1]] = validation
    assert set(by_column) == {"行业门类", "划型行业", "合作状态", "手动设定规模"}
    status = by_column["合作状态"]
    assert str(status.sqref) == "K2:K5001"
    assert status.formula1 == "='选项'!$C$2:$C$5"
    assert [lists.cell(r, 3).value for r in range(2, 6)] == ["意向", "合作中", "暂停", "已终止"]
    industries = [lists.cell(r, 1).value for r in range(2, 22)]
    assert industries[2] == "C 制造业" and len(industries) == 20


def test_yes_no_kind_and_themes_dropdowns(tmp_path: Path) -> None:
    path = write_template("agreements", tmp_path / "a.xlsx", lang="en")
    data = openpyxl.load_workbook(path).worksheets[0]
    headers = [c.value for c in data[1]]
    validated = set()
    for validation in data.data_validations.dataValidation:
        column = str(validation.sqref).split(":")[0].rstrip("0123456789")
        header = headers[openpyxl.utils.column_index_from_string(column) - 1]
        validated.add(header)
        if header == "Themes":  # several themes in one cell must stay possible
            assert not validation.showErrorMessage
    assert {"Kind*", "Status", "Themes"} <= validated
    path = write_template("contacts", tmp_path / "c.xlsx", lang="en")
    data = openpyxl.load_workbook(path).worksheets[0]
    assert len(data.data_validations.dataValidation) == 1  # Primary: yes/no
    lists = openpyxl.load_workbook(path).worksheets[2]
    assert [lists.cell(r, 1).value for r in (2, 3)] == ["Yes", "No"]


def test_example_row_and_guide(tmp_path: Path) -> None:
    path = write_template("enterprises", tmp_path / "e.xlsx", lang="zh_CN")
    book = openpyxl.load_workbook(path)
    data, guide = book.worksheets[0], book.worksheets[1]
    example = [c.value for c in data[2]]
    assert example[:3] == ["示例精工机械有限公司", "91350100M000100Y43", "C 制造业"]
    assert data.cell(2, 1).font.i
    revenue = data.cell(2, 6)
    assert revenue.value == 800 and revenue.number_format == "#,##0.00"
    rows = list(guide.iter_rows(values_only=True))
    assert rows[0] == ("列标题", "必填", "填写说明", "也可使用的列标题", "示例")
    first = rows[1]
    assert first[0] == "企业名称*" and first[1] == "是"
    assert "Name" in first[3] and "公司名称" in first[3]
    status = next(r for r in rows if r[0] == "合作状态")
    assert "意向" in status[2] and "已终止" in status[2]
    assert any(r[0] and "第 2 行为示例" in r[0] for r in rows)


def test_every_closed_list_has_its_dropdown_in_every_template(tmp_path: Path) -> None:
    for kind, spec in SHEETS.items():
        path = write_template(kind, tmp_path / f"{kind}.xlsx", lang="en")
        data = openpyxl.load_workbook(path).worksheets[0]
        closed = {
            c.header("en") + ("*" if c.field.required else "")
            for c in spec.columns
            if c.target is None and closed_list(c.field) is not None
        }
        headers = [c.value for c in data[1]]
        found = set()
        for validation in data.data_validations.dataValidation:
            column = str(validation.sqref).split(":")[0].rstrip("0123456789")
            found.add(headers[openpyxl.utils.column_index_from_string(column) - 1])
        assert found == closed, kind


def test_example_rows_are_unlike_real_data() -> None:
    # The import skips a row equal to the example; the example must not look like real data.
    for kind, spec in SHEETS.items():
        row = example_row(spec, "zh_CN")
        texts = [normalise_header(v) for v in row if isinstance(v, str)]
        keys = [c.name for c in spec.columns]
        if "name" in keys or "title" in keys or "number" in keys:
            assert any("示例" in t or "example" in t for t in texts), kind
