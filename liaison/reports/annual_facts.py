"""Everything the annual report shows, read in one session: :class:`Facts` and :func:`gather`.

The figures come from :mod:`liaison.indicators` (this year and the year before),
:mod:`liaison.reports.annual_data` and :mod:`liaison.reports.data`, each one aggregated in SQL,
so gathering costs a fixed number of queries whatever the number of firms. The section
builders (:mod:`.annual_partners`, :mod:`.annual_strands`) only format what is gathered here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from liaison.indicators import CollegeIndicators, year_over_year
from liaison.reports import annual_data, data
from liaison.reports.document import Tracker

#: Projects listed under "Projects with the most funds received".
TOP_PROJECTS = 10
#: The reads :func:`gather` counts on the progress bar (its ``tick`` calls; see
#: :class:`~liaison.reports.document.Tracker`).
GATHER_STEPS = 9


@dataclass(frozen=True)
class Facts:
    now: CollegeIndicators
    before: CollegeIndicators
    majors: list[annual_data.MajorLine]
    themes: annual_data.ThemeFigures
    signed: dict[str, int]
    top_projects: list[annual_data.TopProject]
    partners: list[annual_data.PartnerLine]
    funds_now: list[tuple[tuple[int, int], int]]
    funds_before: list[tuple[tuple[int, int], int]]
    by_major: list[tuple[str | None, int]]
    as_of: date


def gather(session: Session, year: int, today: date, tracker: Tracker) -> Facts:
    tick = tracker.read
    start, end = date(year, 1, 1), date(year, 12, 31)
    as_of = min(end, today)
    now, before = tick(year_over_year(session, year))
    return Facts(
        now=now,
        before=before,
        majors=tick(annual_data.majors(session, start, end)),
        themes=tick(annual_data.themes(session, start, end)),
        signed=tick(annual_data.signed_by_kind(session, start, end)),
        top_projects=tick(annual_data.top_projects(session, start, end, TOP_PROJECTS)),
        partners=tick(annual_data.partners(session, start, end, as_of)),
        funds_now=tick(data.funds_by_quarter(session, start, end)),
        funds_before=tick(
            data.funds_by_quarter(session, date(year - 1, 1, 1), date(year - 1, 12, 31))
        ),
        by_major=tick(data.placements_by_major(session, start, end)),
        as_of=as_of,
    )
