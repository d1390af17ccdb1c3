"""Excel benchmarks: run with ``pytest tests/perf/test_excel_perf.py -m perf -s``.

Each prints a table and ratios to a baseline measured in the same run (rounds of baseline and
subject in turn, wall and CPU time, since the machine may be busy); nothing asserts on time.

* Export of N enterprises (demo data, default 100,000; ``LIAISON_BENCH_EXPORT``; with
  ``LIAISON_BENCH_EXPORT_DB=/some/file.db`` the data is built there once and reused): Liaison's
  export of the enterprises sheet — query, depth, conversion, styling, streaming — against raw
  openpyxl write-only appending the same rows and columns, prepared in memory beforehand. Peak
  memory is the resident set of a separate process running the export (also at a quarter of
  the size, to show that it stays flat).
* Import of N enterprise rows (default 10,000; ``LIAISON_BENCH_IMPORT``), parsed, validated and
  written with audit entries, against raw openpyxl read-only iteration of the same file plus a
  raw ``executemany`` of the same rows.
"""

from __future__ import annotations

import gc
import os
import resource
import shutil
import statistics
import subprocess
import sys
import textwrap
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from liaison import demo
from liaison.db import Database, open_database
from liaison.excel.columns import SHEETS
from liaison.excel.export import _rows, _sheet_query, export_workbook
from liaison.excel.importing import import_file
from liaison.services.hub import Services

pytestmark = pytest.mark.perf

EXPORT_SIZE = int(os.environ.get("LIAISON_BENCH_EXPORT", "100000"))
IMPORT_SIZE = int(os.environ.get("LIAISON_BENCH_IMPORT", "10000"))
AS_OF = date(2026, 6, 30)
REPO = Path(__file__).resolve().parents[2]
RUNS = int(os.environ.get("LIAISON_BENCH_RUNS", "5"))


@dataclass
class Timings:
    wall: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)


def measure(
    runs: int, baseline: Callable[[], Any], subject: Callable[[], Any]
) -> tuple[Timings, Timings]:
    """Wall and CPU time of each body, ``runs`` rounds, run in turn (a busy machine slows
    both alike within a round)."""
    timings = (Timings(), Timings())
    for _ in range(runs):
        for body, found in zip((baseline, subject), timings, strict=True):
            wall, cpu = time.perf_counter(), time.process_time()
            body()
            found.wall.append(time.perf_counter() - wall)
            found.cpu.append(time.process_time() - cpu)
    return timings


def compared(
    base: str, subject: str, timings: tuple[Timings, Timings], goal: str
) -> list[tuple[str, str]]:
    raw, ours = timings
    paired = statistics.median(o / r for o, r in zip(ours.cpu, raw.cpu, strict=True))
    return [
        (f"{base}, best wall / CPU", f"{min(raw.wall):.2f} / {min(raw.cpu):.2f} s"),
        (f"{subject}, best wall / CPU", f"{min(ours.wall):.2f} / {min(ours.cpu):.2f} s"),
        (f"ratio of best wall times (goal {goal})", f"{min(ours.wall) / min(raw.wall):.2f}"),
        ("ratio of best CPU times", f"{min(ours.cpu) / min(raw.cpu):.2f}"),
        ("median of the rounds' CPU ratios", f"{paired:.2f}"),
    ]


def table(title: str, rows: list[tuple[str, str]]) -> None:
    width = max(len(name) for name, _value in rows)
    print(f"\n{title}")
    print("-" * (width + 24))
    for name, value in rows:
        print(f"{name:<{width}}  {value:>20}")
    print("-" * (width + 24))


def demo_database(path: Path, enterprises: int) -> Database:
    """Demo data for ``enterprises`` firms in ``path`` (kept when it already holds them)."""
    db = open_database(path)
    if demo.count_enterprises(db) != enterprises:
        demo.build(db, enterprises=enterprises, seed=2026, today=AS_OF, replace=True)
    return db


def peak_export_rss(db_path: Path, out: Path) -> int:
    """Peak resident memory (bytes) of a fresh process exporting the enterprises sheet."""
    script = textwrap.dedent(
        f"""
        from datetime import date
        from pathlib import Path
        from liaison.db import open_database
        from liaison.excel.export import export_workbook
        db = open_database({str(db_path)!r})
        export_workbook(db, Path({str(out)!r}), kinds=["enterprises"], as_of=date(2026, 6, 30))
        # VmHWM, not ru_maxrss: Linux carries ru_maxrss over from the forking parent.
        status = Path("/proc/self/status").read_text().splitlines()
        print(next(line.split()[1] for line in status if line.startswith("VmHWM:")))
        """
    )
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, check=True
    )
    return int(done.stdout.split()[-1]) * 1024  # VmHWM is in kB


def test_export_benchmark(tmp_path_factory: pytest.TempPathFactory) -> None:
    folder = tmp_path_factory.mktemp("export-bench")
    kept = os.environ.get("LIAISON_BENCH_EXPORT_DB")
    data = Path(kept) if kept else folder / "demo.db"
    quarter = data.with_name(f"{data.stem}-quarter{data.suffix}")
    started = time.perf_counter()
    db = demo_database(data, EXPORT_SIZE)
    built = time.perf_counter() - started
    spec = SHEETS["enterprises"]
    with db.reading() as session:
        query = _sheet_query(session, spec, "zh_CN", AS_OF)
        # The same cells Liaison writes, as plain values: what raw openpyxl is given.
        converts = [c.type.convert for c in query.columns]
        prepared = [
            [convert(v) for convert, v in zip(converts, row, strict=True)]
            for row in _rows(session, query)
        ]
    headers = [c.header for c in query.columns]
    # The prepared rows are millions of objects that the cyclic garbage collector would scan
    # over and over while either side runs, charging each for the size of the baseline's data.
    gc.collect()
    gc.freeze()

    def raw() -> None:
        book = openpyxl.Workbook(write_only=True)
        sheet = book.create_sheet(spec.title("zh_CN"))
        sheet.append(headers)
        for row in prepared:
            sheet.append(row)
        book.save(folder / "raw.xlsx")

    def liaison() -> None:
        export_workbook(
            db, folder / "liaison.xlsx", kinds=["enterprises"], lang="zh_CN", as_of=AS_OF
        )

    timings = measure(RUNS, raw, liaison)
    gc.unfreeze()
    prepared.clear()  # free the memory before measuring a separate process
    db.close()
    demo_database(quarter, EXPORT_SIZE // 4).close()
    peak_full = peak_export_rss(data, folder / "peak.xlsx")
    peak_quarter = peak_export_rss(quarter, folder / "peak-quarter.xlsx")
    mib = 2**20
    table(
        f"Export of {EXPORT_SIZE:,} enterprises ({len(headers)} columns), {RUNS} rounds",
        [
            ("demo data ready in", f"{built:.1f} s"),
            *compared(
                "raw openpyxl write-only", "liaison export (query+depth+write)", timings, "<= 1.3"
            ),
            (f"peak RSS, {EXPORT_SIZE:,} firms", f"{peak_full / mib:.0f} MiB"),
            (f"peak RSS, {EXPORT_SIZE // 4:,} firms", f"{peak_quarter / mib:.0f} MiB"),
            ("file size", f"{(folder / 'liaison.xlsx').stat().st_size / mib:.1f} MiB"),
        ],
    )


def test_import_benchmark(tmp_path_factory: pytest.TempPathFactory) -> None:
    folder = tmp_path_factory.mktemp("import-bench")
    source = demo_database(folder / "source.db", IMPORT_SIZE)
    sheet = folder / "enterprises.xlsx"
    export_workbook(source, sheet, kinds=["enterprises"], lang="zh_CN", as_of=AS_OF)
    source.close()
    template = folder / "template.db"
    open_database(template).close()  # migrated once; each run starts from a copy
    runs = iter(range(1000))

    def fresh(name: str) -> Database:
        target = folder / f"{name}-{next(runs)}.db"
        shutil.copyfile(template, target)
        return open_database(target)

    def raw() -> None:
        book = openpyxl.load_workbook(sheet, read_only=True, data_only=True)
        rows = list(book.worksheets[0].iter_rows(min_row=2, values_only=True))
        book.close()
        db = fresh("raw")
        stamp = "2026-06-30 00:00:00"
        # The sheet's import columns as they were read, plus what the table cannot do without.
        values = [
            (str(uuid.uuid4()), row[1], str(row[1]), row[2], row[5], row[6], row[7], row[8],
             row[9], row[13], "", "unclassified", "prospect", stamp, stamp)
            for row in rows
        ]  # fmt: skip
        with db.engine.begin() as conn:
            raw_conn = conn.connection.driver_connection
            assert raw_conn is not None
            raw_conn.executemany(
                "INSERT INTO enterprise (uuid, name, name_key, uscc, employees, revenue_fen, "
                "assets_fen, city, address, notes, search_text, size_class, status, created_at, "
                "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                values,
            )
        db.close()

    reports: list[Any] = []

    def liaison() -> None:
        db = fresh("liaison")
        reports.append(import_file(Services(db, "bench"), "enterprises", sheet))
        db.close()

    timings = measure(RUNS, raw, liaison)
    report = reports[-1]
    assert report.created == IMPORT_SIZE and not report.errors
    table(
        f"Import of {IMPORT_SIZE:,} enterprise rows, {RUNS} rounds",
        [
            *compared(
                "raw read-only iteration + executemany",
                "liaison import (parse+validate+write+audit)",
                timings,
                "<= 3",
            ),
            ("peak RSS of this process", f"{_rss() / 2**20:.0f} MiB"),
        ],
    )


def _rss() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
