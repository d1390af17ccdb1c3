"""`liaison report …` through the installed command, as scripts and officers run it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from liaison.db import open_database
from liaison.services.hub import Services
from tests.reports import report_data as rd
from tests.reports.pdfcheck import page_texts, reader, squeeze

ROOT = Path(__file__).resolve().parents[2]
LIAISON = Path(sys.executable).with_name("liaison")


@pytest.fixture(scope="module")
def db_path(tmp_path_factory: pytest.TempPathFactory, migrated_template: Path) -> Path:
    path = tmp_path_factory.mktemp("cli") / "liaison.db"
    shutil.copyfile(migrated_template, path)
    db = open_database(path)
    rd.build(Services(db, "tester"))
    db.close()
    return path


def liaison(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """Run the installed command; it imports this worktree's code (PYTHONPATH), not the
    checkout it was installed from."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "LANG": "C.UTF-8"}
    command = [str(LIAISON)] if LIAISON.exists() else [sys.executable, "-m", "liaison"]
    return subprocess.run(
        [*command, *args], env=env, cwd=cwd, capture_output=True, text=True, timeout=300
    )


def run(db: Path, *args: str, lang: str = "en") -> subprocess.CompletedProcess[str]:
    return liaison("--db", str(db), "--lang", lang, "report", *args)


@pytest.mark.parametrize(
    ("args", "lang", "expected"),
    [
        (["enterprise", rd.USCC], "en", "Cooperation depth"),
        (
            ["enterprise", rd.FIRM, "--from", "2026/1/1", "--to", "2026年6月30日"],
            "zh_CN",
            "合作指标",
        ),
        (["annual", "--year", "2026", "--paper", "letter"], "en", "Appendix: active partners"),
        (["agreement", rd.AGREEMENT_NO], "zh_CN", "协议编号：XY-2026-001"),
        (["agreement", rd.AGREEMENT_NO, "--student", "2024s2"], "en", "Guardian of Party C"),
        (["agreement", "--placement", "1"], "en", "Party C (student)"),
        (["visit-sheet", "1", rd.LONG_NAME, rd.EMPTY_FIRM], "zh_CN", "走访记录单（3 家企业）"),
    ],
)
def test_report_writes_the_pdf(
    db_path: Path, tmp_path: Path, args: list[str], lang: str, expected: str
) -> None:
    out = tmp_path / "out.pdf"
    done = run(db_path, *args, "--out", str(out), lang=lang)
    assert done.returncode == 0, done.stderr
    pages = len(reader(out).pages)
    assert (f"{pages} page" if lang == "en" else f"共 {pages} 页") in done.stdout
    assert squeeze(expected) in squeeze("".join(page_texts(reader(out))))


def test_lang_after_the_command(db_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.pdf"
    done = run(db_path, "visit-sheet", "1", "--out", str(out), "--lang", "zh_CN")
    assert done.returncode == 0, done.stderr
    assert "本次走访" in squeeze("".join(page_texts(reader(out))))


@pytest.mark.parametrize(
    ("args", "lang", "message"),
    [
        (["enterprise", "no such firm"], "en", "No enterprise matches “no such firm”"),
        (["enterprise", "no such firm"], "zh_CN", "找不到与“no such firm”对应的企业"),
        (["agreement", "XY-NONE"], "en", "No agreement matches “XY-NONE”"),
        (["agreement", "--placement", "999"], "en", "No placement #999"),
        (["agreement", rd.AGREEMENT_NO, "--student", "nobody"], "en", "No student “nobody”"),
        (["visit-sheet", "1", "999"], "zh_CN", "找不到与“999”对应的企业"),
    ],
)
def test_unknown_ref_exits_1(
    db_path: Path, tmp_path: Path, args: list[str], lang: str, message: str
) -> None:
    out = tmp_path / "out.pdf"
    done = run(db_path, *args, "--out", str(out), lang=lang)
    assert done.returncode == 1
    assert message in done.stderr
    assert not out.exists()


@pytest.mark.parametrize(
    "args",
    [
        ["enterprise", "1"],  # no --out
        ["enterprise", "1", "--out", "x.pdf", "--from", "yesterday"],
        ["enterprise", "1", "--out", "x.pdf", "--from", "2026-05-01", "--to", "2026-04-01"],
        ["annual", "--out", "x.pdf"],
        ["annual", "--year", "twenty", "--out", "x.pdf"],
        ["annual", "--year", "2026", "--out", "x.pdf", "--paper", "a3"],
        ["agreement", "--out", "x.pdf"],
        ["visit-sheet", "--out", "x.pdf"],
        ["nonsense", "--out", "x.pdf"],
    ],
)
def test_usage_errors_exit_2(db_path: Path, tmp_path: Path, args: list[str]) -> None:
    done = liaison("--db", str(db_path), "report", *args, cwd=tmp_path)
    assert done.returncode == 2, done.stderr
    assert "usage" in done.stderr
    assert not (tmp_path / "x.pdf").exists()


def test_unwritable_target_exits_1(db_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "missing-folder" / "out.pdf"
    done = run(db_path, "visit-sheet", "1", "--out", str(out))
    assert done.returncode == 1
    assert "Could not write the PDF file" in done.stderr
