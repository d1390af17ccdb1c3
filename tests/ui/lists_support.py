"""Fixtures and helpers shared by the list, editor and record tests (not a test module)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from liaison.db import Database
from liaison.services.hub import Services
from ui import i18n
from ui.pages.list_page import ListPage
from ui.tasks import runner, shutdown_runner

FIRMS = (
    # name, city, section, employees, revenue (万元), status
    ("Suzhou Precision Tools", "Suzhou", "C", 35, 800, "active"),
    ("Wuxi Green Energy", "Wuxi", "D", 420, 9000, "active"),
    ("Changzhou Logistics", "Changzhou", "G", 60, 1500, "prospect"),
    ("Nanjing Software Studio", "Nanjing", "I", 8, 40, "dormant"),
    ("Kunshan Mould Works", "Kunshan", "C", 150, 2500, "active"),
)


@pytest.fixture
def officer(sqlite_db: Database, qtbot: QtBot) -> Iterator[Services]:
    """The services of a fresh database, acting as officer "tester"."""
    yield Services(sqlite_db, "tester")
    # Queued database jobs finish before the database closes.
    qtbot.waitUntil(lambda: not runner().pending(), timeout=10_000)


@pytest.fixture(scope="module", autouse=True)
def worker_stopped_after_module() -> Iterator[None]:
    yield
    shutdown_runner()


def add_firms(services: Services) -> dict[str, int]:
    ids = {}
    for name, city, section, staff, revenue, status in FIRMS:
        ids[name] = services.enterprises.create(
            {
                "name": name,
                "city": city,
                "industry_section": section,
                "employees": staff,
                "revenue_fen": revenue,  # the core reads a number as 万元, as typed
                "status": status,
            }
        )
    return ids


def add_visit(services: Services, enterprise_id: int, **values: Any) -> int:
    base = {
        "enterprise_id": enterprise_id,
        "kind": "visit",
        "occurred_on": date(2026, 3, 2),
        "summary": "Talked about the order class",
    }
    base.update(values)
    return services.interactions.create(base)


def wait_loaded(qtbot: QtBot, page: ListPage[Any], loads: int | None = None) -> None:
    """Wait until the page has shown its list ``loads`` times (default: once more)."""
    target = page.loads + 1 if loads is None else loads
    qtbot.waitUntil(lambda: page.loads >= target and page.complete(), timeout=10_000)


def shown(page: ListPage[Any], column: str = "name") -> list[str]:
    index = page.model.column_index(column)
    return [
        str(page.model.data(page.model.index(row, index))) for row in range(page.model.rowCount())
    ]


def show(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()


def speak(qapp: QApplication, lang: str) -> None:
    """Switch the language as Settings does; widgets hear of it through posted events."""
    i18n.install_language(qapp, lang)
    for _ in range(3):
        QApplication.processEvents()
