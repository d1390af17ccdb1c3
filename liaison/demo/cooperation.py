"""Agreements with a firm, the students placed under them, and graduates the firm hired.

Placements keep the services' rules: inside the agreement's period, an enterprise mentor who is
a contact of the firm, and never two placements of one student at the same time (of any status,
which is stricter than the rule for planned and active ones).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from liaison.demo.college_words import (
    AGREEMENT_PREFIX,
    ASSESSMENT,
    COURSES,
    MEALS_LODGING,
    TERMINATION_NOTES,
)
from liaison.demo.school import graduation_day
from liaison.demo.vocabulary import (
    DIGITAL,
    MANUFACTURING,
)
from liaison.demo.world import DEEP, LIGHT, PARTNER, Firm, MajorRef, Row, Weights, World
from liaison.enums import AgreementKind, AgreementStatus, PlacementStatus, Theme
from liaison.rules.dates import add_months

_K, _S = AgreementKind, AgreementStatus
_KINDS = {
    DEEP: Weights(((_K.APPRENTICESHIP, 25), (_K.ORDER_CLASS, 22), (_K.INTERNSHIP_BASE, 25),
                   (_K.CO_BUILT_COURSE, 15), (_K.TRAINING_BASE, 13))),
    PARTNER: Weights(((_K.APPRENTICESHIP, 12), (_K.ORDER_CLASS, 10), (_K.INTERNSHIP_BASE, 45),
                      (_K.CO_BUILT_COURSE, 23), (_K.TRAINING_BASE, 10))),
}  # fmt: skip
_STATUSES = {
    DEEP: Weights(((_S.ACTIVE, 40), (_S.COMPLETED, 25), (_S.EXPIRED, 6), (_S.SIGNED, 10),
                   (_S.DRAFT, 10), (_S.TERMINATED, 9))),
    PARTNER: Weights(((_S.ACTIVE, 30), (_S.COMPLETED, 20), (_S.EXPIRED, 12), (_S.SIGNED, 10),
                      (_S.DRAFT, 15), (_S.TERMINATED, 13))),
    LIGHT: Weights(((_S.DRAFT, 40), (_S.TERMINATED, 30), (_S.EXPIRED, 30))),
}  # fmt: skip
_HOW_MANY = {
    DEEP: Weights(((1, 40), (2, 40), (3, 20))),
    PARTNER: Weights(((0, 40), (1, 45), (2, 15))),
    LIGHT: Weights(((0, 96), (1, 4))),
}
_TERM_MONTHS = {
    _K.APPRENTICESHIP: (36,),
    _K.ORDER_CLASS: (24, 36),
    _K.INTERNSHIP_BASE: (36,),
    _K.CO_BUILT_COURSE: (12, 24),
    _K.TRAINING_BASE: (36, 60),
}
# (yuan per month low, high) for kinds that place students.
_PAY = {
    _K.APPRENTICESHIP: (3000, 4800),
    _K.ORDER_CLASS: (2500, 4000),
    _K.INTERNSHIP_BASE: (2000, 3500),
}
PLACING = frozenset(_PAY)
# When in a programme a student may be placed under each kind, as (year offset, month, day)
# from the cohort's intake year, and how long a placement lasts (days).
_WINDOW = {
    _K.APPRENTICESHIP: ((1, 9, 1), (3, 6, 30), (90, 365)),
    _K.ORDER_CLASS: ((2, 3, 1), (3, 6, 30), (60, 180)),
    _K.INTERNSHIP_BASE: ((2, 9, 1), (3, 6, 30), (120, 300)),
}
_PLACED = {_K.APPRENTICESHIP: (3, 10), _K.ORDER_CLASS: (5, 15), _K.INTERNSHIP_BASE: (3, 10)}
_BASE_NAMES = {MANUFACTURING: "智能制造", DIGITAL: "软件与信息技术"}
_HIRES = {DEEP: (0, 0, 1, 2, 3), PARTNER: (0, 0, 0, 1), LIGHT: (0,)}


@dataclass
class Terms:
    kind: AgreementKind
    status: AgreementStatus
    start: date | None
    end: date | None
    months: int
    major: MajorRef | None


def agreements(world: World, firm: Firm) -> tuple[list[Row], list[Row], list[Row]]:
    """The firm's agreements (renewals right after what they renew), placements, employments."""
    rows: list[Row] = []
    placements: list[Row] = []
    employments: list[Row] = []
    for _ in range(world.weighted(_HOW_MANY[firm.tier])):
        terms = _terms(world, firm)
        row = _agreement(world, firm, terms, renews=None)
        rows.append(row)
        placements += _placements(world, firm, row, terms, employments)
        lapsed = terms.status in (_S.COMPLETED, _S.EXPIRED)
        if lapsed and firm.tier == DEEP and terms.end is not None and world.chance(0.6):
            renewal = _renewal(world, terms)
            renewed = _agreement(world, firm, renewal, renews=row)
            rows.append(renewed)
            placements += _placements(world, firm, renewed, renewal, employments)
    employments += _hires(world, firm)
    if firm.tier != LIGHT:
        world.cooperating.append(firm.id)
    return rows, placements, employments


def _terms(world: World, firm: Firm) -> Terms:
    today = world.today
    # Firms known only from visits at most got as far as an internship-base agreement.
    kind = _K.INTERNSHIP_BASE if firm.tier == LIGHT else world.weighted(_KINDS[firm.tier])
    status = world.weighted(_STATUSES[firm.tier])
    months = world.pick(_TERM_MONTHS[kind])
    term_days = months * 365 // 12
    start: date | None
    if status is _S.ACTIVE:
        start = today - timedelta(days=world.between(30, max(31, term_days - 45)))
    elif status in (_S.COMPLETED, _S.EXPIRED):
        ended = today - timedelta(days=world.between(1, 900))
        start = add_months(ended + timedelta(days=1), -months)
    elif status is _S.TERMINATED:
        start = today - timedelta(days=world.between(60, 1000))
    elif status is _S.SIGNED:
        start = today + timedelta(days=world.between(7, 150))
    else:  # a draft may not have its dates yet
        start = today + timedelta(days=world.between(30, 240)) if world.chance(0.7) else None
    end = add_months(start, months) - timedelta(days=1) if start else None
    majors = world.majors_of(firm.trade.group)
    major = world.pick(majors) if kind in PLACING or world.chance(0.8) else None
    return Terms(kind, status, start, end, months, major)


def _renewal(world: World, before: Terms) -> Terms:
    assert before.end is not None
    start = before.end + timedelta(days=1)
    end = add_months(start, before.months) - timedelta(days=1)
    if end < world.today:
        status = _S.COMPLETED
    elif start <= world.today:
        status = _S.ACTIVE
    else:
        status = _S.SIGNED
    return Terms(before.kind, status, start, end, before.months, before.major)


def _agreement(world: World, firm: Firm, terms: Terms, renews: Row | None) -> Row:
    today = world.today
    kind, status = terms.kind, terms.status
    signed = status is not _S.DRAFT
    firm_signed = college_signed = None
    if signed:
        assert terms.start is not None
        firm_signed = min(terms.start - timedelta(days=world.between(3, 45)), today)
        college_signed = min(firm_signed + timedelta(days=world.between(0, 7)), terms.start, today)
        entered = firm_signed - timedelta(days=world.between(5, 30))
    else:
        entered = today - timedelta(days=world.between(0, 60))
    number = _number(world, (college_signed or entered).year)
    placing = kind in PLACING
    pay = None
    if placing:
        low, high = _PAY[kind]
        pay = world.between(low // 100, high // 100) * 100 * 100  # whole hundreds of yuan, in fen
    row = world.record("agreement", entered)
    row.update(
        number=number,
        kind=kind.value,
        # Half-width brackets, as the services store a title typed with full-width ones.
        title=_title(firm, terms) + ("(续签)" if renews is not None else ""),
        enterprise_id=firm.id,
        major_id=terms.major.id if terms.major else None,
        status=status.value,
        start_date=terms.start,
        end_date=terms.end,
        renewal_of_id=renews["id"] if renews is not None else None,
        themes=_themes(world),
        post=world.pick(terms.major.spec.posts) if placing and terms.major else None,
        place=firm.address if placing else None,
        planned_students=world.between(*_PLACED[kind]) + world.between(0, 10) if placing else None,
        weekly_hours=world.pick((36, 40, 40)) if placing else None,
        monthly_pay_fen=pay,
        meals_lodging=world.pick(MEALS_LODGING) if placing else None,
        insurance_policy=_policy(world, firm, college_signed)
        if placing and college_signed
        else None,
        assessment_method=world.pick(ASSESSMENT) if placing else None,
        enterprise_signatory=firm.signatory if signed else None,
        college_signatory=world.pick(world.leaders) if signed else None,
        enterprise_signed_on=firm_signed,
        college_signed_on=college_signed,
        notes=world.pick(TERMINATION_NOTES) if status is _S.TERMINATED else None,
    )
    return row


def _number(world: World, year: int) -> str:
    """JSXY-2025-0123: numbered per signing year, skipping numbers the database already has."""
    while True:
        seq = world.agreement_seq.get(year, 0) + 1
        world.agreement_seq[year] = seq
        number = f"{AGREEMENT_PREFIX}-{year}-{seq:04d}"
        if number not in world.existing.agreement_numbers:
            return number


def _title(firm: Firm, terms: Terms) -> str:
    major = terms.major.spec.name if terms.major else ""
    kind = terms.kind
    if kind is _K.APPRENTICESHIP:
        return f"{major}专业现代学徒制合作协议"
    if kind is _K.ORDER_CLASS:
        return f"“{firm.brand}班”订单培养协议"
    if kind is _K.INTERNSHIP_BASE:
        return f"{firm.brand}校外实习基地共建协议"
    if kind is _K.CO_BUILT_COURSE:
        course = COURSES[firm.trade.group][firm.id % len(COURSES[firm.trade.group])]
        return f"《{course}》课程共建协议"
    return f"{firm.brand}{_BASE_NAMES.get(firm.trade.group, '现代商贸')}实训基地共建协议"


def _themes(world: World) -> str | None:
    if world.chance(0.3):
        return None
    picked = world.rng.sample(list(Theme), world.between(1, 3))
    return ",".join(t.value for t in Theme if t in picked)  # stored in the enum's order


def _policy(world: World, firm: Firm, signed: date) -> str:
    """A liability-insurance policy number of the kind internship insurers issue."""
    return f"PZAT{signed.year}{firm.district_code[:4]}{world.below(10**10):010d}"


def _placements(
    world: World, firm: Firm, agreement: Row, terms: Terms, employments: list[Row]
) -> list[Row]:
    """Students of the agreement's major placed within its period, each at most once at a time."""
    if terms.kind not in PLACING or terms.major is None:
        return []
    if terms.status not in (_S.ACTIVE, _S.COMPLETED, _S.SIGNED):
        return []
    assert terms.start is not None and terms.end is not None
    today = world.today
    (y0, m0, d0), (y1, m1, d1), (shortest, longest) = _WINDOW[terms.kind]
    spans: list[tuple[int, date, date]] = []
    for cohort in world.cohorts:
        low = max(terms.start, date(cohort + y0, m0, d0))
        high = min(terms.end, date(cohort + y1, m1, d1))
        if (high - low).days >= 45:
            spans.append((cohort, low, high))
    if not spans:
        return []
    rows: list[Row] = []
    for _ in range(world.between(*_PLACED[terms.kind])):
        cohort, low, high = world.pick(spans)
        pool = world.pool.get((terms.major.id, cohort))
        if not pool:
            continue
        length = min(world.between(shortest, longest), (high - low).days)
        start = low + timedelta(days=world.between(0, (high - low).days - length))
        end = start + timedelta(days=length)
        student = next(
            (s for s in (world.pick(pool) for _ in range(4)) if world.free(s, start, end)), None
        )
        if student is None:
            continue
        if terms.status is _S.SIGNED or start > today:
            status = PlacementStatus.PLANNED
        elif end < today:
            status = PlacementStatus.COMPLETED
        else:
            status = PlacementStatus.ACTIVE
        notes = None
        if status is not PlacementStatus.PLANNED and world.chance(0.05):
            # Left early: the placement ends on the day the student withdrew.
            status = PlacementStatus.WITHDRAWN
            end = world.day_between(start, min(end, today))
            notes = "学生因个人原因提前退出"
        world.busy.setdefault(student, []).append((start, end))
        pay = agreement["monthly_pay_fen"]
        hired = status is PlacementStatus.COMPLETED and _hired_after(world, student, end)
        row = world.record("placement", min(start - timedelta(days=world.between(7, 40)), today))
        row.update(
            agreement_id=agreement["id"],
            student_id=student,
            post=agreement["post"],
            enterprise_mentor_id=world.pick(firm.contacts)[0] if world.chance(0.9) else None,
            college_tutor=world.teacher(terms.major.spec.group),
            start_date=start,
            end_date=end,
            monthly_pay_fen=pay + world.between(-3, 3) * 10_000 if pay else None,
            status=status.value,
            hired_afterwards=hired,
            notes=notes,
        )
        rows.append(row)
        if hired:
            hired_on = end + timedelta(days=world.between(1, 20))
            employments.append(_employment(world, firm, student, hired_on, agreement["post"]))
    return rows


def _hired_after(world: World, student: int, end: date) -> bool:
    """Whether a graduate's final placement led to a job (known only once it has started)."""
    graduated = graduation_day(world.cohort_of[student])
    return (
        graduated <= world.today
        and end >= graduated - timedelta(days=150)
        and end + timedelta(days=20) <= world.today
        and student not in world.employed
        and world.chance(0.4)
    )


def _hires(world: World, firm: Firm) -> list[Row]:
    """Graduates the firm hired without a placement there first."""
    rows: list[Row] = []
    queue = world.graduates.get(firm.trade.group, [])
    for _ in range(world.pick(_HIRES[firm.tier])):
        while queue and queue[-1] in world.employed:
            queue.pop()
        if not queue:
            break
        student = queue.pop()
        graduated = graduation_day(world.cohort_of[student])
        hired_on = min(graduated + timedelta(days=world.between(-20, 120)), world.today)
        major = next(m for m in world.majors if m.id == world.major_of[student])
        rows.append(_employment(world, firm, student, hired_on, world.pick(major.spec.posts)))
    return rows


def _employment(world: World, firm: Firm, student: int, hired_on: date, post: str | None) -> Row:
    """A graduate's job, with the 6- and 12-month follow-ups answered once they are due."""
    world.employed.add(student)
    stayed_6m = stayed_12m = None
    if hired_on + timedelta(days=182) <= world.today:
        stayed_6m = world.chance(0.86)
        if hired_on + timedelta(days=365) <= world.today:
            stayed_12m = stayed_6m and world.chance(0.88)
    row = world.record("employment", hired_on)
    row.update(
        student_id=student,
        enterprise_id=firm.id,
        hired_on=hired_on,
        position=post,
        related_field=world.chance(0.85),
        employed_6m=stayed_6m,
        employed_12m=stayed_12m,
        notes=None,
    )
    return row
