"""What a list column shows: where its value comes from, how it is written, how it sorts.

A :class:`Column` reads one value from a plain row (a frozen dataclass of ``liaison.lists``) and
writes it for the current language: dates with ``format_date``, money with ``format_wan`` /
``format_yuan``, closed lists with their labels, industry sections as "C Manufacturing". The
raw value is kept for the sort role, so numbers compare as numbers and dates as dates.

Header texts are English sources translated in the "columns" context, or a core
:class:`~liaison.services.fields.Field`, whose label is already bilingual.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from liaison.enums import Labelled
from liaison.indicators import depth_label
from liaison.rules.dates import format_date
from liaison.rules.industry import SECTIONS, section_label
from liaison.rules.money import format_wan, format_yuan
from liaison.services.fields import Field
from ui.theme import colours

R = TypeVar("R")

CONTEXT = "columns"


class Format(StrEnum):
    TEXT = "text"
    NUMBER = "number"
    DATE = "date"
    MONEY_WAN = "money_wan"
    MONEY_YUAN = "money_yuan"
    CHOICE = "choice"  # a value of a Labelled enum, shown by its label
    INDUSTRY = "industry"  # a GB/T 4754 section letter
    BOOL = "bool"
    DEPTH = "depth"  # cooperation depth 0–5


_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_NUMERIC = (Format.NUMBER, Format.MONEY_WAN, Format.MONEY_YUAN)


def yes_no(value: bool | None) -> str:
    if value is None:
        return ""
    if value:
        return QCoreApplication.translate("columns", "Yes")
    return QCoreApplication.translate("columns", "No")


def write(value: Any, fmt: Format, labels: type[Labelled] | None = None) -> str:
    """``value`` as the officer reads it in the current language; "" for nothing."""
    if value is None or value == "":
        return ""
    if fmt is Format.NUMBER:
        # Grouped by thousands with a comma in both languages, as the core writes figures.
        return f"{int(value):,}"
    if fmt is Format.DATE:
        assert isinstance(value, date)
        return format_date(value)
    if fmt is Format.MONEY_WAN:
        return format_wan(int(value))
    if fmt is Format.MONEY_YUAN:
        return format_yuan(int(value))
    if fmt is Format.CHOICE:
        assert labels is not None
        member = labels.parse(value)
        return member.label() if member is not None else str(value)
    if fmt is Format.INDUSTRY:
        return section_label(value) if value in SECTIONS else str(value)
    if fmt is Format.BOOL:
        return yes_no(bool(value))
    if fmt is Format.DEPTH:
        return f"{value} · {depth_label(int(value))}"
    return str(value)


@dataclass(frozen=True)
class Column(Generic[R]):
    """One column of a list.

    ``key`` names the column for saved layouts and exports; ``sort_key`` is the core's
    ``order_by`` name (None: the column does not sort).
    """

    key: str
    title: str | Field
    value: Callable[[R], Any]
    fmt: Format = Format.TEXT
    sort_key: str | None = None
    labels: type[Labelled] | None = None
    tooltip: Callable[[R], str | None] | None = None
    width: int | None = None  # a first width in pixels, until the officer resizes it
    # A colour of ui.theme.Colours for the text ("negative" for an overdue date), or None.
    tone: Callable[[R], str | None] | None = None
    align: Qt.AlignmentFlag | None = None  # instead of the format's (right for figures)

    def header(self) -> str:
        if isinstance(self.title, Field):
            return self.title.label()
        return QCoreApplication.translate(CONTEXT, self.title)

    def display(self, row: R) -> str:
        return write(self.value(row), self.fmt, self.labels)

    def sort_value(self, row: R) -> Any:
        return self.value(row)

    def alignment(self) -> Qt.AlignmentFlag:
        if self.align is not None:
            return self.align | Qt.AlignmentFlag.AlignVCenter
        return _RIGHT if self.fmt in _NUMERIC else _LEFT

    def tip(self, row: R) -> str | None:
        return self.tooltip(row) if self.tooltip is not None else None

    def colour(self, row: R) -> QColor | None:
        name = self.tone(row) if self.tone is not None else None
        return QColor(getattr(colours(), name)) if name else None
