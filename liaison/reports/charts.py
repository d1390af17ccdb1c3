"""Charts for the reports, as ReportLab Drawings (flowables) in the report font.

ReportLab's chart widgets default to Helvetica, which is neither embedded nor able to show
Chinese, so every label, value and legend here names :data:`~liaison.reports.fonts.FONT`.
Each helper returns a Drawing that says "No data" when there is nothing to plot.

Values are plotted as floats (geometry only); labels are printed from the exact values
through ``formatter``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal
from typing import Any, Final

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.doughnut import Doughnut
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.platypus import Flowable, Paragraph

from liaison.reports import labels
from liaison.reports.fonts import FONT, register_fonts, string_width
from liaison.reports.styles import BLOCK_SPACE, PALETTE, styles
from liaison.reports.text import escape
from liaison.rules.rounding import percent

Number = int | float | Decimal
Series = Sequence[Number] | Mapping[str, Sequence[Number]]
Formatter = Callable[[Any], str]

WIDTH: Final = 460.0
HEIGHT: Final = 220.0
_LABEL_SIZE: Final = 7.5
_VALUE_SIZE: Final = 7.0
_MAX_LABEL: Final = 110.0  # points; longer category labels are cut with an ellipsis
_PAD: Final = 8.0
NO_DATA_HEIGHT: Final = 56.0


def format_number(value: Any) -> str:
    """Thousands-grouped: 12,345; a Decimal keeps its places (12,000.50), a float at most 2."""
    if isinstance(value, Decimal):
        return f"{value:,f}"
    if isinstance(value, float) and not value.is_integer():
        return f"{value:,.2f}".rstrip("0").rstrip(".")
    return f"{int(value):,}"


def _named_series(values: Series) -> list[tuple[str, list[Number]]]:
    if isinstance(values, Mapping):
        return [(str(name), list(row)) for name, row in values.items()]
    return [("", list(values))]


def _plotted(series: list[tuple[str, list[Number]]], *, reverse: bool = False) -> list[list[float]]:
    return [[float(v) for v in (reversed(row) if reverse else row)] for _, row in series]


def _largest(series: list[tuple[str, list[Number]]]) -> Number:
    return max(max(row) for _, row in series)


def _is_empty(categories: Sequence[str], series: list[tuple[str, list[Number]]]) -> bool:
    return not categories or not series or all(v == 0 for _, row in series for v in row)


def _check_lengths(categories: Sequence[str], series: list[tuple[str, list[Number]]]) -> None:
    for name, row in series:
        if len(row) != len(categories):
            raise ValueError(
                f"series {name!r} has {len(row)} values for {len(categories)} categories"
            )


def _drawing(width: float, height: float) -> Drawing:
    drawing = Drawing(width, height)
    # The renderer starts every drawing by selecting this font, used or not.
    drawing.initialFontName = FONT
    drawing.initialFontSize = _LABEL_SIZE
    return drawing


def no_data(
    width: float = WIDTH, height: float = NO_DATA_HEIGHT, *, lang: str | None = None
) -> Drawing:
    """A framed box saying "No data", as wide as the chart it stands in for."""
    register_fonts()
    drawing = _drawing(width, height)
    drawing.add(
        Rect(
            0.5,
            0.5,
            width - 1,
            height - 1,
            fillColor=PALETTE.zebra,
            strokeColor=PALETTE.rule,
            strokeWidth=0.5,
            strokeDashArray=[3, 3],
        )
    )
    drawing.add(
        String(
            width / 2,
            height / 2 - 4,
            labels.text("pdf.no_data", lang),
            fontName=FONT,
            fontSize=10,
            fillColor=PALETTE.muted,
            textAnchor="middle",
        )
    )
    return drawing


def _fit_label(text: str, size: float, width: float) -> str:
    if string_width(text, size) <= width:
        return text
    while text and string_width(text + "…", size) > width:
        text = text[:-1]
    return text + "…"


def _style_axis_labels(axis: Any) -> None:
    axis.labels.fontName = FONT
    axis.labels.fontSize = _LABEL_SIZE
    axis.labels.fillColor = PALETTE.ink
    axis.strokeColor = PALETTE.rule


def _style_value_axis(axis: Any, formatter: Formatter) -> None:
    _style_axis_labels(axis)
    axis.labels.fillColor = PALETTE.muted
    axis.valueMin = 0
    axis.labelTextFormat = formatter
    axis.visibleGrid = 1
    axis.gridStrokeColor = PALETTE.zebra
    axis.gridStrokeWidth = 0.6
    axis.visibleAxis = 0
    axis.visibleTicks = 0


def _legend(series: list[tuple[str, list[Number]]], x: float, y: float) -> Legend:
    """Series names side by side along the top edge, ending at (x, y)."""
    legend = Legend()
    legend.fontName = FONT
    legend.fontSize = _LABEL_SIZE
    legend.fillColor = PALETTE.ink
    legend.alignment = "right"
    legend.boxAnchor = "ne"
    legend.x, legend.y = x, y
    legend.dx = legend.dy = 7
    legend.dxTextSpace = 4
    legend.strokeColor = None
    legend.columnMaximum = 1  # one entry per column: a single row
    legend.deltax = max(string_width(name, _LABEL_SIZE) for name, _ in series) + 24
    legend.colorNamePairs = [
        (PALETTE.series[i % len(PALETTE.series)], name) for i, (name, _) in enumerate(series)
    ]
    return legend


def _value_labels(
    chart: Any,
    series: list[tuple[str, list[Number]]],
    formatter: Formatter,
    *,
    anchor: str,
    reverse: bool = False,
) -> None:
    """Print each bar's exact value (as given, not the float that was plotted)."""
    chart.barLabelFormat = "values"
    chart.barLabelArray = [
        [formatter(v) for v in (reversed(row) if reverse else row)] for _, row in series
    ]
    chart.barLabels.fontName = FONT
    chart.barLabels.fontSize = _VALUE_SIZE
    chart.barLabels.fillColor = PALETTE.ink
    chart.barLabels.nudge = 6
    chart.barLabels.boxAnchor = anchor


def bar_chart(
    categories: Sequence[str],
    values: Series,
    *,
    width: float = WIDTH,
    height: float = HEIGHT,
    formatter: Formatter = format_number,
    value_labels: bool = True,
    lang: str | None = None,
) -> Drawing:
    """Vertical bars per category (grouped when ``values`` maps series names to rows)."""
    register_fonts()
    series = _named_series(values)
    _check_lengths(categories, series)
    if _is_empty(categories, series):
        return no_data(width, lang=lang)
    drawing = _drawing(width, height)
    named = len(series) > 1 or bool(series[0][0])
    top = 22.0 if named else 12.0
    left = max(string_width(formatter(_largest(series)), _LABEL_SIZE), 12) + 8
    plot_w = width - left - _PAD
    slot = plot_w / len(categories)
    widest = max(string_width(c, _LABEL_SIZE) for c in categories)
    slanted = widest > slot - 4
    shown = [_fit_label(c, _LABEL_SIZE, _MAX_LABEL) for c in categories]
    label_room = min(widest, _MAX_LABEL) * 0.5 + _LABEL_SIZE + 6 if slanted else _LABEL_SIZE * 2 + 4
    chart = VerticalBarChart()
    chart.x, chart.y = left, label_room
    chart.width, chart.height = plot_w, height - label_room - top
    chart.data = _plotted(series)
    chart.categoryAxis.categoryNames = shown
    _style_axis_labels(chart.categoryAxis)
    chart.categoryAxis.visibleTicks = 0
    if slanted:
        chart.categoryAxis.labels.angle = 30
        chart.categoryAxis.labels.boxAnchor = "ne"
        chart.categoryAxis.labels.dy = -2
    _style_value_axis(chart.valueAxis, formatter)
    chart.barSpacing = 1
    chart.groupSpacing = max(4.0, slot * 0.25)
    for index in range(len(series)):
        chart.bars[index].fillColor = PALETTE.series[index % len(PALETTE.series)]
        chart.bars[index].strokeColor = None
    if value_labels:
        _value_labels(chart, series, formatter, anchor="s")
    drawing.add(chart)
    if named:
        drawing.add(_legend(series, width, height))
    return drawing


def horizontal_bar_chart(
    categories: Sequence[str],
    values: Series,
    *,
    width: float = WIDTH,
    height: float | None = None,
    formatter: Formatter = format_number,
    value_labels: bool = True,
    lang: str | None = None,
) -> Drawing:
    """Horizontal bars, best for many or long category names (placements by major).

    Without ``height`` the chart grows with the number of categories.
    """
    register_fonts()
    series = _named_series(values)
    _check_lengths(categories, series)
    named = len(series) > 1 or bool(series[0][0]) if series else False
    if height is None:
        height = max(80.0, len(categories) * (12.0 + 6.0 * len(series)) + (40 if named else 24))
    if _is_empty(categories, series):
        return no_data(width, lang=lang)
    drawing = _drawing(width, height)
    shown = [_fit_label(c, _LABEL_SIZE, _MAX_LABEL * 1.3) for c in categories]
    left = max(string_width(c, _LABEL_SIZE) for c in shown) + 10
    longest_value = string_width(formatter(_largest(series)), _VALUE_SIZE)
    top = 22.0 if named else 6.0
    chart = HorizontalBarChart()
    chart.x, chart.y = left, 16
    chart.width = width - left - longest_value - 10
    chart.height = height - 16 - top
    # ReportLab draws the first category at the bottom; reverse so the list reads top-down.
    chart.data = _plotted(series, reverse=True)
    chart.categoryAxis.categoryNames = list(reversed(shown))
    _style_axis_labels(chart.categoryAxis)
    chart.categoryAxis.visibleTicks = 0
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    _style_value_axis(chart.valueAxis, formatter)
    chart.barSpacing = 1
    chart.groupSpacing = 5
    for index in range(len(series)):
        chart.bars[index].fillColor = PALETTE.series[index % len(PALETTE.series)]
        chart.bars[index].strokeColor = None
    if value_labels:
        _value_labels(chart, series, formatter, anchor="w", reverse=True)
    drawing.add(chart)
    if named:
        drawing.add(_legend(series, width, height))
    return drawing


def pie_chart(
    categories: Sequence[str],
    values: Sequence[Number],
    *,
    donut: bool = False,
    width: float = WIDTH,
    height: float = HEIGHT,
    formatter: Formatter = format_number,
    lang: str | None = None,
) -> Drawing:
    """A pie (or donut) with a legend giving each slice's value and share."""
    register_fonts()
    if len(values) != len(categories):
        raise ValueError(f"{len(values)} values for {len(categories)} categories")
    if any(v < 0 for v in values):
        raise ValueError("a pie cannot show negative values")
    total = sum(Decimal(str(v)) for v in values)
    if not categories or total == 0:
        return no_data(width, lang=lang)
    drawing = _drawing(width, height)
    size = height - 2 * _PAD
    pie = Doughnut() if donut else Pie()
    pie.x, pie.y = _PAD, _PAD
    pie.width = pie.height = size
    pie.data = [float(v) for v in values]
    pie.labels = None
    pie.slices.strokeColor = PALETTE.paper
    pie.slices.strokeWidth = 1
    pie.slices.fontName = FONT
    pie.startAngle = 90
    pie.direction = "clockwise"
    if donut:
        pie.innerRadiusFraction = 0.55
    for index in range(len(values)):
        pie.slices[index].fillColor = PALETTE.series[index % len(PALETTE.series)]
    drawing.add(pie)
    legend = Legend()
    legend.fontName = FONT
    legend.fontSize = _LABEL_SIZE + 0.5
    legend.fillColor = PALETTE.ink
    legend.alignment = "right"
    legend.boxAnchor = "w"
    legend.x, legend.y = size + 3 * _PAD, height / 2
    legend.dx = legend.dy = 8
    legend.deltay = max(11.0, min(16.0, (height - 2 * _PAD) / max(len(values), 1)))
    legend.columnMaximum = max(1, int((height - 2 * _PAD) // legend.deltay))
    legend.strokeColor = None
    room = (width - legend.x - 20) / max(1, -(-len(values) // legend.columnMaximum))
    legend.deltax = room
    legend.colorNamePairs = [
        (
            PALETTE.series[i % len(PALETTE.series)],
            _fit_label(
                f"{name}  {formatter(value)} ({percent(Decimal(str(value)), total)}%)",
                legend.fontSize,
                room - legend.dx - 12,
            ),
        )
        for i, (name, value) in enumerate(zip(categories, values, strict=True))
    ]
    drawing.add(legend)
    return drawing


def line_chart(
    categories: Sequence[str],
    values: Series,
    *,
    width: float = WIDTH,
    height: float = HEIGHT,
    formatter: Formatter = format_number,
    value_labels: bool = False,
    lang: str | None = None,
) -> Drawing:
    """Lines over categories such as months or years (one line per named series)."""
    register_fonts()
    series = _named_series(values)
    _check_lengths(categories, series)
    if _is_empty(categories, series):
        return no_data(width, lang=lang)
    drawing = _drawing(width, height)
    named = len(series) > 1 or bool(series[0][0])
    top = 22.0 if named else 12.0
    left = max(string_width(formatter(_largest(series)), _LABEL_SIZE), 12) + 8
    chart = HorizontalLineChart()
    chart.x, chart.y = left, _LABEL_SIZE * 2 + 4
    chart.width = width - left - _PAD
    chart.height = height - chart.y - top
    chart.data = _plotted(series)
    chart.categoryAxis.categoryNames = [_fit_label(c, _LABEL_SIZE, _MAX_LABEL) for c in categories]
    _style_axis_labels(chart.categoryAxis)
    chart.categoryAxis.visibleTicks = 0
    _style_value_axis(chart.valueAxis, formatter)
    chart.joinedLines = 1
    for index in range(len(series)):
        color = PALETTE.series[index % len(PALETTE.series)]
        chart.lines[index].strokeColor = color
        chart.lines[index].strokeWidth = 1.8
        marker = makeMarker("FilledCircle")
        marker.size = 4
        marker.fillColor = color
        marker.strokeColor = color
        chart.lines[index].symbol = marker
    if value_labels:
        chart.lineLabelFormat = formatter
        chart.lineLabels.fontName = FONT
        chart.lineLabels.fontSize = _VALUE_SIZE
        chart.lineLabels.fillColor = PALETTE.ink
        chart.lineLabels.dy = 6
    drawing.add(chart)
    if named:
        drawing.add(_legend(series, width, height))
    return drawing


class Figure(Flowable):  # type: ignore[misc]
    """A chart centred above its caption, never split from it."""

    def __init__(self, drawing: Drawing, caption: Paragraph | None) -> None:
        super().__init__()
        self.drawing = drawing
        self.caption = caption
        self.spaceBefore = 4.0
        self.spaceAfter = BLOCK_SPACE + 4

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._drawing_size = self.drawing.wrapOn(self.canv, availWidth, availHeight)
        self._caption_height = (
            self.caption.wrapOn(self.canv, availWidth, availHeight)[1] + 4 if self.caption else 0.0
        )
        self.width = availWidth
        self.height = self._drawing_size[1] + self._caption_height
        return self.width, self.height

    def draw(self) -> None:
        offset = max(0.0, (self.width - self._drawing_size[0]) / 2)
        self.drawing.drawOn(self.canv, offset, self._caption_height)
        if self.caption is not None:
            self.caption.drawOn(self.canv, 0, 0)


def figure(drawing: Drawing, caption: str = "", *, lang: str | None = None) -> Figure:
    """``drawing`` with a caption below it ("Figure 1  Funds by quarter"), kept together."""
    return Figure(drawing, Paragraph(escape(caption), styles(lang).caption) if caption else None)
