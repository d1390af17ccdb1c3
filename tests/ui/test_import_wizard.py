"""The import wizard driven step by step on real files: header below a title, Chinese headers,
a rejected row, valid rows only, duplicates, a refused file, and undoing the batch."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtWidgets import QTableWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from liaison.excel.importing import Fate
from liaison.model import Enterprise
from liaison.services.hub import Services
from tests.excel.builders import compound_file
from tests.excel.world import USCC_A
from tests.ui import lists_support
from ui import i18n, messages
from ui.dialogs import import_pages
from ui.dialogs.import_wizard import COLUMNS, FILE, PREVIEW, SUMMARY, ImportWizard
from ui.dialogs.imports_history import ImportsDialog

officer = lists_support.officer
worker_stopped_after_module = lists_support.worker_stopped_after_module

HEADERS = ["企业名称", "统一社会信用代码", "从业人员", "所在城市"]
ROWS: list[list[Any]] = [
    ["甲公司", USCC_A, 35, "苏州"],  # row 4
    ["乙公司", None, "很多", "无锡"],  # row 5: "很多" is not a number (column C)
    ["丙公司", None, 12, "常州"],  # row 6
]


def titled(path: Path, rows: list[list[Any]] = ROWS) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "名单"
    sheet["A1"] = "2026 年合作企业名单"
    sheet.merge_cells("A1:D1")
    sheet.append([])
    sheet.append(HEADERS)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def enterprises(services: Services) -> list[str]:
    with services.db.reading() as s:
        return sorted(s.scalars(select(Enterprise.name).where(Enterprise.deleted_at.is_(None))))


def wizard_on(qtbot: QtBot, services: Services, path: Path) -> ImportWizard:
    wizard = ImportWizard(services)
    qtbot.addWidget(wizard)
    wizard.show()
    wait(qtbot, wizard.open_file(path))
    return wizard


def wait(qtbot: QtBot, task: Any) -> None:
    assert task is not None
    qtbot.waitUntil(lambda: task.done, timeout=10_000)


def go_to(qtbot: QtBot, wizard: ImportWizard, step: int) -> None:
    while wizard.step < step:
        before = wizard.step
        wait(qtbot, wizard.next_step())
        assert wizard.step == before + 1, wizard.problem.text()


def text(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    assert item is not None
    return item.text()


def cells(wizard: ImportWizard, table: QTableWidget | None = None) -> list[tuple[str, ...]]:
    table = table or wizard.preview_page.preview_table
    return [
        tuple(text(table, r, c) for c in range(table.columnCount()))
        for r in range(table.rowCount())
    ]


def test_header_below_a_title_and_chinese_headers_are_mapped(
    qtbot: QtBot, officer: Services, tmp_path: Path
) -> None:
    wizard = wizard_on(qtbot, officer, titled(tmp_path / "firms.xlsx"))
    sheets = wizard.file_page.sheet_combo
    assert [sheets.itemText(i) for i in range(sheets.count())] == ["名单"]
    go_to(qtbot, wizard, COLUMNS)
    assert "row 3" in wizard.columns_page.header_label.text()
    mapped = [combo.currentData() for combo in wizard.columns_page.mapping_combos]
    assert mapped == ["name", "uscc", "employees", "city"]
    assert text(wizard.columns_page.mapping_table, 0, 2) == "甲公司 · 乙公司 · 丙公司"
    assert wizard.columns_page.missing_label.text() == "Every required field has a column."


def test_a_bad_row_is_shown_rejected_and_only_valid_rows_import_when_asked(
    qtbot: QtBot, officer: Services, tmp_path: Path
) -> None:
    wizard = wizard_on(qtbot, officer, titled(tmp_path / "firms.xlsx"))
    go_to(qtbot, wizard, PREVIEW)
    lines = cells(wizard)
    assert [(row, fate) for row, fate, *_ in lines] == [
        ("4", "new"),
        ("5", "rejected"),
        ("6", "new"),
    ]
    assert lines[1][3] == "C" and "Not a number" in lines[1][4] and "从业人员" in lines[1][4]
    assert "rejected: 1" in wizard.preview_page.counts_label.text()
    # Rows with errors stop the import until the officer asks for the valid ones only.
    assert not wizard.next_button.isEnabled()
    wizard.preview_page.valid_only.setChecked(True)
    qtbot.waitUntil(lambda: not wizard.busy and wizard.report is not None)
    qtbot.waitUntil(lambda: wizard.report is not None and wizard.report.accepted)
    assert wizard.next_button.isEnabled()
    go_to(qtbot, wizard, SUMMARY)
    assert enterprises(officer) == ["丙公司", "甲公司"]
    assert wizard.summary_page.summary_label.text().startswith("Imported as batch #")
    assert "2 created" in wizard.summary_page.summary_label.text()
    # The row left out is shown again, to be corrected and imported later.
    assert [line[:2] for line in cells(wizard, wizard.summary_page.left_out)] == [("5", "rejected")]


def test_the_preview_speaks_chinese(qtbot: QtBot, officer: Services, tmp_path: Path) -> None:
    i18n.install_language(qtbot_app(), "zh_CN")
    wizard = wizard_on(qtbot, officer, titled(tmp_path / "firms.xlsx"))
    go_to(qtbot, wizard, PREVIEW)
    lines = cells(wizard)
    assert lines[1][1] == "有错误"
    assert "不是数字" in lines[1][4]
    assert wizard.file_page.kind_combo.currentText() == "企业"


def qtbot_app() -> Any:
    from PySide6.QtWidgets import QApplication

    return QApplication.instance()


@pytest.mark.parametrize(
    ("policy", "fate", "employees"),
    [
        (0, Fate.ERROR, 5),  # stop: the duplicate is rejected, nothing changes
        (1, Fate.SKIP, 5),  # skip: the record stays as it was
        (2, Fate.UPDATE, 35),  # update: the file's values go in
    ],
)
def test_what_duplicates_do_is_the_officers_choice(
    qtbot: QtBot, officer: Services, tmp_path: Path, policy: int, fate: Fate, employees: int
) -> None:
    officer.enterprises.create({"name": "甲公司", "uscc": USCC_A, "employees": 5})
    wizard = wizard_on(qtbot, officer, titled(tmp_path / "firms.xlsx", ROWS[:1]))
    go_to(qtbot, wizard, PREVIEW)
    wizard.preview_page.policy_combo.setCurrentIndex(policy)
    qtbot.waitUntil(
        lambda: (
            not wizard.busy
            and wizard.report is not None
            and wizard.options().on_duplicate == import_pages.POLICIES[policy]
        )
    )
    qtbot.waitUntil(lambda: wizard.report is not None and wizard.report.rows[0].fate is fate)
    if fate is Fate.ERROR:
        assert not wizard.next_button.isEnabled()
        return
    assert "Already recorded: 甲公司" in cells(wizard)[0][4]
    go_to(qtbot, wizard, SUMMARY)
    with officer.db.reading() as s:
        assert (
            s.scalar(select(Enterprise.employees).where(Enterprise.name == "甲公司")) == employees
        )
        assert s.scalar(select(func.count()).select_from(Enterprise)) == 1


def test_the_mapping_can_be_changed_and_a_missing_name_is_warned(
    qtbot: QtBot, officer: Services, tmp_path: Path
) -> None:
    wizard = wizard_on(qtbot, officer, titled(tmp_path / "firms.xlsx"))
    go_to(qtbot, wizard, COLUMNS)
    wizard.set_mapping("D", "address")
    wizard.set_mapping("A", None)
    assert wizard.columns_page.missing_label.text() == (
        "No column feeds Name: new records will be rejected without it."
    )
    assert wizard.layout_found is not None
    assert wizard.layout_found.mapping == {1: "uscc", 2: "employees", 3: "address"}
    # Giving a field to a second column takes it off the first.
    wizard.set_mapping("A", "address")
    assert [c.currentData() for c in wizard.columns_page.mapping_combos] == [
        "address",
        "uscc",
        "employees",
        None,
    ]


def test_a_refused_file_is_said_plainly_and_the_wizard_stays_usable(
    qtbot: QtBot, officer: Services, tmp_path: Path
) -> None:
    old = tmp_path / "old.xls"
    old.write_bytes(compound_file(["Workbook", "SummaryInformation"]))
    wizard = wizard_on(qtbot, officer, old)
    assert wizard.step == FILE
    assert wizard.problem.isVisible() and ".xls" in wizard.problem.text()
    assert not wizard.next_button.isEnabled()
    assert wizard.file_page.browse_button.isEnabled()
    wait(qtbot, wizard.open_file(titled(tmp_path / "firms.xlsx")))
    assert not wizard.problem.isVisible()
    go_to(qtbot, wizard, COLUMNS)


def test_an_import_is_undone_as_a_whole_from_the_history(
    qtbot: QtBot, officer: Services, tmp_path: Path
) -> None:
    wizard = wizard_on(qtbot, officer, titled(tmp_path / "firms.xlsx", [ROWS[0], ROWS[2]]))
    go_to(qtbot, wizard, SUMMARY)
    assert enterprises(officer) == ["丙公司", "甲公司"]
    dialog = ImportsDialog(officer)
    qtbot.addWidget(dialog)
    wait(qtbot, dialog.reload())
    assert dialog.table.rowCount() == 1
    assert text(dialog.table, 0, 3) == "firms.xlsx"
    dialog.table.selectRow(0)
    with messages.answering(True):
        wait(qtbot, dialog.undo_selected())
    assert enterprises(officer) == []
    qtbot.waitUntil(lambda: bool(dialog.batches and dialog.batches[0].undone_at))
    assert text(dialog.table, 0, 5).startswith("20")
    assert not dialog.undo_button.isEnabled()
