"""Rounding for people: half up, the same in every table, chart and text."""

from __future__ import annotations

from decimal import Decimal

import pytest

from liaison.rules.rounding import half_up, percent


@pytest.mark.parametrize(
    ("value", "places", "rounded"),
    [
        (Decimal("6.25"), 1, Decimal("6.3")),  # half even would give 6.2
        (Decimal("0.125"), 2, Decimal("0.13")),  # half even would give 0.12
        (Decimal("-6.25"), 1, Decimal("-6.3")),  # away from zero on both sides
        (Decimal("6.24999"), 1, Decimal("6.2")),
        (7, 2, Decimal("7.00")),
    ],
)
def test_half_up(value: Decimal | int, places: int, rounded: Decimal) -> None:
    assert half_up(value, places) == rounded
    assert str(half_up(value, places)) == str(rounded)


@pytest.mark.parametrize(
    ("part", "whole", "share"),
    [
        (1, 16, Decimal("6.3")),  # 6.25
        (1, 3, Decimal("33.3")),
        (2, 3, Decimal("66.7")),
        (16, 16, Decimal("100.0")),
        (0, 16, Decimal("0.0")),
        (Decimal("-2"), Decimal("32"), Decimal("-6.3")),
    ],
)
def test_percent(part: Decimal | int, whole: Decimal | int, share: Decimal) -> None:
    assert percent(part, whole) == share
    assert str(percent(part, whole)) == str(share)


def test_percent_of_nothing_is_none() -> None:
    assert percent(3, 0) is None
    assert percent(0, Decimal(0)) is None
