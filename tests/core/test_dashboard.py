"""The dashboard's figures: year to date against the same stretch of last year, chart series."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from liaison.dashboard import Figure, gather, same_day_last_year
from liaison.horizons import Horizons
from liaison.indicators import college_indicators
from liaison.services.hub import Services
from tests.core.query_data import BACKENDS, END, START, YEAR, college, open_services


@pytest.fixture(scope="module", params=BACKENDS)
def data(
    tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest
) -> Iterator[tuple[Services, dict[str, int]]]:
    svc = open_services(tmp_path_factory.mktemp("dashboard"), request.param)
    ids = college(svc)
    yield svc, ids
    svc.db.close()


@pytest.mark.parametrize(
    ("day", "last_year"),
    [
        (date(2026, 6, 15), date(2025, 6, 15)),
        (date(2024, 2, 29), date(2023, 2, 28)),
        (date(2025, 1, 1), date(2024, 1, 1)),
    ],
)
def test_the_comparison_runs_to_the_same_day_last_year(day: date, last_year: date) -> None:
    assert same_day_last_year(day) == last_year


def test_figures_are_the_college_indicators_year_to_date(
    data: tuple[Services, dict[str, int]],
) -> None:
    svc, _ids = data
    today = date(YEAR + 1, 3, 31)
    with svc.db.reading() as s:
        found = gather(s, today)
        now = college_indicators(s, date(YEAR + 1, 1, 1), today)
        then = college_indicators(s, date(YEAR, 1, 1), date(YEAR, 3, 31))
    assert found.today == today
    assert found.partners == now.partners
    assert found.enterprises == sum(now.enterprises_by_status.values())
    assert found.agreements == Figure(now.agreements, then.agreements)
    assert found.students_placed == Figure(now.students_placed, then.students_placed)
    assert found.funds_received_fen == Figure(now.funds_received_fen, then.funds_received_fen)
    assert found.graduates_employed == Figure(now.graduates_employed, then.graduates_employed)


def test_chart_series_add_up_to_the_years_figures(data: tuple[Services, dict[str, int]]) -> None:
    svc, _ids = data
    with svc.db.reading() as s:
        found = gather(s, END)
        year = college_indicators(s, START, END)
        before = college_indicators(s, date(YEAR - 1, 1, 1), date(YEAR - 1, 12, 31))
    assert len(found.funds_by_month) == 12
    assert year.funds_received_fen > 0
    assert sum(found.funds_by_month) == year.funds_received_fen
    assert sum(found.funds_by_month_previous) == before.funds_received_fen
    # Each student has one major, so the chart's bars add up to the students placed.
    assert year.students_placed > 0
    assert sum(found.placements_by_major.values()) == year.students_placed


def test_horizons_reach_the_reminders(data: tuple[Services, dict[str, int]]) -> None:
    svc, _ids = data
    with svc.db.reading() as s:
        near = gather(s, END, Horizons(agreements_within_days=0, silent_days=100_000))
        far = gather(s, END, Horizons(agreements_within_days=3650, silent_days=1))
    assert near.reminders.silent_partners == []
    silent = {p.name for p in far.reminders.silent_partners}
    assert silent == {"己久未联系有限公司", "甲机械有限公司"}
    assert near.reminders.agreements_ending == []
    assert far.reminders.agreements_ending != []
