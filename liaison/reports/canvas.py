"""The canvas every report is drawn on: synthetic bold and texts that need the page total.

"Page X of Y" needs Y before the last page exists. Rather than laying the document out twice,
the canvas remembers such texts and appends them to each page's content when it is saved and
the total is known: ReportLab keeps a closed page's content as text until it writes the file.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from reportlab.lib.colors import Color
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject

from liaison.reports.fonts import BOLD_STROKE_EM, FONT, is_bold, register_fonts

_FILL_AND_STROKE = 2
_FILL = 0


class _TextObject(PDFTextObject):  # type: ignore[misc]
    """A text object that outlines glyphs set in the bold alias, and tidies up after itself."""

    def __init__(self, canvas: Canvas, x: float = 0, y: float = 0, direction: Any = None) -> None:
        super().__init__(canvas, x, y, direction=direction)
        self._stroke_width: float | None = None
        self._emboldened = False
        self._sync_bold()

    def _setFont(self, psfontname: str, size: float) -> None:
        super()._setFont(psfontname, size)
        self._sync_bold()

    def setFont(self, psfontname: str, size: float, leading: float | None = None) -> None:
        super().setFont(psfontname, size, leading)
        self._sync_bold()

    def setFillColor(self, aColor: Any, alpha: Any = None) -> None:
        super().setFillColor(aColor, alpha)
        if self._stroke_width is not None:
            self.setStrokeColor(aColor)

    def _sync_bold(self) -> None:
        if is_bold(self._fontname):
            width = self._fontsize * BOLD_STROKE_EM
            if self._stroke_width is None:
                fill = getattr(self, "_fillColorObj", None) or self._canvas._fillColorObj
                self.setStrokeColor(fill)
            if width != self._stroke_width:
                self._code.append(f"{width:.3f} w")
                self._stroke_width = width
            self.setTextRenderMode(_FILL_AND_STROKE)
            self._emboldened = True
        elif self._stroke_width is not None:
            self.setTextRenderMode(_FILL)
            self._stroke_width = None

    def getCode(self) -> str:
        if self._emboldened:
            # Render mode, line width and stroke colour outlive ET; put back what the canvas
            # believes is current so later drawing is unaffected.
            self.setTextRenderMode(_FILL)
            self._code.append(f"{self._canvas._lineWidth} w")
            self.setStrokeColor(self._canvas._strokeColorObj)
        return str(super().getCode())


@dataclass(frozen=True)
class _Deferred:
    page: int  # 0-based
    x: float
    y: float
    text: Callable[[int], str]
    font: str
    size: float
    color: Color
    align: str


class ReportCanvas(Canvas):  # type: ignore[misc]
    """A ReportLab canvas with synthetic bold and texts drawn once the page total is known."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        register_fonts()
        # Canvas would otherwise select Helvetica in every page's preamble, listing it as used.
        kwargs.setdefault("initialFontName", FONT)
        super().__init__(*args, **kwargs)
        self._pages_closed = 0
        self._deferred: list[_Deferred] = []

    def beginText(self, x: float = 0, y: float = 0, direction: Any = None) -> _TextObject:
        return _TextObject(self, x, y, direction=direction)

    def showPage(self) -> None:
        self._pages_closed += 1
        super().showPage()

    @property
    def page_count(self) -> int:
        """Pages closed so far (the total, once the document has ended)."""
        return self._pages_closed

    def draw_with_total(
        self,
        x: float,
        y: float,
        text: Callable[[int], str],
        *,
        font: str,
        size: float,
        color: Color,
        align: str = "right",
    ) -> None:
        """Draw ``text(total_pages)`` on this page at (x, y), anchored left, centre or right.

        The text is written when the canvas is saved, at the end of the page's content.
        """
        if align not in ("left", "centre", "right"):
            raise ValueError(f"unknown alignment {align!r}")
        self._deferred.append(_Deferred(self._pages_closed, x, y, text, font, size, color, align))

    def save(self) -> None:
        if self._code:
            self.showPage()
        # A closed page keeps its content as text until the document is written, so the
        # deferred texts can still be added to the end of it.
        pages = self._doc.Pages.pages
        total = self._pages_closed
        for item in self._deferred:
            text = item.text(total)
            width = self.stringWidth(text, item.font, item.size)
            x = item.x - {"left": 0.0, "centre": width / 2, "right": width}[item.align]
            writer = self.beginText(x, item.y)
            writer.setFont(item.font, item.size)
            writer.setFillColor(item.color)
            writer.textOut(text)
            pages[item.page].stream += f"q\n{writer.getCode()}\nQ\n"
        super().save()
