from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from fractions import Fraction

import pytest
from openpyxl.utils.datetime import from_excel

from liaison.errors import ValidationError
from liaison.rules.dates import (
    DATE_MAX,
    add_months,
    exact_months_between,
    format_date,
    format_month,
    from_excel_serial,
    months_between,
    parse_date,
)

MARCH_1 = date(2026, 3, 1)


@pytest.mark.parametrize(
    "raw",
    [
        MARCH_1,
        datetime(2026, 3, 1, 14, 30),
        46082,
        46082.0,
        46082.75,
        Decimal(46082),
        20260301,
        "2026-03-01",
        "2026-3-1",
        "2026/3/1",
        "2026/03/01",
        "2026.3.1",
        "2026年3月1日",
        "2026 年 3 月 1 日",
        "2026年3月1号",
        "2026年03月01",
        "20260301",
        "２０２６－０３－０１",
        "２０２６年３月１日",
        "２０２６／３／１",
        "  2026-03-01\u3000",
        "2026-03-01 00:00:00",
        "2026-03-01 8:30",
        "2026-03-01T08:30:00.123",
        "2026-03-01T08:30:00Z",
        "2026-03-01T08:30:00+08:00",
        "2026/3/1 0:00",
        "20260301 00:00:00",
    ],
)
def test_parse_date_accepts(raw: object) -> None:
    assert parse_date(raw, "signed_on") == MARCH_1


@pytest.mark.parametrize("raw", [None, "", "   ", "\u3000"])
def test_parse_date_blank(raw: object) -> None:
    assert parse_date(raw, "signed_on") is None


@pytest.mark.parametrize(
    ("raw", "key"),
    [
        ("2026-02-30", "date.impossible"),
        ("2026年2月29日", "date.impossible"),
        ("20261301", "date.impossible"),
        (20260230, "date.impossible"),
        ("2026-13-01", "date.impossible"),
        (60, "date.impossible"),
        ("01/03/2026", "date.invalid"),
        ("2026-03/01", "date.invalid"),
        ("2026年3月", "date.invalid"),
        ("next monday", "date.invalid"),
        ("2026-03-01 25:00", "date.invalid"),
        ("46082", "date.invalid"),
        (True, "date.invalid"),
        (["2026-03-01"], "date.invalid"),
        (0, "date.out_of_range"),
        (-5, "date.out_of_range"),
        (10**7, "date.out_of_range"),
        (float("nan"), "date.out_of_range"),
        ("1899-12-31", "date.out_of_range"),
        ("2200-01-01", "date.out_of_range"),
        (date(1800, 1, 1), "date.out_of_range"),
    ],
)
def test_parse_date_rejects(raw: object, key: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_date(raw, "signed_on")
    assert caught.value.key == key
    assert caught.value.field == "signed_on"


def test_rejection_quotes_value_in_both_languages() -> None:
    with pytest.raises(ValidationError) as caught:
        parse_date("2026-02-30", "signed_on")
    assert caught.value.message("en") == 'No such date: "2026-02-30"'
    assert caught.value.message("zh_CN") == "日期不存在：“2026-02-30”"


@pytest.mark.parametrize("serial", [1, 2, 59, 61, 62, 366, 25569, 46082, 73050])
def test_excel_serials_agree_with_openpyxl(serial: int) -> None:
    assert from_excel_serial(serial) == from_excel(serial).date()


def test_excel_serial_edges() -> None:
    assert from_excel_serial(1) == date(1900, 1, 1)
    assert from_excel_serial(59) == date(1900, 2, 28)
    assert from_excel_serial(61) == date(1900, 3, 1)
    last = (DATE_MAX - date(1899, 12, 30)).days
    assert from_excel_serial(last) == DATE_MAX
    with pytest.raises(ValidationError):
        from_excel_serial(last + 1)


@pytest.mark.parametrize(
    ("day", "lang", "text"),
    [
        (MARCH_1, "zh_CN", "2026年3月1日"),
        (MARCH_1, "en", "1 Mar 2026"),
        (date(2025, 12, 25), "en", "25 Dec 2025"),
        (date(2025, 12, 25), "zh_CN", "2025年12月25日"),
    ],
)
def test_format_date(day: date, lang: str, text: str) -> None:
    assert format_date(day, lang) == text


def test_format_month() -> None:
    assert format_month(2026, 3, "zh_CN") == "2026年3月"
    assert format_month(2026, 3, "en") == "Mar 2026"
    assert format_month(2026, 11, "en") == "Nov 2026"


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (date(2026, 1, 31), 1, date(2026, 2, 28)),
        (date(2028, 1, 31), 1, date(2028, 2, 29)),
        (date(2026, 3, 15), 12, date(2027, 3, 15)),
        (date(2026, 3, 31), -1, date(2026, 2, 28)),
        (date(2026, 1, 15), -1, date(2025, 12, 15)),
        (date(2026, 11, 30), 3, date(2027, 2, 28)),
        (date(2026, 5, 5), 0, date(2026, 5, 5)),
    ],
)
def test_add_months(start: date, months: int, expected: date) -> None:
    assert add_months(start, months) == expected


@pytest.mark.parametrize(
    ("start", "end", "months"),
    [
        (date(2026, 3, 1), date(2026, 3, 31), Fraction(1)),
        (date(2026, 2, 1), date(2026, 2, 14), Fraction(14, 28)),
        (date(2026, 3, 15), date(2026, 4, 14), Fraction(17, 31) + Fraction(14, 30)),
        (date(2026, 1, 1), date(2026, 12, 31), Fraction(12)),
        (date(2025, 9, 1), date(2026, 6, 30), Fraction(10)),
        (date(2026, 3, 1), date(2026, 3, 1), Fraction(1, 31)),
        (date(2026, 3, 2), date(2026, 3, 1), Fraction(0)),
    ],
)
def test_exact_months_between(start: date, end: date, months: Fraction) -> None:
    assert exact_months_between(start, end) == months


def test_months_between_is_additive_over_any_split() -> None:
    start, end = date(2025, 9, 10), date(2026, 7, 3)
    whole = exact_months_between(start, end)
    for split in (date(2025, 9, 10), date(2025, 12, 31), date(2026, 2, 14), date(2026, 7, 2)):
        parts = exact_months_between(start, split) + exact_months_between(
            date.fromordinal(split.toordinal() + 1), end
        )
        assert parts == whole


def test_months_between_rounds_half_up() -> None:
    assert months_between(date(2026, 3, 1), date(2026, 3, 31)) == Decimal("1.00")
    assert months_between(date(2026, 2, 1), date(2026, 2, 14)) == Decimal("0.50")
    assert months_between(date(2026, 3, 1), date(2026, 3, 10)) == Decimal("0.32")  # 10/31
    assert months_between(date(2026, 3, 2), date(2026, 3, 1)) == Decimal("0.00")
