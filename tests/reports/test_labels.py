"""Bilingual texts and dates of the shared blocks."""

from __future__ import annotations

import datetime as dt
import re
import string

import pytest

from liaison.i18n import all_messages, using
from liaison.reports import labels
from liaison.rules.dates import format_date


@pytest.mark.parametrize(
    ("day", "lang", "expected"),
    [
        (dt.date(2026, 3, 1), "en", "1 Mar 2026"),
        (dt.date(2026, 3, 1), "zh_CN", "2026年3月1日"),
        (dt.date(2025, 12, 31), "en", "31 Dec 2025"),
        (dt.date(2025, 12, 31), "zh-CN", "2025年12月31日"),
    ],
)
def test_format_date(day: dt.date, lang: str, expected: str) -> None:
    assert format_date(day, lang) == expected


def test_language_defaults_to_the_session() -> None:
    with using("zh_CN"):
        assert format_date(dt.date(2026, 1, 2)) == "2026年1月2日"
        assert labels.text("pdf.no_data") == "暂无数据"
        assert labels.with_colon("日期") == "日期："
    with using("en"):
        assert labels.text("pdf.no_data") == "No data"
        assert labels.with_colon("Date") == "Date:"


def test_pdf_messages_use_the_same_placeholders_in_both_languages() -> None:
    keys = [k for k in all_messages() if k.startswith("pdf.")]
    assert len(keys) >= 10
    for key in keys:
        en, zh = all_messages()[key]
        fields = [{f for _, f, _, _ in string.Formatter().parse(t) if f} for t in (en, zh)]
        assert fields[0] == fields[1], key
        assert not re.search(r"[\u4e00-\u9fff]", en), key
