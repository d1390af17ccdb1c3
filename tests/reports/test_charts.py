"""Charts: labels in the embedded font, exact value labels, "No data" when empty."""

from __future__ import annotations

import io
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pypdf
import pytest
from reportlab.graphics.shapes import Drawing

from liaison.reports import charts
from liaison.reports.template import DocumentInfo, build_pdf
from tests.reports.pdfcheck import fonts, not_embedded, page_texts

MAJORS = ["机电一体化技术", "软件技术", "现代物流管理"]


def render(*flowables: Any, lang: str = "zh_CN") -> tuple[str, pypdf.PdfReader]:
    stream = io.BytesIO()
    build_pdf(stream, DocumentInfo("Charts", lang=lang), list(flowables))
    pdf = pypdf.PdfReader(stream)
    return "\n".join(page_texts(pdf)), pdf


CASES: list[tuple[str, Callable[..., Drawing], tuple[Any, ...], list[str]]] = [
    ("bar", charts.bar_chart, (MAJORS, [Decimal("1200.50"), 300, 0]), ["1,200.50", "300"]),
    ("grouped bar", charts.bar_chart, (["Q1", "Q2"], {"2024": [1, 2], "2025": [3, 4]}), ["2025"]),
    ("horizontal", charts.horizontal_bar_chart, (MAJORS, [12, 30, 7]), ["30", "12"]),
    ("pie", charts.pie_chart, (MAJORS, [1, 2, 1]), ["(50.0%)", "(25.0%)"]),
    ("donut", charts.pie_chart, (MAJORS, [3, 1, 0]), ["(75.0%)", "(0.0%)"]),
    # 1 of 16 is 6.25 %: half up, as the tables print shares
    ("pie half up", charts.pie_chart, (MAJORS[:2], [1, 15]), ["(6.3%)", "(93.8%)"]),
    (
        "line",
        charts.line_chart,
        (["一月", "二月"], {"计划": [1, 2], "实际": [2, 3]}),
        ["计划", "一月"],
    ),
]


@pytest.mark.parametrize(("name", "make", "args", "expected"), CASES, ids=[c[0] for c in CASES])
def test_charts_print_their_labels_in_the_embedded_font(
    name: str, make: Callable[..., Drawing], args: tuple[Any, ...], expected: list[str]
) -> None:
    kwargs = {"donut": True} if name == "donut" else {}
    text, pdf = render(make(*args, **kwargs))
    for label in [*args[0], *expected]:
        assert label in text
    assert "暂无数据" not in text
    assert all(not_embedded(f) == [] for f in fonts(pdf))


EMPTY: list[tuple[Callable[..., Drawing], tuple[Any, ...]]] = [
    (charts.bar_chart, ([], [])),
    (charts.bar_chart, (["Q1", "Q2"], [0, 0])),
    (charts.horizontal_bar_chart, (MAJORS, [0, 0, 0])),
    (charts.pie_chart, ([], [])),
    (charts.pie_chart, (MAJORS, [0, 0, 0])),
    (charts.line_chart, (["Q1"], {"a": [0], "b": [0]})),
]


@pytest.mark.parametrize(("make", "args"), EMPTY)
def test_empty_data_says_no_data(make: Callable[..., Drawing], args: tuple[Any, ...]) -> None:
    drawing = make(*args, lang="en")
    assert drawing.height == charts.NO_DATA_HEIGHT
    text, _ = render(drawing, lang="en")
    assert "No data" in text.split("\n")


@pytest.mark.parametrize(
    ("make", "args"),
    [
        (charts.bar_chart, (["a", "b"], [1])),
        (charts.line_chart, (["a"], {"s": [1, 2]})),
        (charts.pie_chart, (["a", "b"], [1])),
        (charts.pie_chart, (["a", "b"], [1, -1])),
    ],
)
def test_inconsistent_data_is_refused(make: Callable[..., Drawing], args: tuple[Any, ...]) -> None:
    with pytest.raises(ValueError):
        make(*args)


def test_long_category_labels_slant_and_are_cut() -> None:
    industries = ["信息传输、软件和信息技术服务业" * 2, "制造业", "批发和零售业", "建筑业"]
    drawing = charts.bar_chart(industries, [5, 9, 2, 4])
    chart = drawing.contents[0]
    assert chart.categoryAxis.labels.angle == 30
    names = chart.categoryAxis.categoryNames
    assert names[0].endswith("…") and len(names[0]) < len(industries[0])
    assert names[1:] == industries[1:]
    short = charts.bar_chart(["Q1", "Q2"], [1, 2]).contents[0]
    assert short.categoryAxis.labels.angle == 0


def test_horizontal_chart_reads_top_down() -> None:
    chart = charts.horizontal_bar_chart(["first", "second"], [1, 2]).contents[0]
    # ReportLab draws the first category at the bottom, so the list is reversed
    assert chart.categoryAxis.categoryNames == ["second", "first"]
    assert chart.data == [[2.0, 1.0]]
    assert chart.barLabelArray == [["2", "1"]]


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (0, "0"),
        (1234567, "1,234,567"),
        (Decimal("12000.50"), "12,000.50"),
        (Decimal("3"), "3"),
        (2.5, "2.5"),
        (3.0, "3"),
        (1234.567, "1,234.57"),
    ],
)
def test_format_number(value: Any, text: str) -> None:
    assert charts.format_number(value) == text


def test_figure_keeps_chart_and_caption_together() -> None:
    fig = charts.figure(charts.bar_chart(["Q1"], [1]), "Figure 1 Funds <by> quarter", lang="en")
    width, height = fig.wrapOn(None, 480, 800)
    assert width == 480 and height > charts.HEIGHT
    assert fig.split(480, 100) == []
    text, _ = render(fig, lang="en")
    assert "Figure 1 Funds <by> quarter" in text
