"""Stored values as spreadsheet cells: typed, formatted, labelled in the chosen language.

Dates become date cells (``yyyy-mm-dd``), money becomes an exact decimal number in the column's
unit (万元 or 元) formatted ``#,##0.00``, counts stay integers. Closed lists (statuses, kinds,
industry sections, yes/no, themes) are written as their labels in the chosen language, which the
import reads back in either language. :func:`closed_list` gives the same labels to the import
template's dropdowns.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any, Final

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from liaison.enums import Labelled, Theme
from liaison.i18n import Catalog, is_chinese
from liaison.rules import industry
from liaison.rules.money import fen_to_wan, fen_to_yuan
from liaison.services.fields import Field, Kind

_ = Catalog({"cell.yes": ("Yes", "是"), "cell.no": ("No", "否")})

MONEY_FORMAT: Final = "#,##0.00"
DATE_FORMAT: Final = "yyyy-mm-dd"

#: First characters that make a spreadsheet treat typed text as a formula (OWASP's list).
FORMULA_STARTS: Final = ("=", "+", "-", "@", "\t", "\r")

_ILLEGAL: Final[re.Pattern[str]] = ILLEGAL_CHARACTERS_RE


def yes_no(value: bool, lang: str | None = None) -> str:
    return _("cell.yes" if value else "cell.no", lang)


def clean_text(text: str) -> str:
    """``text`` without the control characters an ``.xlsx`` file cannot hold."""
    return _ILLEGAL.sub("", text) if _ILLEGAL.search(text) else text


def money(fen: int, unit: Kind) -> Decimal:
    """The exact amount in the column's unit (万元 or 元)."""
    return fen_to_wan(fen) if unit is Kind.MONEY_WAN else fen_to_yuan(fen)


@dataclass(frozen=True)
class Choice:
    """One entry of a closed list: the stored value and its labels."""

    value: str
    label_en: str
    label_zh: str

    def label(self, lang: str | None = None) -> str:
        return self.label_zh if is_chinese(lang) else self.label_en


def _labelled(choices: type[Labelled]) -> tuple[Choice, ...]:
    return tuple(Choice(m.value, m.label("en"), m.label("zh_CN")) for m in choices)


def closed_list(spec: Field) -> tuple[Choice, ...] | None:
    """The values a closed-list field takes (None for an open field)."""
    if spec.kind is Kind.CHOICE and spec.choices is not None:
        return _labelled(spec.choices)
    if spec.kind is Kind.THEMES:
        return _labelled(Theme)
    if spec.kind is Kind.BOOL:
        return (
            Choice("yes", yes_no(True, "en"), yes_no(True, "zh_CN")),
            Choice("no", yes_no(False, "en"), yes_no(False, "zh_CN")),
        )
    if spec.parser is industry.parse_section:
        return tuple(
            Choice(
                letter,
                industry.section_label(letter, "en"),
                industry.section_label(letter, "zh_CN"),
            )
            for letter in industry.SECTIONS
        )
    return None


def list_separator(lang: str | None = None, *, names: bool = False) -> str:
    """Between the items of a list in one cell: themes, or (``names``) firms' names, which
    may hold commas in English and so are separated by semicolons."""
    if is_chinese(lang):
        return "、"
    return "; " if names else ", "


Convert = Callable[[Any], Any]


@dataclass(frozen=True)
class CellType:
    """How one column's stored values become cell values, and the number format they get."""

    convert: Convert
    number_format: str | None = None
    #: Text that may start like a formula is guarded (see :mod:`liaison.excel.writing`).
    text: bool = False


def _text(value: Any) -> Any:
    if value is None:
        return None
    return clean_text(value if type(value) is str else str(value))


def unchanged(value: Any) -> Any:
    """The conversion of values a cell takes as they are (counts, dates)."""
    return value


def cell_type(spec: Field, lang: str | None = None) -> CellType:
    """The cell type of a field's column in ``lang`` (references arrive as key text)."""
    kind = spec.kind
    if kind in (Kind.MONEY_WAN, Kind.MONEY_YUAN):

        def amount(value: Any) -> Any:
            return None if value is None else money(value, kind)

        return CellType(amount, MONEY_FORMAT)
    if kind is Kind.DATE:
        return CellType(unchanged, DATE_FORMAT)
    if kind is Kind.INT:
        return CellType(unchanged)
    if kind is Kind.BOOL:
        yes, no = yes_no(True, lang), yes_no(False, lang)
        return CellType(lambda v: None if v is None else yes if v else no)
    choices = closed_list(spec)
    if choices is not None and kind is Kind.THEMES:
        labels = {c.value: c.label(lang) for c in choices}
        separator = list_separator(lang)
        return CellType(
            lambda v: None if not v else separator.join(labels.get(t, t) for t in v.split(",")),
            text=True,
        )
    if choices is not None:
        labels = {c.value: c.label(lang) for c in choices}
        return CellType(lambda v: None if v is None else labels.get(v, v), text=True)
    return CellType(_text, text=True)


def plain(kind: Kind) -> CellType:
    """A cell type for computed columns of a given kind (counts, amounts, dates, text)."""
    return cell_type(Field("", kind, "", ""))


# --- column widths ---------------------------------------------------------------------------

MIN_WIDTH: Final = 6
MAX_WIDTH: Final = 60


def display_width(value: Any) -> int:
    """Roughly how many character cells ``value`` takes: East Asian wide characters count two."""
    if value is None:
        return 0
    if isinstance(value, date):
        return 10
    if isinstance(value, Decimal):
        return len(f"{value:,.2f}")
    text = str(value)
    if text.isascii():
        return max((len(line) for line in text.splitlines()), default=0)
    return max(
        (
            sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in line)
            for line in text.splitlines()
        ),
        default=0,
    )


def fit_widths(header: Sequence[str], samples: Sequence[Sequence[Any]]) -> list[float]:
    """Column widths for the header and sample rows: the widest, a little padding, bounded."""
    widths = [display_width(h) + 4 for h in header]  # room for the autofilter button
    for row in samples:
        for index, value in enumerate(row[: len(widths)]):
            width = display_width(value) + 2
            if width > widths[index]:
                widths[index] = width
    return [float(min(max(w, MIN_WIDTH), MAX_WIDTH)) for w in widths]
