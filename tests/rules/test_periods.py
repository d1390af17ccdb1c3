"""Periods: end after start, one period inside another, overlaps with open ends."""

from __future__ import annotations

from datetime import date

import pytest

from liaison.errors import ValidationError
from liaison.rules.periods import (
    check_no_overlap,
    check_period,
    check_within,
    find_overlap,
    overlaps,
)

D = date


@pytest.mark.parametrize(
    ("start", "end", "ok"),
    [
        (D(2026, 3, 1), D(2026, 3, 1), True),  # a one-day period
        (D(2026, 3, 1), D(2026, 6, 30), True),
        (D(2026, 3, 1), None, True),
        (None, D(2026, 3, 1), True),
        (None, None, True),
        (D(2026, 3, 1), D(2026, 2, 28), False),
        (D(2026, 1, 1), D(2025, 12, 31), False),
    ],
)
def test_check_period(start: date | None, end: date | None, ok: bool) -> None:
    if ok:
        check_period(start, end)
        return
    with pytest.raises(ValidationError) as caught:
        check_period(start, end)
    assert caught.value.field == "end_date"


def test_check_period_message_and_field() -> None:
    with pytest.raises(ValidationError) as caught:
        check_period(D(2026, 3, 1), D(2026, 2, 28), field="planned_end")
    assert caught.value.field == "planned_end"
    assert (
        caught.value.message("en") == "The end date 2026-02-28 is before the start date 2026-03-01"
    )
    assert caught.value.message("zh_CN") == "结束日期 2026-02-28 早于开始日期 2026-03-01"


OUTER = (D(2025, 9, 1), D(2026, 8, 31))


@pytest.mark.parametrize(
    ("start", "end", "outer", "fault"),
    [
        (D(2025, 9, 1), D(2026, 8, 31), OUTER, None),  # exactly the outer period
        (D(2026, 3, 1), D(2026, 6, 30), OUTER, None),
        (D(2026, 3, 1), None, OUTER, None),  # end not known yet: bounded by the outer end
        (D(2026, 8, 31), None, OUTER, None),
        (D(2025, 8, 31), D(2026, 6, 30), OUTER, ("start_date", "periods.starts_before")),
        (D(2026, 9, 1), None, OUTER, ("start_date", "periods.starts_after")),
        (D(2026, 9, 1), D(2026, 9, 30), OUTER, ("start_date", "periods.starts_after")),
        (D(2026, 3, 1), D(2026, 9, 1), OUTER, ("end_date", "periods.ends_after")),
        (D(2020, 1, 1), D(2030, 1, 1), (None, None), None),  # open outer period
        (D(2020, 1, 1), D(2030, 1, 1), (D(2019, 1, 1), None), None),
        (D(2018, 1, 1), None, (D(2019, 1, 1), None), ("start_date", "periods.starts_before")),
        (D(2020, 1, 1), D(2030, 1, 1), (None, D(2029, 12, 31)), ("end_date", "periods.ends_after")),
        (None, D(2026, 1, 1), OUTER, None),  # no start yet: nothing to compare
    ],
)
def test_check_within(
    start: date | None,
    end: date | None,
    outer: tuple[date | None, date | None],
    fault: tuple[str, str] | None,
) -> None:
    if fault is None:
        check_within(start, end, *outer, field="start_date", end_field="end_date")
        return
    with pytest.raises(ValidationError) as caught:
        check_within(start, end, *outer, field="start_date", end_field="end_date")
    assert (caught.value.field, caught.value.key) == fault


def test_check_within_reports_on_field_when_no_end_field_is_given() -> None:
    with pytest.raises(ValidationError) as caught:
        check_within(D(2026, 3, 1), D(2026, 9, 1), *OUTER, field="period")
    assert caught.value.field == "period"
    assert caught.value.message("en") == (
        "Ends on 2026-09-01, after the period it belongs to ends (2026-08-31)"
    )
    assert caught.value.message("zh_CN") == "结束日期 2026-09-01 晚于所属期间的结束日期 2026-08-31"


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ((D(2026, 1, 1), D(2026, 1, 31)), (D(2026, 2, 1), D(2026, 2, 28)), False),  # adjacent
        ((D(2026, 1, 1), D(2026, 2, 1)), (D(2026, 2, 1), D(2026, 2, 28)), True),  # one shared day
        ((D(2026, 1, 1), D(2026, 12, 31)), (D(2026, 3, 1), D(2026, 3, 2)), True),  # contained
        ((D(2026, 1, 1), None), (D(2030, 1, 1), D(2030, 1, 2)), True),  # open end reaches it
        ((D(2026, 1, 1), None), (D(2025, 1, 1), D(2025, 12, 31)), False),
        ((D(2026, 1, 1), None), (D(2027, 1, 1), None), True),  # two open ends always meet
        ((None, D(2026, 1, 1)), (D(2026, 1, 1), None), True),
        ((None, D(2025, 12, 31)), (D(2026, 1, 1), None), False),
        ((None, None), (D(2026, 1, 1), D(2026, 1, 1)), True),
        ((D(2026, 5, 5), D(2026, 5, 5)), (D(2026, 5, 5), D(2026, 5, 5)), True),
        ((D(2026, 5, 5), D(2026, 5, 5)), (D(2026, 5, 6), D(2026, 5, 6)), False),
    ],
)
def test_overlaps_is_symmetric(
    a: tuple[date | None, date | None], b: tuple[date | None, date | None], expected: bool
) -> None:
    assert overlaps(*a, *b) is expected
    assert overlaps(*b, *a) is expected


EXISTING = [
    ("Placement 1", D(2025, 9, 1), D(2025, 12, 31)),
    ("Placement 2", D(2026, 3, 1), None),
]


@pytest.mark.parametrize(
    ("new", "key"),
    [
        ((D(2026, 1, 1), D(2026, 2, 28)), None),  # fits in the gap
        ((D(2025, 12, 31), D(2026, 1, 15)), "Placement 1"),
        ((D(2026, 1, 1), D(2026, 3, 1)), "Placement 2"),
        ((D(2026, 1, 1), None), "Placement 2"),
        ((D(2030, 1, 1), D(2030, 2, 1)), "Placement 2"),  # the open placement is still running
        ((D(2025, 1, 1), None), "Placement 1"),  # the first one found
    ],
)
def test_find_overlap(new: tuple[date, date | None], key: str | None) -> None:
    assert find_overlap(new, EXISTING) == key
    assert find_overlap(new, iter(EXISTING)) == key  # any iterable, read once


def test_find_overlap_with_nothing_existing() -> None:
    assert find_overlap((D(2026, 1, 1), None), []) is None


def test_check_no_overlap_names_the_other_period() -> None:
    check_no_overlap((D(2026, 1, 1), D(2026, 2, 28)), EXISTING)
    with pytest.raises(ValidationError) as caught:
        check_no_overlap((D(2026, 2, 1), None), EXISTING)
    error = caught.value
    assert error.field == "start_date"
    assert error.message("en") == (
        "The period 2026-02-01 – … overlaps Placement 2 (2026-03-01 – …)"
    )
    assert error.message("zh_CN") == "期间 2026-02-01 至 … 与Placement 2（2026-03-01 至 …）重叠"
