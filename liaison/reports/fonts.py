"""The one typeface of every PDF: the bundled WenQuanYi Micro Hei, embedded as a subset.

ReportLab's standard 14 fonts (Helvetica, Times …) are never embedded and cannot show Chinese,
so nothing in a report may fall back to them: every style, table, chart and page decoration
names :data:`FONT` or :data:`FONT_BOLD`.

The .ttc holds two faces, both Regular (index 0 proportional, index 1 monospaced); there is no
bold face. :data:`FONT_BOLD` is therefore an alias of the same face, and
:class:`liaison.reports.canvas.ReportCanvas` draws text in that font filled *and* stroked with a
thin outline (PDF text render mode 2), the way viewers synthesise bold. The glyphs, metrics and
extracted text stay those of the regular face, and the face is embedded once.
"""

from __future__ import annotations

import copy
import threading
from functools import cache
from typing import Final

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from liaison import resources

FONT: Final = "LiaisonSans"
FONT_BOLD: Final = "LiaisonSans-Bold"

#: Outline width of synthetic bold, as a fraction of the font size (about what viewers use).
BOLD_STROKE_EM: Final = 0.035

_lock = threading.Lock()
_registered = threading.Event()


def register_fonts() -> None:
    """Register the bundled font and its family with ReportLab; cheap after the first call."""
    if _registered.is_set():
        return
    with _lock:  # reports may be built on a worker thread while the GUI thread starts one
        if _registered.is_set():
            return
        regular = TTFont(FONT, str(resources.cjk_font()), subfontIndex=0)
        pdfmetrics.registerFont(regular)
        # ReportLab maps a second name for an already registered face onto the same font
        # object, so the bold alias shares one embedded subset with the regular text.
        alias = copy.copy(regular)
        alias.fontName = FONT_BOLD
        pdfmetrics.registerFont(alias)
        # <b> and <i> in Paragraph markup look the family up; italic has no face to map to.
        pdfmetrics.registerFontFamily(
            FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD
        )
        _registered.set()


@cache
def max_advance_em() -> float:
    """The widest glyph's advance in em: ``len(text) * size * this`` bounds any text's width."""
    register_fonts()
    widths = pdfmetrics.getFont(FONT).face.charWidths
    return max(max(widths.values(), default=1000.0), 1000.0) / 1000.0


def is_bold(font_name: str) -> bool:
    """Whether text in ``font_name`` is drawn with synthetic bold."""
    return font_name == FONT_BOLD


def string_width(text: str, size: float, *, bold: bool = False) -> float:
    """Width in points of ``text`` set in the report font (bold has the regular metrics)."""
    register_fonts()
    return float(pdfmetrics.stringWidth(text, FONT_BOLD if bold else FONT, size))
