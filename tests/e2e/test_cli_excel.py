"""The installed ``liaison`` command: template, import, export, imports and undo-import."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import openpyxl
import pytest

REPO = Path(__file__).resolve().parents[2]
USCC = "91350100M000100Y43"


def liaison(*args: str, db: Path, lang: str = "en") -> subprocess.CompletedProcess[str]:
    """Run the ``liaison`` next to this Python, on this checkout's code."""
    command = Path(sys.executable).with_name("liaison")
    env = {**os.environ, "PYTHONPATH": str(REPO), "LIAISON_NO_DIALOGS": "1"}
    return subprocess.run(
        [str(command), "--db", str(db), "--lang", lang, *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )


def as_json(done: subprocess.CompletedProcess[str]) -> Any:
    return json.loads(done.stdout)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "liaison.db"


def firms_csv(path: Path, *rows: str) -> Path:
    header = "企业名称,统一社会信用代码,从业人员,合作状态\n"
    path.write_text(header + "".join(f"{r}\n" for r in rows), encoding="utf-8-sig")
    return path


def test_template_is_written_in_the_chosen_language(db: Path, tmp_path: Path) -> None:
    done = liaison("template", "enterprises", str(tmp_path / "t.xlsx"), db=db, lang="zh_CN")
    assert done.returncode == 0, done.stderr
    assert "模板已写入" in done.stdout
    headers = [c.value for c in openpyxl.load_workbook(tmp_path / "t.xlsx").active[1]]
    assert headers[:2] == ["企业名称*", "统一社会信用代码"]


def test_rejected_import_exits_1_with_the_report_and_writes_nothing(
    db: Path, tmp_path: Path
) -> None:
    path = firms_csv(tmp_path / "firms.csv", f"甲公司,{USCC},12,合作中", "乙公司,123,很多,倒闭")
    done = liaison("import", "enterprises", str(path), "--json", db=db)
    assert done.returncode == 1
    report = as_json(done)
    assert (report["created"], report["updated"], report["skipped"]) == (0, 0, 0)
    assert [(e["row"], e["column"]) for e in report["errors"]] == [(3, "B"), (3, "C"), (3, "D")]
    assert report["errors"][1]["message"] == '从业人员: Not a number: "很多"'
    text = liaison("import", "enterprises", str(path), db=db, lang="zh_CN")
    assert text.returncode == 1
    assert "第 3 行，C 列: 从业人员：不是数字：“很多”" in text.stderr
    assert "未导入任何数据" in text.stderr
    listed = liaison("imports", "--json", db=db)
    assert as_json(listed) == []


def test_dry_run_duplicates_and_valid_only(db: Path, tmp_path: Path) -> None:
    path = firms_csv(tmp_path / "firms.csv", f"甲公司,{USCC},12,合作中", "乙公司,,3,意向")
    dry = liaison("import", "enterprises", str(path), "--dry-run", "--json", db=db)
    assert dry.returncode == 0 and as_json(dry)["created"] == 2 and as_json(dry)["dry_run"]
    first = liaison("import", "enterprises", str(path), "--json", db=db)
    assert first.returncode == 0, first.stderr
    assert as_json(first)["created"] == 2 and as_json(first)["batch"] == 1
    again = liaison("import", "enterprises", str(path), "--json", db=db)
    assert again.returncode == 1
    assert len(as_json(again)["errors"]) == 2
    skip = liaison("import", "enterprises", str(path), "--on-duplicate", "skip", "--json", db=db)
    assert skip.returncode == 0 and as_json(skip)["skipped"] == 2
    changed = firms_csv(tmp_path / "changed.csv", f"甲公司,{USCC.lower()},40,", "丙公司,bad,1,")
    update = liaison(
        "import", "enterprises", str(changed), "--on-duplicate", "update", "--valid-only",
        "--json", db=db,
    )  # fmt: skip
    assert update.returncode == 0, update.stderr
    report = as_json(update)
    assert (report["updated"], report["created"], report["rejected"]) == (1, 0, 1)
    assert report["errors"][0]["row"] == 3


def test_export_then_import_everything_into_a_new_database(db: Path, tmp_path: Path) -> None:
    firms = firms_csv(tmp_path / "firms.csv", f"甲公司,{USCC},12,合作中", "乙公司,,3,意向")
    assert liaison("import", "enterprises", str(firms), db=db).returncode == 0
    contacts = tmp_path / "contacts.csv"
    contacts.write_text(
        "所属企业,姓名,主要联系人\n甲公司,王敏,是\n乙公司,刘洋,否\n", encoding="utf-8"
    )
    assert liaison("import", "contacts", str(contacts), db=db).returncode == 0
    out = tmp_path / "all.xlsx"
    done = liaison("export", str(out), "--json", db=db, lang="zh_CN")
    assert done.returncode == 0, done.stderr
    sheets = as_json(done)["sheets"]
    assert (sheets["enterprises"], sheets["contacts"]) == (2, 2) and sheets["indicators"] > 0
    assert openpyxl.load_workbook(out).sheetnames[:2] == ["企业", "联系人"]
    one = liaison("export", str(tmp_path / "c.xlsx"), "--kind", "contacts", db=db)
    assert one.returncode == 0 and "contacts 2" in one.stdout
    fresh = tmp_path / "fresh.db"
    imported = liaison("import", "all", str(out), "--json", db=fresh)
    assert imported.returncode == 0, imported.stderr
    assert as_json(imported)["created"] == 4


def test_undo_import_and_the_list_of_imports(db: Path, tmp_path: Path) -> None:
    path = firms_csv(tmp_path / "firms.csv", "甲公司,,12,合作中")
    assert liaison("import", "enterprises", str(path), db=db).returncode == 0
    listed = liaison("imports", db=db)
    assert "#1" in listed.stdout and "firms.csv" in listed.stdout
    undone = liaison("undo-import", "1", "--json", db=db)
    assert undone.returncode == 0, undone.stderr
    assert as_json(undone) == {"batch_id": 1, "deleted": 1, "trashed": 0, "restored": 0}
    twice = liaison("undo-import", "1", db=db, lang="zh_CN")
    assert twice.returncode == 1 and "已于" in twice.stderr
    assert liaison("undo-import", "9", db=db).returncode == 1
    batches = as_json(liaison("imports", "--json", db=db))
    assert batches[0]["undone_at"] is not None
    # The firm is gone: importing it again creates it again.
    assert as_json(liaison("import", "enterprises", str(path), "--json", db=db))["created"] == 1


def test_bad_files_and_usage_errors(db: Path, tmp_path: Path) -> None:
    renamed = tmp_path / "data.xlsx"
    renamed.write_text("企业名称,从业人员\n甲,1\n", encoding="utf-8")
    done = liaison("import", "enterprises", str(renamed), db=db, lang="zh_CN")
    assert done.returncode == 1
    assert "文本（CSV）文件" in done.stderr and "data.xlsx" in done.stderr
    as_report = liaison("import", "enterprises", str(renamed), "--json", db=db)
    assert as_report.returncode == 1
    assert "text (CSV) file" in as_json(as_report)["errors"][0]["message"]
    assert liaison("import", "firms", str(renamed), db=db).returncode == 2
    assert liaison("export", str(tmp_path / "x.xlsx"), "--kind", "nope", db=db).returncode == 2
