"""Benchmark: the annual report on a 10,000-enterprise demo database, against a bare ReportLab
document holding the same tables, built in the same run.

Run on demand: ``pytest tests/perf/test_report_perf.py -m perf -s``. Each side runs in its own
process so that its peak memory is its own; both read the figures with the same SQL, then the
report lays out its full document (letterhead, cards, charts, contents, styled tables) while the
bare document lays out only the tables, as plain ReportLab ``LongTable``s in the same font.
Nothing is asserted about time (timing asserts are flaky); the table is printed.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from liaison import demo
from liaison.db import open_database

ENTERPRISES = int(os.environ.get("LIAISON_PERF_ENTERPRISES", "10000"))
TODAY = date(2026, 11, 28)
YEAR = 2026
ROOT = Path(__file__).resolve().parents[2]

_PRELUDE = """
import json, resource, sys, time
from datetime import date
from liaison.db import open_database
db = open_database(sys.argv[1])
out = sys.argv[2]
today = date(2026, 11, 28)
"""

ANNUAL = (
    _PRELUDE
    + """
from liaison.reports.annual import annual_report
start = time.perf_counter()
result = annual_report(db, 2026, out, today=today)
seconds = time.perf_counter() - start
pages = result.pages
"""
)

# The same queries, then the very tables of the report's story as plain ReportLab tables.
BARE = (
    _PRELUDE
    + """
from reportlab.lib.pagesizes import A4
from reportlab.platypus import LongTable, SimpleDocTemplate, Spacer
from liaison.reports import annual, annual_facts, document, words
from liaison.reports.fonts import FONT, register_fonts
from liaison.reports.tables import _DataTable
start = time.perf_counter()
register_fonts()
w = words.Words("en")
with db.reading() as session:
    facts = annual_facts.gather(session, 2026, today, document.Tracker(None, w, 1))
story = annual._story(w, facts, 2026, today, "")
# The appendix table is wrapped to be laid out on the written pass only.
tables = [getattr(f, "content", f) for f in story]
tables = [t for t in tables if isinstance(t, _DataTable)]
story = []
font = [("FONT", (0, 0), (-1, -1), FONT, 8.5)]
for t in tables:
    rows = [[("" if c is None else str(c)) for c in row] for row in t.rows]
    story.append(LongTable([t.headers, *rows], repeatRows=1, style=font))
    story.append(Spacer(0, 8))
doc = SimpleDocTemplate(out, pagesize=A4)
doc.build(story)
seconds = time.perf_counter() - start
pages = doc.page
"""
)

_REPORT = """
peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"seconds": seconds, "peak_mb": peak_mb, "pages": pages}))
"""


@pytest.fixture(scope="module")
def big_db(tmp_path_factory: pytest.TempPathFactory, migrated_template: Path) -> Path:
    ready = os.environ.get("LIAISON_PERF_DB")  # reuse a demo database built before
    if ready:
        return Path(ready)
    path = tmp_path_factory.mktemp("perf") / "liaison.db"
    shutil.copyfile(migrated_template, path)
    db = open_database(path)
    demo.build(db, enterprises=ENTERPRISES, seed=2026, today=TODAY)
    db.close()
    return path


def _measure(script: str, db: Path, out: Path) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, "-c", script + _REPORT, str(db), str(out)],
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        check=True,
        timeout=1200,
    )
    figures: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return figures


@pytest.mark.perf
def test_annual_report_against_bare_reportlab(big_db: Path, tmp_path: Path) -> None:
    report = _measure(ANNUAL, big_db, tmp_path / "annual.pdf")
    bare = _measure(BARE, big_db, tmp_path / "bare.pdf")
    ratio = report["seconds"] / bare["seconds"]
    print()
    print(f"Annual report {YEAR}, demo database of {ENTERPRISES:,} enterprises")
    print(f"{'document':<28}{'seconds':>9}{'peak RSS MB':>13}{'pages':>7}")
    for name, row in (("annual report (Liaison)", report), ("bare ReportLab, same tables", bare)):
        print(f"{name:<28}{row['seconds']:>9.2f}{row['peak_mb']:>13.0f}{row['pages']:>7}")
    print(f"ratio report / bare: {ratio:.2f}x (goal <= 1.5x; budget 20 s and 500 MB)")
    assert report["pages"] >= 1 and bare["pages"] >= 1
