"""Read-side benchmark: search against raw sqlite3, indicators, depth, list ids and rows.

Run on demand:  LIAISON_BENCH_ENTERPRISES=100000 pytest tests/perf -m perf -s
Building 100,000 firms of demo data takes minutes; with LIAISON_BENCH_DB=/some/file.db the
data is built into that file once and reused by later runs.
Prints a table; asserts only that every query answered (timing asserts would be flaky).
"""

from __future__ import annotations

import os
import sqlite3
import statistics
import time
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from liaison import lists
from liaison.db import Database, open_database
from liaison.indicators import college_indicators, days_since_last_contact, depth_for_all
from liaison.model import Enterprise
from liaison.reminders import reminders
from liaison.search import enterprise_search, global_search, search_enterprises

ENTERPRISES = int(os.environ.get("LIAISON_BENCH_ENTERPRISES", "100000"))
TODAY = date(2026, 6, 15)
REPEAT = 7


def _median_ms(action: Callable[[], object], repeat: int = REPEAT) -> float:
    action()  # warm the statement cache and the page cache
    times = []
    for _ in range(repeat):
        began = time.perf_counter()
        action()
        times.append((time.perf_counter() - began) * 1000)
    return statistics.median(times)


@pytest.fixture(scope="module")
def bench_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    demo = pytest.importorskip("liaison.demo", reason="liaison.demo builds the benchmark data")
    kept = os.environ.get("LIAISON_BENCH_DB")
    db = open_database(Path(kept) if kept else tmp_path_factory.mktemp("bench") / "bench.db")
    with db.reading() as s:
        present = s.scalar(select(func.count()).select_from(Enterprise)) or 0
    if present < ENTERPRISES:
        began = time.perf_counter()
        demo.build(db, enterprises=ENTERPRISES, seed=2026, officer="bench", today=TODAY)
        took = time.perf_counter() - began
        print(f"\ndemo data for {ENTERPRISES:,} enterprises built in {took:.1f} s")
    yield db
    db.close()


def _queries(session: Session) -> list[str]:
    """About twenty searches an officer might type, most drawn from the data so they hit."""
    step = max(ENTERPRISES // 4, 1)
    sample = session.execute(
        select(Enterprise.name, Enterprise.uscc, Enterprise.city, Enterprise.tags)
        .where(Enterprise.id % step == 7)
        .order_by(Enterprise.id)
        .limit(4)
    ).all()
    drawn: list[str] = []
    for name, uscc, city, tags in sample:
        middle = len(name) // 2
        drawn += [name[middle : middle + 2], name[middle - 1 : middle + 3], name[-4:]]
        drawn += [uscc[2:8] if uscc else "", city or "", (tags or "").split(",")[0].strip()]
    typed = ["有限公司", "科技", "smart", "ＡＢ", "9132", "%", "no such firm at all"]
    unique = list(dict.fromkeys(q for q in drawn if q and q not in typed))
    return unique[:15] + typed


def _raw_runner(path: Path, session: Session, query: str) -> Callable[[], object]:
    """The very SQL search_enterprises sends, run through the sqlite3 module directly."""
    compiled = enterprise_search(query).compile(dialect=session.get_bind().dialect)
    params = tuple(compiled.params[name] for name in compiled.positiontup or ())
    conn = sqlite3.connect(path)

    def run() -> object:
        return conn.execute(compiled.string, params).fetchall()

    return run


@pytest.mark.perf
def test_query_perf(bench_db: Database) -> None:
    assert bench_db.path is not None
    lines: list[tuple[str, str, str]] = []
    with bench_db.reading() as s:
        live = s.scalar(select(func.count()).where(Enterprise.deleted_at.is_(None)))
        assert live and live >= ENTERPRISES

        ratios: list[float] = []
        ours_all: list[float] = []
        for query in _queries(s):
            ours = _median_ms(lambda q=query: search_enterprises(s, q))
            raw = _median_ms(_raw_runner(bench_db.path, s, query))
            hits = len(search_enterprises(s, query))
            ratios.append(ours / raw)
            ours_all.append(ours)
            lines.append((f"search {query!r} ({hits} hits)", f"{ours:8.1f}", f"{ours / raw:5.2f}×"))

        def timed(label: str, action: Callable[[], Any], repeat: int = 3) -> Any:
            result = action()
            lines.append((label, f"{_median_ms(action, repeat):8.1f}", ""))
            return result

        timed("global_search '科技' (Ctrl+K)", lambda: global_search(s, "科技"))
        year = timed(
            "college_indicators 2025",
            lambda: college_indicators(s, date(2025, 1, 1), date(2025, 12, 31)),
        )
        depth = timed("depth_for_all", lambda: depth_for_all(s, TODAY))
        timed("days_since_last_contact", lambda: days_since_last_contact(s, TODAY))
        timed("reminders", lambda: reminders(s, TODAY))
        every = timed("enterprise_ids (all, by name)", lambda: lists.enterprise_ids(s))
        timed("enterprise_ids status=active", lambda: lists.enterprise_ids(s, status="active"))
        timed("enterprise_ids search '科技'", lambda: lists.enterprise_ids(s, search="科技"))
        timed(
            "enterprise_ids by last contact",
            lambda: lists.enterprise_ids(s, order_by="last_contact", descending=True),
        )
        page = every[1000:1050]
        timed("enterprise_rows (50 ids)", lambda: lists.enterprise_rows(s, page))
        timed(
            "enterprise_rows (50 ids, with depth)",
            lambda: lists.enterprise_rows(s, page, depth_as_of=TODAY),
        )
        timed("interaction_ids (all, by date)", lambda: lists.interaction_ids(s))

    assert year.partners > 0 and len(depth) == live and len(every) == live
    width = max(len(label) for label, _, _ in lines)
    print(f"\nread-side benchmark, {live:,} enterprises (median ms; ratio vs raw sqlite3)")
    for label, ms, ratio in lines:
        print(f"  {label:<{width}}  {ms} ms  {ratio}")
    print(
        f"  search: median {statistics.median(ours_all):.1f} ms,"
        f" median ratio {statistics.median(ratios):.2f}×, worst ratio {max(ratios):.2f}×"
    )
