"""The rules' catalog entries: both languages, same placeholders."""

from __future__ import annotations

from string import Formatter

import pytest

import liaison.rules.industry
import liaison.rules.periods
import liaison.rules.sizing
import liaison.rules.status
import liaison.rules.uscc  # noqa: F401  (imports register the catalogs)
from liaison.i18n import all_messages

PREFIXES = ("uscc.", "industry.", "sizing.", "status.", "periods.")
KEYS = sorted(k for k in all_messages() if k.startswith(PREFIXES))


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in Formatter().parse(template) if name}


def test_every_rules_module_declares_messages() -> None:
    assert {k.split(".")[0] + "." for k in KEYS} == set(PREFIXES)


@pytest.mark.parametrize("key", KEYS)
def test_both_languages_use_the_same_placeholders(key: str) -> None:
    en, zh = all_messages()[key]
    assert _fields(en) == _fields(zh)
    assert not zh.isascii()
