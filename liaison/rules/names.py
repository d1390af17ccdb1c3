"""Normalised names: the key two spellings of one firm share, and the text search looks in."""

from __future__ import annotations

import unicodedata

# Characters that never tell two firms apart: brackets of either width, dots, dashes, quotes.
_DROP = str.maketrans("", "", " \t\r\n\u3000()（）[]【】<>《》.,，。、·・-—_'\"“”‘’&")


def fold(text: str) -> str:
    """Width-folded (NFKC) and case-folded."""
    return unicodedata.normalize("NFKC", text).casefold()


def name_key(name: str) -> str:
    """``"ABC 有限公司"``, ``"abc有限公司"`` and ``"ＡＢＣ（有限公司）"`` share one key."""
    return fold(name).translate(_DROP)


def search_text(*parts: str | None) -> str:
    """What search matches against: every part folded, joined by a separator no query has."""
    return "\x1f".join(fold(p) for p in parts if p)


def like_pattern(query: str) -> str:
    r"""A ``LIKE … ESCAPE '\'`` pattern matching ``query`` anywhere, wildcards taken literally."""
    folded = fold(query).strip()
    escaped = folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"
