"""The enterprise cooperation report: one partner firm over a period, against the period before.

Profile, cooperation depth and what it rests on, the period's indicators beside the previous
period's, agreements and placements, joint projects with their funds, milestones and outcomes,
graduates employed and staff trained, the visit timeline with open follow-ups, and contacts;
charts of funds by quarter and placements by major.

The previous period has the same length and ends the day before this one starts; a period of
whole calendar months is compared with the same number of months before it (a year with the
year before).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date, timedelta

from reportlab.platypus import Flowable, Paragraph
from sqlalchemy.orm import Session

from liaison import lists
from liaison.db import Database
from liaison.enums import OutcomeKind
from liaison.i18n import Catalog
from liaison.indicators import (
    Depth,
    EnterpriseIndicators,
    cooperation_depth,
    enterprise_indicators,
)
from liaison.reports import charts, data, figures, sections
from liaison.reports.document import (
    ReportResult,
    Tracker,
    document_info,
    heading,
    letterhead,
    table_or_note,
    write,
)
from liaison.reports.styles import styles
from liaison.reports.tables import Cell, KeyFigure, compare_rows, data_table, key_figures
from liaison.reports.text import escape
from liaison.reports.words import Words
from liaison.rules import money
from liaison.rules.dates import add_months
from liaison.tasks import Progress

_ = Catalog(
    {
        "report.ent.title": ("Enterprise cooperation report", "企业合作报告"),
        "report.ent.doc_title": ("Cooperation report: {name}", "企业合作报告：{name}"),
        "report.ent.subtitle": (
            "Enterprise cooperation report · {period}",
            "企业合作报告 · {period}",
        ),
        "report.ent.subject": (
            "Cooperation of the college with {name}",
            "学校与{name}的合作情况",
        ),
        "report.ent.profile": ("Profile", "企业概况"),
        "report.ent.depth": ("Cooperation depth", "合作深度"),
        "report.ent.indicators": ("Indicators", "合作指标"),
        "report.ent.indicator": ("Indicator", "指标"),
        "report.ent.this_period": ("This period", "本期"),
        "report.ent.previous_period": ("Previous period", "上期"),
        "report.ent.change": ("Change", "变化"),
        "report.ent.previous_is": ("Previous period: {period}.", "上期：{period}。"),
        "report.ent.agreements_placements": ("Agreements and placements", "合作协议与实习安置"),
        "report.ent.agreements": ("Agreements", "合作协议"),
        "report.ent.placements": ("Placements", "实习安置"),
        "report.ent.projects_section": ("Joint projects", "合作项目"),
        "report.ent.projects": ("Projects", "项目"),
        "report.ent.funds": ("Funds received", "到账经费"),
        "report.ent.milestones": ("Milestones", "项目节点"),
        "report.ent.outcomes": ("Outcomes", "项目成果"),
        "report.ent.people": ("Graduates employed and staff trained", "毕业生就业与员工培训"),
        "report.ent.employed": ("Graduates employed", "录用毕业生"),
        "report.ent.trained": ("Enterprise staff trained", "企业员工培训"),
        "report.ent.visits": ("Visits and contacts", "走访与联系"),
        "report.ent.timeline": ("Timeline", "联系记录"),
        "report.ent.open_follow_ups": ("Open follow-ups", "待办后续事项"),
        "report.ent.contacts": ("Contacts", "联系人"),
        "report.ent.chart_funds": ("Funds received by quarter (10k CNY)", "各季度到账经费（万元）"),
        "report.ent.chart_majors": ("Students placed by major", "各专业实习安置人数"),
        "report.ent.card.agreements": ("Agreements in force", "在执行协议"),
        "report.ent.card.students": ("Students placed", "实习安置学生"),
        "report.ent.card.funds": ("Funds received", "到账经费"),
        "report.ent.card.graduates": ("Graduates employed", "录用毕业生"),
        "report.col.amount_wan": ("Amount (10k CNY)", "金额（万元）"),
        "report.col.reference": ("Reference", "凭证号"),
        "report.col.milestone": ("Milestone", "节点"),
        "report.col.done_on": ("Done on", "完成日期"),
        "report.col.outcome": ("Outcome", "成果名称"),
        "report.col.identifier": ("Number", "登记号"),
        "report.col.hired_on": ("Hired on", "录用日期"),
        "report.col.position": ("Position", "职位"),
        "report.col.related": ("Related field", "专业对口"),
        "report.col.retained_6m": ("At 6 months", "6 个月在岗"),
        "report.col.retained_12m": ("At 12 months", "12 个月在岗"),
        "report.col.topic": ("Topic", "培训主题"),
        "report.col.participants": ("Participants", "人数"),
        "report.col.hours": ("Hours", "学时"),
        "report.col.trainer": ("Trainer", "培训教师"),
        "report.empty.funds": ("No funds received in this period.", "本期无到账经费。"),
        "report.empty.milestones": ("No milestones on these projects.", "这些项目没有设置节点。"),
        "report.empty.outcomes": ("No outcomes in this period.", "本期无项目成果。"),
        "report.empty.employed": (
            "No graduates employed in this period.",
            "本期未录用毕业生。",
        ),
        "report.empty.trained": ("No staff trained in this period.", "本期未开展员工培训。"),
    }
)

_GATHER_STEPS = 17


def previous_period(start: date, end: date) -> tuple[date, date]:
    """The period of the same length just before ``start`` … ``end``."""
    next_day = end + timedelta(days=1)
    if start.day == 1 and next_day.day == 1:
        months = (next_day.year - start.year) * 12 + next_day.month - start.month
        return add_months(start, -months), start - timedelta(days=1)
    length = (end - start).days + 1
    return start - timedelta(days=length), start - timedelta(days=1)


def default_period(today: date) -> tuple[date, date]:
    """This calendar year."""
    return date(today.year, 1, 1), date(today.year, 12, 31)


@dataclass(frozen=True)
class _Facts:
    """Everything the report shows, read in one session."""

    firm: data.Profile
    now: EnterpriseIndicators
    before: EnterpriseIndicators
    depth: Depth
    contacts: list[data.ContactLine]
    agreements: list[lists.AgreementRow]
    placements: list[lists.PlacementRow]
    projects: list[lists.ProjectRow]
    payments: list[data.PaymentLine]
    milestones: list[data.MilestoneLine]
    outcomes: list[data.OutcomeLine]
    employed: list[lists.EmploymentRow]
    trained: list[lists.TrainingRow]
    interactions: list[lists.InteractionRow]
    follow_ups: list[lists.InteractionRow]
    funds_by_quarter: list[tuple[tuple[int, int], int]]
    by_major: list[tuple[str | None, int]]


def _gather(
    session: Session,
    enterprise_id: int,
    start: date,
    end: date,
    today: date,
    words: Words,
    tracker: Tracker,
) -> _Facts:
    tick = tracker.read
    firm = tick(data.profile(session, enterprise_id))
    before_start, before_end = previous_period(start, end)
    now = tick(enterprise_indicators(session, enterprise_id, start, end))
    before = tick(enterprise_indicators(session, enterprise_id, before_start, before_end))
    depth = tick(cooperation_depth(session, enterprise_id, min(end, today), words.lang))
    project_ids = lists.project_ids(
        session, enterprise_id=enterprise_id, start=start, end=end, order_by="start"
    )
    return _Facts(
        firm=firm,
        now=now,
        before=before,
        depth=depth,
        contacts=tick(data.contacts(session, enterprise_id)),
        agreements=tick(
            lists.agreement_rows(
                session,
                lists.agreement_ids(
                    session, enterprise_id=enterprise_id, start=start, end=end, order_by="start"
                ),
            )
        ),
        placements=tick(
            lists.placement_rows(
                session,
                lists.placement_ids(session, enterprise_id=enterprise_id, start=start, end=end),
            )
        ),
        projects=tick(lists.project_rows(session, project_ids)),
        payments=tick(data.payments(session, enterprise_id, start, end)),
        milestones=tick(data.milestones(session, project_ids)),
        outcomes=tick(data.outcomes(session, project_ids, start, end)),
        employed=tick(
            lists.employment_rows(
                session,
                lists.employment_ids(
                    session, enterprise_id=enterprise_id, start=start, end=end, descending=False
                ),
            )
        ),
        trained=tick(
            lists.training_rows(
                session,
                lists.training_ids(
                    session, enterprise_id=enterprise_id, start=start, end=end, descending=False
                ),
            )
        ),
        interactions=tick(
            lists.interaction_rows(
                session,
                lists.interaction_ids(
                    session, enterprise_id=enterprise_id, start=start, end=end, descending=False
                ),
            )
        ),
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
        funds_by_quarter=tick(data.funds_by_quarter(session, start, end, enterprise_id)),
        by_major=tick(data.placements_by_major(session, start, end, enterprise_id)),
    )


def enterprise_report(
    db: Database,
    enterprise_id: int,
    path: str | os.PathLike[str],
    *,
    start: date | None = None,
    end: date | None = None,
    lang: str | None = None,
    paper: str = "A4",
    today: date | None = None,
    progress: Progress | None = None,
) -> ReportResult:
    """Write the cooperation report of one enterprise for ``start`` … ``end`` to ``path``.

    The period defaults to this calendar year (either end alone moves only that end).
    Raises NotFound for an enterprise that is not live, ValueError for a period that ends
    before it starts or an unknown paper, :class:`liaison.tasks.Cancelled` when cancelled,
    and ReportWriteError when the file cannot be written. Nothing is written on failure.
    """
    today = today or date.today()
    first, last = default_period(today)
    start, end = start or first, end or last
    if end < start:
        raise ValueError(f"the period ends ({end}) before it starts ({start})")
    words = Words(lang)
    tracker = Tracker(progress, words, _GATHER_STEPS)
    head = letterhead(db)
    with db.reading() as session:
        facts = _gather(session, enterprise_id, start, end, today, words, tracker)
    period = words.period(start, end)
    info = document_info(
        words,
        head,
        title=words("report.ent.doc_title", name=facts.firm.name),
        period=period,
        paper=paper,
        subject=words("report.ent.subject", name=facts.firm.name),
        today=today,
    )
    return write(path, info, _story(words, facts, start, end, today), tracker)


# --- the story --------------------------------------------------------------------------------


def _compare_label(words: Words, start: date, end: date) -> str:
    whole_year = start == date(start.year, 1, 1) and end == date(start.year, 12, 31)
    if whole_year:
        return words("report.vs_year", year=start.year - 1)
    return words("report.vs_previous")


def _story(words: Words, facts: _Facts, start: date, end: date, today: date) -> list[Flowable]:
    st = styles(words.lang)
    now, before = facts.now, facts.before
    story: list[Flowable] = [
        Paragraph(escape(facts.firm.name), st.title),
        Paragraph(
            escape(words("report.ent.subtitle", period=words.period(start, end))), st.subtitle
        ),
        key_figures(
            [
                KeyFigure(
                    words("report.ent.card.agreements"),
                    words.count(now.agreements),
                    current=now.agreements,
                    previous=before.agreements,
                ),
                KeyFigure(
                    words("report.ent.card.students"),
                    words.count(now.students_placed),
                    current=now.students_placed,
                    previous=before.students_placed,
                ),
                KeyFigure(
                    words("report.ent.card.funds"),
                    words.wan(now.funds_received_fen),
                    words("report.unit.wan"),
                    current=now.funds_received_fen,
                    previous=before.funds_received_fen,
                ),
                KeyFigure(
                    words("report.ent.card.graduates"),
                    words.count(now.graduates_employed),
                    current=now.graduates_employed,
                    previous=before.graduates_employed,
                ),
            ],
            compare_label=_compare_label(words, start, end),
            lang=words.lang,
        ),
        heading(words("report.ent.profile"), st),
        sections.profile_fields(words, facts.firm),
        heading(words("report.ent.depth"), st),
        *sections.depth_block(words, facts.depth),
        heading(words("report.ent.indicators"), st),
        *_indicators(words, now, before),
        heading(words("report.ent.agreements_placements"), st),
        heading(words("report.ent.agreements"), st, 2),
        sections.agreements_table(words, facts.agreements, "report.empty.agreements"),
        heading(words("report.ent.placements"), st, 2),
        sections.placements_table(words, facts.placements, "report.empty.placements"),
        figures.majors_chart(words, facts.by_major, words("report.ent.chart_majors")),
        heading(words("report.ent.projects_section"), st),
        heading(words("report.ent.projects"), st, 2),
        sections.projects_table(words, facts.projects, "report.empty.projects"),
        heading(words("report.ent.funds"), st, 2),
        _payments(words, facts.payments),
        _funds_chart(words, facts.funds_by_quarter),
        heading(words("report.ent.milestones"), st, 2),
        _milestones(words, facts.milestones),
        heading(words("report.ent.outcomes"), st, 2),
        _outcomes(words, facts.outcomes),
        heading(words("report.ent.people"), st),
        heading(words("report.ent.employed"), st, 2),
        _employed(words, facts.employed),
        heading(words("report.ent.trained"), st, 2),
        _trained(words, facts.trained),
        heading(words("report.ent.visits"), st),
        heading(words("report.ent.timeline"), st, 2),
        sections.interactions_table(words, facts.interactions),
        heading(words("report.ent.open_follow_ups"), st, 2),
        sections.follow_ups_table(words, facts.follow_ups, today),
        heading(words("report.ent.contacts"), st),
        sections.contacts_table(words, facts.contacts),
    ]
    return story


def _indicators(
    words: Words, now: EnterpriseIndicators, before: EnterpriseIndicators
) -> list[Flowable]:
    st = styles(words.lang)
    count, dec, wan = words.count, words.decimal, words.wan

    def ind(key: str) -> str:
        return words(f"report.ind.{key}")

    rows = compare_rows(
        [
            (ind("agreements"), now.agreements, before.agreements, count),
            (ind("students"), now.students_placed, before.students_placed, count),
            (ind("student_months"), now.student_months, before.student_months, dec),
            (ind("apprentices"), now.apprentices, before.apprentices, count),
            (ind("order_class"), now.order_class_students, before.order_class_students, count),
            (ind("graduates"), now.graduates_employed, before.graduates_employed, count),
            (ind("related"), now.graduates_related_field, before.graduates_related_field, count),
            (ind("trained"), now.staff_trained, before.staff_trained, count),
            (ind("training_days"), now.staff_training_days, before.staff_training_days, dec),
            (ind("projects"), now.projects, before.projects, count),
            (ind("contract"), now.contract_value_fen, before.contract_value_fen, wan),
            (ind("funds"), now.funds_received_fen, before.funds_received_fen, wan),
            (ind("outcomes"), now.outcomes, before.outcomes, count),
            (ind("visits"), now.visits, before.visits, count),
            (ind("interactions"), now.interactions, before.interactions, count),
        ],
        words.lang,
    )
    headers = [
        words("report.ent.indicator"),
        words("report.ent.this_period"),
        words("report.ent.previous_period"),
        words("report.ent.change"),
    ]
    return [
        data_table(headers, rows, (4, 1.6, 1.6, 1.6), numeric_cols=(1, 2, 3), lang=words.lang),
        Paragraph(
            escape(words("report.ent.previous_is", period=words.period(before.start, before.end))),
            st.muted,
        ),
    ]


def _payments(words: Words, payments: list[data.PaymentLine]) -> Flowable:
    rows: list[list[Cell]] = [
        [
            words.date(p.received_on),
            p.project_code,
            p.project_title,
            words.wan(p.amount_fen),
            p.reference,
        ]
        for p in payments
    ]
    headers = [
        words(f"report.col.{k}") for k in ("date", "code", "project", "amount_wan", "reference")
    ]
    return table_or_note(
        headers,
        rows,
        (1.5, 1.5, 3.5, 1.5, 2),
        words("report.empty.funds"),
        words,
        numeric=(3,),
    )


def _funds_chart(words: Words, by_quarter: list[tuple[tuple[int, int], int]]) -> Flowable:
    several_years = len({year for (year, _q), _fen in by_quarter}) > 1
    categories = [words.quarter(y, q, with_year=several_years) for (y, q), _fen in by_quarter]
    values = [money.rounded_wan(fen) for _key, fen in by_quarter]
    drawing = charts.bar_chart(categories, values, height=170, lang=words.lang)
    return figures.figure(words, drawing, words("report.ent.chart_funds"))


def _milestones(words: Words, milestones: list[data.MilestoneLine]) -> Flowable:
    rows: list[list[Cell]] = [
        [m.project_title, m.title, words.date(m.due_date), words.date(m.done_on)]
        for m in milestones
    ]
    headers = [words(f"report.col.{k}") for k in ("project", "milestone", "due", "done_on")]
    return table_or_note(headers, rows, (3, 3.4, 1.5, 1.5), words("report.empty.milestones"), words)


def _outcomes(words: Words, outcomes: list[data.OutcomeLine]) -> Flowable:
    rows: list[list[Cell]] = [
        [
            words.date(o.achieved_on),
            words.label(OutcomeKind, o.kind),
            o.title,
            o.identifier,
            o.project_title,
        ]
        for o in outcomes
    ]
    headers = [
        words(f"report.col.{k}") for k in ("date", "kind", "outcome", "identifier", "project")
    ]
    return table_or_note(
        headers, rows, (1.5, 1.5, 3.2, 2, 2.6), words("report.empty.outcomes"), words
    )


def _employed(words: Words, employed: list[lists.EmploymentRow]) -> Flowable:
    rows: list[list[Cell]] = [
        [
            e.student_name,
            e.major_name,
            words.date(e.hired_on),
            e.position,
            words.yes_no(e.related_field),
            words.yes_no(e.employed_6m),
            words.yes_no(e.employed_12m),
        ]
        for e in employed
    ]
    headers = [
        words(f"report.col.{k}")
        for k in (
            "student",
            "major",
            "hired_on",
            "position",
            "related",
            "retained_6m",
            "retained_12m",
        )
    ]
    return table_or_note(
        headers, rows, (1.1, 1.7, 1.5, 1.9, 1.1, 1.1, 1.1), words("report.empty.employed"), words
    )


def _trained(words: Words, trained: list[lists.TrainingRow]) -> Flowable:
    rows: list[list[Cell]] = [
        [
            words.date(t.held_on),
            t.topic,
            words.count(t.participants),
            words.count(t.hours),
            t.trainer,
        ]
        for t in trained
    ]
    headers = [
        words(f"report.col.{k}") for k in ("date", "topic", "participants", "hours", "trainer")
    ]
    return table_or_note(
        headers,
        rows,
        (1.5, 4.5, 1.4, 0.9, 1.3),
        words("report.empty.trained"),
        words,
        numeric=(2, 3),
    )
