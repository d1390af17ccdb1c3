"""Export everything, import it into an empty database: the same data comes back."""

from __future__ import annotations

from pathlib import Path

import pytest

from liaison.db import open_database
from liaison.excel.export import export_workbook
from liaison.excel.importing import Fate, import_workbook
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
    from liaison.excel.importing import DuplicatePolicy, ImportOptions

    report = import_workbook(services, path, options=ImportOptions(DuplicatePolicy.UPDATE))
    assert report.errors == []
    assert {f.fate for f in report.rows} == {Fate.UNCHANGED}
    assert snapshot(services.db) == before
