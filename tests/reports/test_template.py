"""The page template and build_pdf: sizes, atomic writing, cancellation, progress, logo."""

from __future__ import annotations

import io
import itertools
import os
from pathlib import Path

import pytest
from PIL import Image
from reportlab.platypus import Flowable, Paragraph

from liaison.reports.fonts import string_width
from liaison.reports.styles import styles
from liaison.reports.tables import data_table
from liaison.reports.template import (
    Cancelled,
    DocumentInfo,
    ReportWriteError,
    _fit,
    build_pdf,
    contents,
    title_block,
)
from tests.reports import sample
from tests.reports.pdfcheck import image_sizes, outline_titles, page_texts, reader


class Boom(Flowable):  # type: ignore[misc]
    """A flowable that fails while it is laid out, as a bug in a report would."""

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        raise RuntimeError("boom")


def small_story(lang: str = "en", rows: int = 120) -> list[Flowable]:
    st = styles(lang)
    return [
        Paragraph("Heading", st.h1),
        data_table(["A", "B"], [[i, f"row {i}"] for i in range(rows)], lang=lang),
    ]


@pytest.mark.parametrize(
    ("page_size", "expected"),
    [("A4", (595.3, 841.9)), ("Letter", (612.0, 792.0))],
)
def test_page_sizes(out: Path, page_size: str, expected: tuple[float, float]) -> None:
    build_pdf(out, DocumentInfo("Sizes", page_size=page_size), small_story())  # type: ignore[arg-type]
    pdf = reader(out)
    for page in pdf.pages:
        box = page.mediabox
        assert (round(float(box.width), 1), round(float(box.height), 1)) == expected


def test_unknown_page_size_is_refused() -> None:
    with pytest.raises(ValueError, match="A4, Letter"):
        DocumentInfo("x", page_size="A5")  # type: ignore[arg-type]


def test_returns_page_count_and_a_single_page_says_1_of_1(out: Path) -> None:
    assert build_pdf(out, DocumentInfo("One"), [Paragraph("x", styles("en").body)]) == 1
    assert "Page 1 of 1" in page_texts(reader(out))[0]


def test_failure_leaves_no_file_and_keeps_the_old_one(tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    with pytest.raises(RuntimeError, match="boom"):
        build_pdf(target, DocumentInfo("Fails"), [*small_story(), Boom()])
    assert list(tmp_path.iterdir()) == []
    target.write_bytes(b"previous report")
    with pytest.raises(RuntimeError):
        build_pdf(target, DocumentInfo("Fails"), [*small_story(), Boom()])
    assert list(tmp_path.iterdir()) == [target]
    assert target.read_bytes() == b"previous report"


def test_success_replaces_the_old_file_and_leaves_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    target.write_bytes(b"previous report")
    build_pdf(target, DocumentInfo("Works"), small_story())
    assert list(tmp_path.iterdir()) == [target]
    assert target.read_bytes().startswith(b"%PDF")


def test_a_stream_gets_nothing_when_the_build_fails() -> None:
    stream = io.BytesIO()
    with pytest.raises(RuntimeError):
        build_pdf(stream, DocumentInfo("Fails"), [Boom()])
    assert stream.getvalue() == b""
    build_pdf(stream, DocumentInfo("Works"), small_story())
    assert stream.getvalue().startswith(b"%PDF")


def test_unwritable_target_is_a_known_error(tmp_path: Path) -> None:
    target = tmp_path / "missing-folder" / "report.pdf"
    with pytest.raises(ReportWriteError) as caught:
        build_pdf(target, DocumentInfo("Nowhere"), small_story())
    assert str(target) in caught.value.message("en")
    assert "无法写入" in caught.value.message("zh_CN")
    assert not target.parent.exists()


def test_cancelling_midway_raises_and_writes_nothing(tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    asked = 0

    def cancelled() -> bool:
        nonlocal asked
        asked += 1
        return asked > 3  # after a few flowables (pages of the table) are done

    with pytest.raises(Cancelled) as caught:
        build_pdf(target, DocumentInfo("Cancel"), small_story(rows=400), cancelled=cancelled)
    assert asked == 4
    assert list(tmp_path.iterdir()) == []
    assert "cancelled" in caught.value.message("en")
    assert "取消" in caught.value.message("zh_CN")


def test_cancelled_before_start_does_no_work(tmp_path: Path) -> None:
    with pytest.raises(Cancelled):
        build_pdf(tmp_path / "r.pdf", DocumentInfo("x"), [Boom()], cancelled=lambda: True)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("with_contents", [False, True])
def test_progress_rises_to_one(out: Path, with_contents: bool) -> None:
    seen: list[float] = []
    story = sample.story("en", with_contents=with_contents)
    build_pdf(out, sample.info("en"), story, on_progress=seen.append)
    assert seen[-1] == 1.0
    assert seen == sorted(seen)
    assert all(0 < f <= 1 for f in seen)
    # the 300-row table is most of the work: progress moves while it is laid out
    assert len(seen) >= 10
    assert max(b - a for a, b in itertools.pairwise(seen)) < 0.5


def test_logo_is_drawn_when_readable(tmp_path: Path) -> None:
    logo = tmp_path / "logo.png"
    Image.new("RGB", (120, 40), (47, 93, 138)).save(logo)
    out = tmp_path / "with-logo.pdf"
    build_pdf(out, DocumentInfo("Logo", college="College", logo=logo), small_story())
    pdf = reader(out)
    assert len(pdf.pages) > 1
    for page in pdf.pages:
        assert image_sizes(page) == [(120, 40)]


@pytest.mark.parametrize("content", [None, b"", b"not an image at all", b"\x89PNG\r\n\x1a\nbroken"])
def test_missing_or_broken_logo_is_left_out(tmp_path: Path, content: bytes | None) -> None:
    logo = tmp_path / "logo.png"
    if content is not None:
        logo.write_bytes(content)
    out = tmp_path / "no-logo.pdf"
    build_pdf(out, DocumentInfo("Logo", college="College", logo=logo), small_story())
    pdf = reader(out)
    assert all(image_sizes(page) == [] for page in pdf.pages)
    assert "College" in page_texts(pdf)[0]


def test_outline_survives_awkward_headings(out: Path) -> None:
    st = styles("en")
    story = [
        Paragraph("Orphan &lt;sub&gt; heading", st.h2),  # an h2 before any h1
        Paragraph("R&amp;D &lt;Lab&gt;", st.h1),
        Paragraph("Deep", st.h2),
        Paragraph("Not in outline", st.h3),
    ]
    build_pdf(out, DocumentInfo("Outline"), [*contents("en"), *story])
    pdf = reader(out)
    assert [(lvl, title) for lvl, title, _ in outline_titles(pdf)] == [
        (0, "Orphan <sub> heading"),
        (0, "R&D <Lab>"),
        (1, "Deep"),
    ]
    assert "R&D <Lab>" in page_texts(pdf)[0]


def test_title_block_and_header_escape_user_text(out: Path) -> None:
    info = DocumentInfo("Report on A&B <Tech>", period="Q1 <draft>", college="X & Y")
    build_pdf(out, info, title_block(info))
    text = page_texts(reader(out))[0]
    assert text.count("Report on A&B <Tech>") == 2  # header and title block
    assert text.count("Q1 <draft>") == 2
    assert "X & Y" in text


def test_long_header_texts_are_cut_to_fit(out: Path) -> None:
    title = "A very long document title " * 8
    build_pdf(out, DocumentInfo(title, college="College " * 20), [])
    header = page_texts(reader(out))[0].split("\n")
    assert any(line.endswith("…") and line.startswith("A very long") for line in header)


@pytest.mark.parametrize(
    ("text", "width", "expected"),
    [
        ("short", 100.0, "short"),
        ("abcdefghij" * 5, 40.0, None),  # cut, ends with …
        ("杭州职业技术学院校企合作", 30.0, None),
        ("", 10.0, ""),
    ],
)
def test_fit(text: str, width: float, expected: str | None) -> None:
    fitted = _fit(text, 9, width)
    assert string_width(fitted, 9) <= width
    if expected is not None:
        assert fitted == expected
    else:
        assert fitted.endswith("…")
        assert text.startswith(fitted[:-1])
        assert string_width(text[: len(fitted)] + "…", 9) > width  # as long as fits


def test_no_stray_files_in_the_working_directory(tmp_path: Path) -> None:
    before = set(os.listdir(tmp_path))
    build_pdf(tmp_path / "a.pdf", DocumentInfo("x"), small_story())
    assert set(os.listdir(tmp_path)) - before == {"a.pdf"}
