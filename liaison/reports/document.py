"""What every printed document shares: the letterhead, the paper, progress, the result.

Each document function (``enterprise_report``, ``annual_report``, ``agreement_document``,
``placement_agreement``, ``visit_sheets``) takes plain parameters and a
``progress: liaison.tasks.Progress | None``, gathers its data in one read-only session (a
fifth of the progress bar), lays it out (the rest), writes the PDF atomically and returns a
:class:`ReportResult`. Cancelling raises :class:`liaison.tasks.Cancelled` and writes nothing.
"""

from __future__ import annotations

import base64
import binascii
import logging
import os
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import Final, TypeVar

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph

from liaison.db import Database
from liaison.i18n import Catalog
from liaison.reports import template
from liaison.reports.styles import Styles, styles
from liaison.reports.tables import Cell, data_table, empty_section
from liaison.reports.template import DocumentInfo, PageSize, build_pdf
from liaison.reports.text import escape
from liaison.reports.words import Words
from liaison.services.settings import COLLEGE_LOGO, COLLEGE_NAME, OFFICER_NAME, Settings
from liaison.tasks import Cancelled, Progress, step

log = logging.getLogger(__name__)
T = TypeVar("T")

_ = Catalog(
    {
        "report.progress.gather": ("Collecting the figures…", "正在汇总数据…"),
        "report.progress.layout": ("Laying out the pages…", "正在排版…"),
        "report.keywords": ("Liaison, cooperation", "校企合作, Liaison"),
    }
)

#: Paper names the CLI and the app accept, case-insensitively.
PAPERS: Final[dict[str, PageSize]] = {"a4": "A4", "letter": "Letter"}
#: Steps of the progress bar: the first fifth gathers data, the rest lays pages out.
PROGRESS_STEPS: Final = 100
#: Where gathering ends on the bar, when every read a document counted has been done.
GATHER_SHARE: Final = 20


def paper_size(paper: str) -> PageSize:
    """``"A4"`` or ``"Letter"`` for any spelling of either; ValueError for anything else."""
    try:
        return PAPERS[paper.strip().lower()]
    except KeyError:
        raise ValueError(f"unknown paper size {paper!r} (A4 or Letter)") from None


@dataclass(frozen=True)
class ReportResult:
    """A written document: where, how many pages, its title and language."""

    path: Path
    pages: int
    title: str
    lang: str


@dataclass(frozen=True)
class Letterhead:
    """The college's name and logo (PNG bytes) from Settings, and who prints."""

    college: str = ""
    logo: bytes | None = None
    officer: str = ""


def letterhead(db: Database) -> Letterhead:
    """The letterhead stored with the data; a logo that is not valid base64 is left out."""
    settings = Settings(db)
    logo: bytes | None = None
    encoded = settings.get(COLLEGE_LOGO)
    if encoded:
        try:
            logo = base64.b64decode(encoded, validate=True)
        except (binascii.Error, ValueError) as exc:
            log.warning("College logo in Settings is not base64, not printed: %s", exc)
    return Letterhead(
        college=(settings.get(COLLEGE_NAME) or "").strip(),
        logo=logo,
        officer=(settings.get(OFFICER_NAME) or "").strip(),
    )


class Tracker:
    """One progress bar over gathering (steps 0–20) and laying out (20–100)."""

    def __init__(self, progress: Progress | None, words: Words, gather_steps: int) -> None:
        self.progress = progress
        self.words = words
        self.gather_steps = max(gather_steps, 1)
        self.gathered = 0

    def gather(self) -> None:
        """One query done; raises Cancelled when the officer asked to stop."""
        self.gathered = min(self.gathered + 1, self.gather_steps)
        done = self.gathered * GATHER_SHARE // self.gather_steps
        step(self.progress, done, PROGRESS_STEPS, self.words("report.progress.gather"))

    def read(self, value: T) -> T:
        """``value``, a query's result, counted as one step of gathering."""
        self.gather()
        return value

    def laid_out(self, fraction: float) -> None:
        if self.progress is not None:
            done = GATHER_SHARE + round(fraction * (PROGRESS_STEPS - GATHER_SHARE))
            self.progress(done, PROGRESS_STEPS, self.words("report.progress.layout"))

    def cancelled(self) -> bool:
        return self.progress is not None and self.progress.cancelled()


def document_info(
    words: Words,
    head: Letterhead,
    *,
    title: str,
    period: str = "",
    paper: str = "A4",
    subject: str = "",
    reference: str = "",
    today: date | None = None,
) -> DocumentInfo:
    return DocumentInfo(
        title=title,
        period=period,
        college=head.college,
        logo=head.logo,
        lang=words.lang,
        page_size=paper_size(paper),
        author=head.officer or head.college,
        subject=subject or period,
        keywords=tuple(k.strip() for k in words("report.keywords").split(",")),
        reference=reference,
        generated_on=today or date.today(),
    )


def write(
    path: str | os.PathLike[str],
    info: DocumentInfo,
    story: Sequence[Flowable],
    tracker: Tracker,
) -> ReportResult:
    """Lay out and write the document atomically; Cancelled leaves no file behind."""
    try:
        pages = build_pdf(
            path, info, story, on_progress=tracker.laid_out, cancelled=tracker.cancelled
        )
    except template.Cancelled:
        raise Cancelled from None
    return ReportResult(Path(path), pages, info.title, tracker.words.lang)


# --- small story pieces every document uses --------------------------------------------------


def heading(text: str, style: Styles, level: int = 1) -> Paragraph:
    """A section heading; h1 and h2 become bookmarks (and contents entries)."""
    return Paragraph(escape(text), {1: style.h1, 2: style.h2, 3: style.h3}[level])


@cache
def _lead_in_style(lang: str) -> ParagraphStyle:
    return ParagraphStyle("lead_in", parent=styles(lang).body, keepWithNext=1)


def lead_in(text: str, words: Words) -> Paragraph:
    """A paragraph introducing what follows it, never left alone at the foot of a page."""
    return Paragraph(escape(text), _lead_in_style(words.lang))


def table_or_note(
    headers: Sequence[str],
    rows: Sequence[Sequence[Cell]],
    widths: Sequence[float] | None,
    note: str,
    words: Words,
    *,
    numeric: Sequence[int] = (),
) -> Flowable:
    """A data table, or a note saying the section has nothing (the section never vanishes)."""
    if not rows:
        return empty_section(note, lang=words.lang)
    return data_table(headers, rows, widths, numeric_cols=numeric, lang=words.lang)
