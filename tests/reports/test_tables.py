"""Data tables, key-figure cards, profile grids and empty sections."""

from __future__ import annotations

import io
from decimal import Decimal
from typing import Any

import pytest
from reportlab.platypus import Paragraph, Spacer

from liaison.reports.forms import BlankLine
from liaison.reports.tables import (
    KeyFigure,
    change,
    change_text,
    data_table,
    empty_section,
    field_table,
    key_figures,
)
from liaison.reports.template import DocumentInfo, build_pdf
from tests.reports.pdfcheck import page_texts, reader

HEADERS = ["No.", "Name", "Amount"]


def texts_of(lang: str, *story: object) -> list[str]:
    stream = io.BytesIO()
    build_pdf(stream, DocumentInfo("t", lang=lang), list(story))
    return page_texts(reader(stream.getvalue()))


@pytest.mark.parametrize(
    ("current", "previous", "lang", "expected"),
    [
        (128, 110, "en", ("▲ 16.4%", 1)),
        (Decimal("1234.56"), Decimal("1400"), "en", ("▼ 11.8%", -1)),
        (342, 342, "en", ("unchanged", 0)),
        (342, 342, "zh_CN", ("持平", 0)),
        (57, 0, "en", ("new", 1)),
        (57, 0, "zh_CN", ("新增", 1)),
        (0, 0, "en", ("unchanged", 0)),
        (0, 5, "en", ("▼ 100.0%", -1)),
        (10005, 10000, "en", ("▲ 0.1%", 1)),
        (100001, 100000, "en", ("unchanged", 0)),  # rounds to 0.0%
        (5, -10, "en", ("▲ 150.0%", 1)),  # from a loss: measured against its size
        (None, 10, "en", ("", 0)),
        (10, None, "en", ("", 0)),
    ],
)
def test_change_text(
    current: int | Decimal | None,
    previous: int | Decimal | None,
    lang: str,
    expected: tuple[str, int],
) -> None:
    assert change_text(current, previous, lang) == expected


def test_change_is_exact_decimal() -> None:
    assert change(Decimal("0.3"), Decimal("0.1")) == Decimal("200.0")
    assert change(1, 3) == Decimal("-66.7")
    assert change(1, 0) is None


def test_columns_must_match_headers() -> None:
    with pytest.raises(ValueError, match="2 column widths for 3 columns"):
        data_table(HEADERS, [[1, "a", 2]], (1, 2))
    with pytest.raises(ValueError):
        data_table([], [[1]])


@pytest.mark.parametrize(
    ("lang", "empty_text", "printed"),
    [
        ("en", None, "No data"),
        ("zh_CN", None, "暂无数据"),
        ("en", "No agreements in this period", "No agreements in this period"),
        ("en", "Nothing <here> & now", "Nothing <here> & now"),
    ],
)
def test_no_rows_prints_the_empty_text(lang: str, empty_text: str | None, printed: str) -> None:
    table = data_table(HEADERS, [], empty_text=empty_text, lang=lang)
    text = texts_of(lang, table)[0]
    assert printed in text.split("\n")
    assert "Name" not in text  # the header row of a table with no rows is not printed
    assert printed in texts_of(lang, empty_section(printed, lang=lang))[0]


def built(table: Any, width: float = 400) -> Any:
    """The LongTable a data table makes for ``width``, before ReportLab lays it out."""
    return table._built(width)


@pytest.mark.parametrize(
    ("value", "kind"),
    [
        ("short", str),
        (12345, str),
        (Decimal("12.50"), str),
        (None, str),
        ("two\nlines", Paragraph),
        ("word " * 39 + "end", Paragraph),
        ("X" * 200, Paragraph),
        ("<b>&amp; A&B <x>", str),  # plain strings are drawn as they are: nothing to escape
    ],
)
def test_only_text_that_must_wrap_becomes_a_paragraph(value: Any, kind: Any) -> None:
    inner = built(data_table(HEADERS, [[1, value, 2]], (1, 3, 1)))
    cell: Any = inner._cellvalues[1][1]
    assert isinstance(cell, kind)
    if kind is str:
        assert cell == ("" if value is None else str(value))
    else:
        assert cell.getPlainText().replace("\n", "") == str(value).replace("\n", "")


def test_flowable_cells_are_kept() -> None:
    spacer = Spacer(10, 10)
    inner = built(data_table(HEADERS, [[1, spacer, 2]]))
    assert inner._cellvalues[1][1] is spacer


def test_numeric_columns_are_right_aligned_and_header_repeats() -> None:
    inner = built(data_table(HEADERS, [[1, "a", "9" * 60]], numeric_cols=(0, 2)))
    styles = inner._cellStyles
    assert [styles[1][c].alignment for c in range(3)] == ["RIGHT", "LEFT", "RIGHT"]
    assert inner._cellvalues[1][2].style.alignment == 2  # TA_RIGHT
    assert inner._cellvalues[0][2].style.alignment == 2
    assert inner.repeatRows == 1


@pytest.mark.parametrize("width", [300.0, 493.0, 540.0])
def test_table_takes_the_width_it_is_given(width: float) -> None:
    table = data_table(HEADERS, [[1, "x" * 300, 3]], (1, 4, 2))
    w, _ = table.wrap(width, 800)
    assert w == pytest.approx(width)
    widths = table._table._colWidths
    assert widths == pytest.approx([width / 7, width * 4 / 7, width * 2 / 7])


def test_guessed_widths_follow_content_but_no_column_takes_over() -> None:
    rows = [[i, "A long enterprise name " * 12, "12"] for i in range(50)]
    widths = built(data_table(HEADERS, rows), 500)._colWidths
    assert sum(widths) == pytest.approx(500)
    assert widths[1] > widths[0] and widths[1] > widths[2]
    assert widths[1] < 500 * 0.8


def test_rows_shorter_than_the_header_are_padded() -> None:
    inner = built(data_table(HEADERS, [[1]]))
    assert inner._cellvalues[1] == ["1", "", ""]


def test_key_figures_lay_cards_in_rows() -> None:
    cards = [KeyFigure(f"Label {i}", f"{i * 10}", current=i, previous=i - 1) for i in range(1, 6)]
    grid = key_figures(cards, columns=3, compare_label="vs 2024", lang="en")
    assert len(grid._cellvalues) == 2
    assert grid._cellvalues[1][2] == ""
    text = texts_of("en", grid)[0]
    for i in range(1, 6):
        assert f"Label {i}" in text
    assert "▲ 100.0% vs 2024" in text
    assert "暂无数据" in texts_of("zh_CN", key_figures([], lang="zh_CN"))[0]


def test_field_table_marks_missing_values() -> None:
    pairs: list[tuple[str, object]] = [("Name", "A&B <Co>"), ("Phone", None), ("Fax", "  ")]
    blank = field_table(pairs, columns=1, fill_missing=True)
    dashed = field_table(pairs, columns=1)
    assert isinstance(blank._cellvalues[1][1], BlankLine)
    assert isinstance(blank._cellvalues[2][1], BlankLine)
    assert dashed._cellvalues[1][1].getPlainText() == "—"
    text = texts_of("en", dashed)[0]
    assert "A&B <Co>" in text
    two = field_table(pairs, columns=2)
    assert len(two._cellvalues) == 2 and len(two._cellvalues[0]) == 4


def test_long_tables_split_page_by_page_without_building_the_rest() -> None:
    rows = [[i, f"name {i}", i * 10] for i in range(1000)]
    table = data_table(HEADERS, rows)
    _, height = table.wrap(480, 700)
    assert height > 700  # a lower bound, without laying out 1,000 rows
    assert table._table is None
    first, rest = table.split(480, 700)
    placed = len(first._cellvalues) - 1
    assert 20 < placed < 60
    assert first._cellvalues[1][1] == "name 0"
    assert rest.rows[0] == [placed, f"name {placed}", placed * 10]
    assert len(rest.rows) == 1000 - placed
    # the columns stay the same on every page
    assert built(rest, 480)._colWidths == pytest.approx(first._colWidths)
    assert table.split(480, 10) == []  # not even the header and one row fit


def test_a_table_that_fits_is_laid_out_whole() -> None:
    table = data_table(HEADERS, [[i, "x", i] for i in range(5)])
    _, height = table.wrap(480, 700)
    assert table._table is not None
    assert height == pytest.approx(table._table._height)


@pytest.mark.parametrize("rows_before", [0, 30])
def test_a_row_taller_than_a_page_continues_on_the_next(rows_before: int) -> None:
    words = [f"w{i}" for i in range(1500)]
    rows = [[0, "a", "b"]] * rows_before + [[1, " ".join(words), "x"], [2, "last row", "y"]]
    texts = texts_of("en", data_table(HEADERS, rows))
    assert len(texts) >= 2
    printed = [w for w in "\n".join(texts).split() if w[0] == "w" and w[1:].isdigit()]
    assert printed == words  # nothing lost, nothing twice, in order
    assert "last row" in texts[-1]
    assert all("Amount" in text for text in texts)  # header on every page
