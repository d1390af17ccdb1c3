"""Blocks filled in by hand: ruled lines and signature blocks."""

from __future__ import annotations

import io
import re

import pypdf
import pytest
from reportlab.platypus import Paragraph, Spacer

from liaison.reports.forms import Party, RuledLines, ruled_lines, signature_block
from liaison.reports.styles import styles
from liaison.reports.template import DocumentInfo, build_pdf
from tests.reports.pdfcheck import content, page_texts


@pytest.mark.parametrize(
    ("count", "room", "parts"),
    [
        (10, 1000.0, []),  # fits: no split needed
        (10, 45.0, [4, 6]),  # 4 lines of 10 pt fit
        (10, 9.0, []),  # not even one: move to the next page whole
        (3, 25.0, [2, 1]),
    ],
)
def test_ruled_lines_split_between_lines(count: int, room: float, parts: list[int]) -> None:
    lines = RuledLines(count, 10.0)
    assert [p.count for p in lines.split(400, room)] == parts
    assert lines.wrap(400, room) == (400, count * 10.0)


@pytest.mark.parametrize(("count", "height"), [(0, 10.0), (3, 0.0), (-1, 5.0)])
def test_ruled_lines_reject_nonsense(count: int, height: float) -> None:
    with pytest.raises(ValueError):
        ruled_lines(count, height)


def _pdf(story: list[object], lang: str = "en") -> pypdf.PdfReader:
    stream = io.BytesIO()
    build_pdf(stream, DocumentInfo("Form", lang=lang), story)
    return pypdf.PdfReader(stream)


def _horizontal_lines(page: pypdf.PageObject) -> int:
    code = content(page)
    return sum(1 for a, b in re.findall(r"[\d.]+ ([\d.]+) m [\d.]+ ([\d.]+) l", code) if a == b)


def test_ruled_lines_draw_every_line_across_pages() -> None:
    baseline = _horizontal_lines(_pdf([Spacer(1, 1)]).pages[0])  # header and footer rules
    pdf = _pdf([Spacer(1, 600), ruled_lines(20, 20)])  # about 5 lines fit on page 1
    assert len(pdf.pages) == 2
    drawn = [_horizontal_lines(page) - baseline for page in pdf.pages]
    assert sum(drawn) == 20
    assert all(n > 0 for n in drawn)


def test_signature_block_needs_a_party() -> None:
    with pytest.raises(ValueError):
        signature_block([])


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_signature_block_stays_whole_and_with_its_heading(lang: str) -> None:
    parties = [Party("Party A", "College"), Party("Party B"), Party("Student", "Li", seal=False)]
    heading = Paragraph("Signatures", styles(lang).h1)
    pdf = _pdf([Spacer(1, 560), heading, signature_block(parties, lang=lang)], lang)
    assert len(pdf.pages) == 2
    first, second = page_texts(pdf)
    assert "Signatures" not in first
    assert "Signatures" in second
    for role in ("Party A", "Party B", "Student"):
        assert role in second
    seal = "(seal)" if lang == "en" else "（盖章）"
    assert second.count(seal) == 2


def test_signature_block_wraps_parties_into_rows() -> None:
    parties = [Party(f"Party {i}") for i in range(5)]
    block = signature_block(parties, per_row=2)
    table = block.content
    assert len(table._cellvalues) == 6  # names and signature rows for 3 groups
    assert table._cellvalues[-1][1] == ""
