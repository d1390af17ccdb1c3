from __future__ import annotations

from decimal import Decimal

import pytest

from liaison.errors import ValidationError
from liaison.rules.numbers import (
    decimal_from_float,
    normalise_text,
    parse_bool,
    parse_decimal,
    parse_int,
    shown,
    single_line,
)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (None, ""),
        ("", ""),
        ("  Acme  Ltd ", "Acme Ltd"),
        ("\u3000华为\u3000技术\u3000", "华为 技术"),
        ("a\u00a0\u00a0b", "a b"),
        ("line one\nline\ttwo", "line one line two"),
        ("ＡＢＣ１２３", "ABC123"),
        ("（有限公司）", "(有限公司)"),
        ("zero\u200bwidth\ufeff", "zerowidth"),
        (13800138000.0, "13800138000"),
        (1.5, "1.5"),
        (42, "42"),
    ],
)
def test_normalise_text(raw: object, expected: str) -> None:
    assert normalise_text(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (None, ""),
        ("  Acme  Ltd ", "Acme Ltd"),
        ("无锡某某（集团）有限公司", "无锡某某（集团）有限公司"),
        ("走访企业，了解用工需求：明年扩招！", "走访企业，了解用工需求：明年扩招！"),
        ("是否续签？是；", "是否续签？是；"),
        ("Acme （Group）  Ltd", "Acme （Group） Ltd"),
        ("ＡＢＣ１２３，ｘ＠ｙ．ｃｏｍ", "ABC123，x@y.com"),
        ("\u3000华为\u3000技术（苏州）\u200b", "华为 技术（苏州）"),
        ("line one\nline（two）", "line one line（two）"),
        ("ＡＢＣ", "ABC"),
        (13800138000.0, "13800138000"),
    ],
)
def test_single_line_keeps_chinese_punctuation(raw: object, expected: str) -> None:
    assert single_line(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (None, None),
        ("", None),
        ("   ", None),
        ("\u3000", None),
        (12, 12),
        (0, 0),
        (12.0, 12),
        (Decimal("12.00"), 12),
        ("12", 12),
        (" 12 ", 12),
        ("１２３", 123),
        ("1,234", 1234),
        ("1，234", 1234),
        ("１，２３４，５６７", 1234567),
        ("12.0", 12),
        ("35人", 35),
        ("35 人", 35),
        ("120人次", 120),
        ("+7", 7),
        (2.9999999999999996, 3),  # Excel arithmetic noise beyond 15 digits
    ],
)
def test_parse_int_accepts(raw: object, expected: int | None) -> None:
    result = parse_int(raw, "employees")
    assert result == expected
    assert result is None or type(result) is int


@pytest.mark.parametrize(
    ("raw", "key"),
    [
        ("abc", "number.not_a_number"),
        ("12.5", "number.not_whole"),
        (12.5, "number.not_whole"),
        (Decimal("0.1"), "number.not_whole"),
        ("12,34", "number.not_a_number"),
        ("1.234,5", "number.not_a_number"),
        ("1 234", "number.not_a_number"),
        ("1E3", "number.not_a_number"),
        ("人", "number.not_a_number"),
        ("-3", "number.negative"),
        (-3, "number.negative"),
        (True, "number.not_a_number"),
        (float("nan"), "number.not_a_number"),
        (float("inf"), "number.not_a_number"),
        ("9" * 30, "number.too_large"),
        (2**64, "number.too_large"),
        (object(), "number.not_a_number"),
    ],
)
def test_parse_int_rejects(raw: object, key: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_int(raw, "employees")
    assert caught.value.key == key
    assert caught.value.field == "employees"


def test_parse_int_options() -> None:
    assert parse_int("－５", "delta", allow_negative=True) == -5
    assert parse_int("\u22125", "delta", allow_negative=True) == -5
    assert parse_int(-5, "delta", allow_negative=True) == -5
    with pytest.raises(ValidationError):
        parse_int("5人", "n", units=())


def test_messages_quote_the_value_in_both_languages() -> None:
    with pytest.raises(ValidationError) as caught:
        parse_int("十二", "employees")
    assert caught.value.message("en") == 'Not a number: "十二"'
    assert caught.value.message("zh_CN") == "不是数字：“十二”"


def test_shown_cuts_long_values() -> None:
    assert shown("x" * 100) == "x" * 39 + "…"
    assert shown(0.1) == "0.1"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (0.1 + 0.2, Decimal("0.3")),
        (1234.56, Decimal("1234.56")),
        (1e16, Decimal("10000000000000000")),
        (1e30, Decimal(10**30)),
        (-0.5, Decimal("-0.5")),
    ],
)
def test_decimal_from_float(raw: float, expected: Decimal) -> None:
    result = decimal_from_float(raw)
    assert result == expected
    assert str(result) == str(expected)


def test_decimal_from_float_rejects_nan() -> None:
    with pytest.raises(ValueError):
        decimal_from_float(float("nan"))


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (None, None),
        (" ", None),
        ("1,234.50", Decimal("1234.50")),
        ("．５", Decimal("0.5")),
        (".5", Decimal("0.5")),
        ("5.", Decimal("5")),
        (3, Decimal(3)),
        (0.1 + 0.2, Decimal("0.3")),
        (Decimal("2.25"), Decimal("2.25")),
    ],
)
def test_parse_decimal_accepts(raw: object, expected: Decimal | None) -> None:
    assert parse_decimal(raw, "area") == expected


def test_parse_decimal_places_and_sign() -> None:
    assert parse_decimal("1.50", "x", places=1) == Decimal("1.5")
    assert parse_decimal("100", "x", places=0) == 100
    assert parse_decimal("0.000", "x", places=0) == 0
    with pytest.raises(ValidationError) as caught:
        parse_decimal("1.234", "x", places=2)
    assert caught.value.key == "number.too_many_places"
    assert "2" in caught.value.message("en") and "1.234" in caught.value.message("zh_CN")
    with pytest.raises(ValidationError) as caught:
        parse_decimal("-1", "x")
    assert caught.value.key == "number.negative"
    assert parse_decimal("-1", "x", allow_negative=True) == -1
    for bad in ("1-2", "-", ".", "1..2", Decimal("NaN")):
        with pytest.raises(ValidationError):
            parse_decimal(bad, "x")


@pytest.mark.parametrize(
    "raw", ["是", "YES", "Yes", "y", "TRUE", "t", "1", "√", "✓", "✔", "有", "对", " 是 ", "ｙｅｓ"]
)
def test_parse_bool_true(raw: object) -> None:
    assert parse_bool(raw, "primary") is True


@pytest.mark.parametrize(
    "raw", ["否", "No", "N", "false", "F", "0", "×", "✗", "✘", "无", "没有", "不是"]
)
def test_parse_bool_false(raw: object) -> None:
    assert parse_bool(raw, "primary") is False


@pytest.mark.parametrize(
    ("raw", "expected"),
    [(None, None), ("", None), (True, True), (False, False), (1, True), (0, False), (1.0, True)],
)
def test_parse_bool_typed(raw: object, expected: bool | None) -> None:
    assert parse_bool(raw, "primary") is expected


@pytest.mark.parametrize("raw", ["maybe", "2", 2, "是的吧", 0.5])
def test_parse_bool_rejects(raw: object) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_bool(raw, "primary")
    assert caught.value.key == "bool.invalid"
    assert str(raw) in caught.value.message("zh_CN")
