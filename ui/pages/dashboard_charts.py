"""The dashboard's four charts (Qt Charts), drawn in the theme's colours and the app's font.

Qt Charts is loaded only when the dashboard first has data: it is one of the heavier Qt
modules and nothing before the first paint needs it. Amounts are turned into floating point
only here, for drawing; every figure shown as text stays exact.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QPieSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QApplication, QWidget

from ui.theme import Colours, colours, current_scheme

# Series colours that read on both the light and the dark card.
SERIES = ("#2f6fde", "#f29d38", "#33a37a", "#9b6bd6", "#e0567a", "#4fb3c8", "#8c8f96")
CHART_HEIGHT = 290
LABEL_CHARS = 22  # columns; longer category names are shortened with an ellipsis


def _width(char: str) -> int:
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


def shorten(text: str, limit: int = LABEL_CHARS) -> str:
    """``text`` cut to ``limit`` columns with an ellipsis; a Chinese character takes two."""
    if sum(map(_width, text)) <= limit:
        return text
    kept, used = [], 1  # room for the ellipsis
    for char in text:
        used += _width(char)
        if used > limit:
            break
        kept.append(char)
    return "".join(kept) + "…"


class ChartCard(QChartView):
    """One chart on a card-coloured background, with a title; re-themed on demand."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        # An explicit size: the chart's own hint grows with its longest label and would
        # otherwise widen the whole window, and a tall chart says no more than a short one.
        self.setMinimumWidth(220)
        self.setFixedHeight(CHART_HEIGHT)
        self.setObjectName("ChartCard")
        self.setFrameShape(QChartView.Shape.NoFrame)
        self._title = ""
        self.setChart(QChart())

    def font_for(self, delta: float = 0.0, bold: bool = False) -> QFont:
        font = QFont(QApplication.font())
        if delta:
            font.setPointSizeF(max(font.pointSizeF() + delta, 6.0))
        font.setBold(bold)
        return font

    def begin(self, title: str) -> QChart:
        """A fresh chart with the title; the old one (and its series) is dropped."""
        self._title = title
        chart = QChart()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setMargins(QMargins(6, 6, 6, 6))
        chart.setBackgroundRoundness(10)
        chart.legend().setFont(self.font_for(-1))
        old = self.chart()
        self.setChart(chart)
        if old is not None:
            old.deleteLater()
        return chart

    def finish(self) -> None:
        paint(self.chart(), self._title, colours(), self)
        self.setAccessibleName(self._title)

    def retheme(self) -> None:
        paint(self.chart(), self._title, colours(), self)


def paint(chart: QChart, title: str, c: Colours, view: ChartCard) -> None:
    chart.setTheme(
        QChart.ChartTheme.ChartThemeDark
        if current_scheme() == "dark"
        else QChart.ChartTheme.ChartThemeLight
    )
    chart.setBackgroundBrush(QBrush(QColor(c.card)))
    chart.setBackgroundPen(QPen(QColor(c.border)))
    chart.setTitle(title)
    chart.setTitleFont(view.font_for(1, bold=True))
    chart.setTitleBrush(QBrush(QColor(c.text)))
    chart.legend().setLabelColor(QColor(c.muted_text))
    chart.legend().setFont(view.font_for(-1))
    for axis in chart.axes():
        axis.setLabelsFont(view.font_for(-1))
        axis.setLabelsColor(QColor(c.muted_text))
        axis.setGridLineColor(QColor(c.border))
        axis.setLinePenColor(QColor(c.border))
    for index, series in enumerate(chart.series()):
        if isinstance(series, QPieSeries):
            for n, slice_ in enumerate(series.slices()):
                slice_.setColor(QColor(SERIES[n % len(SERIES)]))
                slice_.setBorderColor(QColor(c.card))
                slice_.setLabelColor(QColor(c.text))
                slice_.setLabelFont(view.font_for(-1))
        elif isinstance(series, QBarSeries | QHorizontalBarSeries):
            for n, bar_set in enumerate(series.barSets()):
                bar_set.setColor(QColor(SERIES[(index + n) % len(SERIES)]))
                bar_set.setBorderColor(QColor(SERIES[(index + n) % len(SERIES)]))
                bar_set.setLabelColor(QColor(c.text))
    view.setBackgroundBrush(QBrush(QColor(c.window)))


def pie(view: ChartCard, title: str, parts: Sequence[tuple[str, int]]) -> None:
    """A doughnut of ``(label, count)`` parts; the legend beside it names each with its count.

    (Labels around the ring collide and get clipped as soon as two parts are small.)
    """
    chart = view.begin(title)
    series = QPieSeries()
    series.setHoleSize(0.5)
    series.setPieSize(0.9)
    for label, count in parts:
        if count:
            series.append(f"{label}  {count:,}", count)
    chart.addSeries(series)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
    chart.legend().setShowToolTips(True)  # the full text, should a label be cut short
    chart.legend().show()
    view.finish()


def horizontal_bars(
    view: ChartCard, title: str, rows: Sequence[tuple[str, int]], series_name: str
) -> None:
    """One bar per ``(label, count)``, largest at the top."""
    chart = view.begin(title)
    ordered = list(reversed(rows))  # Qt draws the first category at the bottom
    bars = QBarSet(series_name)
    bars.append([float(count) for _label, count in ordered])
    series = QHorizontalBarSeries()
    series.append(bars)
    series.setLabelsVisible(True)
    series.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsOutsideEnd)
    series.setLabelsFormat("@value")
    chart.addSeries(series)
    categories = QBarCategoryAxis()
    # Labels are shortened here, by a rule that knows Chinese characters are wide; Qt's own
    # truncation would leave nothing but "…" once the labels are all of some length.
    categories.setTruncateLabels(False)
    categories.append([shorten(label) for label, _count in ordered])
    chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(categories)
    values = QValueAxis()
    top = max((count for _label, count in rows), default=0)
    values.setRange(0, max(top * 1.15, 1.0))
    values.setLabelFormat("%d")
    values.applyNiceNumbers()
    chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(values)
    chart.legend().hide()
    view.finish()


def grouped_bars(
    view: ChartCard,
    title: str,
    categories: Sequence[str],
    sets: Sequence[tuple[str, Sequence[Decimal]]],
) -> None:
    """Bars per category for each ``(name, values)`` set, side by side, with a legend."""
    chart = view.begin(title)
    series = QBarSeries()
    top = Decimal(0)
    for name, values in sets:
        bar_set = QBarSet(name)
        bar_set.append([float(v) for v in values])
        series.append(bar_set)
        top = max([top, *values])
    chart.addSeries(series)
    axis = QBarCategoryAxis()
    axis.setTruncateLabels(False)
    axis.append(list(categories))
    chart.addAxis(axis, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(axis)
    values_axis = QValueAxis()
    values_axis.setRange(0, max(float(top) * 1.1, 1.0))
    values_axis.setLabelFormat("%d")
    values_axis.applyNiceNumbers()
    chart.addAxis(values_axis, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(values_axis)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.legend().show()
    view.finish()
