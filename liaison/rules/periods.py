"""Date periods: agreements, placements and projects run from a start date to an end date.

Both ends are inclusive days. An end of None is an open end ("until further notice"); a start of
None (allowed where a draft has no date yet) is unbounded to the past.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Final, TypeVar

from liaison.errors import ValidationError
from liaison.i18n import Catalog

K = TypeVar("K")

OPEN_END: Final = "…"  # how an open end is written in messages, the same in both languages

_ = Catalog(
    {
        "periods.end_before_start": (
            "The end date {end} is before the start date {start}",
            "结束日期 {end} 早于开始日期 {start}",
        ),
        "periods.starts_before": (
            "Starts on {start}, before the period it belongs to begins ({outer_start})",
            "开始日期 {start} 早于所属期间的开始日期 {outer_start}",
        ),
        "periods.starts_after": (
            "Starts on {start}, after the period it belongs to ends ({outer_end})",
            "开始日期 {start} 晚于所属期间的结束日期 {outer_end}",
        ),
        "periods.ends_after": (
            "Ends on {end}, after the period it belongs to ends ({outer_end})",
            "结束日期 {end} 晚于所属期间的结束日期 {outer_end}",
        ),
        "periods.overlap": (
            "The period {start} – {end} overlaps {other} ({other_start} – {other_end})",
            "期间 {start} 至 {end} 与{other}（{other_start} 至 {other_end}）重叠",
        ),
    }
)


def _shown(day: date | None) -> str:
    return day.isoformat() if day else OPEN_END


def check_period(start: date | None, end: date | None, field: str = "end_date") -> None:
    """Raise ValidationError(``field``) when the end is before the start; open ends pass."""
    if start is not None and end is not None and end < start:
        raise ValidationError(
            field, "periods.end_before_start", start=_shown(start), end=_shown(end)
        )


def check_within(
    start: date | None,
    end: date | None,
    outer_start: date | None,
    outer_end: date | None,
    field: str,
    end_field: str | None = None,
) -> None:
    """Raise ValidationError unless [start, end] lies inside [outer_start, outer_end].

    A fault in the start is reported on ``field``, one in the end on ``end_field`` (default
    ``field``). An open inner end inside a closed outer period passes: it is read as "ends with
    the outer period at the latest", as when a placement's end is not yet known.
    """
    if start is not None and outer_start is not None and start < outer_start:
        raise ValidationError(
            field, "periods.starts_before", start=_shown(start), outer_start=_shown(outer_start)
        )
    if start is not None and outer_end is not None and start > outer_end:
        raise ValidationError(
            field, "periods.starts_after", start=_shown(start), outer_end=_shown(outer_end)
        )
    if end is not None and outer_end is not None and end > outer_end:
        raise ValidationError(
            end_field or field, "periods.ends_after", end=_shown(end), outer_end=_shown(outer_end)
        )


def overlaps(
    a_start: date | None, a_end: date | None, b_start: date | None, b_end: date | None
) -> bool:
    """Whether two inclusive periods share at least one day; open ends reach forever."""
    a_before_b_ends = a_start is None or b_end is None or a_start <= b_end
    b_before_a_ends = b_start is None or a_end is None or b_start <= a_end
    return a_before_b_ends and b_before_a_ends


def _first_overlap(
    new: tuple[date | None, date | None],
    existing: Iterable[tuple[K, date | None, date | None]],
) -> tuple[K, date | None, date | None] | None:
    return next((other for other in existing if overlaps(*new, other[1], other[2])), None)


def find_overlap(
    new: tuple[date | None, date | None],
    existing: Iterable[tuple[K, date | None, date | None]],
) -> K | None:
    """The key of the first existing period that overlaps ``new``, or None.

    For "no student in two placements at once": pass the student's other live placements, and
    leave out the one being edited.
    """
    found = _first_overlap(new, existing)
    return found[0] if found is not None else None


def check_no_overlap(
    new: tuple[date | None, date | None],
    existing: Iterable[tuple[K, date | None, date | None]],
    field: str = "start_date",
) -> None:
    """Raise ValidationError(``field``) naming the first existing period that overlaps ``new``.

    The key is shown as given, so pass something an officer recognises (a firm's name, an
    agreement number), not a database id.
    """
    found = _first_overlap(new, existing)
    if found is not None:
        other, other_start, other_end = found
        raise ValidationError(
            field,
            "periods.overlap",
            start=_shown(new[0]),
            end=_shown(new[1]),
            other=other,
            other_start=_shown(other_start),
            other_end=_shown(other_end),
        )
