"""The one set of colours and paragraph styles shared by every printed document.

Styles differ by language only in how lines break and how far apart they are: Chinese breaks
between any two characters (``wordWrap="CJK"``) and wants more leading; English breaks at
spaces, and ReportLab's ``splitLongWords`` still cuts a 200-character name or a URL that has
no space at all, so nothing runs past the margin.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Final

from reportlab.lib.colors import Color, HexColor, white
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle

from liaison.i18n import is_chinese
from liaison.reports.fonts import FONT, FONT_BOLD, register_fonts
from liaison.reports.labels import resolve


class Palette:
    """Calm blues and greys; green and brick only to mark a rise or a fall."""

    ink: Final[Color] = HexColor("#1F2933")
    muted: Final[Color] = HexColor("#66788A")
    accent: Final[Color] = HexColor("#2F5D8A")
    accent_soft: Final[Color] = HexColor("#E6EDF5")
    rule: Final[Color] = HexColor("#C5CFDA")
    zebra: Final[Color] = HexColor("#F4F6F9")
    paper: Final[Color] = white
    positive: Final[Color] = HexColor("#2E7D5B")
    negative: Final[Color] = HexColor("#B4493A")
    #: Chart series, in order of use.
    series: Final[tuple[Color, ...]] = (
        HexColor("#2F5D8A"),
        HexColor("#5FA8A0"),
        HexColor("#E0A458"),
        HexColor("#8E7CC3"),
        HexColor("#C96868"),
        HexColor("#7A9E5C"),
        HexColor("#4A90C2"),
        HexColor("#B08D57"),
    )


PALETTE: Final = Palette()

#: Cell padding of every table, in points.
CELL_PAD_X: Final = 4.0
CELL_PAD_Y: Final = 3.0
#: Space left below a table, figure or form block, in points.
BLOCK_SPACE: Final = 8.0


@dataclass(frozen=True)
class Styles:
    """Paragraph styles of one language. Treat them as read-only: they are shared."""

    lang: str
    title: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    muted: ParagraphStyle
    table_header: ParagraphStyle
    table_header_num: ParagraphStyle
    table_cell: ParagraphStyle
    table_cell_num: ParagraphStyle
    label: ParagraphStyle
    field: ParagraphStyle
    caption: ParagraphStyle
    figure_big: ParagraphStyle
    figure_small: ParagraphStyle
    toc_1: ParagraphStyle
    toc_2: ParagraphStyle
    #: Size and leading of the plain-string cells of a table, matching ``table_cell``.
    cell_size: float
    cell_leading: float


#: Headings that get an outline entry (and a table-of-contents line), by style name.
OUTLINE_LEVELS: Final = {"h1": 0, "h2": 1}


@cache
def styles(lang: str | None = None) -> Styles:
    """The styles for ``lang`` (default: the session's language), built once per language."""
    register_fonts()
    lang = resolve(lang)
    chinese = is_chinese(lang)
    spacing = 1.55 if chinese else 1.3
    wrap = "CJK" if chinese else None
    ink, muted, accent = PALETTE.ink, PALETTE.muted, PALETTE.accent

    def style(
        name: str, size: float, *, bold: bool = False, color: Color = ink, **extra: object
    ) -> ParagraphStyle:
        settings: dict[str, object] = {
            "fontName": FONT_BOLD if bold else FONT,
            "fontSize": size,
            "leading": round(size * spacing, 1),
            "textColor": color,
            "wordWrap": wrap,
            "splitLongWords": 1,
            "alignment": TA_LEFT,
        }
        settings.update(extra)  # may override any of the above
        return ParagraphStyle(name, **settings)

    cell_size = 8.5
    # Table rows are short and ruled apart: they take tighter leading than running text,
    # which keeps long appendices to fewer pages.
    cell = style("table_cell", cell_size, leading=round(cell_size * 1.3, 1))
    header = style("table_header", cell_size, bold=True, color=accent)
    return Styles(
        lang=lang,
        title=style("title", 20, bold=True, color=accent, spaceAfter=4),
        subtitle=style("subtitle", 11, color=muted, spaceAfter=14),
        h1=style("h1", 15, bold=True, color=accent, spaceBefore=16, spaceAfter=7, keepWithNext=1),
        h2=style("h2", 12.5, bold=True, spaceBefore=12, spaceAfter=5, keepWithNext=1),
        h3=style("h3", 10.5, bold=True, spaceBefore=9, spaceAfter=4, keepWithNext=1),
        body=style("body", 9.5, spaceAfter=6),
        small=style("small", 8),
        muted=style("muted", 8.5, color=muted),
        table_header=header,
        table_header_num=ParagraphStyle("table_header_num", header, alignment=TA_RIGHT),
        table_cell=cell,
        table_cell_num=ParagraphStyle("table_cell_num", cell, alignment=TA_RIGHT),
        label=style("label", 8.5, color=muted),
        field=style("field", 9.5),
        caption=style("caption", 8.5, color=muted, alignment=TA_CENTER),
        figure_big=style("figure_big", 18, bold=True, color=accent, alignment=TA_CENTER),
        figure_small=style("figure_small", 8, color=muted, alignment=TA_CENTER),
        toc_1=style("toc_1", 10.5, bold=True, spaceBefore=5, leftIndent=0),
        toc_2=style("toc_2", 9.5, leftIndent=16),
        cell_size=cell_size,
        cell_leading=cell.leading,
    )
