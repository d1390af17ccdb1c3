"""Importing: the rejection report, all or nothing, duplicates, references, undo, CSV."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import func, select

from liaison.excel.headers import HeaderNotFound
from liaison.excel.importing import (
    DuplicatePolicy,
    Fate,
    ImportOptions,
    commit_import,
    import_file,
    parse_sheet,
    preview_import,
    read_layout,
)
from liaison.i18n import using
from liaison.model import AuditEntry, Contact, Enterprise, ImportBatch, Major, ProjectPartner
from liaison.services.hub import Services
from liaison.tasks import Cancelled
from tests.excel.builders import workbook
from tests.excel.world import USCC_A, valid_uscc

USCC_B = valid_uscc("91320594MA1MXXL96")
HEADERS = ["企业名称", "统一社会信用代码", "从业人员", "营业收入（万元）", "合作状态"]


def titled(path: Path, header: list[str], rows: list[list[Any]]) -> Path:
    """A sheet with a merged title and a blank row above the header, as officers keep them."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet["A1"] = "合作企业名单"
    sheet.merge_cells("A1:E1")
    sheet.append([])
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def count(services: Services, model: Any) -> int:
    with services.db.reading() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def test_rejected_rows_are_reported_with_row_column_and_reason(
    services: Services, tmp_path: Path
) -> None:
    path = titled(
        tmp_path / "bad.xlsx",
        HEADERS,
        [
            ["甲公司", USCC_A, 35, "800", "合作中"],  # row 4: fine
            ["乙公司", "91350100M000100Y44", "很多", "1.2.3", "倒闭"],  # row 5: four faults
            [None, None, 3, None, None],  # row 6: no name
        ],
    )
    report = import_file(services, "enterprises", path)
    assert not report.accepted and not report.written
    assert [(f.row, f.fate) for f in report.rows] == [
        (4, Fate.CREATE),
        (5, Fate.ERROR),
        (6, Fate.ERROR),
    ]
    located = [(e.row, e.column, e.field) for e in report.errors]
    assert located == [
        (5, "B", "uscc"),
        (5, "C", "employees"),
        (5, "D", "revenue_fen"),
        (5, "E", "status"),
        (6, "A", "name"),
    ]
    reasons_en = [e.reason("en") for e in report.errors]
    reasons_zh = [e.reason("zh_CN") for e in report.errors]
    assert reasons_en[1] == '从业人员: Not a number: "很多"'
    assert reasons_zh[1] == "从业人员：不是数字：“很多”"
    assert "is required" in reasons_en[4] and "必填" in reasons_zh[4]
    assert report.to_json("en")["errors"][0] == {
        "sheet": "Sheet",
        "row": 5,
        "column": "B",
        "header": "统一社会信用代码",
        "message": reasons_en[0],
    }
    # All or nothing: the good row was not written either, and no batch was kept.
    assert count(services, Enterprise) == 0
    assert count(services, ImportBatch) == 0
    assert count(services, AuditEntry) == 0
    assert report.created == 0 and report.rejected == 2


def test_valid_rows_only_is_an_explicit_choice(services: Services, tmp_path: Path) -> None:
    path = workbook(
        tmp_path / "mixed.xlsx",
        [HEADERS, ["甲公司", USCC_A, 35, "800", "合作中"], ["乙公司", "bad", 1, 1, "意向"]],
    )
    report = import_file(services, "enterprises", path, options=ImportOptions(valid_only=True))
    assert report.accepted and report.written
    assert (report.created, report.rejected) == (1, 1)
    assert report.batch_id is not None
    assert count(services, Enterprise) == 1
    assert report.to_json()["errors"][0]["row"] == 3


def test_dry_run_and_preview_write_nothing_and_match_the_import(
    services: Services, tmp_path: Path
) -> None:
    path = workbook(
        tmp_path / "firms.xlsx", [HEADERS, ["甲公司", USCC_A, 35, "800", "合作中"], ["乙公司"]]
    )
    dry = import_file(services, "enterprises", path, dry_run=True)
    assert dry.dry_run and dry.accepted and not dry.written
    assert (dry.created, dry.batch_id) == (2, None)
    assert count(services, Enterprise) == 0
    layout = read_layout(path, "enterprises")
    parsed = parse_sheet(layout)
    preview = preview_import(services, parsed)
    done = commit_import(services, parsed)
    assert [(f.row, f.fate, f.label) for f in preview.rows] == [
        (f.row, f.fate, f.label) for f in done.rows
    ]
    assert count(services, Enterprise) == 2


def test_duplicates_within_the_file(services: Services, tmp_path: Path) -> None:
    path = workbook(
        tmp_path / "twice.xlsx",
        [
            HEADERS,
            ["苏州精工机械有限公司", USCC_A],
            ["苏州精工机械（有限公司）", None],  # same normalised name as row 2
            ["另一家", USCC_A.lower()],  # same credit code as row 2
            ["第三家", None],
        ],
    )
    report = import_file(services, "enterprises", path)
    assert [f.fate for f in report.rows] == [Fate.CREATE, Fate.ERROR, Fate.ERROR, Fate.CREATE]
    dup_name, dup_code = report.rows[1], report.rows[2]
    assert dup_name.duplicate_of is not None and dup_name.duplicate_of.row == 2
    assert dup_name.errors[0].column == "A"
    assert dup_code.duplicate_of is not None and dup_code.duplicate_of.row == 2
    assert dup_code.errors[0].column == "B"
    assert "row 2" in dup_code.errors[0].reason("en")
    assert "第 2 行" in dup_code.errors[0].reason("zh_CN")
    skipped = import_file(
        services, "enterprises", path, options=ImportOptions(DuplicatePolicy.SKIP)
    )
    assert [f.fate for f in skipped.rows] == [Fate.CREATE, Fate.SKIP, Fate.SKIP, Fate.CREATE]
    assert (skipped.created, skipped.skipped) == (2, 2)


def test_duplicates_against_the_database(services: Services, tmp_path: Path) -> None:
    by_code = services.enterprises.create({"name": "苏州精工机械有限公司", "uscc": USCC_A})
    by_name = services.enterprises.create({"name": "无锡小微软件工作室", "employees": 5})
    path = workbook(
        tmp_path / "again.xlsx",
        [
            ["企业名称", "统一社会信用代码", "从业人员", "所在城市"],
            ["精工机械改名后", f" {USCC_A.lower()} ", 40, None],  # same code, new name
            ["无锡 小微软件 工作室", None, None, "无锡"],  # same normalised name
            ["新公司", None, 3, None],
        ],
    )
    refused = import_file(services, "enterprises", path)
    assert [f.fate for f in refused.rows] == [Fate.ERROR, Fate.ERROR, Fate.CREATE]
    first = refused.rows[0]
    assert first.duplicate_of is not None
    assert (first.duplicate_of.record_id, first.duplicate_of.field) == (by_code, "uscc")
    assert f"#{by_code}" in first.errors[0].reason("en")
    assert "苏州精工机械有限公司" in first.errors[0].reason("zh_CN")
    assert refused.rows[1].duplicate_of.record_id == by_name  # type: ignore[union-attr]

    updated = import_file(
        services, "enterprises", path, options=ImportOptions(DuplicatePolicy.UPDATE)
    )
    assert [f.fate for f in updated.rows] == [Fate.UPDATE, Fate.UPDATE, Fate.CREATE]
    renamed = services.enterprises.get(by_code)
    assert (renamed.name, renamed.employees) == ("精工机械改名后", 40)
    kept = services.enterprises.get(by_name)
    # Only the file's non-blank cells are written: the employees stay as they were.
    assert (kept.name, kept.employees, kept.city) == ("无锡 小微软件 工作室", 5, "无锡")
    changes = [c for c in services.history.of("enterprise", by_name) if c.action == "update"]
    assert changes[0].changes == {
        "name": ["无锡小微软件工作室", "无锡 小微软件 工作室"],
        "city": [None, "无锡"],
    }


def test_a_row_matching_two_records_is_refused(services: Services, tmp_path: Path) -> None:
    services.enterprises.create({"name": "甲公司", "uscc": USCC_A})
    services.enterprises.create({"name": "乙公司", "uscc": USCC_B})
    path = workbook(tmp_path / "two.xlsx", [["企业名称", "统一社会信用代码"], ["乙公司", USCC_A]])
    report = import_file(
        services, "enterprises", path, options=ImportOptions(DuplicatePolicy.UPDATE)
    )
    assert report.rows[0].fate is Fate.ERROR
    assert "甲公司" in report.errors[0].reason("en") and "乙公司" in report.errors[0].reason("en")


def test_undo_takes_the_whole_batch_back(services: Services, tmp_path: Path) -> None:
    kept = services.enterprises.create({"name": "老客户", "uscc": USCC_A, "employees": 10})
    services.contacts.create({"enterprise_id": kept, "name": "原主要联系人", "is_primary": True})
    firms = workbook(
        tmp_path / "firms.xlsx",
        [
            ["企业名称", "统一社会信用代码", "从业人员"],
            ["老客户", USCC_A, 99],
            ["新客户甲", None, 5],
            ["新客户乙", None, 6],
        ],
    )
    report = import_file(
        services, "enterprises", firms, options=ImportOptions(DuplicatePolicy.UPDATE)
    )
    assert (report.created, report.updated) == (2, 1)
    contacts = workbook(
        tmp_path / "contacts.xlsx",
        [
            ["所属企业", "姓名", "主要联系人"],
            [USCC_A, "新主要联系人", "是"],
            ["新客户甲", "赵六", "否"],
        ],
    )
    second = import_file(services, "contacts", contacts)
    assert second.created == 2
    with services.db.reading() as s:
        primaries = s.scalars(
            select(Contact.name).where(Contact.enterprise_id == kept, Contact.is_primary)
        ).all()
    assert primaries == ["新主要联系人"]
    # The officer adds a contact to an imported firm before the firms' import is undone.
    new_firm = next(f.record_id for f in report.rows if f.label == "新客户乙")
    assert new_firm is not None
    services.contacts.create({"enterprise_id": new_firm, "name": "后来添加的"})

    undo_contacts = services.imports.undo(second.batch_id or 0)
    assert (undo_contacts.deleted, undo_contacts.trashed, undo_contacts.restored) == (2, 0, 1)
    with services.db.reading() as s:
        primaries = s.scalars(
            select(Contact.name).where(Contact.enterprise_id == kept, Contact.is_primary)
        ).all()
    assert primaries == ["原主要联系人"]

    undo_firms = services.imports.undo(report.batch_id or 0)
    assert (undo_firms.deleted, undo_firms.trashed, undo_firms.restored) == (1, 1, 1)
    assert services.enterprises.get(kept).employees == 10
    with services.db.reading() as s:
        live = s.scalars(select(Enterprise.name).where(Enterprise.deleted_at.is_(None))).all()
        trashed = s.scalars(select(Enterprise.name).where(Enterprise.deleted_at.is_not(None))).all()
    assert live == ["老客户"]
    assert trashed == ["新客户乙"]  # it has a contact added since: to the trash, with it
    assert any(item.label == "新客户乙" for item in services.trash.items())
    batches = {b.id: b for b in services.imports.batches()}
    assert batches[report.batch_id or 0].undone_at is not None
    from liaison.i18n import LiaisonError

    with pytest.raises(LiaisonError) as again:
        services.imports.undo(report.batch_id or 0)
    assert again.value.key == "imports.already_undone"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gbk"])
def test_csv_in_every_encoding(services: Services, tmp_path: Path, encoding: str) -> None:
    text = "企业名称,统一社会信用代码,从业人员,营业收入（万元）,合作状态\n"
    text += f'苏州精工机械有限公司,{USCC_A.lower()},１２,"1,200",合作中\n\n乙公司,,3,5万元,意向\n'
    path = tmp_path / f"firms-{encoding}.csv"
    path.write_bytes(text.encode(encoding))
    report = import_file(services, "enterprises", path)
    assert report.errors == []
    assert [(f.row, f.fate) for f in report.rows] == [(2, Fate.CREATE), (4, Fate.CREATE)]
    firm = services.enterprises.get(report.rows[0].record_id or 0)
    assert (firm.name, firm.uscc, firm.employees, firm.revenue_fen) == (
        "苏州精工机械有限公司",
        USCC_A,
        12,
        12_000_000_00,
    )


def test_references_by_name_or_credit_code_and_new_majors(
    services: Services, tmp_path: Path
) -> None:
    firm = services.enterprises.create({"name": "苏州精工机械有限公司", "uscc": USCC_A})
    contacts = workbook(
        tmp_path / "contacts.xlsx",
        [
            ["所属企业", "姓名"],
            ["苏州精工机械（有限公司）", "王敏"],
            [USCC_A.lower(), "刘洋"],
            ["不存在的公司", "张三"],
        ],
    )
    report = import_file(services, "contacts", contacts, options=ImportOptions(valid_only=True))
    assert [f.fate for f in report.rows] == [Fate.CREATE, Fate.CREATE, Fate.ERROR]
    assert report.errors[0].column == "A"
    assert "不存在的公司" in report.errors[0].reason("zh_CN")
    assert {services.contacts.get(f.record_id or 0).enterprise_id for f in report.rows[:2]} == {
        firm
    }

    services.majors.create({"name": "机电一体化技术"})
    students = workbook(
        tmp_path / "students.xlsx",
        [
            ["学号", "姓名", "专业"],
            ["S1", "李雷", "机电一体化技术"],
            ["S2", "韩梅梅", "软件技术"],
            ["S3", "王芳", "软件 技术"],
        ],
    )
    report = import_file(services, "students", students)
    assert report.errors == [] and report.also_created == {"major": 1}
    assert count(services, Major) == 2
    majors = {services.students.get(f.record_id or 0).major_id for f in report.rows}
    assert len(majors) == 2


def test_projects_with_partners_lead_first(services: Services, tmp_path: Path) -> None:
    a = services.enterprises.create({"name": "甲公司"})
    b = services.enterprises.create({"name": "乙公司", "uscc": USCC_A})
    path = workbook(
        tmp_path / "projects.xlsx",
        [
            ["项目名称", "项目类型", "合作企业"],
            ["远程运维平台", "技术服务", f"{USCC_A}、甲公司"],
            ["涂装改进", "green_upgrade", "甲公司, 丙公司"],
        ],
    )
    report = import_file(services, "projects", path)
    assert report.rows[1].fate is Fate.ERROR
    assert report.errors[0].column == "C" and "丙公司" in report.errors[0].reason("en")
    report = import_file(services, "projects", path, options=ImportOptions(valid_only=True))
    assert report.also_created == {"project_partner": 2}
    with services.db.reading() as s:
        partners = s.execute(
            select(ProjectPartner.enterprise_id, ProjectPartner.is_lead).order_by(ProjectPartner.id)
        ).all()
    assert [tuple(p) for p in partners] == [(b, True), (a, False)]


def test_rules_across_records_run_on_what_was_written(services: Services, tmp_path: Path) -> None:
    firm = services.enterprises.create({"name": "甲公司"})
    services.agreements.create(
        {
            "number": "A-1",
            "kind": "order_class",
            "enterprise_id": firm,
            "start_date": "2026-01-01",
            "end_date": "2026-12-31",
        }
    )
    services.students.create({"student_no": "S1", "name": "李雷"})
    services.students.create({"student_no": "S2", "name": "韩梅梅"})
    path = workbook(
        tmp_path / "placements.xlsx",
        [
            ["协议编号", "学号", "开始日期", "结束日期"],
            ["A-1", "S1", "2026-03-01", "2026-06-30"],
            ["A-1", "S1", "2026-05-01", "2026-08-31"],  # overlaps row 2: same student
            ["A-1", "S2", "2025-12-01", "2026-02-28"],  # starts before the agreement
            ["A-1", "S2", "2026-03-01", "2026-04-30"],
        ],
    )
    report = import_file(services, "placements", path)
    assert not report.accepted
    failing = {e.row: e.field for e in report.errors}
    assert failing == {2: "start_date", 3: "start_date", 4: "start_date"} or failing == {
        3: "start_date",
        4: "start_date",
    }
    kept = import_file(services, "placements", path, options=ImportOptions(valid_only=True))
    assert kept.written
    assert [f.fate for f in kept.rows] == [Fate.CREATE, Fate.ERROR, Fate.ERROR, Fate.CREATE]
    assert kept.created == 2


def test_a_renewal_may_name_an_agreement_further_down_the_file(
    services: Services, tmp_path: Path
) -> None:
    services.enterprises.create({"name": "甲公司"})
    path = workbook(
        tmp_path / "agreements.xlsx",
        [
            ["协议编号", "协议类型", "合作企业", "续签自"],
            ["A-2", "订单班", "甲公司", "A-1"],
            ["A-1", "订单班", "甲公司", None],
        ],
    )
    report = import_file(services, "agreements", path)
    assert report.errors == []
    renewal = services.agreements.get(report.rows[0].record_id or 0)
    assert renewal.renewal_of_id == report.rows[1].record_id


def test_the_template_example_row_is_skipped(services: Services, tmp_path: Path) -> None:
    from liaison.excel.template import write_template

    path = write_template("enterprises", tmp_path / "template.xlsx", lang="zh_CN")
    report = import_file(services, "enterprises", path)
    assert [f.fate for f in report.rows] == [Fate.SKIP]
    book = openpyxl.load_workbook(path)
    book.worksheets[0].append(["真实企业", None, "C"])
    book.save(path)
    report = import_file(services, "enterprises", path)
    assert [f.fate for f in report.rows] == [Fate.SKIP, Fate.CREATE]
    assert services.enterprises.get(report.rows[1].record_id or 0).industry_section == "C"


class _CancelAfter:
    def __init__(self, calls: int) -> None:
        self.calls = calls

    def __call__(self, done: int, total: int | None, text: str = "") -> None:
        self.calls -= 1

    def cancelled(self) -> bool:
        return self.calls <= 0


def test_cancel_writes_nothing(services: Services, tmp_path: Path) -> None:
    path = workbook(tmp_path / "firms.xlsx", [HEADERS, ["甲公司"], ["乙公司"]])
    parsed = parse_sheet(read_layout(path, "enterprises"))
    with pytest.raises(Cancelled):
        commit_import(services, parsed, progress=_CancelAfter(2))
    assert count(services, Enterprise) == 0
    assert count(services, ImportBatch) == 0


def test_the_wizard_can_change_the_mapping(services: Services, tmp_path: Path) -> None:
    path = workbook(
        tmp_path / "odd.xlsx",
        [["单位", "企业名称", "人数"], ["旧名", "甲公司", 12]],
    )
    with pytest.raises(HeaderNotFound):
        read_layout(path, "enterprises")  # one known header is too few to be sure
    layout = read_layout(path, "enterprises", header_row=1)  # the officer points at it
    assert layout.header_row == 1
    assert layout.mapping == {1: "name"}
    assert [c.samples for c in layout.columns] == [("旧名",), ("甲公司",), ("12",)]
    with using("zh_CN"):
        targets = {t.name: t for t in layout.targets()}
    assert targets["name"].column == 1 and targets["name"].label == "企业名称"
    changed = layout.with_mapping({2: "employees", 0: "name"})
    assert changed.mapping == {0: "name", 2: "employees"}
    assert changed.missing_required() == []
    report = commit_import(services, parse_sheet(changed))
    firm = services.enterprises.get(report.rows[0].record_id or 0)
    assert (firm.name, firm.employees) == ("旧名", 12)


def test_the_wizard_sees_the_sheets_of_an_exported_workbook(
    services: Services, tmp_path: Path
) -> None:
    from liaison.excel.export import export_workbook
    from liaison.excel.importing import inspect_file

    services.enterprises.create({"name": "甲公司", "uscc": USCC_A})
    path = export_workbook(services.db, tmp_path / "all.xlsx", lang="zh_CN").path
    info = inspect_file(path)
    assert info.format.value == "xlsx"
    kinds = [(s.name, s.kind) for s in info.sheets]
    assert kinds[0] == ("企业", "enterprises") and kinds[-1] == ("合作指标", None)
    layout = read_layout(path, "enterprises", "企业")
    export_only = [c.header for c in layout.columns if c.export_only]
    assert export_only == ["记录ID", "企业规模", "合作深度"]
    parsed = parse_sheet(layout)
    # The duplicates step: the same parsed sheet previewed under each policy.
    fates = {
        policy: [f.fate for f in preview_import(services, parsed, ImportOptions(policy)).rows]
        for policy in DuplicatePolicy
    }
    assert fates == {
        DuplicatePolicy.ERROR: [Fate.ERROR],
        DuplicatePolicy.SKIP: [Fate.SKIP],
        DuplicatePolicy.UPDATE: [Fate.UNCHANGED],
    }


def test_a_kind_is_read_from_its_own_sheet_of_a_workbook(
    services: Services, tmp_path: Path
) -> None:
    from liaison.excel.export import export_workbook

    firm = services.enterprises.create({"name": "甲公司"})
    services.contacts.create({"enterprise_id": firm, "name": "王敏"})
    path = export_workbook(services.db, tmp_path / "all.xlsx", lang="en").path
    services.contacts.delete(1)
    report = import_file(services, "contacts", path)  # not the first sheet (Enterprises)
    assert [(f.sheet, f.fate) for f in report.rows] == [("Contacts", Fate.CREATE)]
