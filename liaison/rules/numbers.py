"""Text, whole numbers, decimals and yes/no answers as people type them into cells and forms.

Everything here takes whatever a spreadsheet cell or an editor hands over (``None``, ``int``,
``float`` from Excel, ``Decimal``, ``str``) and either returns a clean Python value or raises a
:class:`~liaison.errors.ValidationError` whose message quotes the offending value in both languages.
Already-typed values take a fast path, because an import calls these once per cell.

Accepted number text: full-width digits (``１２``), surrounding and full-width spaces, thousands
separators ``,`` and ``，`` in proper groups of three (``12,34`` is refused, since it may be a
European decimal comma), a leading ``+``/``-`` (also ``－`` and ``−``), and decimals with ``.``.
Exponents (``1E+3``) are refused: officers never type them, and Excel-made ones mean a number was
mangled on the way.
"""

from __future__ import annotations

import math
import re
import unicodedata
from decimal import Decimal, InvalidOperation
from typing import Final

from liaison.errors import ValidationError
from liaison.i18n import Catalog

_ = Catalog(
    {
        "number.not_a_number": ('Not a number: "{value}"', "不是数字：“{value}”"),
        "number.not_whole": ('Not a whole number: "{value}"', "不是整数：“{value}”"),
        "number.negative": ('Must not be negative: "{value}"', "不能为负数：“{value}”"),
        "number.too_many_places": (
            'At most {places} decimal places allowed: "{value}"',
            "最多允许 {places} 位小数：“{value}”",
        ),
        "number.too_large": ('Number too large: "{value}"', "数字过大：“{value}”"),
        "bool.invalid": (
            'Not a yes/no answer: "{value}" (use yes/no, 是/否 or √/×)',
            "不是“是/否”：“{value}”（请填写 是/否、√/× 或 yes/no）",
        ),
    }
)

#: Units that may trail a count ("35人", "12家") and are dropped by :func:`parse_int`.
#: Longer units first, so "人次" is not read as "人" after a stray "次".
COUNT_UNITS: Final = ("人次", "人天", "人", "名", "个", "家", "项", "次", "天")

#: Largest magnitude :func:`parse_int` returns: what a signed 64-bit database column holds.
MAX_INT: Final = 2**63 - 1

# Invisible characters that ride along with text pasted from web pages and chat apps.
_INVISIBLE: Final = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))

_NUMBER: Final = re.compile(r"([+-]?) ?(\d{1,3}(?:,\d{3})+|\d*)(?:\.(\d*))?")

_TRUE: Final = frozenset({"是", "yes", "y", "true", "t", "1", "√", "✓", "✔", "有", "对"})
_FALSE: Final = frozenset({"否", "no", "n", "false", "f", "0", "×", "✗", "✘", "无", "没有", "不是"})

_SHOWN_MAX: Final = 40


def normalise_text(value: object) -> str:
    """``value`` as clean single-line text; ``None`` becomes ``""``.

    NFKC folds full-width letters, digits and punctuation to their half-width forms (and
    U+3000 / NBSP to plain spaces); zero-width characters are dropped; runs of whitespace,
    including line breaks inside a cell, become one space; the ends are stripped. A float that
    holds a whole number shows without ``.0`` (Excel hands ``13800138000.0`` for a phone number
    typed as a number).
    """
    if value is None:
        return ""
    if isinstance(value, str):
        text = value
    elif isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        text = str(int(value))
    else:
        text = str(value)
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text).translate(_INVISIBLE)
    return " ".join(text.split())


# Full-width punctuation that belongs to Chinese writing: stored text keeps it as typed
# (a firm registered as "无锡某某（集团）有限公司" prints so on its agreement). Search and
# duplicate checks fold it anyway (liaison.rules.names.fold).
CHINESE_PUNCTUATION: Final = "（），：；！？"
_KEPT: Final = re.compile(f"([{CHINESE_PUNCTUATION}])")


def single_line(value: object) -> str:
    """``value`` as single-line text to store: :func:`normalise_text`, but Chinese punctuation
    (full-width brackets, comma, colon, semicolon, ! and ?) is kept as typed, while full-width
    letters, digits and other symbols are still folded (``ＡＢＣ１２３`` → ``ABC123``)."""
    if not isinstance(value, str) or value.isascii() or not _KEPT.search(value):
        return normalise_text(value)
    parts = _KEPT.split(value)  # the kept marks at the odd places
    folded = "".join(
        part if i % 2 else unicodedata.normalize("NFKC", part).translate(_INVISIBLE)
        for i, part in enumerate(parts)
    )
    return " ".join(folded.split())


def shown(value: object) -> str:
    """``value`` as quoted in an error message: normalised and cut to a readable length."""
    text = normalise_text(value) if not isinstance(value, float) else repr(value)
    return text if len(text) <= _SHOWN_MAX else text[: _SHOWN_MAX - 1] + "…"


def decimal_from_float(value: float) -> Decimal:
    """The decimal a person sees for an Excel float.

    Excel keeps 15 significant digits; anything past them is binary noise from arithmetic
    (``0.1 + 0.2`` is stored as ``0.30000000000000004`` but shown as ``0.3``). Rounding to 15
    significant digits gives back the number the officer typed or saw. Not finite → ValueError.
    """
    if not math.isfinite(value):
        raise ValueError(f"{value!r} is not a finite number")
    result = Decimal(format(value, ".15g"))
    exponent = result.as_tuple().exponent
    # "1e+16" parses with a positive exponent; give callers the plain integral form.
    return Decimal(int(result)) if isinstance(exponent, int) and exponent > 0 else result


def decimal_from_text(text: str) -> Decimal | None:
    """The number in already-normalised ``text`` (see :func:`normalise_text`), or None."""
    match = _NUMBER.fullmatch(text.replace("\u2212", "-"))
    if match is None:
        return None
    sign, whole, fraction = match.groups()
    if not whole and not fraction:
        return None
    digits = whole.replace(",", "") or "0"
    try:
        return Decimal(f"{sign}{digits}.{fraction or '0'}" if fraction else f"{sign}{digits}")
    except InvalidOperation:  # pragma: no cover - the pattern admits digits only
        return None


def _to_decimal(value: object, field: str) -> Decimal | None:
    """Any cell value as a finite Decimal; None for blank. Raises for non-numbers."""
    if value is None:
        return None
    if isinstance(value, bool):
        raise ValidationError(field, "number.not_a_number", value=shown(value))
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValidationError(field, "number.not_a_number", value=shown(value))
        return decimal_from_float(value)
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ValidationError(field, "number.not_a_number", value=shown(value))
        return value
    if isinstance(value, str):
        text = normalise_text(value)
        if not text:
            return None
        number = decimal_from_text(text)
        if number is None:
            raise ValidationError(field, "number.not_a_number", value=shown(value))
        return number
    raise ValidationError(field, "number.not_a_number", value=shown(value))


def _strip_unit(value: str, units: tuple[str, ...]) -> str:
    text = normalise_text(value)
    for unit in units:
        if text.endswith(unit) and len(text) > len(unit):
            return text[: -len(unit)].rstrip()
    return text


def parse_int(
    value: object,
    field: str,
    *,
    allow_negative: bool = False,
    units: tuple[str, ...] = COUNT_UNITS,
) -> int | None:
    """A whole number from a cell; None when blank.

    Accepts ``int``; ``float`` and ``Decimal`` only when integral (``12.0``); text as described in
    the module docstring, optionally followed by one of ``units`` (by default the counting units
    in :data:`COUNT_UNITS`, so ``"35 人"`` is 35). Negative numbers are refused unless
    ``allow_negative``; magnitudes beyond :data:`MAX_INT` are refused.
    """
    if type(value) is int:
        number = value
    else:
        if isinstance(value, str) and units:
            value_for_decimal: object = _strip_unit(value, units)
        else:
            value_for_decimal = value
        decimal = _to_decimal(value_for_decimal, field)
        if decimal is None:
            return None
        if decimal != decimal.to_integral_value():
            raise ValidationError(field, "number.not_whole", value=shown(value))
        if abs(decimal) > MAX_INT:
            raise ValidationError(field, "number.too_large", value=shown(value))
        number = int(decimal)
    if number < 0 and not allow_negative:
        raise ValidationError(field, "number.negative", value=shown(value))
    if abs(number) > MAX_INT:
        raise ValidationError(field, "number.too_large", value=shown(value))
    return number


def parse_decimal(
    value: object,
    field: str,
    *,
    places: int | None = None,
    allow_negative: bool = False,
) -> Decimal | None:
    """An exact decimal from a cell; None when blank.

    Floats from Excel go through :func:`decimal_from_float`. With ``places``, a value that needs
    more decimal places is refused (``1.50`` has one significant place and passes ``places=1``).
    """
    decimal = _to_decimal(value, field)
    if decimal is None:
        return None
    if decimal < 0 and not allow_negative:
        raise ValidationError(field, "number.negative", value=shown(value))
    if places is not None and not decimal.is_zero():
        exponent = decimal.normalize().as_tuple().exponent
        if isinstance(exponent, int) and exponent < -places:
            raise ValidationError(
                field, "number.too_many_places", value=shown(value), places=places
            )
    return decimal


def parse_bool(value: object, field: str) -> bool | None:
    """A yes/no answer; None when blank.

    True: 是, 有, 对, yes, y, true, t, 1, √, ✓, ✔. False: 否, 无, 没有, 不是, no, n, false, f, 0,
    ×, ✗, ✘. Case-insensitive and width-insensitive; ``bool`` passes through; the numbers 1 and 0
    (also ``1.0``/``0.0`` from Excel) count as yes and no.
    """
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, int | float | Decimal) and value in (0, 1):
        return value == 1
    text = normalise_text(value).casefold()
    if not text:
        return None
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise ValidationError(field, "bool.invalid", value=shown(value))
