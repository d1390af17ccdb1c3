"""Unified Social Credit Code: normalisation, both checks, fault positions, generation."""

from __future__ import annotations

import random

import pytest

from liaison.errors import ValidationError
from liaison.rules import uscc
from liaison.rules.uscc import UsccError

EXAMPLE = "91350100M000100Y43"  # the worked example of GB 32100-2015

# Not generated here: codes that pass both checks, so the checks agree with real issuers.
PUBLISHED = ["914403001922038216", "9144030071526726XG", "91330100799655058B"]


def _error(raw: str) -> UsccError:
    with pytest.raises(UsccError) as caught:
        uscc.validate(raw)
    return caught.value


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (EXAMPLE, EXAMPLE),
        (EXAMPLE.lower(), EXAMPLE),
        ("9135 0100 M000 100Y 43", EXAMPLE),
        (" 91350100m000100y43\n", EXAMPLE),
        ("91350100\tM000100Y43", EXAMPLE),
        ("９１３５０１００Ｍ０００１００Ｙ４３", EXAMPLE),
        ("９１３５０１００ｍ０００１００ｙ４３", EXAMPLE),
        ("9135\u30000100M000100Y43", EXAMPLE),  # ideographic space
        *[(code, code) for code in PUBLISHED],
        (PUBLISHED[1].lower(), PUBLISHED[1]),
    ],
)
def test_valid_codes_come_back_normalised(raw: str, expected: str) -> None:
    assert uscc.validate(raw) == expected
    assert uscc.is_valid(raw)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("abc", "ABC"),
        ("Ａ Ｂ\u3000c", "ABC"),
        ("  ", ""),
        ("9o1", "9O1"),  # O stays O: folding it to 0 would be a guess
        ("a-b", "A-B"),
    ],
)
def test_normalise_folds_only_case_width_and_spaces(raw: str, expected: str) -> None:
    assert uscc.normalise(raw) == expected


@pytest.mark.parametrize(
    ("raw", "length"),
    [("", 0), (EXAMPLE[:17], 17), (EXAMPLE + "1", 19), ("9135 0100", 8)],
)
def test_wrong_length_has_no_position(raw: str, length: int) -> None:
    error = _error(raw)
    assert (error.key, error.position, error.params["n"]) == ("uscc.length", None, length)
    assert str(length) in error.message("en")
    assert str(length) in error.message("zh_CN")


def _expected_fault(position: int, new: str) -> int:
    """Where a single substitution in the example is reported, worked out from the standard.

    Characters 9–17 are covered by the organisation check unless the change is a multiple of 11
    in GB 11714 value (its weights are all prime to 11); every change is caught by the main check
    (values 0–30 and weights prime to 31).
    """
    old = EXAMPLE[position - 1]
    if position == 17:
        return 17
    if 9 <= position <= 16 and (int(new, 36) - int(old, 36)) % 11 != 0:
        return 17
    return 18


SUBSTITUTIONS = [
    (position, ch)
    for position in range(1, 19)
    for ch in uscc.CHARSET
    if ch != EXAMPLE[position - 1]
]


@pytest.mark.parametrize(("position", "ch"), SUBSTITUTIONS)
def test_every_substitution_within_the_set_is_caught(position: int, ch: str) -> None:
    corrupted = EXAMPLE[: position - 1] + ch + EXAMPLE[position:]
    error = _error(corrupted)
    assert error.position == _expected_fault(position, ch)
    assert error.key == ("uscc.org_check" if error.position == 17 else "uscc.main_check")


def test_substitution_invisible_to_the_organisation_check_is_caught_at_18() -> None:
    # M is 22 in GB 11714, 0 is 0: the same modulo 11, so only the main check notices.
    error = _error("91350100" + "0" + EXAMPLE[9:])
    assert error.position == 18
    assert error.params == {
        "position": 18,
        "expected": uscc.check_character("913501000000100Y4"),
        "actual": "3",
    }


@pytest.mark.parametrize("position", range(1, 19))
@pytest.mark.parametrize(
    ("ch", "hint"), [("O", "0"), ("I", "1"), ("Z", "2"), ("S", "5"), ("V", "U")]
)
def test_excluded_letters_are_rejected_with_a_hint(position: int, ch: str, hint: str) -> None:
    error = _error(EXAMPLE[: position - 1] + ch + EXAMPLE[position:])
    assert (error.key, error.position, error.params["hint"]) == ("uscc.char_hint", position, hint)
    for lang in ("en", "zh_CN"):
        assert str(position) in error.message(lang)
        assert f"{hint}?" in error.message(lang) or f"{hint}？" in error.message(lang)


@pytest.mark.parametrize("position", range(1, 19))
@pytest.mark.parametrize("ch", ["-", "*", "中", "É", "_"])
def test_foreign_characters_are_rejected_at_their_position(position: int, ch: str) -> None:
    error = _error(EXAMPLE[: position - 1] + ch + EXAMPLE[position:])
    assert (error.key, error.position, error.params["char"]) == ("uscc.char", position, ch)


def test_o_typed_for_zero_is_not_silently_fixed() -> None:
    typed = "91350100MOOO100Y43"
    error = _error(typed)
    assert error.position == 10  # the first of the three
    assert error.message("en") == (
        "Character 10 is the letter O, which credit codes never use; did you mean 0?"
    )
    assert error.message("zh_CN") == "第 10 位是字母 O，统一社会信用代码不使用该字母，是否应为 0？"
    assert not uscc.is_valid(typed)


def test_i_typed_for_one_gets_a_hint() -> None:
    error = _error("9I350100M000100Y43")
    assert (error.position, error.params["hint"]) == (2, "1")


def test_main_check_message_states_the_expected_character() -> None:
    error = _error(EXAMPLE[:17] + "A")
    assert error.field == "uscc"
    assert error.message("en") == ("Check character 18 should be 3, not A; a character is mistyped")
    assert "应为 3" in error.message("zh_CN")


def test_organisation_check_message_names_position_17_and_the_expected_character() -> None:
    error = _error("91350100M000100Y" + "7" + "3")
    assert error.params == {"position": 17, "expected": "4", "actual": "7"}
    assert "17" in error.message("en") and "4" in error.message("en")
    assert "第 17 位" in error.message("zh_CN")


def test_error_is_a_validation_error_on_the_uscc_field() -> None:
    error = _error("123")
    assert isinstance(error, ValidationError)
    assert error.field == "uscc"


@pytest.mark.parametrize(
    ("org8", "check"),
    [
        ("M000100Y", "4"),  # embedded in the GB 32100 example
        ("D2143569", "X"),  # check value 10 is written X
        ("00000006", "X"),
        ("00000000", "0"),  # check value 11 is written 0
        ("12345678", "8"),
    ],
)
def test_organisation_check(org8: str, check: str) -> None:
    assert uscc.organisation_check(org8) == check


@pytest.mark.parametrize("bad", ["M000100", "M000100YY", "m000100Y", "M0001-0Y"])
def test_organisation_check_rejects_malformed_input(bad: str) -> None:
    with pytest.raises(ValueError):
        uscc.organisation_check(bad)


def test_check_character_of_the_example() -> None:
    assert uscc.check_character(EXAMPLE[:17]) == "3"


@pytest.mark.parametrize("bad", [EXAMPLE[:16], EXAMPLE, "91350100O000100Y4"])
def test_check_character_rejects_malformed_input(bad: str) -> None:
    with pytest.raises(ValueError):
        uscc.check_character(bad)


def test_generate_rebuilds_the_example() -> None:
    assert uscc.generate("9", "1", "350100", "M000100Y")[:16] == "91350100M000100Y"
    assert uscc.generate("9", "1", "350100", "M000100Y") == EXAMPLE


def test_generate_uses_x_as_organisation_check() -> None:
    code = uscc.generate("9", "1", "110000", "00000006")
    assert code[16] == "X"
    assert uscc.validate(code) == code


@pytest.mark.parametrize("seed", range(20))
def test_generated_codes_round_trip(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(25):
        parts = (
            rng.choice(uscc.CHARSET),
            rng.choice(uscc.CHARSET),
            "".join(rng.choice("0123456789") for _ in range(6)),
            "".join(rng.choice(uscc.CHARSET) for _ in range(8)),
        )
        code = uscc.generate(*parts)
        assert code.startswith("".join(parts))
        assert uscc.validate(code.lower()) == code


def test_random_code_is_reproducible_and_valid() -> None:
    first = [uscc.random_code(random.Random(7)) for _ in range(3)]
    again = [uscc.random_code(random.Random(7)) for _ in range(3)]
    assert first == again
    assert all(uscc.is_valid(code) and code.startswith("91") for code in first)
    assert uscc.random_code(random.Random(8)) != first[0]


@pytest.mark.parametrize(
    "parts",
    [
        ("", "1", "350100", "M000100Y"),
        ("91", "1", "350100", "M000100Y"),
        ("O", "1", "350100", "M000100Y"),
        ("9", "I", "350100", "M000100Y"),
        ("9", "1", "35010", "M000100Y"),
        ("9", "1", "35010A", "M000100Y"),
        ("9", "1", "３５０１００", "M000100Y"),
        ("9", "1", "350100", "M000100"),
        ("9", "1", "350100", "M000100S"),
        ("9", "1", "350100", "m000100Y"),
    ],
)
def test_generate_rejects_bad_parts(parts: tuple[str, str, str, str]) -> None:
    with pytest.raises(ValueError):
        uscc.generate(*parts)


def test_charset_excludes_the_five_ambiguous_letters() -> None:
    assert len(uscc.CHARSET) == 31
    assert not set("IOSVZ") & set(uscc.CHARSET)
    assert set(uscc.HINTS) == set("IOSVZ")
    assert all(hint in uscc.CHARSET for hint in uscc.HINTS.values())
