"""Cooperation indicators and cooperation depth, computed in SQL.

Period semantics
----------------
A period runs from ``start`` to ``end``, both days included.

* Events count when their day falls in the period: interactions (``occurred_on``), funds received
  (``received_on``), outcomes (``achieved_on``), training sessions (``held_on``), graduates hired
  (``hired_on``), projects starting (``start_date``, for contract value) and agreements ending
  (``end_date``, for the renewal rate).
* Spans count when they share at least one day with the period: agreements, placements and
  projects. A missing start reaches back forever and a missing end forward forever, as in
  :mod:`liaison.rules.periods`.
* Agreements "in force" are those past the draft stage (signed, active, completed, terminated,
  expired) whose span overlaps the period. Placements "hosted" are those active or completed
  (planned ones have not happened yet, withdrawn ones are left out).
* Student-months: the days of each hosted placement that fall inside the period (its start and
  end clipped to the period, an open end running to the period's end), summed, divided by
  30.4375 (the mean length of a month in the Gregorian year, 365.25 / 12) and rounded half up
  to two places. Clipping makes the figure additive: two adjacent periods sum to their union.
* Contract value counts projects starting in the period that got past the proposal stage
  (not proposed, not cancelled). Funds received are credited in full to every partner of a
  project when a project has several.
* Enterprise status, size class and industry are today's values; Liaison keeps no history of
  them. "Partners" are live enterprises with status active.
* The last contact is the latest interaction on or before the period's end; a partner is
  "silent" when that is 180 days or more before the period's end, or there is none.
* Renewal rate: of the agreements in force whose end date falls in the period, the share that a
  later live agreement (past the draft stage) names as the one it renews.
* Share of majors with partner firms: live majors named by an agreement in force, or whose
  students were hosted on a placement, in the period, out of all live majors.

Only live rows count, and only under live parents (a placement under a trashed agreement, or an
interaction with a trashed enterprise, is not counted).

Cooperation depth
-----------------
How deeply the college works with a firm, 0–5, over the 12 months up to ``as_of`` (the window;
:func:`explain_depth` says the same in words, in English and Chinese). It rests on the three
strands of the cooperation model:

* vertical integration (纵向融合): an agreement in force;
* horizontal joint innovation (横向联合创新): a joint project running (contracted, in progress or
  completed), funds received, or an outcome achieved;
* educating people (育人): a student hosted on a placement, a graduate hired, or staff trained.

Levels: 0 no contact and no cooperation; 1 contact only (visits, calls, meetings …); 2 one strand;
3 two strands; 4 all three strands; 5 all three strands and at least two of the depth markers:
an apprenticeship or order-class agreement in force, funds received of at least 10 万元, a
graduate hired.

Modules
-------
:mod:`.scope` says which rows count in a period (agreements in force, placements hosted);
:mod:`.activity` counts what happened in it, :mod:`.college` and :mod:`.enterprise` add the
college's and one firm's own figures; :mod:`.contact` finds the last contacts; :mod:`.depth`
holds the depth scale; :mod:`.figures` the shares, student-months and amounts in 万元.

The queries are written for 100,000 firms: a parent is tested against its trash rather than
joined (:func:`.scope.under_live`), each area is counted in one or two passes, and the indexes
they read carry the columns counted (migration 0003), so that a period's rows are read from
an index rather than from the table.
"""

from liaison.indicators.activity import Activity
from liaison.indicators.college import CollegeIndicators, college_indicators, year_over_year
from liaison.indicators.contact import SILENT_DAYS, days_since_last_contact, last_contacts
from liaison.indicators.depth import (
    DEPTH_FUNDS_FEN,
    DEPTH_WINDOW_MONTHS,
    MARKER_FACTS,
    MARKERS,
    STRAND_FACTS,
    STRANDS,
    Depth,
    DepthFacts,
    cooperation_depth,
    depth_for,
    depth_for_all,
    depth_label,
    depth_level,
    depth_window,
    describe_depth,
    explain_depth,
)
from liaison.indicators.enterprise import EnterpriseIndicators, enterprise_indicators
from liaison.indicators.figures import DAYS_PER_MONTH, FEN_PER_WAN, Share, student_months, wan

__all__ = [
    "DAYS_PER_MONTH",
    "DEPTH_FUNDS_FEN",
    "DEPTH_WINDOW_MONTHS",
    "FEN_PER_WAN",
    "MARKERS",
    "MARKER_FACTS",
    "SILENT_DAYS",
    "STRANDS",
    "STRAND_FACTS",
    "Activity",
    "CollegeIndicators",
    "Depth",
    "DepthFacts",
    "EnterpriseIndicators",
    "Share",
    "college_indicators",
    "cooperation_depth",
    "days_since_last_contact",
    "depth_for",
    "depth_for_all",
    "depth_label",
    "depth_level",
    "depth_window",
    "describe_depth",
    "enterprise_indicators",
    "explain_depth",
    "last_contacts",
    "student_months",
    "wan",
    "year_over_year",
]
