"""Sections several documents print alike: a firm's profile and depth, and its record lists.

The enterprise report and the visit sheet show the same contacts, agreements, placements,
projects, visits and follow-ups; each table is built here once. Every builder takes the
:class:`~liaison.reports.words.Words` of the document and plain rows, and returns a flowable
that says so when there is nothing to list.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from reportlab.platypus import Flowable, Paragraph

from liaison.enums import (
    AgreementKind,
    AgreementStatus,
    EnterpriseStatus,
    InteractionKind,
    PlacementStatus,
    ProjectKind,
    ProjectStatus,
    SizeClass,
)
from liaison.i18n import Catalog
from liaison.indicators import DEPTH_FUNDS_FEN, MARKERS, STRANDS, Depth, explain_depth, wan
from liaison.lists import AgreementRow, InteractionRow, PlacementRow, ProjectRow
from liaison.model import Enterprise
from liaison.reports.data import ContactLine, Profile
from liaison.reports.document import table_or_note
from liaison.reports.styles import styles
from liaison.reports.tables import Cell, data_table, field_table
from liaison.reports.text import escape
from liaison.reports.words import Words
from liaison.rules import sizing
from liaison.services.enterprises import explain_size

_ = Catalog(
    {
        "report.col.name": ("Name", "姓名"),
        "report.col.enterprise": ("Enterprise", "企业名称"),
        "report.col.title": ("Title", "职务"),
        "report.col.phone": ("Phone", "电话"),
        "report.col.mobile": ("Mobile", "手机"),
        "report.col.email": ("Email", "邮箱"),
        "report.col.wechat": ("WeChat", "微信"),
        "report.col.primary": ("Primary", "主要联系人"),
        "report.col.number": ("No.", "编号"),
        "report.col.kind": ("Kind", "类型"),
        "report.col.agreement_title": ("Title", "协议名称"),
        "report.col.status": ("Status", "状态"),
        "report.col.period": ("Period", "起止日期"),
        "report.col.major": ("Major", "专业"),
        "report.col.placements": ("Students", "学生人数"),
        "report.col.student": ("Student", "学生"),
        "report.col.student_no": ("Student no.", "学号"),
        "report.col.agreement": ("Agreement", "协议编号"),
        "report.col.post": ("Post", "岗位"),
        "report.col.mentor": ("Firm mentor", "企业导师"),
        "report.col.tutor": ("College tutor", "校内导师"),
        "report.col.code": ("Code", "项目编号"),
        "report.col.project": ("Project", "项目名称"),
        "report.col.contract_wan": ("Contract (10k CNY)", "合同额（万元）"),
        "report.col.funds_wan": ("Received (10k CNY)", "到账（万元）"),
        "report.col.date": ("Date", "日期"),
        "report.col.contact": ("Contact", "联系人"),
        "report.col.officer": ("Officer", "联络员"),
        "report.col.summary": ("Summary", "内容摘要"),
        "report.col.follow_up": ("Follow-up", "后续事项"),
        "report.col.due": ("Due", "截止日期"),
        "report.col.action": ("Action", "待办事项"),
        "report.col.from_contact": ("Agreed on", "提出日期"),
        "report.col.overdue": ("Overdue (days)", "逾期天数"),
        "report.field.name": ("Enterprise", "企业名称"),
        "report.field.uscc": ("Credit code", "统一社会信用代码"),
        "report.field.industry": ("Industry section", "行业门类"),
        "report.field.sizing_category": ("Sizing category", "划型行业"),
        "report.field.size": ("Size class", "企业规模"),
        "report.field.size_rule": ("Size rule", "划型依据"),
        "report.field.employees": ("Employees", "从业人员"),
        "report.field.revenue": ("Revenue (10k CNY)", "营业收入（万元）"),
        "report.field.assets": ("Total assets (10k CNY)", "资产总额（万元）"),
        "report.field.city": ("City", "所在城市"),
        "report.field.address": ("Address", "地址"),
        "report.field.website": ("Website", "网址"),
        "report.field.status": ("Cooperation status", "合作状态"),
        "report.field.tags": ("Tags", "标签"),
        "report.field.notes": ("Notes", "备注"),
        "report.field.depth": ("Cooperation depth", "合作深度"),
        "report.field.last_contact": ("Last contact", "最近联系"),
        "report.depth.level": ("Level {level} — {label}", "{level} 级：{label}"),
        "report.depth.window": (
            "Counted over {window} (12 months up to {as_of}).",
            "统计区间：{window}（截至 {as_of} 的 12 个月）。",
        ),
        "report.depth.strand": ("Strand", "合作主线"),
        "report.depth.active": ("Active", "是否开展"),
        "report.depth.rests_on": ("What it rests on", "依据"),
        "report.depth.nothing": ("Nothing in the window", "统计期内无"),
        "report.empty.contacts": ("No contacts recorded.", "尚未登记联系人。"),
        "report.empty.agreements": ("No agreements in this period.", "本期无合作协议。"),
        "report.empty.current_agreements": ("No agreement in force today.", "目前无在执行协议。"),
        "report.empty.placements": ("No students placed in this period.", "本期无学生实习安置。"),
        "report.empty.current_placements": (
            "No students on placement or planned.",
            "目前无在岗或计划中的实习学生。",
        ),
        "report.empty.projects": ("No joint projects in this period.", "本期无合作项目。"),
        "report.empty.running_projects": ("No joint project running.", "目前无在研合作项目。"),
        "report.empty.interactions": (
            "No visits or other contacts in this period.",
            "本期无走访或其他联系记录。",
        ),
        "report.empty.follow_ups": ("No open follow-ups.", "无未完成的后续事项。"),
    }
)


def size_explanation(words: Words, firm: Profile) -> str:
    """The size class and the rule behind it, in words ("Small: 35 staff … (2011 rules)")."""
    if firm.size_override is None and firm.industry_section is None:
        return SizeClass.UNCLASSIFIED.label(words.lang)
    transient = Enterprise(
        industry_section=firm.industry_section,
        sizing_category=firm.sizing_category,
        employees=firm.employees,
        revenue_fen=firm.revenue_fen,
        assets_fen=firm.assets_fen,
        size_override=firm.size_override,
        size_reason=firm.size_reason,
    )
    return explain_size(transient, words.lang)


def profile_fields(
    words: Words,
    firm: Profile,
    *,
    extra: Sequence[tuple[str, Cell]] = (),
    full: bool = True,
) -> Flowable:
    """The firm's profile as a two-column grid; ``full`` adds figures, tags and notes."""
    category = words.label(sizing.Category, firm.sizing_category) if firm.sizing_category else ""
    pairs: list[tuple[str, Cell]] = [
        (words("report.field.name"), firm.name),
        (words("report.field.uscc"), firm.uscc),
        (words("report.field.industry"), words.section(firm.industry_section)),
        (words("report.field.status"), words.label(EnterpriseStatus, firm.status)),
        (words("report.field.size"), words.label(SizeClass, firm.size_class)),
        (words("report.field.city"), firm.city),
    ]
    if full:
        pairs += [
            (words("report.field.sizing_category"), category),
            (words("report.field.employees"), words.count(firm.employees)),
            (words("report.field.revenue"), words.wan(firm.revenue_fen)),
            (words("report.field.assets"), words.wan(firm.assets_fen)),
        ]
    pairs += [
        *extra,
        (words("report.field.address"), firm.address),
        (words("report.field.website"), firm.website),
    ]
    if full:
        pairs += [
            (words("report.field.tags"), firm.tags),
            (words("report.field.size_rule"), size_explanation(words, firm)),
            (words("report.field.notes"), firm.notes),
        ]
    # The name and long values (address, rule, notes) read better across the whole width.
    wide = _wide_labels(words)
    return _stack(
        [
            field_table(pairs[:1], columns=1, lang=words.lang),
            field_table([p for p in pairs[1:] if p[0] not in wide], columns=2, lang=words.lang),
            field_table([p for p in pairs[1:] if p[0] in wide], columns=1, lang=words.lang),
        ]
    )


def _wide_labels(words: Words) -> set[str]:
    return {
        words("report.field.name"),
        words("report.field.address"),
        words("report.field.website"),
        words("report.field.size_rule"),
        words("report.field.notes"),
        words("report.field.tags"),
    }


class _Stack(Flowable):  # type: ignore[misc]
    """Two grids printed as one block, so a profile reads as one."""

    def __init__(self, parts: list[Flowable]) -> None:
        super().__init__()
        self.parts = parts

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._sizes = [p.wrapOn(self.canv, availWidth, availHeight) for p in self.parts]
        self.width = availWidth
        self.height = sum(h for _w, h in self._sizes)
        return self.width, self.height

    def draw(self) -> None:
        y = self.height
        for part, (_w, h) in zip(self.parts, self._sizes, strict=True):
            y -= h
            part.drawOn(self.canv, 0, y)


def _stack(parts: list[Flowable]) -> Flowable:
    return _Stack(parts)


def depth_block(words: Words, depth: Depth) -> list[Flowable]:
    """The depth level, the window it looks at, and per strand what it rests on."""
    st = styles(words.lang)
    level = words("report.depth.level", level=depth.level, label=depth.label)
    window = words(
        "report.depth.window",
        window=words.period(depth.window_start, depth.as_of),
        as_of=words.date(depth.as_of),
    )
    reasons_by_strand = {
        "vertical": words("depth.reason.vertical", n=depth.facts.agreements),
        "horizontal": words(
            "depth.reason.horizontal",
            projects=depth.facts.projects,
            funds=words.wan(depth.facts.funds_fen),
            outcomes=depth.facts.outcomes,
        ),
        "people": words(
            "depth.reason.people",
            placements=depth.facts.placements,
            hires=depth.facts.hires,
            trainings=depth.facts.trainings,
        ),
    }
    rows: list[list[Cell]] = [
        [
            words(f"depth.strand.{strand}"),
            words.yes_no(depth.strands[strand]),
            reasons_by_strand[strand] if depth.strands[strand] else words("report.depth.nothing"),
        ]
        for strand in STRANDS
    ]
    threshold = wan(DEPTH_FUNDS_FEN)
    markers = [
        words(f"depth.marker.{marker}", threshold=threshold)
        for marker in MARKERS
        if depth.markers[marker]
    ]
    out: list[Flowable] = [
        Paragraph(escape(level), st.h3),
        Paragraph(escape(window), st.muted),
        data_table(
            [
                words("report.depth.strand"),
                words("report.depth.active"),
                words("report.depth.rests_on"),
            ],
            rows,
            (2.2, 1, 6),
            lang=words.lang,
        ),
    ]
    if markers:
        out.append(Paragraph(escape("; ".join(markers)), st.body))
    out.append(Paragraph(escape(explain_depth(words.lang)), st.muted))
    return out


def contacts_table(words: Words, lines: Sequence[ContactLine]) -> Flowable:
    rows: list[list[Cell]] = [
        [
            c.name,
            c.title,
            c.phone,
            c.mobile,
            c.email,
            c.wechat,
            "✓" if c.is_primary else "",
        ]
        for c in lines
    ]
    headers = [
        words(f"report.col.{k}")
        for k in ("name", "title", "phone", "mobile", "email", "wechat", "primary")
    ]
    return table_or_note(
        headers, rows, (1.1, 1.3, 1.8, 1.6, 3, 1.4, 1), words("report.empty.contacts"), words
    )


def agreements_table(words: Words, agreements: Sequence[AgreementRow], empty: str) -> Flowable:
    rows: list[list[Cell]] = [
        [
            a.number,
            words.label(AgreementKind, a.kind),
            a.title,
            a.major_name,
            words.label(AgreementStatus, a.status),
            words.period(a.start_date, a.end_date),
            words.count(a.placements),
        ]
        for a in agreements
    ]
    headers = [
        words(f"report.col.{k}")
        for k in ("number", "kind", "agreement_title", "major", "status", "period", "placements")
    ]
    return table_or_note(
        headers, rows, (1.9, 1.9, 3, 1.7, 1.3, 2.6, 1.3), words(empty), words, numeric=(6,)
    )


def placements_table(words: Words, placements: Sequence[PlacementRow], empty: str) -> Flowable:
    rows: list[list[Cell]] = [
        [
            p.student_name,
            p.major_name,
            p.agreement_number,
            p.post,
            p.mentor_name,
            p.college_tutor,
            words.period(p.start_date, p.end_date),
            words.label(PlacementStatus, p.status),
        ]
        for p in placements
    ]
    headers = [
        words(f"report.col.{k}")
        for k in ("student", "major", "agreement", "post", "mentor", "tutor", "period", "status")
    ]
    return table_or_note(
        headers, rows, (1.1, 1.7, 1.9, 1.8, 1.1, 1.1, 2.6, 1.4), words(empty), words
    )


def projects_table(words: Words, projects: Sequence[ProjectRow], empty: str) -> Flowable:
    rows: list[list[Cell]] = [
        [
            p.code,
            p.title,
            words.label(ProjectKind, p.kind),
            words.label(ProjectStatus, p.status),
            words.period(p.start_date, p.end_date),
            words.wan(p.contract_value_fen),
            words.wan(p.funds_received_fen),
        ]
        for p in projects
    ]
    headers = [
        words(f"report.col.{k}")
        for k in ("code", "project", "kind", "status", "period", "contract_wan", "funds_wan")
    ]
    return table_or_note(
        headers,
        rows,
        (1.5, 3, 1.6, 1.2, 2.4, 1.4, 1.4),
        words(empty),
        words,
        numeric=(5, 6),
    )


def interactions_table(words: Words, interactions: Sequence[InteractionRow]) -> Flowable:
    rows: list[list[Cell]] = [
        [
            words.date(i.occurred_on),
            words.label(InteractionKind, i.kind),
            i.contact_name,
            i.officer,
            i.summary,
            _follow_up(words, i),
        ]
        for i in interactions
    ]
    headers = [
        words(f"report.col.{k}")
        for k in ("date", "kind", "contact", "officer", "summary", "follow_up")
    ]
    return table_or_note(
        headers,
        rows,
        (1.5, 1.2, 1, 1, 3.5, 2.8),
        words("report.empty.interactions"),
        words,
    )


def _follow_up(words: Words, row: InteractionRow) -> str:
    if not row.follow_up_action and row.follow_up_due is None:
        return ""
    parts = [row.follow_up_action or ""]
    if row.follow_up_due is not None:
        parts.append(f"({words.date(row.follow_up_due)})")
    if row.follow_up_done:
        parts.append("✓")
    return " ".join(p for p in parts if p)


def follow_ups_table(words: Words, follow_ups: Sequence[InteractionRow], today: date) -> Flowable:
    rows: list[list[Cell]] = []
    for i in follow_ups:
        overdue = (today - i.follow_up_due).days if i.follow_up_due is not None else None
        rows.append(
            [
                words.date(i.follow_up_due),
                i.follow_up_action or i.summary,
                words.date(i.occurred_on),
                i.officer,
                words.count(overdue) if overdue is not None and overdue > 0 else "",
            ]
        )
    headers = [
        words(f"report.col.{k}") for k in ("due", "action", "from_contact", "officer", "overdue")
    ]
    return table_or_note(
        headers,
        rows,
        (1.5, 4.5, 1.5, 1.1, 1.2),
        words("report.empty.follow_ups"),
        words,
        numeric=(4,),
    )
