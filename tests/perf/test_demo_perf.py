"""Benchmark: the demo build against raw ``sqlite3`` executemany of the same rows.

Run on demand (the run takes longer than the suite's faulthandler timeout, hence the ``-o``)::

    LIAISON_BENCH_ENTERPRISES=100000 pytest tests/perf -m perf -s -o faulthandler_timeout=0

Three passes over the same deterministic rows:

1. generation alone (``generate_rows`` consumed, nothing written);
2. ``demo.build`` into a fresh SQLite file (generation and SQLAlchemy Core inserts interleaved);
3. raw baseline: a fresh file with the same schema and pragmas (the build's page-cache size
   included), rows converted to tuples of
   exactly what SQLAlchemy stores (its own bind processors) *outside* the timing, then only
   ``executemany`` and the commit are timed. The baseline thus pays for neither generation nor
   value conversion: the strictest comparison.

The ratio that matters is (build − generation) / raw. Both wall-clock and CPU seconds are shown:
on a shared machine the CPU figures are the steadier ones. Nothing about timing is asserted
(DESIGN.md: no timing asserts); the test does check that both databases hold the same rows.
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections import Counter
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from liaison import demo
from liaison.db import open_database
from liaison.demo.build import BULK_CACHE_KIB
from liaison.model import Base

ENTERPRISES = int(os.environ.get("LIAISON_BENCH_ENTERPRISES", "100000"))
ARGS: dict[str, Any] = {
    "enterprises": ENTERPRISES,
    "seed": 2026,
    "today": date(2026, 3, 15),
    "officer": "bench",
}
CHUNK = 5000


class Clock:
    def __init__(self) -> None:
        self.wall = 0.0
        self.cpu = 0.0

    def run(self, work: Callable[[], Any]) -> Any:
        wall, cpu = time.perf_counter(), time.process_time()
        try:
            return work()
        finally:
            self.wall += time.perf_counter() - wall
            self.cpu += time.process_time() - cpu


def _generate_only() -> tuple[Counter[str], Clock]:
    clock = Clock()
    rows: Counter[str] = Counter()

    def consume() -> None:
        for table, chunk in demo.generate_rows(**ARGS):
            rows[table] += len(chunk)

    clock.run(consume)
    return rows, clock


def _build(path: Path) -> Clock:
    clock = Clock()
    database = open_database(path)
    try:
        clock.run(lambda: demo.build(database, **ARGS))
    finally:
        database.close()
    return clock


def _raw(path: Path) -> Clock:
    """Same schema (created by the app), same pragmas, one transaction, only inserts timed."""
    database = open_database(path)
    dialect = database.engine.dialect
    database.close()
    connection = sqlite3.connect(path, isolation_level=None)
    pragmas = ("journal_mode=WAL", "foreign_keys=ON", "synchronous=NORMAL")
    for pragma in (*pragmas, f"cache_size=-{BULK_CACHE_KIB}"):
        connection.execute(f"PRAGMA {pragma}")
    clock = Clock()
    clock.run(lambda: connection.execute("BEGIN IMMEDIATE"))
    for table_name, rows in demo.generate_rows(**ARGS):
        table = Base.metadata.tables[table_name]
        names = [c.name for c in table.columns]
        convert = [c.type.dialect_impl(dialect).bind_processor(dialect) for c in table.columns]
        values = [
            tuple(f(row[n]) if f else row[n] for n, f in zip(names, convert, strict=True))
            for row in rows
        ]
        sql = (
            f"INSERT INTO {table_name} ({', '.join(names)}) "
            f"VALUES ({', '.join('?' for _ in names)})"
        )
        for first in range(0, len(values), CHUNK):
            piece = values[first : first + CHUNK]
            clock.run(lambda sql=sql, piece=piece: connection.executemany(sql, piece))
    clock.run(lambda: connection.execute("COMMIT"))
    connection.close()
    return clock


def _same_rows(built: Path, raw: Path, rows: Counter[str]) -> None:
    """Counts per table, and the first and last rows of each, are identical in both files."""
    one, two = open_database(built), open_database(raw)
    try:
        with one.engine.connect() as a, two.engine.connect() as b:
            for table_name, expected in rows.items():
                table = Base.metadata.tables[table_name]
                for order in (table.c.id, table.c.id.desc()):
                    query = select(table).order_by(order).limit(50)
                    assert list(a.execute(query)) == list(b.execute(query)), table_name
                for conn in (a, b):
                    found = conn.exec_driver_sql(f"SELECT count(*) FROM {table_name}").scalar()
                    assert found == expected, table_name
    finally:
        one.close()
        two.close()


@pytest.mark.perf
def test_demo_build_against_raw_executemany(tmp_path: Path) -> None:
    rows, generated = _generate_only()
    built = _build(tmp_path / "demo.db")
    raw = _raw(tmp_path / "raw.db")
    _same_rows(tmp_path / "demo.db", tmp_path / "raw.db", rows)

    total = sum(rows.values())
    insert_wall = built.wall - generated.wall
    insert_cpu = built.cpu - generated.cpu
    lines = [
        f"demo benchmark: {ENTERPRISES:,} enterprises, {total:,} rows in {len(rows)} tables",
        f"{'step':<32}{'rows':>12}{'wall s':>9}{'cpu s':>9}{'rows/s':>10}"
        f"{'wall×raw':>10}{'cpu×raw':>9}",
    ]

    def line(step: str, wall: float, cpu: float, ratio: bool) -> str:
        wall_x = f"{wall / raw.wall:.2f}" if ratio else "-"
        cpu_x = f"{cpu / raw.cpu:.2f}" if ratio else "-"
        return (
            f"{step:<32}{total:>12,}{wall:>9.1f}{cpu:>9.1f}{total / wall:>10,.0f}"
            f"{wall_x:>10}{cpu_x:>9}"
        )

    lines += [
        line("generate rows only", generated.wall, generated.cpu, False),
        line("raw sqlite3 executemany", raw.wall, raw.cpu, True),
        line("demo.build (generate + insert)", built.wall, built.cpu, True),
        line("demo.build minus generation", insert_wall, insert_cpu, True),
        "",
        "rows per table: " + ", ".join(f"{t} {rows[t]:,}" for t in demo.TABLE_ORDER if rows[t]),
    ]
    print("\n" + "\n".join(lines))
