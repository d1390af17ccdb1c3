"""Export everything, import it into an empty database: the same data comes back."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from liaison import demo
from liaison.db import Database, open_database
from liaison.excel.export import export_workbook
from liaison.excel.importing import DuplicatePolicy, Fate, ImportOptions, import_workbook
from liaison.services.hub import Services
from tests.excel.world import build_rich, snapshot


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_export_everything_then_import_gives_the_same_data(
    services: Services, tmp_path: Path, lang: str
) -> None:
    build_rich(services)
    before = snapshot(services.db)
    path = tmp_path / "everything.xlsx"
    result = export_workbook(services.db, path, lang=lang)
    assert result.sheets["enterprises"] == 3
    assert result.sheets["indicators"] > 20

    empty = open_database(tmp_path / "empty.db")
    try:
        target = Services(empty, "tester")
        report = import_workbook(target, path)
        assert report.errors == []
        assert report.written
        assert {f.fate for f in report.rows} == {Fate.CREATE}
        assert report.created == sum(n for k, n in result.sheets.items() if k != "indicators")
        assert snapshot(empty) == before
    finally:
        empty.close()


def test_a_second_import_of_the_same_workbook_changes_nothing(
    services: Services, tmp_path: Path
) -> None:
    build_rich(services)
    path = tmp_path / "everything.xlsx"
    export_workbook(services.db, path)
    before = snapshot(services.db)
    report = import_workbook(services, path, options=ImportOptions(DuplicatePolicy.UPDATE))
    assert report.errors == []
    assert {f.fate for f in report.rows} == {Fate.UNCHANGED}
    assert snapshot(services.db) == before


def test_the_demo_goes_out_and_comes_back_unchanged(sqlite_db: Database, tmp_path: Path) -> None:
    """The demo's export imports into an empty database without a rejected row, and into the
    demo itself as all unchanged. (The demo logged the same contact twice on one day — seed 1
    does — and stored full-width punctuation the services fold, so every such row counted as
    an update.)"""
    demo.build(sqlite_db, enterprises=120, seed=1, today=date(2026, 3, 15))
    path = tmp_path / "demo.xlsx"
    result = export_workbook(sqlite_db, path)
    empty = open_database(tmp_path / "empty.db")
    try:
        report = import_workbook(Services(empty, "tester"), path)
        assert report.errors == []
        assert report.created == sum(n for k, n in result.sheets.items() if k != "indicators")
    finally:
        empty.close()
    again = import_workbook(
        Services(sqlite_db, "tester"), path, options=ImportOptions(DuplicatePolicy.UPDATE)
    )
    assert again.errors == []
    assert again.updated == 0
    assert {f.fate for f in again.rows} == {Fate.UNCHANGED}
