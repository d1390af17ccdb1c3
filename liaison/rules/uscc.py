"""Unified Social Credit Code (统一社会信用代码, GB 32100-2015).

Layout of the 18 characters: 1 registering authority, 2 entity type, 3–8 area code (GB/T 2260),
9–16 organisation code body (GB 11714), 17 organisation-code check, 18 check character.

Two checks are verified, the embedded organisation code first because its failure narrows the
fault down to characters 9–17; the main check at 18 then covers everything else. GB 11714 writes
a check value of 10 as ``X``; ``X`` is one of the 31 USCC characters, so that rule applies
unchanged and position 17 is always a digit or ``X`` in a valid code.
"""

from __future__ import annotations

import random
import unicodedata
from typing import Any, Final

from liaison.errors import ValidationError
from liaison.i18n import Catalog

CHARSET: Final = "0123456789ABCDEFGHJKLMNPQRTUWXY"
LENGTH: Final = 18
_VALUE: Final = {ch: i for i, ch in enumerate(CHARSET)}
# W(i) = 3^(i-1) mod 31 for positions 1..17.
_WEIGHTS: Final = tuple(pow(3, i, 31) for i in range(17))

_ORG_WEIGHTS: Final = (3, 7, 9, 10, 5, 8, 4, 2)
_ORG_CHARS: Final = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"

# The five Latin letters the standard leaves out, and what a typist most likely meant by each.
HINTS: Final = {"O": "0", "I": "1", "Z": "2", "S": "5", "V": "U"}

_ = Catalog(
    {
        "uscc.length": (
            "A credit code has 18 characters; this one has {n}",
            "统一社会信用代码应为 18 位，当前为 {n} 位",
        ),
        "uscc.char": (
            "Character {position} ({char}) is not allowed in a credit code",
            "第 {position} 位字符“{char}”不是统一社会信用代码允许的字符",
        ),
        "uscc.char_hint": (
            "Character {position} is the letter {char}, which credit codes never use;"
            " did you mean {hint}?",
            "第 {position} 位是字母 {char}，统一社会信用代码不使用该字母，是否应为 {hint}？",
        ),
        "uscc.org_check": (
            "The organisation code (characters 9–17) fails its check: character 17 is {actual},"
            " the check expects {expected}; one of characters 9–17 is wrong",
            "组织机构代码（第 9–17 位）校验不符：第 17 位为 {actual}，按校验应为 {expected}，"
            "第 9–17 位中有字符错误",
        ),
        "uscc.main_check": (
            "Check character 18 should be {expected}, not {actual}; a character is mistyped",
            "第 18 位校验码应为 {expected}，实际为 {actual}，代码中有字符录入错误",
        ),
    }
)


class UsccError(ValidationError):
    """A credit code is rejected; ``position`` is 1-based, or None when the length is wrong."""

    def __init__(self, key: str, position: int | None, **params: Any) -> None:
        super().__init__("uscc", key, position=position, **params)
        self.position = position


def normalise(raw: str) -> str:
    """Fold what is unambiguous: full width to half width, whitespace removed, upper case."""
    folded = unicodedata.normalize("NFKC", raw)
    return "".join(folded.split()).upper()


def check_character(first17: str) -> str:
    """The check character (position 18) for the first 17 characters of a code."""
    if len(first17) != 17 or any(ch not in _VALUE for ch in first17):
        raise ValueError(f"need 17 credit-code characters, got {first17!r}")
    total = sum(_VALUE[ch] * w for ch, w in zip(first17, _WEIGHTS, strict=True))
    return CHARSET[(31 - total % 31) % 31]


def organisation_check(org8: str) -> str:
    """The GB 11714 check character (a digit or ``X``) for an 8-character organisation code."""
    if len(org8) != 8 or any(ch not in _ORG_CHARS for ch in org8):
        raise ValueError(f"need 8 organisation-code characters (0-9, A-Z), got {org8!r}")
    # int(ch, 36) gives digits their value and letters A=10 … Z=35, as GB 11714 wants.
    total = sum(int(ch, 36) * w for ch, w in zip(org8, _ORG_WEIGHTS, strict=True))
    value = 11 - total % 11
    return {10: "X", 11: "0"}.get(value, str(value))


def validate(raw: str) -> str:
    """The normalised code, or :class:`UsccError` naming the first fault found."""
    code = normalise(raw)
    if len(code) != LENGTH:
        raise UsccError("uscc.length", None, n=len(code))
    for position, ch in enumerate(code, start=1):
        if ch in _VALUE:
            continue
        if ch in HINTS:
            raise UsccError("uscc.char_hint", position, char=ch, hint=HINTS[ch])
        raise UsccError("uscc.char", position, char=ch)
    expected_org = organisation_check(code[8:16])
    if code[16] != expected_org:
        raise UsccError("uscc.org_check", 17, expected=expected_org, actual=code[16])
    expected = check_character(code[:17])
    if code[17] != expected:
        raise UsccError("uscc.main_check", 18, expected=expected, actual=code[17])
    return code


def is_valid(raw: str) -> bool:
    try:
        validate(raw)
    except UsccError:
        return False
    return True


def generate(authority: str, kind: str, area: str, org8: str) -> str:
    """A valid code from its parts (both check characters computed); for demo and test data."""
    if len(authority) != 1 or authority not in _VALUE:
        raise ValueError(f"authority must be one credit-code character, got {authority!r}")
    if len(kind) != 1 or kind not in _VALUE:
        raise ValueError(f"kind must be one credit-code character, got {kind!r}")
    if len(area) != 6 or not area.isascii() or not area.isdigit():
        raise ValueError(f"area must be a 6-digit GB/T 2260 code, got {area!r}")
    if len(org8) != 8 or any(ch not in _VALUE for ch in org8):
        raise ValueError(f"org8 must be 8 credit-code characters, got {org8!r}")
    first17 = authority + kind + area + org8 + organisation_check(org8)
    return first17 + check_character(first17)


def random_code(rng: random.Random, authority: str = "9", kind: str = "1") -> str:
    """A valid code with a random area and organisation code, reproducible from ``rng``."""
    area = "".join(rng.choice("0123456789") for _ in range(6))
    org8 = "".join(rng.choice(CHARSET) for _ in range(8))
    return generate(authority, kind, area, org8)
