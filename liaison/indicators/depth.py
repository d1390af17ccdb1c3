"""Cooperation depth: the 0–5 scale of the package docstring, its facts, levels and words."""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Final

from sqlalchemy import ColumnElement, and_, case, distinct, func, select, true
from sqlalchemy.orm import Session

from liaison.i18n import Catalog
from liaison.indicators.figures import wan
from liaison.indicators.scope import (
    CONTRACTED,
    DEEP_KINDS,
    Scope,
    agreements_in_force,
    grouped,
    hosted_placements,
    under_live,
)
from liaison.model import (
    Agreement,
    Employment,
    Enterprise,
    Interaction,
    Outcome,
    Payment,
    Placement,
    Project,
    ProjectPartner,
    Student,
    TrainingSession,
)
from liaison.portable import Column, ids_of, live, overlaps, run
from liaison.rules.dates import add_months

DEPTH_WINDOW_MONTHS: Final = 12
DEPTH_FUNDS_FEN: Final = 10_000_000  # 10 万元

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


# The strands and markers by name, in the order reports and the app list them.
STRANDS: Final = tuple(STRAND_FACTS)
MARKERS: Final = tuple(MARKER_FACTS)


def depth_level(strands: int, markers: int, contacted: bool) -> int:
    """The 0–5 scale of the package docstring from the number of active strands and markers."""
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
    scope = Scope(start, end, selective=enterprise_ids is not None)

    def only(column: Column) -> ColumnElement[bool]:
        return true() if enterprise_ids is None else column.in_(list(enterprise_ids))

    counts: dict[str, dict[int, int]] = {}
    i = Interaction
    counts["contacts"] = grouped(
        session,
        select(i.enterprise_id, func.count())
        .where(scope.live(i), scope.during(i.occurred_on), only(i.enterprise_id))
        .group_by(i.enterprise_id),
    )
    a = Agreement
    agreements = run(
        session,
        select(a.enterprise_id, func.count(), func.count(case((a.kind.in_(DEEP_KINDS), 1))))
        .where(agreements_in_force(scope), only(a.enterprise_id))
        .group_by(a.enterprise_id),
    ).all()
    counts["agreements"] = {eid: int(n) for eid, n, _deep in agreements}
    counts["deep_agreements"] = {eid: int(deep) for eid, _n, deep in agreements}

    pp = ProjectPartner
    partnered = and_(scope.live(pp, Project), only(pp.enterprise_id))
    counts["projects"] = grouped(
        session,
        select(pp.enterprise_id, func.count(distinct(Project.id)))
        .join(Project, Project.id == pp.project_id)
        .where(
            partnered,
            scope.plain(Project.status).in_(CONTRACTED),
            overlaps(Project.start_date, Project.end_date, start, end),
        )
        .group_by(pp.enterprise_id),
    )
    counts["funds_fen"] = grouped(
        session,
        select(pp.enterprise_id, func.sum(Payment.amount_fen))
        .join(Project, Project.id == pp.project_id)
        .join(Payment, Payment.project_id == Project.id)
        .where(partnered, scope.live(Payment), scope.during(Payment.received_on))
        .group_by(pp.enterprise_id),
    )
    counts["outcomes"] = grouped(
        session,
        select(pp.enterprise_id, func.count(distinct(Outcome.id)))
        .join(Project, Project.id == pp.project_id)
        .join(Outcome, Outcome.project_id == Project.id)
        .where(partnered, scope.live(Outcome), scope.during(Outcome.achieved_on))
        .group_by(pp.enterprise_id),
    )
    # Counted by agreement first, then each agreement's firm looked up: a third as many
    # lookups as placements.
    p = Placement
    of_firms = (
        true()
        if enterprise_ids is None
        else p.agreement_id.in_(select(a.id).where(only(a.enterprise_id)))
    )
    per_agreement = (
        select(p.agreement_id, func.count().label("n"))
        .where(hosted_placements(scope), of_firms)
        .group_by(p.agreement_id)
        .subquery("per_agreement")
    )
    counts["placements"] = grouped(
        session,
        select(a.enterprise_id, func.sum(per_agreement.c.n))
        .join(per_agreement, per_agreement.c.agreement_id == a.id)
        .group_by(a.enterprise_id),
    )
    e = Employment
    counts["hires"] = grouped(
        session,
        select(e.enterprise_id, func.count(distinct(e.student_id)))
        .where(
            scope.live(e),
            under_live(e.student_id, Student),
            scope.during(e.hired_on),
            only(e.enterprise_id),
        )
        .group_by(e.enterprise_id),
    )
    t = TrainingSession
    counts["trainings"] = grouped(
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
    # Plain dict lookups: a Counter's default for the many firms without a fact costs a call.
    strand, marker = dict(strands), dict(markers)
    return {
        eid: depth_level(strand.get(eid, 0), marker.get(eid, 0), eid in contacted)
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
