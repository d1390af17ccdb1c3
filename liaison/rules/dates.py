"""Calendar dates: reading them from cells, showing them, and month arithmetic.

Accepted by :func:`parse_date`:

* ``date`` and ``datetime`` (the time of day is dropped);
* Excel serial numbers of the 1900 date system, as a cell formatted "General" holds them:
  1 is 1900-01-01, 61 is 1900-03-01, and 60 is Excel's phantom 1900-02-29, which is refused;
  a fractional part (a time of day) is dropped. A number of the form ``20260301`` is read as
  that date, since officers type dates that way and Excel stores them as numbers;
* text ``2026-03-01``, ``2026/3/1``, ``2026.3.1``, ``2026年3月1日`` (also ``号``),
  ``20260301``, with full-width digits and spaces, optionally followed by a time of day
  (``2026-03-01 00:00:00``, ``2026-03-01T08:30``), which is dropped. Day-first and month-first
  forms (``01/03/2026``) are refused because they are ambiguous.

Dates outside :data:`DATE_MIN` … :data:`DATE_MAX` are refused.
"""

from __future__ import annotations

import calendar
import math
import re
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from typing import Final

from liaison.errors import ValidationError
from liaison.i18n import Catalog, is_chinese
from liaison.rules.numbers import normalise_text, shown

_ = Catalog(
    {
        "date.invalid": (
            'Not a date: "{value}" (write it as 2026-03-01, 2026/3/1 or 2026年3月1日)',
            "不是日期：“{value}”（请写成 2026-03-01、2026/3/1 或 2026年3月1日）",
        ),
        "date.impossible": ('No such date: "{value}"', "日期不存在：“{value}”"),
        "date.out_of_range": (
            'Date out of range: "{value}" (must lie between {first} and {last})',
            "日期超出范围：“{value}”（应在 {first} 至 {last} 之间）",
        ),
        "date.long": ("{day} {month} {year}", "{year}年{month}月{day}日"),
        "date.month": ("{month} {year}", "{year}年{month}月"),
    }
)

DATE_MIN: Final = date(1900, 1, 1)
DATE_MAX: Final = date(2199, 12, 31)

# Day 0 of Excel's 1900 system for serials before the phantom 1900-02-29; from serial 61 on,
# Excel is one day ahead, so those count from one day earlier.
_EXCEL_DAY_ZERO: Final = date(1899, 12, 31)
_EXCEL_PHANTOM_LEAP_DAY: Final = 60
_SERIAL_MAX: Final = (DATE_MAX - _EXCEL_DAY_ZERO).days + 1

# English month abbreviations; the Chinese forms are plain numbers in the catalog templates.
_MONTH_ABBR: Final = (
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "May",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
)

_TIME: Final = r"(?:[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?: ?(?:Z|[+-]\d{2}:?\d{2}))?)?"
_SEPARATED: Final = re.compile(r"(\d{4}) ?([-/.]) ?(\d{1,2}) ?\2 ?(\d{1,2})" + _TIME)
_CHINESE: Final = re.compile(r"(\d{4}) ?年 ?(\d{1,2}) ?月 ?(\d{1,2}) ?[日号]?" + _TIME)
_COMPACT: Final = re.compile(r"(\d{4})(\d{2})(\d{2})" + _TIME)


def _checked(day: date, field: str, value: object) -> date:
    if not DATE_MIN <= day <= DATE_MAX:
        raise ValidationError(
            field,
            "date.out_of_range",
            value=shown(value),
            first=DATE_MIN.isoformat(),
            last=DATE_MAX.isoformat(),
        )
    return day


def _from_parts(year: int, month: int, day: int, field: str, value: object) -> date:
    try:
        result = date(year, month, day)
    except ValueError:
        raise ValidationError(field, "date.impossible", value=shown(value)) from None
    return _checked(result, field, value)


def from_excel_serial(serial: int | float, field: str = "date") -> date:
    """The date of an Excel 1900-system serial number (the time of day, if any, is dropped)."""
    if not math.isfinite(serial) or not 1 <= serial < _SERIAL_MAX + 1:
        raise ValidationError(
            field,
            "date.out_of_range",
            value=shown(serial),
            first=DATE_MIN.isoformat(),
            last=DATE_MAX.isoformat(),
        )
    days = math.floor(serial)
    if days == _EXCEL_PHANTOM_LEAP_DAY:
        raise ValidationError(field, "date.impossible", value="1900-02-29")
    if days > _EXCEL_PHANTOM_LEAP_DAY:
        days -= 1
    return _EXCEL_DAY_ZERO + timedelta(days=days)


def _time_ok(hour: str | None, minute: str | None, second: str | None) -> bool:
    return hour is None or (int(hour) < 24 and int(minute or 0) < 60 and int(second or 0) < 60)


def parse_date(value: object, field: str) -> date | None:
    """A date from a cell or a form field; None when blank. See the module docstring."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return _checked(value.date(), field, value)
    if isinstance(value, date):
        return _checked(value, field, value)
    if isinstance(value, int | float | Decimal) and not isinstance(value, bool):
        number = float(value)
        if number.is_integer() and 19000101 <= number <= 21991231:
            digits = int(number)
            return _from_parts(digits // 10000, digits // 100 % 100, digits % 100, field, value)
        return from_excel_serial(number, field)
    if not isinstance(value, str):
        raise ValidationError(field, "date.invalid", value=shown(value))
    text = normalise_text(value)
    if not text:
        return None
    for pattern, year_group, month_group, day_group in (
        (_SEPARATED, 1, 3, 4),
        (_CHINESE, 1, 2, 3),
        (_COMPACT, 1, 2, 3),
    ):
        match = pattern.fullmatch(text)
        if match is not None:
            groups = match.groups()
            if not _time_ok(*groups[-3:]):
                break
            return _from_parts(
                int(match[year_group]), int(match[month_group]), int(match[day_group]), field, value
            )
    raise ValidationError(field, "date.invalid", value=shown(value))


def format_date(day: date, lang: str | None = None) -> str:
    """``2026年3月1日`` / ``1 Mar 2026``."""
    return _("date.long", lang, year=day.year, month=_month_word(day.month, lang), day=day.day)


def format_month(year: int, month: int, lang: str | None = None) -> str:
    """``2026年3月`` / ``Mar 2026``."""
    return _("date.month", lang, year=year, month=_month_word(month, lang))


def _month_word(month: int, lang: str | None) -> str:
    return str(month) if is_chinese(lang) else _MONTH_ABBR[month - 1]


def add_months(day: date, months: int) -> date:
    """``day`` moved by whole calendar months; a day past the new month's end becomes its last day
    (2026-01-31 + 1 → 2026-02-28)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def exact_months_between(start: date, end: date) -> Fraction:
    """Months covered by the days ``start`` … ``end``, both included, as an exact fraction.

    Each calendar month counts the share of its days that the span covers: a whole calendar
    month is 1, 2026-02-01 … 2026-02-14 is 14/28, 2026-03-15 … 2026-04-14 is 17/31 + 14/30. The
    count is additive: splitting a span at any day, or clipping it to a report period, gives
    parts that sum to the whole, which is what "student-months of placement" needs. An empty span
    (``end`` before ``start``) is 0.
    """
    if end < start:
        return Fraction(0)
    start_days = calendar.monthrange(start.year, start.month)[1]
    if (start.year, start.month) == (end.year, end.month):
        return Fraction(end.day - start.day + 1, start_days)
    end_days = calendar.monthrange(end.year, end.month)[1]
    whole_months = (end.year * 12 + end.month) - (start.year * 12 + start.month) - 1
    return (
        Fraction(start_days - start.day + 1, start_days)
        + whole_months
        + Fraction(end.day, end_days)
    )


def months_between(start: date, end: date) -> Decimal:
    """:func:`exact_months_between` rounded half up to two places (sum exact values, then round)."""
    months = exact_months_between(start, end)
    return (Decimal(months.numerator) / Decimal(months.denominator)).quantize(
        Decimal("0.01"), rounding=ROUND_HALF_UP
    )
