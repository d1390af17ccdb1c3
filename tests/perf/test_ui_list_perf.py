"""The Enterprises list on a 100,000-enterprise database: opening, search, scrolling, memory.

Run on demand: ``pytest tests/perf/test_ui_list_perf.py -m perf -s``. Each figure is printed
beside a baseline measured in the same run, as a ratio; nothing here asserts a time (timings on
a shared machine are not a test), only that scrolling fetches what is shown and no more.

The database is built once with ``liaison.demo.build`` and kept in the temporary folder
(``LIAISON_PERF_DB`` names another file; ``LIAISON_PERF_ENTERPRISES`` another size).
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QTableView
from pytestqt.qtbot import QtBot

from liaison.db import Database, head_revision, open_database
from liaison.demo import build, count_enterprises
from liaison.lists import enterprise_ids, enterprise_rows
from liaison.services.hub import Services
from ui.pages.enterprises import ENTERPRISE_LIST
from ui.pages.list_page import ListPage
from ui.tasks import shutdown_runner

pytestmark = pytest.mark.perf

ENTERPRISES = int(os.environ.get("LIAISON_PERF_ENTERPRISES", "100000"))
# Keystrokes of search as an officer types them: a credit-code prefix, then Chinese words.
KEYSTROKES = ("9", "91", "913", "9132", "91320", "科", "科技", "科技有", "科技有限", "苏")


def rss_mb() -> float:
    """Resident memory of this process (VmRSS), in MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def ms(seconds: float) -> float:
    return seconds * 1000


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


@pytest.fixture(scope="module")
def big_database() -> Iterator[Database]:
    path = Path(
        os.environ.get("LIAISON_PERF_DB")
        or Path(tempfile.gettempdir())
        / "liaison-perf"
        / f"enterprises-{ENTERPRISES}-{head_revision()}.db"
    )
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        building = path.with_suffix(".building")
        building.unlink(missing_ok=True)
        with open_database(building) as db:
            build(db, enterprises=ENTERPRISES, seed=2026)
        building.replace(path)  # only a finished database is ever reused
    db = open_database(path)
    assert count_enterprises(db) >= ENTERPRISES
    yield db
    db.close()


def test_enterprise_list_speed_and_memory(
    qtbot: QtBot, qapp: QApplication, big_database: Database, tmp_path: Path
) -> None:
    services = Services(big_database, "perf")
    settings = QSettings(str(tmp_path / "perf.ini"), QSettings.Format.IniFormat)
    rss_before = rss_mb()
    rows: list[tuple[str, float, str, float]] = []

    # Baselines: the raw ids query (what the list waits for), and a bare table of 100 rows.
    def raw_ids(search: str = "") -> list[int]:
        with big_database.reading() as session:
            return enterprise_ids(session, search=search)

    raw_ids()  # warm the page cache of the file, as the app's own first query would
    raw_open = statistics.median(timed(raw_ids) for _ in range(5))

    def bare_table() -> None:
        model = QStandardItemModel(100, 9)
        for r in range(100):
            for c in range(9):
                model.setItem(r, c, QStandardItem(f"cell {r}/{c}"))
        view = QTableView()
        view.setModel(model)
        view.resize(1200, 700)
        view.show()
        qtbot.waitExposed(view)
        QApplication.processEvents()
        view.close()
        view.deleteLater()

    bare = statistics.median(timed(bare_table) for _ in range(3))

    def shown_anything(first: int, loads: int) -> Callable[[], bool]:
        return lambda: page.first_pages > first or page.loads > loads

    # Opening the page: from nothing to the first rows painted, then to the whole list counted.
    start = time.perf_counter()
    page: ListPage = ListPage(ENTERPRISE_LIST, services, settings=settings)  # type: ignore[type-arg]
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    qtbot.waitUntil(shown_anything(0, 0), timeout=60_000)
    QApplication.processEvents()  # paint the first rows
    opened = time.perf_counter() - start
    qtbot.waitUntil(lambda: page.loads >= 1 and page.complete(), timeout=120_000)
    counted = time.perf_counter() - start
    total = page.row_count()
    rows.append(("open Enterprises, first rows shown", ms(opened), "raw ids query", ms(raw_open)))
    rows.append(("  … same, against a bare 100-row table", ms(opened), "bare QTableView", ms(bare)))
    rows.append(("  … whole list read and counted", ms(counted), "raw ids query", ms(raw_open)))

    # Search as you type: each keystroke until the list shows its new rows (the debounce not
    # counted), waiting for the whole result each time as an officer pausing would.
    ui_times: list[float] = []
    raw_times: list[float] = []
    counts: list[int] = []
    for text in KEYSTROKES:
        first, loads = page.first_pages, page.loads
        start = time.perf_counter()
        page.search.setText(text)
        page.search.flush()
        qtbot.waitUntil(shown_anything(first, loads), timeout=60_000)
        QApplication.processEvents()
        ui_times.append(time.perf_counter() - start)
        qtbot.waitUntil(lambda loads=loads: page.loads > loads and page.complete(), timeout=120_000)  # type: ignore[misc]
        counts.append(page.row_count())
        raw_times.append(timed(lambda text=text: raw_ids(text)))  # type: ignore[misc]
    raw_search = statistics.median(raw_times)
    rows.append(
        (
            f"search keystroke, rows shown (median of {len(KEYSTROKES)})",
            ms(statistics.median(ui_times)),
            "raw ids query, same search",
            ms(raw_search),
        )
    )

    # Scrolling to the end of the whole list touches only the rows shown.
    page.search.setText("")
    page.search.flush()
    qtbot.waitUntil(lambda: page.row_count() == total and page.complete(), timeout=120_000)
    QApplication.processEvents()
    fetched_before = page.model.rows_fetched
    start = time.perf_counter()
    page.view.scrollToBottom()
    QApplication.processEvents()
    scrolled = time.perf_counter() - start
    fetched = page.model.rows_fetched - fetched_before
    visible = page.view.rowAt(page.view.viewport().height() - 1) - page.view.rowAt(0) + 1

    def raw_page() -> None:
        with big_database.reading() as session:
            enterprise_rows(session, page.model.ids()[-100:])

    rows.append(
        ("scroll to the end (paint)", ms(scrolled), "raw query of 100 rows", ms(timed(raw_page)))
    )
    rss_after = rss_mb()

    print()
    print(f"Enterprise list on {total:,} enterprises ({count_enterprises(big_database):,} live)")
    print(f"{'measure':44} {'ui ms':>9}   {'baseline':28} {'ms':>8} {'ratio':>7}")
    for name, value, base_name, base in rows:
        ratio = value / base if base else float("nan")
        print(f"{name:44} {value:9.1f}   {base_name:28} {base:8.1f} {ratio:7.2f}")
    print(f"search results per keystroke: {', '.join(f'{n:,}' for n in counts)}")
    print(
        f"rows fetched scrolling to the end: {fetched} "
        f"(visible {visible}, page size {page.model.page_size}); "
        f"rows cached: {page.model.cached_rows()} of {total:,}"
    )
    print(
        f"memory (VmRSS): {rss_before:.0f} MB before the page, {rss_after:.0f} MB with it open "
        f"and scrolled (limit 300 MB)"
    )
    assert fetched <= visible + 2 * page.model.page_size
    assert page.model.cached_rows() < 10 * page.model.page_size
    page.close()
    shutdown_runner()
