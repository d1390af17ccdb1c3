"""The core's texts in English and Simplified Chinese.

The desktop app translates its own widgets with Qt Linguist; everything the core says (CLI
messages, validation and import errors, report texts, enum labels) comes from catalogs declared
here, next to the code that uses them:

    _ = Catalog({"uscc.length": ("Must be 18 characters, got {n}", "应为 18 位，实际为 {n} 位")})
    _("uscc.length", n=17)

Every entry carries both languages, so a missing translation is impossible by construction and a
test checks that both sides use the same placeholders.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Any, Final

LANGUAGES: Final = ("en", "zh_CN")
_INDEX: Final = {"en": 0, "zh_CN": 1}

_current = "en"
_registry: dict[str, tuple[str, str]] = {}


def normalise_language(value: str | None) -> str:
    """Map ``zh``, ``zh-CN``, ``zh_CN.UTF-8``, ``zh_Hans`` … to ``zh_CN``; others to ``en``."""
    if value and value.replace("-", "_").lower().startswith("zh"):
        return "zh_CN"
    return "en"


def system_language() -> str:
    """The language the system locale asks for (LANGUAGE, LC_ALL, LC_MESSAGES, LANG)."""
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var)
        if value:
            return normalise_language(value.split(":")[0])
    import locale  # rarely reached, and not worth its import to every start of the app

    try:
        loc = locale.getlocale()[0]
    except ValueError:
        loc = None
    return normalise_language(loc)


def set_language(lang: str) -> None:
    global _current
    _current = normalise_language(lang)


def language() -> str:
    return _current


@contextmanager
def using(lang: str) -> Iterator[None]:
    """Temporarily speak another language (a report in Chinese from an English session)."""
    previous = _current
    set_language(lang)
    try:
        yield
    finally:
        set_language(previous)


def is_chinese(lang: str | None = None) -> bool:
    """Whether ``lang`` (any spelling: ``zh``, ``zh-CN`` …; default: current) is Chinese."""
    return (normalise_language(lang) if lang else _current) == "zh_CN"


class Catalog:
    """A module's messages; keys are global so two modules cannot silently disagree."""

    def __init__(self, entries: Mapping[str, tuple[str, str]]) -> None:
        for key, texts in entries.items():
            if key in _registry and _registry[key] != texts:
                raise ValueError(f"message key {key!r} declared twice with different texts")
            if len(texts) != 2 or not all(texts):
                raise ValueError(f"message key {key!r} needs an English and a Chinese text")
            _registry[key] = texts
        self._keys = frozenset(entries)

    def __call__(self, key: str, lang: str | None = None, **params: Any) -> str:
        return text(key, lang, **params)

    def __contains__(self, key: object) -> bool:
        return key in self._keys


def text(key: str, lang: str | None = None, **params: Any) -> str:
    """The message ``key`` in ``lang`` (default: the current language), formatted with params."""
    texts = _registry[key]
    template = texts[_INDEX[normalise_language(lang) if lang else _current]]
    return template.format(**params) if params else template


def all_messages() -> dict[str, tuple[str, str]]:
    return dict(_registry)


class LiaisonError(Exception):
    """A known, expected failure with a message in both languages (never a bug)."""

    def __init__(self, key: str, **params: Any) -> None:
        self.key = key
        self.params = params
        super().__init__(key)

    def message(self, lang: str | None = None) -> str:
        return text(self.key, lang, **self.params)

    def __str__(self) -> str:
        return self.message()
