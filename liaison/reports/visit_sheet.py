"""Visit sheets to take on field visits: one enterprise each, several in one file for a route.

Each sheet starts on a new page with blank fields for the visit itself, then the firm's
profile and depth, contacts, open follow-ups, the last visits and contacts, the agreements in
force today, the students on placement or about to start, the projects running, and ruled
space for handwritten notes and the follow-ups agreed.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Paragraph
from sqlalchemy.orm import Session

from liaison import lists
from liaison.db import Database
from liaison.enums import AgreementStatus, PlacementStatus, ProjectStatus
from liaison.i18n import Catalog
from liaison.indicators import Depth, cooperation_depth
from liaison.reports import data, sections
from liaison.reports.document import (
    ReportResult,
    Tracker,
    document_info,
    heading,
    letterhead,
    write,
)
from liaison.reports.forms import RuledLines, ruled_lines
from liaison.reports.styles import styles
from liaison.reports.tables import field_table
from liaison.reports.text import escape
from liaison.reports.words import Words
from liaison.tasks import Progress

_ = Catalog(
    {
        "visit.title_one": ("Visit sheet: {name}", "走访记录单：{name}"),
        "visit.title_route": ("Visit sheets: {n} enterprises", "走访记录单（{n} 家企业）"),
        "visit.subtitle": ("Visit sheet · printed {date}", "走访记录单 · 打印于{date}"),
        "visit.this_visit": ("This visit", "本次走访"),
        "visit.field.date": ("Date", "走访日期"),
        "visit.field.officers": ("Visited by", "走访人员"),
        "visit.field.met": ("Met with", "接待人员"),
        "visit.field.purpose": ("Purpose", "走访目的"),
        "visit.profile": ("Profile", "企业概况"),
        "visit.contacts": ("Contacts", "联系人"),
        "visit.follow_ups": ("Open follow-ups", "待办后续事项"),
        "visit.last_visits": ("Last visits and contacts", "最近走访与联系"),
        "visit.agreements": ("Agreements in force", "在执行协议"),
        "visit.placements": ("Students on placement", "在岗及拟安排实习学生"),
        "visit.projects": ("Projects running", "在研合作项目"),
        "visit.notes": ("Notes", "走访记录"),
        "visit.agreed": ("Follow-ups agreed", "商定的后续事项"),
        "visit.never": ("Never", "从未联系"),
        "visit.days_ago": ("{date} ({days} days ago)", "{date}（{days} 天前）"),
    }
)

LAST_VISITS = 5
NOTE_LINES = 6  # at least; the notes take the rest of the last page
AGREED_LINES = 4
_CURRENT_AGREEMENTS = (AgreementStatus.SIGNED.value, AgreementStatus.ACTIVE.value)
_CURRENT_PLACEMENTS = (PlacementStatus.PLANNED.value, PlacementStatus.ACTIVE.value)
_RUNNING_PROJECTS = (ProjectStatus.CONTRACTED.value, ProjectStatus.IN_PROGRESS.value)
_STEPS_PER_FIRM = 8


class _NoteSpace(Flowable):  # type: ignore[misc]
    """A titled block of ruled lines filling what is left of the page: at least ``minimum``
    lines, else a new page. It carries its own title, so that no keep-with-next grouping
    (which measures against an unbounded height) decides how tall it is."""

    def __init__(self, title: str, minimum: int, lang: str, line_height: float = 8 * mm) -> None:
        super().__init__()
        self.title = title
        self.minimum = minimum
        self.line_height = line_height
        self.style = styles(lang).h3
        self.spaceBefore = self.style.spaceBefore

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        head = self.style.leading + self.style.spaceAfter
        fits = int((availHeight - head) // self.line_height)
        self.lines = self.minimum if fits > 100 else max(self.minimum, fits)
        self.width = availWidth
        self.height = head + self.lines * self.line_height
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        return []

    def draw(self) -> None:
        canvas = self.canv
        canvas.setFont(self.style.fontName, self.style.fontSize)
        canvas.setFillColor(self.style.textColor)
        canvas.drawString(0, self.height - self.style.fontSize, self.title)
        rules = RuledLines(self.lines, self.line_height)
        rules.wrapOn(canvas, self.width, self.lines * self.line_height)
        rules.drawOn(canvas, 0, 0)


@dataclass(frozen=True)
class _Sheet:
    firm: data.Profile
    depth: Depth
    last_contact: date | None
    contacts: list[data.ContactLine]
    follow_ups: list[lists.InteractionRow]
    last_visits: list[lists.InteractionRow]
    agreements: list[lists.AgreementRow]
    placements: list[lists.PlacementRow]
    projects: list[lists.ProjectRow]


def _gather(
    session: Session, enterprise_id: int, today: date, words: Words, tracker: Tracker
) -> _Sheet:
    tick = tracker.read
    firm = tick(data.profile(session, enterprise_id))
    recent = lists.interaction_ids(session, enterprise_id=enterprise_id, end=today)
    last_visits = tick(lists.interaction_rows(session, recent[:LAST_VISITS]))
    return _Sheet(
        firm=firm,
        depth=tick(cooperation_depth(session, enterprise_id, today, words.lang)),
        last_contact=last_visits[0].occurred_on if last_visits else None,
        contacts=tick(data.contacts(session, enterprise_id)),
        follow_ups=tick(
            lists.interaction_rows(
                session,
                lists.interaction_ids(
                    session,
                    enterprise_id=enterprise_id,
                    follow_up_open=True,
                    order_by="follow_up_due",
                    descending=False,
                ),
            )
        ),
        last_visits=last_visits,
        agreements=tick(
            lists.agreement_rows(
                session,
                lists.agreement_ids(
                    session,
                    enterprise_id=enterprise_id,
                    status=_CURRENT_AGREEMENTS,
                    start=today,
                    end=today,
                    order_by="end",
                ),
            )
        ),
        placements=tick(
            lists.placement_rows(
                session,
                lists.placement_ids(
                    session,
                    enterprise_id=enterprise_id,
                    status=_CURRENT_PLACEMENTS,
                    start=today,
                ),
            )
        ),
        projects=tick(
            lists.project_rows(
                session,
                lists.project_ids(
                    session, enterprise_id=enterprise_id, status=_RUNNING_PROJECTS, order_by="start"
                ),
            )
        ),
    )


def visit_sheets(
    db: Database,
    enterprise_ids: Sequence[int],
    path: str | os.PathLike[str],
    *,
    lang: str | None = None,
    paper: str = "A4",
    today: date | None = None,
    progress: Progress | None = None,
) -> ReportResult:
    """Write one visit sheet per enterprise, in the order given, to one file at ``path``.

    Raises ValueError for no enterprises (or an unknown paper), NotFound for an enterprise
    that is not live, :class:`liaison.tasks.Cancelled`, ReportWriteError; nothing is written
    on failure.
    """
    if not enterprise_ids:
        raise ValueError("no enterprises for the visit sheets")
    today = today or date.today()
    words = Words(lang)
    tracker = Tracker(progress, words, _STEPS_PER_FIRM * len(enterprise_ids))
    head = letterhead(db)
    with db.reading() as session:
        sheets = [_gather(session, eid, today, words, tracker) for eid in enterprise_ids]
    if len(sheets) == 1:
        title = words("visit.title_one", name=sheets[0].firm.name)
    else:
        title = words("visit.title_route", n=len(sheets))
    story: list[Flowable] = []
    for index, sheet in enumerate(sheets):
        if index:
            story.append(PageBreak())
        story += _sheet(words, sheet, today)
    info = document_info(
        words, head, title=title, period=words.date(today), paper=paper, today=today
    )
    return write(path, info, story, tracker)


def _last_contact(words: Words, seen: date | None, today: date) -> str:
    if seen is None:
        return words("visit.never")
    return words("visit.days_ago", date=words.date(seen), days=(today - seen).days)


def _sheet(words: Words, sheet: _Sheet, today: date) -> list[Flowable]:
    st = styles(words.lang)
    depth = words("report.depth.level", level=sheet.depth.level, label=sheet.depth.label)
    return [
        heading(sheet.firm.name, st),
        Paragraph(escape(words("visit.subtitle", date=words.date(today))), st.muted),
        heading(words("visit.this_visit"), st, 3),
        field_table(
            [
                (words("visit.field.date"), None),
                (words("visit.field.officers"), None),
                (words("visit.field.met"), None),
                (words("visit.field.purpose"), None),
            ],
            columns=2,
            fill_missing=True,
            lang=words.lang,
        ),
        heading(words("visit.profile"), st, 3),
        sections.profile_fields(
            words,
            sheet.firm,
            extra=[
                (words("report.field.depth"), depth),
                (
                    words("report.field.last_contact"),
                    _last_contact(words, sheet.last_contact, today),
                ),
            ],
            full=False,
        ),
        heading(words("visit.contacts"), st, 3),
        sections.contacts_table(words, sheet.contacts),
        heading(words("visit.follow_ups"), st, 3),
        sections.follow_ups_table(words, sheet.follow_ups, today),
        heading(words("visit.last_visits"), st, 3),
        sections.interactions_table(words, sheet.last_visits),
        heading(words("visit.agreements"), st, 3),
        sections.agreements_table(words, sheet.agreements, "report.empty.current_agreements"),
        heading(words("visit.placements"), st, 3),
        sections.placements_table(words, sheet.placements, "report.empty.current_placements"),
        heading(words("visit.projects"), st, 3),
        sections.projects_table(words, sheet.projects, "report.empty.running_projects"),
        heading(words("visit.agreed"), st, 3),
        ruled_lines(AGREED_LINES),
        _NoteSpace(words("visit.notes"), NOTE_LINES, words.lang),
    ]
