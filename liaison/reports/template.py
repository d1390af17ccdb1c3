"""The page every printed document shares, and the one function that writes a PDF.

Each page carries the college (logo and name) and the document's title and period at the top,
and the generation date, an optional running reference (an agreement number) and
"Page X of Y" at the bottom. Headings styled ``h1``/``h2`` become PDF bookmarks and, when the
story holds a :func:`contents` table, entries of it. The file appears whole or not at all.
"""

from __future__ import annotations

import datetime as dt
import io
import logging
import os
import secrets
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO, Final, Literal

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
)
from reportlab.platypus.tableofcontents import TableOfContents

from liaison.i18n import LiaisonError, is_chinese
from liaison.reports import labels
from liaison.reports.canvas import ReportCanvas
from liaison.reports.fonts import FONT, FONT_BOLD, register_fonts, string_width
from liaison.reports.styles import OUTLINE_LEVELS, PALETTE, styles
from liaison.reports.text import escape
from liaison.rules.dates import format_date

log = logging.getLogger(__name__)

PageSize = Literal["A4", "Letter"]
PAGE_SIZES: Final[dict[str, tuple[float, float]]] = {"A4": A4, "Letter": LETTER}

MARGIN_X: Final = 18 * mm
_HEADER_TOP: Final = 11 * mm  # page edge to the top of the header band
_HEADER_HEIGHT: Final = 11 * mm
_FRAME_TOP: Final = 29 * mm
_FRAME_BOTTOM: Final = 20 * mm
_FOOTER_BASELINE: Final = 11 * mm
_HEADER_SIZE: Final = 8.5
_FOOTER_SIZE: Final = 7.5
_ELLIPSIS: Final = "…"


class Cancelled(LiaisonError):
    """The officer cancelled the report; nothing was written."""

    def __init__(self) -> None:
        super().__init__("pdf.cancelled")


class ReportWriteError(LiaisonError):
    """The finished PDF could not be written (folder missing, read-only, disk full …)."""

    def __init__(self, path: Path, reason: OSError) -> None:
        self.path = path
        super().__init__("pdf.write_failed", path=str(path), reason=reason.strerror or reason)


@dataclass(frozen=True)
class DocumentInfo:
    """What a document says about itself, on every page and in its metadata."""

    title: str
    period: str = ""  # "1 Jan 2026 – 31 Dec 2026", "2025 academic year" …
    college: str = ""
    # PNG or JPEG, as a file or its bytes (Settings keep the logo in the database); a missing
    # or broken image prints no logo.
    logo: Path | str | bytes | None = None
    lang: str | None = None  # default: the session's language
    page_size: PageSize = "A4"
    author: str = ""
    subject: str = ""
    keywords: tuple[str, ...] = ()
    reference: str = ""  # printed on every page, e.g. "Agreement No. HZ-2026-014"
    generated_on: dt.date = field(default_factory=dt.date.today)

    def __post_init__(self) -> None:
        if self.page_size not in PAGE_SIZES:
            raise ValueError(f"page size must be one of {', '.join(PAGE_SIZES)}")


def title_block(info: DocumentInfo) -> list[Flowable]:
    """The big title and period that open a document's first page."""
    st = styles(info.lang)
    block: list[Flowable] = [Paragraph(escape(info.title), st.title)]
    if info.period:
        block.append(Paragraph(escape(info.period), st.subtitle))
    return block


def contents(lang: str | None = None) -> list[Flowable]:
    """A "Contents" heading and the table of contents filled from the h1/h2 headings.

    Putting it in the story makes :func:`build_pdf` lay the document out twice, so the page
    numbers it lists are right.
    """
    st = styles(lang)
    layout = [
        ("FONT", (0, 0), (-1, -1), FONT, st.toc_2.fontSize),  # else its cells say Helvetica
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ]
    toc = TableOfContents(levelStyles=[st.toc_1, st.toc_2], dotsMinLevel=0, tableStyle=layout)
    heading = Paragraph(escape(labels.text("pdf.contents", st.lang)), st.title)
    return [heading, toc]


class _FinalPassOnly(Flowable):  # type: ignore[misc]
    """Takes no room on the numbering pass of a document with contents, once a heading has
    been entered; on every later pass it is its content."""

    def __init__(self, content: Flowable) -> None:
        super().__init__()
        self.content = content

    def _numbering(self) -> bool:
        doc = getattr(self.canv, "_doctemplate", None)
        # A heading already entered makes the contents change, so another pass will follow.
        return (
            isinstance(doc, _Document) and doc.indexed and doc.pass_index == 0 and doc.bookmarks > 0
        )

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if self._numbering():
            return 0, 0
        return self.content.wrapOn(self.canv, availWidth, availHeight)  # type: ignore[no-any-return]

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        if self._numbering():
            return []
        return list(self.content.splitOn(self.canv, availWidth, availHeight))

    def draw(self) -> None:
        if not self._numbering():
            self.content.drawOn(self.canv, 0, 0)


def after_contents(content: Flowable) -> Flowable:
    """``content`` that no heading follows (the table of an appendix after its heading).

    A document with :func:`contents` is laid out twice, the first time only to learn the
    pages of its headings. Content after the last heading cannot move a heading, so it is
    laid out only on the pass that is written, which halves the cost of a long appendix.
    """
    return _FinalPassOnly(content)


def build_pdf(
    target: str | os.PathLike[str] | BinaryIO,
    info: DocumentInfo,
    story: Sequence[Flowable],
    *,
    on_progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Lay ``story`` out on the shared page and write the PDF; returns the number of pages.

    ``target`` is a path (written to a temporary file beside it, then renamed over it) or a
    binary stream (written only once the document is complete). ``on_progress`` receives a
    non-decreasing fraction in [0, 1], ending with 1.0. ``cancelled`` is asked between
    flowables; when it answers True, :class:`Cancelled` is raised and nothing is written.
    Raises :class:`ReportWriteError` when the file cannot be written.
    """
    register_fonts()
    if cancelled is not None and cancelled():
        raise Cancelled
    buffer = io.BytesIO()
    doc = _Document(buffer, info, story, on_progress=on_progress, cancelled=cancelled)
    pages = doc.run()
    if isinstance(target, str | os.PathLike):
        _write_atomically(Path(target), buffer.getvalue())
    else:
        target.write(buffer.getvalue())
    if on_progress is not None:
        on_progress(1.0)
    return pages


def _write_atomically(path: Path, data: bytes) -> None:
    # open(..., "xb") rather than mkstemp: the file gets the umask's mode, like any other save.
    temp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.part")
    try:
        with open(temp, "xb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, path)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise ReportWriteError(path, exc) from exc
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def _fit(text: str, size: float, width: float, *, bold: bool = False) -> str:
    """``text`` cut with an ellipsis so that it is at most ``width`` points wide."""
    if string_width(text, size, bold=bold) <= width:
        return text
    low, high = 0, len(text)
    while low < high:  # longest prefix that still fits with the ellipsis
        mid = (low + high + 1) // 2
        if string_width(text[:mid] + _ELLIPSIS, size, bold=bold) <= width:
            low = mid
        else:
            high = mid - 1
    return text[:low].rstrip() + _ELLIPSIS


def _load_logo(logo: Path | str | bytes | None) -> ImageReader | None:
    if logo is None or len(logo if isinstance(logo, bytes) else str(logo)) == 0:
        return None
    try:
        reader = ImageReader(io.BytesIO(logo) if isinstance(logo, bytes) else str(logo))
        width, height = reader.getSize()
        if width <= 0 or height <= 0:
            raise ValueError("empty image")
    except Exception as exc:  # any unreadable file means "no logo", never a failed report
        log.warning("Logo %s not used: %s", "(bytes)" if isinstance(logo, bytes) else logo, exc)
        return None
    return reader


def _work(flowable: Flowable) -> int:
    """A flowable's share of the work: a table counts its body rows, anything else one."""
    rows = getattr(flowable, "liaison_rows", None)
    if isinstance(rows, int):
        return max(rows, 1)
    if isinstance(flowable, Table):
        header = flowable.repeatRows if isinstance(flowable.repeatRows, int) else 0
        return max(len(flowable._cellvalues) - header, 1)
    if isinstance(flowable, KeepTogether):
        return _total_work(flowable._content)
    return 1


def _total_work(story: Iterable[Flowable]) -> int:
    return sum(_work(f) for f in story) or 1


class _Document(BaseDocTemplate):  # type: ignore[misc]
    def __init__(
        self,
        buffer: BinaryIO,
        info: DocumentInfo,
        story: Sequence[Flowable],
        *,
        on_progress: Callable[[float], None] | None,
        cancelled: Callable[[], bool] | None,
    ) -> None:
        self.info = info
        self.lang = labels.resolve(info.lang)
        # An empty story would make a PDF without pages; give it one page of letterhead.
        self.story = list(story) or [Spacer(0, 0)]
        self.logo = _load_logo(info.logo)
        self.on_progress = on_progress
        self.cancelled = cancelled
        self.indexed = any(isinstance(f, TableOfContents) for f in self.story)
        self.passes_expected = 2 if self.indexed else 1
        self.pass_index = -1
        self.work_total = _total_work(self.story)
        self.work_done = 0
        self.reported = 0.0
        self.bookmarks = 0
        self.outline_level = -1
        page_w, page_h = PAGE_SIZES[info.page_size]
        super().__init__(
            buffer,
            pagesize=(page_w, page_h),
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=_FRAME_TOP,
            bottomMargin=_FRAME_BOTTOM,
            title=info.title,
            author=info.author,
            subject=info.subject or info.period,
            creator="Liaison",
            keywords=list(info.keywords),
            lang="zh-CN" if is_chinese(self.lang) else "en",
            displayDocTitle=True,
            initialFontName=FONT,
            initialFontSize=9,
            initialLeading=12,
        )
        frame = Frame(
            MARGIN_X,
            _FRAME_BOTTOM,
            page_w - 2 * MARGIN_X,
            page_h - _FRAME_TOP - _FRAME_BOTTOM,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="body",
        )
        self.addPageTemplates([PageTemplate("page", [frame], onPage=self._decorate)])

    def run(self) -> int:
        if self.indexed:
            self.multiBuild(self.story, canvasmaker=ReportCanvas)
        else:
            self.build(self.story, canvasmaker=ReportCanvas)
        return int(self.canv.page_count)

    # ReportLab hooks -------------------------------------------------------------------------

    def handle_documentBegin(self) -> None:
        # Each pass of a multi-pass build starts a fresh canvas, so outline state starts over.
        self.pass_index += 1
        self.work_done = 0
        self.bookmarks = 0
        self.outline_level = -1
        super().handle_documentBegin()

    def afterFlowable(self, flowable: Flowable) -> None:
        if self.cancelled is not None and self.cancelled():
            raise Cancelled
        if isinstance(flowable, Paragraph):
            level = OUTLINE_LEVELS.get(flowable.style.name)
            if level is not None:
                self._bookmark(flowable, level)
        if self.on_progress is not None:
            self._progress(_work(flowable))

    # ------------------------------------------------------------------------------------------

    def _bookmark(self, heading: Paragraph, level: int) -> None:
        text = " ".join(heading.getPlainText().split())
        key = f"liaison-h{self.bookmarks}"
        self.bookmarks += 1
        # An h2 before any h1 must not skip an outline level, which PDF cannot express.
        level = min(level, self.outline_level + 1)
        self.outline_level = level
        top = self.frame._y + heading.height + heading.style.spaceAfter + heading.style.fontSize
        self.canv.bookmarkHorizontalAbsolute(key, top)
        self.canv.addOutlineEntry(text, key, level=level, closed=level > 0)
        if self.bookmarks == 1:
            self.canv.showOutline()
        self.notify("TOCEntry", (level, escape(text), self.page, key))

    def _progress(self, work: int) -> None:
        assert self.on_progress is not None
        self.work_done += work
        share = min(self.work_done / self.work_total, 1.0)
        fraction = min((self.pass_index + share) / self.passes_expected, 0.99)
        if fraction - self.reported >= 0.01:
            self.reported = fraction
            self.on_progress(fraction)

    def _decorate(self, canvas: ReportCanvas, doc: Any) -> None:
        page_w, page_h = self.pagesize
        width = page_w - 2 * MARGIN_X
        canvas.saveState()
        self._draw_header(canvas, page_w, page_h, width)
        self._draw_footer(canvas, page_w, width)
        canvas.restoreState()

    def _draw_header(
        self, canvas: ReportCanvas, page_w: float, page_h: float, width: float
    ) -> None:
        info = self.info
        top = page_h - _HEADER_TOP
        x = MARGIN_X
        if self.logo is not None:
            img_w, img_h = self.logo.getSize()
            scale = min(_HEADER_HEIGHT / img_h, 30 * mm / img_w)
            draw_w, draw_h = img_w * scale, img_h * scale
            canvas.drawImage(
                self.logo,
                x,
                top - _HEADER_HEIGHT + (_HEADER_HEIGHT - draw_h) / 2,
                draw_w,
                draw_h,
                mask="auto",
            )
            x += draw_w + 3 * mm
        first = top - _HEADER_HEIGHT / 2 + 1
        second = first - _HEADER_SIZE * 1.45
        # The title block gets what it needs unless the college name needs it too; then each
        # side gets at least half and long texts end in an ellipsis.
        room = page_w - MARGIN_X - x - 6 * mm
        title_need = max(
            string_width(info.title, _HEADER_SIZE, bold=True),
            string_width(info.period, _HEADER_SIZE),
        )
        college_need = string_width(info.college, _HEADER_SIZE, bold=True)
        right_room = min(title_need, max(room - college_need, room / 2))
        left_room = room - right_room
        if info.college:
            canvas.setFillColor(PALETTE.ink)
            canvas.setFont(FONT_BOLD, _HEADER_SIZE)
            canvas.drawString(x, first, _fit(info.college, _HEADER_SIZE, left_room, bold=True))
        right = page_w - MARGIN_X
        canvas.setFillColor(PALETTE.accent)
        canvas.setFont(FONT_BOLD, _HEADER_SIZE)
        canvas.drawRightString(right, first, _fit(info.title, _HEADER_SIZE, right_room, bold=True))
        if info.period:
            canvas.setFillColor(PALETTE.muted)
            canvas.setFont(FONT, _HEADER_SIZE)
            canvas.drawRightString(right, second, _fit(info.period, _HEADER_SIZE, right_room))
        rule_y = top - _HEADER_HEIGHT - 2 * mm
        canvas.setStrokeColor(PALETTE.rule)
        canvas.setLineWidth(0.6)
        canvas.line(MARGIN_X, rule_y, page_w - MARGIN_X, rule_y)

    def _draw_footer(self, canvas: ReportCanvas, page_w: float, width: float) -> None:
        lang = self.lang
        y = _FOOTER_BASELINE
        rule_y = y + _FOOTER_SIZE + 2 * mm
        canvas.setStrokeColor(PALETTE.rule)
        canvas.setLineWidth(0.6)
        canvas.line(MARGIN_X, rule_y, page_w - MARGIN_X, rule_y)
        canvas.setFont(FONT, _FOOTER_SIZE)
        canvas.setFillColor(PALETTE.muted)
        date = format_date(self.info.generated_on, lang)
        generated = labels.text("pdf.generated_on", lang, date=date)
        canvas.drawString(MARGIN_X, y, _fit(generated, _FOOTER_SIZE, width * 0.3))
        if self.info.reference:
            canvas.setFillColor(PALETTE.ink)
            canvas.setFont(FONT_BOLD, _FOOTER_SIZE)
            reference = _fit(self.info.reference, _FOOTER_SIZE, width * 0.38, bold=True)
            canvas.drawCentredString(page_w / 2, y, reference)
        page = canvas.getPageNumber()
        canvas.draw_with_total(
            page_w - MARGIN_X,
            y,
            lambda total: labels.text("pdf.page_of", lang, page=page, total=total),
            font=FONT,
            size=_FOOTER_SIZE,
            color=PALETTE.muted,
            align="right",
        )
