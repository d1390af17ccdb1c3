"""Joint projects led by a firm: partners, milestones, funds received and outcomes."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta

from liaison.demo.college_words import (
    AWARDS,
    COURSES,
    MILESTONES,
    PROJECT_PREFIX,
    STANDARD_BODY,
    SUBJECTS,
    TRAINING_TOPICS,
)
from liaison.demo.vocabulary import (
    DIGITAL,
)
from liaison.demo.world import DEEP, PARTNER, Firm, Row, Weights, World
from liaison.enums import OutcomeKind, ProjectKind, ProjectStatus, Theme
from liaison.rules.dates import add_months
from liaison.rules.names import name_key

_P, _S, _O = ProjectKind, ProjectStatus, OutcomeKind
_KINDS = Weights(
    (
        (_P.TECHNICAL_SERVICE, 30),
        (_P.JOINT_RND, 12),
        (_P.PRODUCT_DEVELOPMENT, 14),
        (_P.PROCESS_IMPROVEMENT, 14),
        (_P.GREEN_UPGRADE, 10),
        (_P.STAFF_TRAINING, 10),
        (_P.CURRICULUM, 10),
    )
)
_STATUSES = Weights(
    (
        (_S.PROPOSED, 10),
        (_S.CONTRACTED, 10),
        (_S.IN_PROGRESS, 30),
        (_S.COMPLETED, 42),
        (_S.CANCELLED, 8),
    )
)
# How many firms besides the lead take part.
_OTHER_PARTNERS = Weights(((0, 65), (1, 25), (2, 10)))
# Contract value range in 万元 by kind.
_VALUE = {
    _P.TECHNICAL_SERVICE: (3, 50),
    _P.JOINT_RND: (20, 200),
    _P.PRODUCT_DEVELOPMENT: (10, 120),
    _P.PROCESS_IMPROVEMENT: (5, 60),
    _P.GREEN_UPGRADE: (10, 150),
    _P.STAFF_TRAINING: (2, 20),
    _P.CURRICULUM: (1, 10),
}
_PRODUCING = frozenset(
    {
        _P.TECHNICAL_SERVICE,
        _P.JOINT_RND,
        _P.PRODUCT_DEVELOPMENT,
        _P.PROCESS_IMPROVEMENT,
        _P.GREEN_UPGRADE,
    }
)
# Software firms' projects end in software copyrights more than in patents.
_OUTCOMES = {
    False: Weights(((_O.PATENT, 40), (_O.SOFTWARE_COPYRIGHT, 15), (_O.STANDARD, 8),
                    (_O.PAPER, 17), (_O.PRODUCT, 14), (_O.AWARD, 6))),
    True: Weights(((_O.PATENT, 15), (_O.SOFTWARE_COPYRIGHT, 45), (_O.STANDARD, 5),
                   (_O.PAPER, 20), (_O.PRODUCT, 10), (_O.AWARD, 5))),
}  # fmt: skip
_PATENT_WEIGHTS = (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5)
_TECHNIQUES = ("PLC", "机器视觉", "物联网", "数字孪生", "深度学习", "边缘计算", "有限元分析")
_PATENT_PARTS = ("定位夹具", "检测装置", "快换机构", "防护装置", "自动送料装置")
_FEN_PER_HUNDRED_YUAN = 10_000


@dataclass
class ProjectRows:
    projects: list[Row] = field(default_factory=list)
    partners: list[Row] = field(default_factory=list)
    milestones: list[Row] = field(default_factory=list)
    payments: list[Row] = field(default_factory=list)
    outcomes: list[Row] = field(default_factory=list)

    def tables(self) -> Iterator[tuple[str, list[Row]]]:
        yield "project", self.projects
        yield "project_partner", self.partners
        yield "milestone", self.milestones
        yield "payment", self.payments
        yield "outcome", self.outcomes


def projects(world: World, firm: Firm, out: ProjectRows) -> None:
    """Projects the firm leads, with one or two other cooperating firms now and then."""
    if firm.tier == DEEP:
        n = world.pick((0, 0, 1, 1, 2))
    elif firm.tier == PARTNER:
        n = 1 if world.chance(0.1) else 0
    else:
        n = 0
    for _ in range(n):
        _project(world, firm, out)


def _project(world: World, firm: Firm, out: ProjectRows) -> None:
    today = world.today
    kind = world.weighted(_KINDS)
    if firm.trade.group == DIGITAL and kind in (_P.PROCESS_IMPROVEMENT, _P.GREEN_UPGRADE):
        kind = _P.TECHNICAL_SERVICE  # software firms have no production line to rework
    status = world.weighted(_STATUSES)
    months = world.between(6, 24)
    start: date | None
    if status is _S.COMPLETED:
        start = add_months(today - timedelta(days=world.between(10, 900)), -months)
    elif status is _S.IN_PROGRESS:
        start = today - timedelta(days=world.between(30, months * 30 - 15))
    elif status is _S.CONTRACTED:
        start = today + timedelta(days=world.between(5, 90))
    elif status is _S.CANCELLED:
        start = today - timedelta(days=world.between(100, 700))
    else:  # proposed: still being negotiated
        start = today + timedelta(days=world.between(30, 180)) if world.chance(0.5) else None
    end = add_months(start, months) if start else None
    value = None
    if status is not _S.PROPOSED or world.chance(0.6):
        low, high = _VALUE[kind]
        # Whole thousands of yuan (0.1 万元), in fen.
        value = world.log_int(low * 10, high * 10) * 10 * _FEN_PER_HUNDRED_YUAN
    entered = min(start - timedelta(days=world.between(10, 60)), today) if start else today
    subject = world.pick(SUBJECTS[firm.trade.group])
    title = _title(firm, kind, subject)
    themes = _themes(world, kind)
    coded = status is not _S.PROPOSED or world.chance(0.5)
    if not coded:
        # Without a code a project is known by its title (ProjectService.identities): one whose
        # title another project without a code has gets a code, or the export would not import.
        titled = name_key(title)
        coded = titled in world.existing.uncoded_titles
        world.existing.uncoded_titles.add(titled)
    year = (start or today).year
    row = world.record("project", entered)
    row.update(
        code=_code(world, year) if coded else None,
        title=title,
        kind=kind.value,
        status=status.value,
        lead_teacher=world.teacher(firm.trade.group),
        contract_value_fen=value,
        themes=themes,
        start_date=start,
        end_date=end,
        description=(
            f"{firm.name}提出{subject}方面的需求，学校组建{world.between(3, 8)}人教师团队，"
            f"联合企业工程师共同实施，学生参与项目实践。"
        ),
    )
    out.projects.append(row)
    _partners(world, firm, row["id"], entered, out)
    if start is None or end is None or status in (_S.PROPOSED, _S.CANCELLED):
        return
    _milestones(world, row["id"], status, start, end, entered, out)
    if value is not None:
        _payments(world, row["id"], status, value, start, end, out)
    if status in (_S.COMPLETED, _S.IN_PROGRESS) and kind in _PRODUCING:
        _outcomes(world, firm, row["id"], status, subject, start, end, out)


def _title(firm: Firm, kind: ProjectKind, subject: str) -> str:
    if kind is _P.TECHNICAL_SERVICE:
        return f"{subject}技术服务"
    if kind is _P.JOINT_RND:
        return f"{subject}关键技术联合研发"
    if kind is _P.PRODUCT_DEVELOPMENT:
        return f"{subject}产品开发"
    if kind is _P.PROCESS_IMPROVEMENT:
        return f"{subject}工艺优化"
    if kind is _P.GREEN_UPGRADE:
        return f"{subject}节能降耗改造"
    group = firm.trade.group
    if kind is _P.STAFF_TRAINING:
        topics = TRAINING_TOPICS[group]
        return f"{firm.brand}员工{topics[firm.id % len(topics)]}项目"
    courses = COURSES[group]
    return f"《{courses[firm.id % len(courses)]}》课程与教材共建"


def _themes(world: World, kind: ProjectKind) -> str | None:
    picked = set(world.rng.sample(list(Theme), world.between(0, 2)))
    if kind is _P.GREEN_UPGRADE:
        picked.add(Theme.GREEN)
    elif kind in (_P.JOINT_RND, _P.PRODUCT_DEVELOPMENT):
        picked.add(Theme.INNOVATION)
    return ",".join(t.value for t in Theme if t in picked) or None


def _code(world: World, year: int) -> str:
    while True:
        seq = world.project_seq.get(year, 0) + 1
        world.project_seq[year] = seq
        code = f"{PROJECT_PREFIX}-{year}-{seq:03d}"
        if code not in world.existing.project_codes:
            return code


def _partners(world: World, firm: Firm, project: int, entered: date, out: ProjectRows) -> None:
    """The leading firm, plus up to two other firms already cooperating with the college."""
    ids = [firm.id]
    others = world.weighted(_OTHER_PARTNERS)
    for _ in range(others * 3):  # a few tries: the pool may hold the lead or repeats
        if len(ids) > others or not world.cooperating:
            break
        candidate = world.pick(world.cooperating)
        if candidate not in ids:
            ids.append(candidate)
    for index, enterprise_id in enumerate(ids):
        row = world.record("project_partner", entered)
        row.update(project_id=project, enterprise_id=enterprise_id, is_lead=index == 0)
        out.partners.append(row)


def _milestones(
    world: World,
    project: int,
    status: ProjectStatus,
    start: date,
    end: date,
    entered: date,
    out: ProjectRows,
) -> None:
    """Evenly spaced milestones ending in acceptance; past ones of running projects may lag."""
    rng = world.rng
    today = world.today
    count = world.between(2, 4)
    titles = sorted(rng.sample(MILESTONES[:-1], count - 1), key=MILESTONES.index)
    titles.append(MILESTONES[-1])
    span = (end - start).days
    for index, title in enumerate(titles, start=1):
        due = start + timedelta(days=span * index // count)
        done = None
        if status is _S.COMPLETED:
            done = min(due + timedelta(days=world.between(-10, 20)), today)
        elif status is _S.IN_PROGRESS and due < today and world.chance(0.7):
            done = world.day_between(due - timedelta(days=10), today)
        row = world.record("milestone", entered)
        row.update(project_id=project, title=title, due_date=due, done_on=done, notes=None)
        out.milestones.append(row)


def _payments(
    world: World,
    project: int,
    status: ProjectStatus,
    value: int,
    start: date,
    end: date,
    out: ProjectRows,
) -> None:
    """Instalments received (到账经费): an advance, progress payments, the balance on acceptance."""
    today = world.today
    if status is _S.COMPLETED:
        shares = world.pick(((30, 40, 30), (50, 50), (100,), (30, 60)))
    elif status is _S.IN_PROGRESS:
        shares = world.pick(((30,), (30, 40), (50,)))
    elif status is _S.CONTRACTED and world.chance(0.5):
        shares = (30,)
    else:
        return
    paid = 0
    span = max(1, (end - start).days)
    for index, share in enumerate(shares):
        # Fen stay exact: the full balance is value minus what was paid, never a rounded share.
        amount = (
            value - paid
            if sum(shares) == 100 and index == len(shares) - 1
            else value * share // 100
        )
        if status is _S.CONTRACTED:  # an advance on signing, before the work starts
            received = world.day_between(today - timedelta(days=30), today)
        else:
            received = start + timedelta(days=span * index // len(shares) + world.between(5, 40))
        if received > today:
            return  # the rest is still to come
        paid += amount
        row = world.record("payment", received)
        row.update(
            project_id=project,
            received_on=received,
            amount_fen=amount,
            reference=f"DZ{received:%Y%m%d}{world.below(1000):03d}",
            notes=None,
        )
        out.payments.append(row)


def _outcomes(
    world: World,
    firm: Firm,
    project: int,
    status: ProjectStatus,
    subject: str,
    start: date,
    end: date,
    out: ProjectRows,
) -> None:
    n = world.pick((0, 1, 1, 2, 3)) if status is _S.COMPLETED else world.pick((0, 0, 0, 1))
    last = min(end + timedelta(days=180), world.today)
    first = min(start + timedelta(days=90), last)
    titled: set[tuple[str, str]] = set()
    for _ in range(n):
        kind = world.weighted(_OUTCOMES[firm.trade.group == DIGITAL])
        achieved = world.day_between(first, last)
        title, identifier = _outcome(world, firm, kind, subject, achieved)
        # One project's outcomes of one kind and title are one record to the import
        # (OutcomeService.identities): a second one (a standard is always "<subject>技术规范")
        # is not recorded.
        same = (kind.value, name_key(title))
        if same in titled:
            continue
        titled.add(same)
        row = world.record("outcome", achieved)
        row.update(
            project_id=project,
            kind=kind.value,
            title=title,
            identifier=identifier,
            achieved_on=achieved,
        )
        out.outcomes.append(row)


def _outcome(
    world: World, firm: Firm, kind: OutcomeKind, subject: str, achieved: date
) -> tuple[str, str | None]:
    year = achieved.year
    if kind is _O.PATENT:
        return _patent(world, subject, year)
    if kind is _O.SOFTWARE_COPYRIGHT:
        role = world.pick(("管理", "控制", "监测", "数据分析"))
        return f"{subject}{role}软件V{world.between(1, 3)}.0", f"{year}SR{world.below(10**7):07d}"
    if kind is _O.STANDARD:
        return f"{subject}技术规范", f"{STANDARD_BODY} {world.between(1, 120):03d}-{year}"
    if kind is _O.PAPER:
        return f"基于{world.pick(_TECHNIQUES)}的{subject}设计与实现", None
    if kind is _O.PRODUCT:
        model = f"{world.pick('HJKRTXZ')}{world.pick('ABDMSX')}-{world.between(1, 90) * 100}"
        return f"{model} 型{subject}", model
    return f"{year}年{world.pick(AWARDS)}", None


def _patent(world: World, subject: str, granted: int) -> tuple[str, str]:
    """A Chinese patent number, ZL 2025 1 0123456.7, with its check digit (mod 11, 10 is X).

    Type 1 is an invention, granted a year or two after filing; type 2 a utility model, granted
    within the year or the next.
    """
    invention = world.chance(0.4)
    filed = granted - (world.between(1, 2) if invention else world.between(0, 1))
    kind = 1 if invention else 2
    serial = f"{world.below(10**7):07d}"
    digits = f"{filed}{kind}{serial}"
    total = sum(int(d) * w for d, w in zip(digits, _PATENT_WEIGHTS, strict=True)) % 11
    check = "X" if total == 10 else str(total)
    title = (
        f"一种{subject}及其控制方法"
        if invention
        else f"一种用于{subject}的{world.pick(_PATENT_PARTS)}"
    )
    return title, f"ZL {filed} {kind} {serial}.{check}"
