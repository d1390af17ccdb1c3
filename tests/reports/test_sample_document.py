"""The sample document, read back with pypdf, in English and in Chinese."""

from __future__ import annotations

import re
from typing import Any

from tests.reports import sample
from tests.reports.pdfcheck import SampleDoc as Doc
from tests.reports.pdfcheck import fonts, not_embedded, outline_titles, squeeze

EXPECTED: dict[str, dict[str, Any]] = {
    "en": {
        "page": "Page {page} of {total}",
        "generated": "Generated on 1 Mar 2026",
        "contents": "Contents",
        "no_data": "No data",
        "signature": "Signature:",
        "seal": "(seal)",
        "date": "Date:",
        "changes": ["▲ 16.4%", "▼ 11.8%", "unchanged", "new"],
        "chart": ["Q1", "Q4", "30,500", "12,000.50", "Software", "(44.1%)"],
        "lang": "en",
    },
    "zh_CN": {
        "page": "第 {page} 页，共 {total} 页",
        "generated": "生成日期：2026年3月1日",
        "contents": "目录",
        "no_data": "暂无数据",
        "signature": "签字：",
        "seal": "（盖章）",
        "date": "日期：",
        "changes": ["▲ 16.4%", "▼ 11.8%", "持平", "新增"],
        "chart": ["第一季度", "第四季度", "30,500", "12,000.50", "软件技术", "(44.1%)"],
        "lang": "zh-CN",
    },
}


def test_header_and_footer_on_every_page(sample_pdf: Doc) -> None:
    lang, _, texts = sample_pdf
    t = sample.TEXTS[lang]
    for text in texts:
        assert t["college"] in text
        assert t["title"] in text
        assert t["period"] in text
        assert EXPECTED[lang]["generated"] in text
        assert "HZ-2025-014" in text


def test_page_x_of_y_counts_every_page(sample_pdf: Doc) -> None:
    lang, pdf, texts = sample_pdf
    total = len(pdf.pages)
    assert total > 5  # the 300-row table alone spans several pages
    template = EXPECTED[lang]["page"]
    assert template.format(page=1, total=total) in texts[0]
    assert template.format(page=total, total=total) in texts[-1]
    for number, text in enumerate(texts, start=1):
        assert template.format(page=number, total=total) in text


def test_table_header_repeats_on_each_page_it_spans(sample_pdf: Doc) -> None:
    lang, _, texts = sample_pdf
    headers = sample.TEXTS[lang]["headers"]
    first = next(i for i, text in enumerate(texts) if "Enterprise 1\n" in text)
    last = next(i for i, text in enumerate(texts) if f"Enterprise {sample.ROWS}" in text)
    assert last >= first + 2
    for text in texts[first : last + 1]:
        for header in headers:
            assert header in text
    # and every row made it, once
    body = "\n".join(texts)
    for row in (2, 150, sample.ROWS):
        assert body.count(f"Enterprise {row}\n") + body.count(f"Enterprise {row} ") == 1


def test_user_text_prints_literally_and_long_names_wrap_whole(sample_pdf: Doc) -> None:
    lang, _, texts = sample_pdf
    body = "\n".join(texts)
    assert sample.MARKUP in body
    assert "&amp;amp;" not in body
    squeezed = squeeze(body)
    # once in the body paragraph, once in the table, wrapped over several lines each time
    assert squeezed.count(sample.LONG_NAME) == 2
    assert sample.LONG_NAME not in body.replace(sample.LONG_NAME + " /", "")
    fields = dict(sample.TEXTS[lang]["fields"])
    assert next(v for v in fields.values() if v and "<" in v) in body


def test_empty_sections_chart_and_forms_say_what_they_are(sample_pdf: Doc) -> None:
    lang, _, texts = sample_pdf
    body = "\n".join(texts)
    expected = EXPECTED[lang]
    assert body.count(sample.TEXTS[lang]["none"]) == 2
    assert expected["no_data"] in body  # the chart without data
    for text in expected["chart"]:
        assert text in body
    for text in expected["changes"]:
        assert text in body
    lines = texts[-1].split("\n")  # the signature block ends the document
    assert lines.count(expected["signature"]) == 3
    assert lines.count(expected["seal"]) == 2  # the student does not seal
    assert lines.count(expected["date"]) == 3
    for role, _ in sample.TEXTS[lang]["parties"]:
        assert role in body


def test_every_font_is_embedded_and_none_is_standard(sample_pdf: Doc) -> None:
    _, pdf, _ = sample_pdf
    found = fonts(pdf)
    assert found
    for font in found:
        assert not_embedded(font) == []
        assert "WenQuanYi" in str(font["/BaseFont"])


def test_outline_lists_headings_on_their_pages(sample_pdf: Doc) -> None:
    lang, pdf, texts = sample_pdf
    t = sample.TEXTS[lang]
    entries = outline_titles(pdf)
    assert [(level, title) for level, title, _ in entries] == [
        (0, t["figures"]),
        (0, t["placements"]),
        (1, t["empty"]),
        (0, t["charts"]),
        (1, t["notes"]),
        (0, t["sign"]),
    ]
    for _, title, page in entries:
        assert title in texts[page - 1].split("\n")
    assert str(pdf.root_object["/PageMode"]) == "/UseOutlines"


def test_contents_page_lists_the_pages_headings_are_on(sample_pdf: Doc) -> None:
    lang, pdf, texts = sample_pdf
    assert EXPECTED[lang]["contents"] in texts[0]
    # Layout mode keeps each entry on one line: title, dot leaders, page number.
    lines = pdf.pages[0].extract_text(extraction_mode="layout").splitlines()
    listed = {}
    for line in lines:
        match = re.fullmatch(r"\s*(\S+(?: \S+)*?)\s+(?:\.\s+)+(\d+)\s*", line)
        if match:
            listed[match[1]] = int(match[2])
    assert listed == {title: page for _, title, page in outline_titles(pdf)}


def test_metadata(sample_pdf: Doc) -> None:
    lang, pdf, _ = sample_pdf
    meta = pdf.metadata
    assert meta is not None
    assert meta.title == sample.TEXTS[lang]["title"]
    assert meta.author == "Wang Fang"
    assert meta.subject == "Cooperation"
    assert meta.creator == "Liaison"
    assert str(meta["/Keywords"]) == "liaison, report"
    assert pdf.root_object["/Lang"] == EXPECTED[lang]["lang"]


def test_a4_by_default(sample_pdf: Doc) -> None:
    _, pdf, _ = sample_pdf
    box = pdf.pages[0].mediabox
    assert (round(float(box.width), 1), round(float(box.height), 1)) == (595.3, 841.9)
