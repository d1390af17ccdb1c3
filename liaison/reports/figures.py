"""Numbered, captioned charts as the enterprise and the annual report place them.

:mod:`liaison.reports.charts` draws; this module holds what both reports did alike around the
drawing — the caption numbered in document order and the chart of students placed by major —
so that the two reports cannot drift apart. Money is plotted in 万元 as the tables print it
(:func:`liaison.rules.money.rounded_wan`).
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.shapes import Drawing
from reportlab.platypus import Flowable

from liaison.reports import charts
from liaison.reports.words import Words


def figure(words: Words, drawing: Drawing, title: str) -> Flowable:
    """``drawing`` with the caption "Figure n  title", n counting the document's figures."""
    return charts.figure(drawing, words.caption(title), lang=words.lang)


def majors_chart(words: Words, by_major: Sequence[tuple[str | None, int]], title: str) -> Flowable:
    """Students placed per major as horizontal bars; placements with no major have a label."""
    no_major = words("report.no_major")
    drawing = charts.horizontal_bar_chart(
        [name or no_major for name, _n in by_major],
        [n for _name, n in by_major],
        lang=words.lang,
    )
    return figure(words, drawing, title)
