"""Conditions shared by the lists: a period, a span of dates, a count of live children."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, and_, func, or_, select, true

from liaison.model import Record
from liaison.portable import Column, live


def period(column: Column, start: date | None, end: date | None) -> ColumnElement[bool]:
    """``column`` falls in the inclusive period; a side given as None does not limit."""
    return and_(
        true() if start is None else column >= start, true() if end is None else column <= end
    )


def span(
    start_col: Column, end_col: Column, start: date | None, end: date | None
) -> ColumnElement[bool]:
    """The span ``start_col`` … ``end_col`` (NULL: open) shares a day with the period."""
    return and_(
        true() if end is None else or_(start_col.is_(None), start_col <= end),
        true() if start is None else or_(end_col.is_(None), end_col >= start),
    )


def count_of(model: type[Record], fk: Column, parent: Column) -> Any:
    return (
        select(func.count())
        .select_from(model)
        .where(fk == parent, live(model, selective=True))
        .scalar_subquery()
    )
