"""Money: stored as integer fen (1 元 = 100 fen), read from cells in 元 or 万元, shown in both.

Reading (:func:`parse_money`): a cell's number is in the column's unit (``"yuan"`` or ``"wan"``),
unless the text carries its own unit, which then wins: ``"5万元"`` in a 元 column is 50,000 元, and
``"3,000元"`` in a 万元 column is 3,000 元. Accepted units are 元, 万元, 万, 亿元 and 亿; a leading
``¥``/``￥`` is accepted too. Amounts finer than one fen are refused, never rounded.

Showing: Chinese uses the forms of the design (``3,456.78 元``, ``1,200.00 万元``). English shows
元 amounts as ``CNY 3,456.78`` and 万元 amounts with the same figures as the Chinese text and the
unit word the English column headers use: ``1,200.00 (10k CNY)``; an officer comparing a Chinese
and an English report, or a report and its spreadsheet, then sees identical digits.
"""

from __future__ import annotations

import math
import re
from decimal import Decimal, InvalidOperation
from typing import Final, Literal

from liaison.errors import ValidationError
from liaison.i18n import Catalog
from liaison.rules.numbers import decimal_from_float, decimal_from_text, normalise_text, shown
from liaison.rules.rounding import half_up

_ = Catalog(
    {
        "money.invalid": ('Not an amount of money: "{value}"', "不是金额：“{value}”"),
        "money.sub_fen": (
            'More precise than one fen (0.01 yuan): "{value}"',
            "精度超过 1 分（0.01 元）：“{value}”",
        ),
        "money.negative": (
            'An amount must not be negative: "{value}"',
            "金额不能为负数：“{value}”",
        ),
        "money.too_large": ('Amount too large: "{value}"', "金额过大：“{value}”"),
        "money.yuan": ("CNY {amount}", "{amount} 元"),
        "money.wan": ("{amount} (10k CNY)", "{amount} 万元"),
    }
)

Unit = Literal["yuan", "wan"]

FEN_PER_YUAN: Final = 100
FEN_PER_WAN: Final = 1_000_000
_FEN_PER_UNIT: Final[dict[str, int]] = {"yuan": FEN_PER_YUAN, "wan": FEN_PER_WAN}

#: Largest amount accepted, in fen (10^15 元): far above any real figure, far below int64.
MAX_FEN: Final = 10**17

# Unit words in the text and their size in fen; "万元" must be tried before "元".
_TEXT_UNITS: Final[dict[str, int]] = {
    "万元": FEN_PER_WAN,
    "亿元": 10_000 * FEN_PER_WAN,
    "元": FEN_PER_YUAN,
    "万": FEN_PER_WAN,
    "亿": 10_000 * FEN_PER_WAN,
}
_MONEY_TEXT: Final = re.compile(r"([+-]?) ?¥? ?(.*?) ?(万元|亿元|元|万|亿)?")


def parse_money(
    value: object, field: str, unit: Unit, *, allow_negative: bool = False
) -> int | None:
    """The amount in a cell as integer fen; None when blank.

    ``unit`` is the column's unit. Excel floats are read as the 15-digit decimal Excel shows
    (:func:`~liaison.rules.numbers.decimal_from_float`). Raises ValidationError for text that is
    not an amount, amounts finer than a fen, negative amounts (unless ``allow_negative``) and
    amounts beyond :data:`MAX_FEN`.
    """
    fen_per_unit = _FEN_PER_UNIT[unit]
    if type(value) is int:
        amount = Decimal(value)
    elif value is None:
        return None
    elif isinstance(value, str):
        text = normalise_text(value)
        if not text:
            return None
        match = _MONEY_TEXT.fullmatch(text)
        number = None
        if match is not None:
            sign, digits, unit_word = match.groups()
            number = decimal_from_text(sign + digits)
            if unit_word:
                fen_per_unit = _TEXT_UNITS[unit_word]
        if number is None:
            raise ValidationError(field, "money.invalid", value=shown(value))
        amount = number
    elif isinstance(value, float) and math.isfinite(value):
        amount = decimal_from_float(value)
    elif isinstance(value, Decimal) and value.is_finite():
        amount = value
    elif isinstance(value, int) and not isinstance(value, bool):
        amount = Decimal(value)
    else:
        raise ValidationError(field, "money.invalid", value=shown(value))

    if abs(amount) * fen_per_unit > MAX_FEN:
        raise ValidationError(field, "money.too_large", value=shown(value))
    fen = amount * fen_per_unit
    if fen != fen.to_integral_value():
        raise ValidationError(field, "money.sub_fen", value=shown(value))
    if fen < 0 and not allow_negative:
        raise ValidationError(field, "money.negative", value=shown(value))
    return int(fen)


def _to_fen(amount: Decimal | int | str, fen_per_unit: int) -> int:
    if isinstance(amount, bool) or not isinstance(amount, Decimal | int | str):
        raise TypeError(f"money must be Decimal, int or str, not {type(amount).__name__}")
    try:
        decimal = Decimal(amount.strip() if isinstance(amount, str) else amount)
    except InvalidOperation:
        raise ValueError(f"{amount!r} is not a decimal number") from None
    if not decimal.is_finite() or abs(decimal) * fen_per_unit > MAX_FEN:
        raise ValueError(f"{amount!r} is out of range")
    fen = decimal * fen_per_unit
    if fen != fen.to_integral_value():
        raise ValueError(f"{amount!r} is not a whole number of fen")
    return int(fen)


def yuan_to_fen(amount: Decimal | int | str) -> int:
    """Exact 元 → fen for program values (``"12.34"`` → 1234).

    Sub-fen amounts and bad text raise ValueError; floats raise TypeError (money is never float).
    """
    return _to_fen(amount, FEN_PER_YUAN)


def wan_to_fen(amount: Decimal | int | str) -> int:
    """Exact 万元 → fen (``"1.5"`` → 1,500,000 fen = 15,000 元). Same errors as yuan_to_fen."""
    return _to_fen(amount, FEN_PER_WAN)


def fen_to_yuan(fen: int) -> Decimal:
    """Exact 元 with two places: 123456 → ``Decimal("1234.56")``."""
    return Decimal(fen).scaleb(-2)


def fen_to_wan(fen: int) -> Decimal:
    """Exact 万元 with six places: 123456 → ``Decimal("0.123456")``."""
    return Decimal(fen).scaleb(-6)


def rounded_wan(fen: int, places: int = 2) -> Decimal:
    """An amount in 万元 as shown, rounded half up: 125,000 fen → ``Decimal("0.13")``.

    Tables print it (:func:`format_wan`) and charts plot and label it, so both show one figure.
    """
    return half_up(fen_to_wan(fen), places)


def format_number(value: Decimal | int, places: int = 2) -> str:
    """``value`` with thousands separators and ``places`` decimals, rounded half up: 1,234.57."""
    rounded = half_up(value, places)
    if rounded.is_zero():
        rounded = rounded.copy_abs()  # never show "-0.00"
    return f"{rounded:,.{places}f}"


def format_yuan(fen: int, lang: str | None = None, places: int = 2) -> str:
    """An amount in 元: ``3,456.78 元`` / ``CNY 3,456.78``."""
    return _("money.yuan", lang, amount=format_number(fen_to_yuan(fen), places))


def format_wan(fen: int, lang: str | None = None, places: int = 2) -> str:
    """An amount in 万元: ``1,200.00 万元`` / ``1,200.00 (10k CNY)``."""
    return _("money.wan", lang, amount=format_number(rounded_wan(fen, places), places))
