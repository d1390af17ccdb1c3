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
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any, Final

from sqlalchemy import (
    ColumnElement,
    Subquery,
    and_,
    case,
    distinct,
    exists,
    func,
    select,
    true,
)
from sqlalchemy.orm import Session, aliased

from liaison.enums import (
    AgreementKind,
    AgreementStatus,
    EnterpriseStatus,
    InteractionKind,
    PlacementStatus,
    ProjectStatus,
)
from liaison.errors import NotFound
from liaison.i18n import Catalog
from liaison.model import (
    Agreement,
    Contact,
    Employment,
    Enterprise,
    Interaction,
    Major,
    Outcome,
    Payment,
    Placement,
    Project,
    ProjectPartner,
    Record,
    Student,
    TrainingSession,
)
from liaison.portable import (
    AnySelect,
    Column,
    days_between,
    earlier,
    ids_of,
    later,
    live,
    overlaps,
    run,
    unindexed,
)
from liaison.rules.dates import add_months

DAYS_PER_MONTH: Final = Decimal("30.4375")
SILENT_DAYS: Final = 180
DEPTH_WINDOW_MONTHS: Final = 12
DEPTH_FUNDS_FEN: Final = 10_000_000  # 10 万元
FEN_PER_WAN: Final = 1_000_000

_NOT_IN_FORCE: Final = (AgreementStatus.DRAFT.value,)
_HOSTED: Final = (PlacementStatus.ACTIVE.value, PlacementStatus.COMPLETED.value)
_DEEP_KINDS: Final = (AgreementKind.APPRENTICESHIP.value, AgreementKind.ORDER_CLASS.value)
_CONTRACTED: Final = (
    ProjectStatus.CONTRACTED.value,
    ProjectStatus.IN_PROGRESS.value,
    ProjectStatus.COMPLETED.value,
)
_NO_CONTRACT: Final = (ProjectStatus.PROPOSED.value, ProjectStatus.CANCELLED.value)

_ = Catalog(
    {
        "depth.level.0": ("No contact", "无联系"),
        "depth.level.1": ("Contact only", "仅有联系"),
        "depth.level.2": ("One strand", "单线合作"),
        "depth.level.3": ("Two strands", "双线合作"),
        "depth.level.4": ("All three strands", "三线合作"),
        "depth.level.5": ("Deep cooperation", "深度融合"),
        "depth.strand.vertical": ("Vertical integration", "纵向融合"),
        "depth.strand.horizontal": ("Horizontal joint innovation", "横向联合创新"),
        "depth.strand.people": ("Educating people", "育人"),
        "depth.reason.none": (
            "No contact and no cooperation from {start} to {end}",
            "{start} 至 {end} 期间无联系、无合作",
        ),
        "depth.reason.contacts": (
            "Contacts (visits, calls, meetings …): {n}",
            "联系（走访、电话、会议等）{n} 次",
        ),
        "depth.reason.vertical": (
            "Vertical integration: {n} agreement(s) in force",
            "纵向融合：在执行协议 {n} 份",
        ),
        "depth.reason.horizontal": (
            "Horizontal joint innovation: {projects} project(s), {funds} 万元 received, "
            "{outcomes} outcome(s)",
            "横向联合创新：合作项目 {projects} 项，到账经费 {funds} 万元，成果 {outcomes} 项",
        ),
        "depth.reason.people": (
            "Educating people: {placements} placement(s), {hires} graduate(s) hired, "
            "{trainings} staff training session(s)",
            "育人：学生岗位 {placements} 人次，录用毕业生 {hires} 人，员工培训 {trainings} 期",
        ),
        "depth.marker.deep_agreement": (
            "Depth marker: an apprenticeship or order-class agreement",
            "深度标志：现代学徒制或订单班协议",
        ),
        "depth.marker.funds": (
            "Depth marker: funds received of at least {threshold} 万元",
            "深度标志：到账经费不少于 {threshold} 万元",
        ),
        "depth.marker.hires": (
            "Depth marker: graduates employed by the firm",
            "深度标志：企业录用毕业生",
        ),
        "depth.explain.intro": (
            "Cooperation depth (0–5) looks at the {months} months up to the chosen day and at "
            "the three strands of cooperation:",
            "合作深度（0–5 级）统计截至所选日期的 {months} 个月，依据三条合作主线：",
        ),
        "depth.explain.vertical": (
            "Vertical integration: an agreement in force (apprenticeship, order class, "
            "internship base, co-built course or training base).",
            "纵向融合：有在执行的协议（现代学徒制、订单班、实习基地、共建课程或共建实训基地）。",
        ),
        "depth.explain.horizontal": (
            "Horizontal joint innovation: a joint project running, funds received or an "
            "outcome achieved.",
            "横向联合创新：有在实施的合作项目、到账经费或取得成果。",
        ),
        "depth.explain.people": (
            "Educating people: students hosted on placements, graduates hired or enterprise "
            "staff trained.",
            "育人：接收学生实习（顶岗）、录用毕业生或培训企业员工。",
        ),
        "depth.explain.levels": ("Levels:", "等级："),
        "depth.explain.0": ("0 — no contact and no cooperation;", "0 级：无联系、无合作；"),
        "depth.explain.1": (
            "1 — contact only (visits, calls, meetings, e-mails, events);",
            "1 级：仅有联系（走访、电话、会议、邮件、活动）；",
        ),
        "depth.explain.2": ("2 — one strand active;", "2 级：一条主线有合作；"),
        "depth.explain.3": ("3 — two strands active;", "3 级：两条主线有合作；"),
        "depth.explain.4": ("4 — all three strands active;", "4 级：三条主线均有合作；"),
        "depth.explain.5": (
            "5 — all three strands and at least two depth markers: an apprenticeship or "
            "order-class agreement, funds received of at least {threshold} 万元, graduates hired.",
            "5 级：三条主线均有合作，且至少具备两项深度标志：现代学徒制或订单班协议、"
            "到账经费不少于 {threshold} 万元、录用毕业生。",
        ),
    }
)


# --- small shared pieces --------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Share:
    """``part`` out of ``whole``; the ratio is None when there is nothing to divide by."""

    part: int
    whole: int

    @property
    def ratio(self) -> Decimal | None:
        if not self.whole:
            return None
        return (Decimal(self.part) / Decimal(self.whole)).quantize(
            Decimal("0.0001"), rounding=ROUND_HALF_UP
        )

    @property
    def percent(self) -> Decimal | None:
        """The ratio in per cent, one decimal place (``Decimal("66.7")``)."""
        if not self.whole:
            return None
        return (Decimal(100 * self.part) / Decimal(self.whole)).quantize(
            Decimal("0.1"), rounding=ROUND_HALF_UP
        )


def student_months(days: int) -> Decimal:
    """Placement days as student-months (days / 30.4375, two places, half up)."""
    return (Decimal(days) / DAYS_PER_MONTH).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def wan(fen: int) -> str:
    """An amount in 万元 for texts, to the 元 at most and without trailing zeros (``12.5``)."""
    amount = (Decimal(fen) / FEN_PER_WAN).quantize(Decimal("0.0001"), rounding=ROUND_HALF_UP)
    return format(amount.normalize(), "f")


def last_contacts(as_of: date | None) -> Subquery:
    """``(enterprise_id, last_contact)``: the latest live interaction on or before ``as_of``
    (any date when None)."""
    i = Interaction
    stmt = select(i.enterprise_id, func.max(i.occurred_on).label("last_contact")).where(live(i))
    if as_of is not None:
        stmt = stmt.where(i.occurred_on <= as_of)
    return stmt.group_by(i.enterprise_id).subquery("last_contacts")


def days_since_last_contact(session: Session, today: date) -> dict[int, int | None]:
    """Every live enterprise's days since its last contact up to ``today`` (None: never)."""
    last = last_contacts(today)
    stmt = (
        select(Enterprise.id, last.c.last_contact)
        .outerjoin(last, last.c.enterprise_id == Enterprise.id)
        .where(live(Enterprise))
    )
    return {eid: None if seen is None else (today - seen).days for eid, seen in run(session, stmt)}


def _grouped(session: Session, stmt: AnySelect) -> dict[Any, int]:
    return {key: int(n or 0) for key, n in run(session, stmt)}


def _scalar_int(session: Session, stmt: AnySelect) -> int:
    return int(session.scalar(stmt) or 0)


# --- the scope of a query: a period, and optionally one enterprise -----------------------


@dataclass(frozen=True, slots=True)
class _Scope:
    start: date
    end: date
    enterprise_id: int | None = None
    # Some ids of enterprises are filtered on besides: see liaison.portable.live.
    selective: bool = False

    def live(self, *models: type[Record]) -> ColumnElement[bool]:
        return live(*models, selective=self.is_selective)

    @property
    def is_selective(self) -> bool:
        return self.selective or self.enterprise_id is not None

    def plain(self, column: Column) -> Any:
        """``column`` kept out of SQLite's index choice when a selective filter should lead."""
        return unindexed(column) if self.is_selective else column

    def of(self, column: Column) -> ColumnElement[bool]:
        """The row belongs to the enterprise in scope (always true for the whole college)."""
        if self.enterprise_id is None:
            return true()
        return column == self.enterprise_id

    def during(self, column: Column) -> ColumnElement[bool]:
        return and_(column >= self.start, column <= self.end)

    def projects(self) -> ColumnElement[bool]:
        """The project is one of the enterprise's (any project for the whole college)."""
        if self.enterprise_id is None:
            return true()
        pp = ProjectPartner
        return Project.id.in_(
            select(pp.project_id)
            .join(Enterprise, Enterprise.id == pp.enterprise_id)
            .where(self.live(pp, Enterprise), pp.enterprise_id == self.enterprise_id)
        )


def _agreements_in_force(scope: _Scope) -> ColumnElement[bool]:
    a = Agreement
    return and_(
        scope.live(a, Enterprise),
        a.status.not_in(_NOT_IN_FORCE),
        overlaps(a.start_date, a.end_date, scope.start, scope.end),
        scope.of(a.enterprise_id),
    )


def _hosted_placements(scope: _Scope) -> ColumnElement[bool]:
    p = Placement
    return and_(
        scope.live(p, Agreement, Enterprise, Student),
        scope.plain(p.status).in_(_HOSTED),
        overlaps(p.start_date, p.end_date, scope.start, scope.end),
        scope.of(Agreement.enterprise_id),
    )


def _placements_joined(*columns: Any) -> AnySelect:
    return (
        select(*columns)
        .select_from(Placement)
        .join(Agreement, Agreement.id == Placement.agreement_id)
        .join(Enterprise, Enterprise.id == Agreement.enterprise_id)
        .join(Student, Student.id == Placement.student_id)
    )


# --- indicators -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Activity:
    """What happened in a period, for the whole college or for one enterprise."""

    start: date
    end: date
    agreements_by_kind: dict[str, int]
    agreements_by_status: dict[str, int]
    students_placed: int
    placement_days: int
    apprentices: int
    order_class_students: int
    graduates_employed: int
    graduates_related_field: int
    retained_6m: Share  # still employed at 6 months, out of those surveyed
    retained_12m: Share
    projects_by_kind: dict[str, int]
    projects_by_status: dict[str, int]
    contract_value_fen: int
    funds_received_fen: int
    outcomes_by_kind: dict[str, int]
    training_sessions: int
    staff_trained: int  # person-times
    staff_training_hours: int  # person-hours
    interactions_by_kind: dict[str, int]
    renewals: Share  # agreements ended in the period that were renewed

    @property
    def agreements(self) -> int:
        return sum(self.agreements_by_kind.values())

    @property
    def projects(self) -> int:
        return sum(self.projects_by_kind.values())

    @property
    def outcomes(self) -> int:
        return sum(self.outcomes_by_kind.values())

    @property
    def interactions(self) -> int:
        return sum(self.interactions_by_kind.values())

    @property
    def visits(self) -> int:
        return self.interactions_by_kind.get(InteractionKind.VISIT.value, 0)

    @property
    def student_months(self) -> Decimal:
        return student_months(self.placement_days)

    @property
    def staff_training_days(self) -> Decimal:
        """Person-days, eight hours to a day."""
        return Decimal(self.staff_training_hours) / 8


@dataclass(frozen=True, slots=True)
class CollegeIndicators(Activity):
    enterprises_by_status: dict[str, int]
    partners: int
    partners_by_size: dict[str, int]
    partners_by_industry: dict[str | None, int]
    partners_with_agreements: int
    partners_silent: int  # not contacted for 180 days or more by the period's end
    partner_visits: int  # field visits to partners in the period
    majors_with_partners: Share

    @property
    def visits_per_partner(self) -> Decimal | None:
        return Share(self.partner_visits, self.partners).ratio


@dataclass(frozen=True, slots=True)
class EnterpriseIndicators(Activity):
    enterprise_id: int
    name: str
    status: str
    contacts: int
    last_contact: date | None  # on or before the period's end
    days_since_last_contact: int | None  # counted to the period's end
    depth: Depth


def _activity(session: Session, scope: _Scope) -> dict[str, Any]:
    a, p, e, t, i = Agreement, Placement, Employment, TrainingSession, Interaction
    values: dict[str, Any] = {"start": scope.start, "end": scope.end}

    by_kind_status = session.execute(
        select(a.kind, a.status, func.count())
        .join(Enterprise, Enterprise.id == a.enterprise_id)
        .where(_agreements_in_force(scope))
        .group_by(a.kind, a.status)
    ).all()
    values["agreements_by_kind"] = _sum_by(by_kind_status, 0)
    values["agreements_by_status"] = _sum_by(by_kind_status, 1)

    days = days_between(later(p.start_date, scope.start), earlier(p.end_date, scope.end)) + 1
    deep = {
        kind: func.count(distinct(case((Agreement.kind == kind, p.student_id))))
        for kind in _DEEP_KINDS
    }
    placed = session.execute(
        _placements_joined(
            func.count(distinct(p.student_id)),
            func.sum(days),
            deep[AgreementKind.APPRENTICESHIP.value],
            deep[AgreementKind.ORDER_CLASS.value],
        ).where(_hosted_placements(scope))
    ).one()
    values["students_placed"] = int(placed[0])
    values["placement_days"] = int(placed[1] or 0)
    values["apprentices"] = int(placed[2])
    values["order_class_students"] = int(placed[3])

    employed = session.execute(
        select(
            func.count(distinct(e.student_id)),
            func.count(distinct(case((e.related_field.is_(True), e.student_id)))),
            func.count(case((e.employed_6m.is_(True), 1))),
            func.count(e.employed_6m),
            func.count(case((e.employed_12m.is_(True), 1))),
            func.count(e.employed_12m),
        )
        .join(Student, Student.id == e.student_id)
        .join(Enterprise, Enterprise.id == e.enterprise_id)
        .where(
            scope.live(e, Student, Enterprise), scope.during(e.hired_on), scope.of(e.enterprise_id)
        )
    ).one()
    values["graduates_employed"] = int(employed[0])
    values["graduates_related_field"] = int(employed[1])
    values["retained_6m"] = Share(int(employed[2]), int(employed[3]))
    values["retained_12m"] = Share(int(employed[4]), int(employed[5]))

    projects = session.execute(
        select(Project.kind, Project.status, func.count())
        .where(
            scope.live(Project),
            overlaps(Project.start_date, Project.end_date, scope.start, scope.end),
            scope.projects(),
        )
        .group_by(Project.kind, Project.status)
    ).all()
    values["projects_by_kind"] = _sum_by(projects, 0)
    values["projects_by_status"] = _sum_by(projects, 1)
    values["contract_value_fen"] = _scalar_int(
        session,
        select(func.sum(Project.contract_value_fen)).where(
            scope.live(Project),
            Project.status.not_in(_NO_CONTRACT),
            scope.during(Project.start_date),
            scope.projects(),
        ),
    )
    values["funds_received_fen"] = _scalar_int(
        session,
        select(func.sum(Payment.amount_fen))
        .join(Project, Project.id == Payment.project_id)
        .where(scope.live(Payment, Project), scope.during(Payment.received_on), scope.projects()),
    )
    values["outcomes_by_kind"] = _grouped(
        session,
        select(Outcome.kind, func.count())
        .join(Project, Project.id == Outcome.project_id)
        .where(scope.live(Outcome, Project), scope.during(Outcome.achieved_on), scope.projects())
        .group_by(Outcome.kind),
    )

    trained = session.execute(
        select(func.count(), func.sum(t.participants), func.sum(t.participants * t.hours))
        .join(Enterprise, Enterprise.id == t.enterprise_id)
        .where(scope.live(t, Enterprise), scope.during(t.held_on), scope.of(t.enterprise_id))
    ).one()
    values["training_sessions"] = int(trained[0])
    values["staff_trained"] = int(trained[1] or 0)
    values["staff_training_hours"] = int(trained[2] or 0)

    values["interactions_by_kind"] = _grouped(
        session,
        select(i.kind, func.count())
        .join(Enterprise, Enterprise.id == i.enterprise_id)
        .where(scope.live(i, Enterprise), scope.during(i.occurred_on), scope.of(i.enterprise_id))
        .group_by(i.kind),
    )

    # A join to the set of renewed ids, not a correlated EXISTS: renewal_of_id has no index.
    renewal = aliased(Agreement)
    renewed = (
        select(renewal.renewal_of_id.label("id"))
        .where(live(renewal), renewal.status.not_in(_NOT_IN_FORCE))
        .distinct()
        .subquery("renewed")
    )
    ended = session.execute(
        select(func.count(), func.count(renewed.c.id))
        .select_from(a)
        .join(Enterprise, Enterprise.id == a.enterprise_id)
        .outerjoin(renewed, renewed.c.id == a.id)
        .where(_agreements_in_force(scope), scope.during(a.end_date))
    ).one()
    values["renewals"] = Share(int(ended[1]), int(ended[0]))
    return values


def _sum_by(rows: Iterable[Any], index: int) -> dict[str, int]:
    """Totals by one key of rows grouped by two keys and ending with a count."""
    totals: dict[str, int] = {}
    for row in rows:
        totals[row[index]] = totals.get(row[index], 0) + int(row[-1])
    return totals


def college_indicators(session: Session, start: date, end: date) -> CollegeIndicators:
    """The college's cooperation figures for ``start`` … ``end`` (see the module docstring)."""
    scope = _Scope(start, end)
    ent = Enterprise
    partner = and_(live(ent), ent.status == EnterpriseStatus.ACTIVE.value)

    by_status = _grouped(
        session, select(ent.status, func.count()).where(live(ent)).group_by(ent.status)
    )
    by_size = _grouped(
        session, select(ent.size_class, func.count()).where(partner).group_by(ent.size_class)
    )
    by_industry = _grouped(
        session,
        select(ent.industry_section, func.count()).where(partner).group_by(ent.industry_section),
    )
    with_agreements = _scalar_int(
        session,
        select(func.count(distinct(Agreement.enterprise_id)))
        .join(ent, ent.id == Agreement.enterprise_id)
        .where(_agreements_in_force(scope)),
    )
    last = last_contacts(end)
    silent = _scalar_int(
        session,
        select(func.count())
        .select_from(ent)
        .outerjoin(last, last.c.enterprise_id == ent.id)
        .where(
            partner,
            last.c.last_contact.is_(None)
            | (last.c.last_contact <= end - timedelta(days=SILENT_DAYS)),
        ),
    )
    partner_visits = _scalar_int(
        session,
        select(func.count())
        .select_from(Interaction)
        .join(ent, ent.id == Interaction.enterprise_id)
        .where(
            partner,
            live(Interaction),
            Interaction.kind == InteractionKind.VISIT.value,
            scope.during(Interaction.occurred_on),
        ),
    )
    placed_major = exists(
        _placements_joined(Placement.id).where(
            _hosted_placements(scope), Student.major_id == Major.id
        )
    )
    agreed_major = exists(
        select(Agreement.id)
        .join(ent, ent.id == Agreement.enterprise_id)
        .where(_agreements_in_force(scope), Agreement.major_id == Major.id)
    )
    majors = session.execute(
        select(func.count(), func.count(case((placed_major | agreed_major, 1)))).where(live(Major))
    ).one()
    return CollegeIndicators(
        **_activity(session, scope),
        enterprises_by_status=by_status,
        partners=by_status.get(EnterpriseStatus.ACTIVE.value, 0),
        partners_by_size=by_size,
        partners_by_industry=by_industry,
        partners_with_agreements=with_agreements,
        partners_silent=silent,
        partner_visits=partner_visits,
        majors_with_partners=Share(int(majors[1]), int(majors[0])),
    )


def enterprise_indicators(
    session: Session, enterprise_id: int, start: date, end: date
) -> EnterpriseIndicators:
    """One enterprise's cooperation figures for ``start`` … ``end``; NotFound if not live."""
    found = session.execute(
        select(Enterprise.name, Enterprise.status).where(
            Enterprise.id == enterprise_id, live(Enterprise)
        )
    ).one_or_none()
    if found is None:
        raise NotFound("enterprise", enterprise_id)
    scope = _Scope(start, end, enterprise_id)
    contacts = _scalar_int(
        session,
        select(func.count()).where(
            live(Contact, selective=True), Contact.enterprise_id == enterprise_id
        ),
    )
    last = session.scalar(
        select(func.max(Interaction.occurred_on)).where(
            live(Interaction, selective=True),
            Interaction.enterprise_id == enterprise_id,
            Interaction.occurred_on <= end,
        )
    )
    return EnterpriseIndicators(
        **_activity(session, scope),
        enterprise_id=enterprise_id,
        name=found.name,
        status=found.status,
        contacts=contacts,
        last_contact=last,
        days_since_last_contact=None if last is None else (end - last).days,
        depth=cooperation_depth(session, enterprise_id, end),
    )


def year_over_year(session: Session, year: int) -> tuple[CollegeIndicators, CollegeIndicators]:
    """The college's indicators for calendar ``year`` and for the year before."""
    return (
        college_indicators(session, date(year, 1, 1), date(year, 12, 31)),
        college_indicators(session, date(year - 1, 1, 1), date(year - 1, 12, 31)),
    )


# --- cooperation depth ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DepthFacts:
    """What one enterprise did with the college in the depth window."""

    contacts: int = 0
    agreements: int = 0
    deep_agreements: int = 0  # apprenticeship or order class
    projects: int = 0
    funds_fen: int = 0
    outcomes: int = 0
    placements: int = 0
    hires: int = 0
    trainings: int = 0

    @property
    def strands(self) -> dict[str, bool]:
        return {
            strand: any(getattr(self, fact) > 0 for fact in facts)
            for strand, facts in STRAND_FACTS.items()
        }

    @property
    def markers(self) -> dict[str, bool]:
        return {
            marker: getattr(self, fact) >= least for marker, (fact, least) in MARKER_FACTS.items()
        }

    @property
    def level(self) -> int:
        return depth_level(
            sum(self.strands.values()), sum(self.markers.values()), self.contacts > 0
        )


# Which facts make a strand active (any of them above zero) …
STRAND_FACTS: Final = {
    "vertical": ("agreements",),
    "horizontal": ("projects", "funds_fen", "outcomes"),
    "people": ("placements", "hires", "trainings"),
}
# … and the least value of a fact that makes a depth marker.
MARKER_FACTS: Final = {
    "deep_agreement": ("deep_agreements", 1),
    "funds": ("funds_fen", DEPTH_FUNDS_FEN),
    "hires": ("hires", 1),
}


def depth_level(strands: int, markers: int, contacted: bool) -> int:
    """The 0–5 scale of the module docstring from the number of active strands and markers."""
    if strands == len(STRAND_FACTS) and markers >= 2:
        return 5
    if strands:
        return strands + 1
    return 1 if contacted else 0


@dataclass(frozen=True, slots=True)
class Depth:
    level: int
    label: str
    strands: dict[str, bool]
    markers: dict[str, bool]
    reasons: list[str]
    window_start: date
    as_of: date
    facts: DepthFacts


def depth_window(as_of: date) -> tuple[date, date]:
    """The 12 months up to and including ``as_of``."""
    return add_months(as_of, -DEPTH_WINDOW_MONTHS) + timedelta(days=1), as_of


def depth_label(level: int, lang: str | None = None) -> str:
    return _(f"depth.level.{level}", lang)


def explain_depth(lang: str | None = None) -> str:
    """The depth scale in words, for a tooltip, a help page or a report's notes."""
    threshold = wan(DEPTH_FUNDS_FEN)
    lines = [
        _("depth.explain.intro", lang, months=DEPTH_WINDOW_MONTHS),
        *(f"• {_(f'depth.explain.{strand}', lang)}" for strand in STRAND_FACTS),
        _("depth.explain.levels", lang),
        *(_(f"depth.explain.{n}", lang) for n in range(5)),
        _("depth.explain.5", lang, threshold=threshold),
    ]
    return "\n".join(lines)


def _depth_counts(
    session: Session, as_of: date, enterprise_ids: Collection[int] | None
) -> dict[str, dict[int, int]]:
    """Each depth fact by enterprise (of those given, or all), in seven grouped queries."""
    start, end = depth_window(as_of)
    scope = _Scope(start, end, selective=enterprise_ids is not None)

    def only(column: Column) -> ColumnElement[bool]:
        return true() if enterprise_ids is None else column.in_(list(enterprise_ids))

    counts: dict[str, dict[int, int]] = {}
    i = Interaction
    counts["contacts"] = _grouped(
        session,
        select(i.enterprise_id, func.count())
        .where(scope.live(i), scope.during(i.occurred_on), only(i.enterprise_id))
        .group_by(i.enterprise_id),
    )
    a = Agreement
    agreements = run(
        session,
        select(a.enterprise_id, func.count(), func.count(case((a.kind.in_(_DEEP_KINDS), 1))))
        .join(Enterprise, Enterprise.id == a.enterprise_id)
        .where(_agreements_in_force(scope), only(a.enterprise_id))
        .group_by(a.enterprise_id),
    ).all()
    counts["agreements"] = {eid: int(n) for eid, n, _deep in agreements}
    counts["deep_agreements"] = {eid: int(deep) for eid, _n, deep in agreements}

    pp = ProjectPartner
    partnered = and_(scope.live(pp, Project), only(pp.enterprise_id))
    counts["projects"] = _grouped(
        session,
        select(pp.enterprise_id, func.count(distinct(Project.id)))
        .join(Project, Project.id == pp.project_id)
        .where(
            partnered,
            scope.plain(Project.status).in_(_CONTRACTED),
            overlaps(Project.start_date, Project.end_date, start, end),
        )
        .group_by(pp.enterprise_id),
    )
    counts["funds_fen"] = _grouped(
        session,
        select(pp.enterprise_id, func.sum(Payment.amount_fen))
        .join(Project, Project.id == pp.project_id)
        .join(Payment, Payment.project_id == Project.id)
        .where(partnered, scope.live(Payment), scope.during(Payment.received_on))
        .group_by(pp.enterprise_id),
    )
    counts["outcomes"] = _grouped(
        session,
        select(pp.enterprise_id, func.count(distinct(Outcome.id)))
        .join(Project, Project.id == pp.project_id)
        .join(Outcome, Outcome.project_id == Project.id)
        .where(partnered, scope.live(Outcome), scope.during(Outcome.achieved_on))
        .group_by(pp.enterprise_id),
    )
    counts["placements"] = _grouped(
        session,
        _placements_joined(Agreement.enterprise_id, func.count())
        .where(_hosted_placements(scope), only(Agreement.enterprise_id))
        .group_by(Agreement.enterprise_id),
    )
    e = Employment
    counts["hires"] = _grouped(
        session,
        select(e.enterprise_id, func.count(distinct(e.student_id)))
        .join(Student, Student.id == e.student_id)
        .where(scope.live(e, Student), scope.during(e.hired_on), only(e.enterprise_id))
        .group_by(e.enterprise_id),
    )
    t = TrainingSession
    counts["trainings"] = _grouped(
        session,
        select(t.enterprise_id, func.count())
        .where(scope.live(t), scope.during(t.held_on), only(t.enterprise_id))
        .group_by(t.enterprise_id),
    )
    return counts


def _live_enterprise_ids(session: Session, enterprise_ids: Collection[int] | None) -> list[int]:
    stmt = select(Enterprise.id).where(live(Enterprise, selective=enterprise_ids is not None))
    if enterprise_ids is not None:
        stmt = stmt.where(Enterprise.id.in_(list(enterprise_ids)))
    return ids_of(session, stmt)


def depth_for(
    session: Session, as_of: date, enterprise_ids: Collection[int] | None = None
) -> dict[int, int]:
    """Depth level of each live enterprise (of those given, or all), as of ``as_of``.

    Works on sets of ids rather than one DepthFacts per firm: this feeds lists and exports of
    100,000 firms.
    """
    counts = _depth_counts(session, as_of, enterprise_ids)
    strands: Counter[int] = Counter()
    for facts in STRAND_FACTS.values():
        strands.update({eid for fact in facts for eid, n in counts[fact].items() if n > 0})
    markers: Counter[int] = Counter()
    for fact, least in MARKER_FACTS.values():
        markers.update(eid for eid, n in counts[fact].items() if n >= least)
    contacted = {eid for eid, n in counts["contacts"].items() if n > 0}
    return {
        eid: depth_level(strands[eid], markers[eid], eid in contacted)
        for eid in _live_enterprise_ids(session, enterprise_ids)
    }


def depth_for_all(session: Session, as_of: date) -> dict[int, int]:
    """Depth level of every live enterprise as of ``as_of`` (a handful of grouped queries)."""
    return depth_for(session, as_of)


def cooperation_depth(
    session: Session, enterprise_id: int, as_of: date, lang: str | None = None
) -> Depth:
    """One enterprise's depth with the facts behind it, explained in ``lang``."""
    counts = _depth_counts(session, as_of, [enterprise_id])
    facts = DepthFacts(**{fact: found.get(enterprise_id, 0) for fact, found in counts.items()})
    return describe_depth(facts, as_of, lang)


def describe_depth(facts: DepthFacts, as_of: date, lang: str | None = None) -> Depth:
    """The depth of ``facts`` with its reasons in words."""
    start, end = depth_window(as_of)
    strands = facts.strands
    markers = facts.markers
    reasons: list[str] = []
    if facts.contacts:
        reasons.append(_("depth.reason.contacts", lang, n=facts.contacts))
    if strands["vertical"]:
        reasons.append(_("depth.reason.vertical", lang, n=facts.agreements))
    if strands["horizontal"]:
        reasons.append(
            _(
                "depth.reason.horizontal",
                lang,
                projects=facts.projects,
                funds=wan(facts.funds_fen),
                outcomes=facts.outcomes,
            )
        )
    if strands["people"]:
        reasons.append(
            _(
                "depth.reason.people",
                lang,
                placements=facts.placements,
                hires=facts.hires,
                trainings=facts.trainings,
            )
        )
    for marker in MARKER_FACTS:
        if markers[marker]:
            reasons.append(_(f"depth.marker.{marker}", lang, threshold=wan(DEPTH_FUNDS_FEN)))
    if not reasons:
        reasons.append(_("depth.reason.none", lang, start=start.isoformat(), end=end.isoformat()))
    return Depth(
        level=facts.level,
        label=depth_label(facts.level, lang),
        strands=strands,
        markers=markers,
        reasons=reasons,
        window_start=start,
        as_of=end,
        facts=facts,
    )
