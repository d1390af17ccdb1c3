from __future__ import annotations

from decimal import Decimal

import pytest

from liaison.errors import ValidationError
from liaison.rules.money import (
    MAX_FEN,
    fen_to_wan,
    fen_to_yuan,
    format_number,
    format_wan,
    format_yuan,
    parse_money,
    rounded_wan,
    wan_to_fen,
    yuan_to_fen,
)


@pytest.mark.parametrize(
    ("raw", "unit", "fen"),
    [
        (None, "yuan", None),
        ("  ", "wan", None),
        (1200, "yuan", 120_000),
        (1200, "wan", 1_200_000_000),
        (1234.56, "yuan", 123_456),
        (0.1 + 0.2, "yuan", 30),  # Excel shows 0.3
        (12.345678, "wan", 12_345_678),
        (Decimal("99.99"), "yuan", 9_999),
        ("1,234.56", "yuan", 123_456),
        ("１，２３４．５６", "yuan", 123_456),
        ("¥1,234.56", "yuan", 123_456),
        ("￥ 88", "yuan", 8_800),
        ("3,456.78元", "yuan", 345_678),
        ("5万元", "yuan", 5_000_000),  # the text's unit wins over the column's
        ("5万", "yuan", 5_000_000),
        ("3000元", "wan", 300_000),
        ("1.5 万元", "wan", 1_500_000),
        ("0.5亿元", "wan", 5_000_000_000),
        ("2亿", "yuan", 20_000_000_000),
        ("0", "yuan", 0),
        ("12.3", "wan", 12_300_000),
    ],
)
def test_parse_money_accepts(raw: object, unit: str, fen: int | None) -> None:
    result = parse_money(raw, "revenue", unit)  # type: ignore[arg-type]
    assert result == fen
    assert result is None or type(result) is int


@pytest.mark.parametrize(
    ("raw", "unit", "key"),
    [
        ("12.345", "yuan", "money.sub_fen"),
        (0.001, "yuan", "money.sub_fen"),
        ("1.0000001", "wan", "money.sub_fen"),
        ("-5", "yuan", "money.negative"),
        ("-¥5", "yuan", "money.negative"),
        (-5, "wan", "money.negative"),
        ("five", "yuan", "money.invalid"),
        ("5美元", "yuan", "money.invalid"),
        ("万元", "yuan", "money.invalid"),
        ("12,34", "yuan", "money.invalid"),
        (True, "yuan", "money.invalid"),
        (float("nan"), "yuan", "money.invalid"),
        (Decimal("Infinity"), "yuan", "money.invalid"),
        ("1" * 20, "wan", "money.too_large"),
        (10**16, "yuan", "money.too_large"),
    ],
)
def test_parse_money_rejects(raw: object, unit: str, key: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_money(raw, "revenue", unit)  # type: ignore[arg-type]
    assert caught.value.key == key
    assert caught.value.field == "revenue"


def test_parse_money_negative_when_allowed() -> None:
    assert parse_money("-¥5.50", "adjustment", "yuan", allow_negative=True) == -550
    assert parse_money("¥-5.50", "adjustment", "yuan", allow_negative=True) == -550


def test_sub_fen_message_quotes_value() -> None:
    with pytest.raises(ValidationError) as caught:
        parse_money("12.345", "revenue", "yuan")
    assert caught.value.message("en") == 'More precise than one fen (0.01 yuan): "12.345"'
    assert "“12.345”" in caught.value.message("zh_CN")


def test_conversions_are_exact() -> None:
    assert fen_to_yuan(123_456) == Decimal("1234.56")
    assert str(fen_to_yuan(100)) == "1.00"
    assert fen_to_wan(123_456) == Decimal("0.123456")
    assert yuan_to_fen("12.34") == 1234
    assert yuan_to_fen(Decimal("0.01")) == 1
    assert yuan_to_fen(7) == 700
    assert wan_to_fen("1.5") == 1_500_000
    assert wan_to_fen(Decimal("0.000001")) == 1
    for fen in (0, 1, 99, 123_456_789, -42):
        assert yuan_to_fen(fen_to_yuan(fen)) == fen
        assert wan_to_fen(fen_to_wan(fen)) == fen


@pytest.mark.parametrize("bad", ["0.001", "abc", "1,000", Decimal("NaN"), str(MAX_FEN)])
def test_conversions_reject_bad_amounts(bad: object) -> None:
    with pytest.raises(ValueError):
        yuan_to_fen(bad)  # type: ignore[arg-type]


@pytest.mark.parametrize("bad", [1.5, True])
def test_conversions_refuse_float(bad: object) -> None:
    with pytest.raises(TypeError):
        wan_to_fen(bad)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("value", "places", "text"),
    [
        (Decimal("1234.565"), 2, "1,234.57"),  # half up, not half even
        (Decimal("1234.575"), 2, "1,234.58"),
        (Decimal("-0.001"), 2, "0.00"),
        (Decimal("-1234.5"), 0, "-1,235"),
        (1_000_000, 2, "1,000,000.00"),
        (Decimal("0.5"), 0, "1"),
    ],
)
def test_format_number(value: Decimal | int, places: int, text: str) -> None:
    assert format_number(value, places) == text


@pytest.mark.parametrize(
    ("fen", "lang", "text"),
    [
        (345_678, "zh_CN", "3,456.78 元"),
        (345_678, "en", "CNY 3,456.78"),
        (0, "zh_CN", "0.00 元"),
        (-150, "en", "CNY -1.50"),
    ],
)
def test_format_yuan(fen: int, lang: str, text: str) -> None:
    assert format_yuan(fen, lang) == text


@pytest.mark.parametrize(
    ("fen", "lang", "places", "text"),
    [
        (1_200_000_000, "zh_CN", 2, "1,200.00 万元"),
        (1_200_000_000, "en", 2, "1,200.00 (10k CNY)"),
        (3_456_789, "zh_CN", 2, "3.46 万元"),  # 34,567.89 元, rounded half up
        (3_456_789, "zh_CN", 4, "3.4568 万元"),
        (500, "en", 2, "0.00 (10k CNY)"),
    ],
)
def test_format_wan(fen: int, lang: str, places: int, text: str) -> None:
    assert format_wan(fen, lang, places) == text


@pytest.mark.parametrize(
    ("fen", "places", "wan"),
    [
        (125_000, 2, Decimal("0.13")),  # 0.125 万元: half up, as tables print it
        (135_000, 2, Decimal("0.14")),
        (3_456_789, 2, Decimal("3.46")),
        (3_456_789, 4, Decimal("3.4568")),
        (-125_000, 2, Decimal("-0.13")),
    ],
)
def test_rounded_wan_is_what_format_wan_prints(fen: int, places: int, wan: Decimal) -> None:
    assert rounded_wan(fen, places) == wan
    assert format_wan(fen, "zh_CN", places) == f"{wan:,} 万元"


def test_format_follows_current_language() -> None:
    from liaison.i18n import using

    with using("zh_CN"):
        assert format_yuan(100) == "1.00 元"
    with using("en"):
        assert format_wan(1_000_000) == "1.00 (10k CNY)"
