"""Blocks meant to be filled in by hand: blank lines, ruled note space, signature blocks."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Table

from liaison.i18n import is_chinese
from liaison.reports import labels
from liaison.reports.fonts import FONT, string_width
from liaison.reports.styles import BLOCK_SPACE, CELL_PAD_X, PALETTE, styles
from liaison.reports.text import escape

_LINE_WIDTH: Final = 0.6
_LABEL_SIZE: Final = 9.0
_SEAL_DIAMETER: Final = 38 * mm  # a Chinese round official seal is 38–42 mm across


class BlankLine(Flowable):  # type: ignore[misc]
    """A line to write on, as wide as the space it is given (or ``width``)."""

    def __init__(self, width: float | None = None, height: float = 6 * mm) -> None:
        super().__init__()
        self._fixed_width = width
        self.height = height

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = self._fixed_width if self._fixed_width is not None else availWidth
        return self.width, self.height

    def draw(self) -> None:
        self.canv.setStrokeColor(PALETTE.ink)
        self.canv.setLineWidth(_LINE_WIDTH)
        self.canv.line(0, 1, self.width, 1)


class RuledLines(Flowable):  # type: ignore[misc]
    """``count`` evenly spaced rules for handwritten notes; splits across pages by line."""

    def __init__(self, count: int, line_height: float) -> None:
        super().__init__()
        if count < 1 or line_height <= 0:
            raise ValueError("ruled lines need at least one line and a positive line height")
        self.count = count
        self.line_height = line_height
        self.spaceAfter = BLOCK_SPACE

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self.height = self.count * self.line_height
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        fits = int(availHeight // self.line_height)
        if fits < 1 or fits >= self.count:
            return []
        return [RuledLines(fits, self.line_height), RuledLines(self.count - fits, self.line_height)]

    def draw(self) -> None:
        self.canv.setStrokeColor(PALETTE.rule)
        self.canv.setLineWidth(0.5)
        for index in range(self.count):
            y = self.height - (index + 1) * self.line_height
            self.canv.line(0, y, self.width, y)


def ruled_lines(count: int, line_height: float = 8 * mm) -> RuledLines:
    """Ruled space for ``count`` handwritten lines, ``line_height`` points apart."""
    return RuledLines(count, line_height)


@dataclass(frozen=True)
class Party:
    """One signing party: its role (``Party A (college)``), its name, whether it seals."""

    role: str
    name: str = ""  # blank: a line to write the name on
    seal: bool = True


class _SignatureArea(Flowable):  # type: ignore[misc]
    """Signature line, seal circle and date line of one party."""

    _ROW: Final = 9 * mm

    def __init__(self, seal: bool, lang: str) -> None:
        super().__init__()
        self.seal = seal
        self.lang = lang

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self.height = 2 * self._ROW + _SEAL_DIAMETER + 4 * mm
        return self.width, self.height

    def _labelled_line(self, label: str, y: float) -> tuple[float, float]:
        canvas = self.canv
        text = labels.with_colon(label, self.lang)
        canvas.setFont(FONT, _LABEL_SIZE)
        canvas.setFillColor(PALETTE.muted)
        canvas.drawString(0, y + 2, text)
        start = string_width(text, _LABEL_SIZE) + 2
        canvas.setStrokeColor(PALETTE.ink)
        canvas.setLineWidth(_LINE_WIDTH)
        canvas.line(start, y, self.width, y)
        return start, self.width

    def draw(self) -> None:
        canvas = self.canv
        lang = self.lang
        self._labelled_line(labels.text("pdf.signature", lang), self.height - self._ROW + 2)
        if self.seal:
            radius = min(_SEAL_DIAMETER, self.width - 4) / 2
            centre_x = self.width - radius - 2
            centre_y = self._ROW + 2 * mm + _SEAL_DIAMETER / 2
            canvas.setStrokeColor(PALETTE.rule)
            canvas.setDash(3, 3)
            canvas.circle(centre_x, centre_y, radius, stroke=1, fill=0)
            canvas.setDash()
            canvas.setFont(FONT, _LABEL_SIZE)
            canvas.setFillColor(PALETTE.muted)
            canvas.drawCentredString(centre_x, centre_y - 3, labels.text("pdf.seal_here", lang))
        start, end = self._labelled_line(labels.text("pdf.date", lang), 4)
        if is_chinese(lang):
            # Written dates leave room for the year, month and day: ____年__月__日
            canvas.setFont(FONT, _LABEL_SIZE)
            canvas.setFillColor(PALETTE.muted)
            room = end - start
            for share, unit in ((0.45, "年"), (0.72, "月"), (0.98, "日")):
                canvas.drawRightString(start + room * share, 6, unit)


class _Whole(Flowable):  # type: ignore[misc]
    """Shows ``content`` but never splits it: it moves to the next page in one piece.

    (KeepTogether would do the same, but a heading's keepWithNext cannot hold on to it.)
    """

    def __init__(self, content: Flowable) -> None:
        super().__init__()
        self.content = content
        self.spaceAfter = BLOCK_SPACE

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width, self.height = self.content.wrapOn(self.canv, availWidth, availHeight)
        return self.width, self.height

    def draw(self) -> None:
        self.content.drawOn(self.canv, 0, 0)


def signature_block(
    parties: Sequence[Party], *, per_row: int | None = None, lang: str | None = None
) -> Flowable:
    """Side-by-side signature blocks (role, name, signature, seal, date), kept on one page.

    Names and signature areas sit in separate rows so that the signature, seal and date
    lines of all parties line up however long a name is.
    """
    if not parties:
        raise ValueError("a signature block needs at least one party")
    st = styles(lang)
    per_row = per_row or min(len(parties), 3)
    grid: list[list[object]] = []
    for start in range(0, len(parties), per_row):
        group = parties[start : start + per_row]
        names: list[object] = [
            [
                Paragraph(escape(p.role), st.h3),
                Paragraph(escape(p.name), st.field) if p.name else BlankLine(),
            ]
            for p in group
        ]
        areas: list[object] = [_SignatureArea(p.seal, st.lang) for p in group]
        padding = [""] * (per_row - len(group))
        grid += [names + padding, areas + padding]
    gutter = 6 * mm
    commands: list[tuple[object, ...]] = [
        ("FONT", (0, 0), (-1, -1), FONT, _LABEL_SIZE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), gutter),
        ("RIGHTPADDING", (-1, 0), (-1, -1), CELL_PAD_X),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ]
    commands += [("TOPPADDING", (0, row), (-1, row), 6 * mm) for row in range(0, len(grid), 2)]
    commands += [("TOPPADDING", (0, row), (-1, row), 2 * mm) for row in range(1, len(grid), 2)]
    table = Table(grid, colWidths=[f"{100 / per_row:.4f}%"] * per_row, style=commands)
    table.hAlign = "LEFT"
    return _Whole(table)
