"""User text in Paragraph markup."""

from __future__ import annotations

import io

import pytest
from reportlab.platypus import Paragraph

from liaison.reports.styles import styles
from liaison.reports.template import DocumentInfo, build_pdf
from liaison.reports.text import escape, para
from tests.reports.pdfcheck import page_texts, reader


@pytest.mark.parametrize(
    ("raw", "markup"),
    [
        ("plain", "plain"),
        ("A&B", "A&amp;B"),
        ("<b>bold?</b>", "&lt;b&gt;bold?&lt;/b&gt;"),
        ("&amp;", "&amp;amp;"),
        ("line one\nline two", "line one<br/>line two"),
        ("windows\r\nmac\rend", "windows<br/>mac<br/>end"),
        ("tab\there", "tab here"),
        ("bell\x07 and nul\x00", "bell and nul"),
        ("中文（全角）", "中文（全角）"),
        (None, ""),
        (1234, "1234"),
    ],
)
def test_escape(raw: object, markup: str) -> None:
    assert escape(raw) == markup


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_escaped_text_prints_exactly_as_typed(lang: str) -> None:
    typed = ["<b>&amp; A&B <x>", "x < y > z", "<para>", "R&D 研发 <合作>", "<br/>"]
    st = styles(lang)
    stream = io.BytesIO()
    build_pdf(stream, DocumentInfo("t", lang=lang), [para(t, st.body) for t in typed])
    text = page_texts(reader(stream.getvalue()))[0].split("\n")
    for t in typed:
        assert t in text


def test_para_passes_code_made_markup_when_asked() -> None:
    st = styles("en")
    assert para("<b>x</b>", st.body, markup=True).getPlainText() == "x"
    assert para("<b>x</b>", st.body).getPlainText() == "<b>x</b>"


@pytest.mark.parametrize("typed", ["A <x> & B", "A&B <Tech>", "<b>&amp; A&B <x>"])
def test_unescaped_user_text_is_what_escape_prevents(typed: str) -> None:
    # Unescaped, ReportLab drops or mangles characters, or refuses the text outright.
    try:
        mangled = Paragraph(typed, styles("en").body).getPlainText()
    except ValueError:
        mangled = None
    assert mangled != typed
    assert Paragraph(escape(typed), styles("en").body).getPlainText() == typed
