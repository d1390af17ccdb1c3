"""The college's annual cooperation report, for leadership and the annual quality report.

A cover with contents; key figures with the change on the year before; partners by size class,
industry section and major; one section per strand of the cooperation model (vertical
integration, horizontal joint innovation, educating people), each with the themes innovation,
green and sharing; the partners that cooperate most deeply; and an appendix listing every
active partner. All figures are aggregated in SQL (:mod:`liaison.indicators`,
:mod:`liaison.reports.annual_data`), so the report costs a fixed number of queries whatever
the number of firms; the appendix is the only part that grows with them.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from reportlab.graphics.shapes import Drawing
from reportlab.platypus import Flowable, PageBreak, Paragraph
from sqlalchemy.orm import Session

from liaison.db import Database
from liaison.enums import (
    AgreementKind,
    AgreementStatus,
    OutcomeKind,
    ProjectKind,
    ProjectStatus,
    SizeClass,
    Theme,
)
from liaison.i18n import Catalog
from liaison.indicators import CollegeIndicators, depth_label, year_over_year
from liaison.reports import annual_data, charts, data
from liaison.reports.document import (
    ReportResult,
    Tracker,
    document_info,
    heading,
    lead_in,
    letterhead,
    table_or_note,
    write,
)
from liaison.reports.styles import styles
from liaison.reports.tables import Cell, KeyFigure, change_text, data_table, key_figures
from liaison.reports.template import after_contents, contents
from liaison.reports.text import escape
from liaison.reports.words import Words
from liaison.tasks import Progress

_ = Catalog(
    {
        "report.annual.title": ("Annual cooperation report {year}", "{year}年度校企合作报告"),
        "report.annual.subject": (
            "School–enterprise cooperation in {year}",
            "{year}年校企合作情况",
        ),
        "report.annual.cover_note": (
            "Figures for 1 January – 31 December {year}, compared with {previous}. Enterprise "
            "status, size class and industry are as recorded on {today}.",
            "统计期为{year}年1月1日至12月31日，并与{previous}年比较。企业合作状态、规模与行业"
            "按{today}的登记情况统计。",
        ),
        "report.annual.key_figures": ("Key figures", "主要指标"),
        "report.annual.partners": ("Partners", "合作企业"),
        "report.annual.by_size": ("By size class", "按企业规模"),
        "report.annual.by_industry": ("By industry section", "按行业门类"),
        "report.annual.by_major": ("By major", "按专业"),
        "report.annual.vertical": ("Vertical integration", "纵向融合"),
        "report.annual.vertical_intro": (
            "Agreements that tie teaching to the firms: modern apprenticeships, order classes, "
            "internship bases, co-built courses and training bases.",
            "将教学与企业紧密结合的协议：现代学徒制、订单班、实习基地、共建课程与共建实训基地。",
        ),
        "report.annual.horizontal": ("Horizontal joint innovation", "横向联合创新"),
        "report.annual.horizontal_intro": (
            "Joint projects with the firms: technical services, joint R&D, product and process "
            "development and green upgrades, with their contract value, funds received and "
            "outcomes.",
            "与企业联合开展的项目：技术服务、联合研发、产品与工艺开发、绿色化改造，及其合同额、"
            "到账经费与成果。",
        ),
        "report.annual.people": ("Educating people", "育人"),
        "report.annual.people_intro": (
            "Students placed with the firms under dual mentors, graduates employed by partner "
            "firms, and enterprise staff trained by the college.",
            "在双导师指导下赴企业实习的学生、合作企业录用的毕业生，以及学校为企业培训的员工。",
        ),
        "report.annual.themes": (
            "Themes: innovation, green, sharing",
            "发展理念：创新、绿色、共享",
        ),
        "report.annual.top": ("Partners by cooperation depth", "合作深度领先的企业"),
        "report.annual.top_note": (
            "The {n} active partners cooperating most deeply as of {as_of}; ties are ordered "
            "by funds received, then students placed.",
            "截至{as_of}合作深度最高的 {n} 家合作企业；同级按到账经费、实习安置人数排序。",
        ),
        "report.annual.appendix": ("Appendix: active partners", "附录：合作企业名录"),
        "report.annual.appendix_note": (
            "Every enterprise with the status “active” on {today} ({n}), by name, with its "
            "figures for {year}.",
            "{today}合作状态为“合作中”的全部企业（{n} 家），按名称排列，附{year}年数据。",
        ),
        "report.annual.depth_legend": ("Depth levels: {levels}", "合作深度等级：{levels}"),
        "report.annual.by_kind": ("Agreements by kind", "各类协议"),
        "report.annual.by_status": ("Agreements in force by status", "在执行协议状态"),
        "report.annual.projects_by_kind": ("Projects by kind", "各类项目"),
        "report.annual.projects_by_status": ("Projects by status", "项目状态"),
        "report.annual.outcomes_by_kind": ("Outcomes by kind", "各类成果"),
        "report.annual.top_projects": (
            "Projects with the most funds received",
            "到账经费最多的项目",
        ),
        "report.annual.people_figures": ("Placements, employment and training", "实习、就业与培训"),
        "report.annual.renewal": (
            "Renewal rate: {renewed} of {ended} agreements that ended in {year} were renewed "
            "({percent}).",
            "续签率：{year}年到期的 {ended} 份协议中续签 {renewed} 份（{percent}）。",
        ),
        "report.annual.no_renewal": (
            "No agreement in force ended in {year}.",
            "{year}年无在执行协议到期。",
        ),
        "report.annual.majors_share": (
            "Majors with partner firms: {part} of {whole} ({percent}).",
            "有合作企业的专业：{whole} 个专业中 {part} 个（{percent}）。",
        ),
        "report.annual.col.kind": ("Kind", "类型"),
        "report.annual.col.status": ("Status", "状态"),
        "report.annual.col.size": ("Size class", "企业规模"),
        "report.annual.col.section": ("Industry section", "行业门类"),
        "report.annual.col.partners": ("Partners", "企业数"),
        "report.annual.col.share": ("Share", "占比"),
        "report.annual.col.major": ("Major", "专业"),
        "report.annual.col.partner_firms": ("Partner firms", "合作企业"),
        "report.annual.col.agreements": ("Agreements", "协议"),
        "report.annual.col.students": ("Students placed", "实习学生"),
        "report.annual.col.graduates": ("Graduates employed", "录用毕业生"),
        "report.annual.col.signed": ("Signed in {year}", "{year}年签订"),
        "report.annual.col.this_year": ("{year}", "{year}年"),
        "report.annual.col.change": ("Change", "变化"),
        "report.annual.col.indicator": ("Indicator", "指标"),
        "report.annual.col.theme": ("Theme", "理念"),
        "report.annual.col.theme_agreements": ("Agreements in force", "在执行协议"),
        "report.annual.col.theme_students": ("Students placed under them", "相关实习学生"),
        "report.annual.col.theme_projects": ("Projects under way", "在研项目"),
        "report.annual.col.theme_funds": ("Funds received (10k CNY)", "到账经费（万元）"),
        "report.annual.col.rank": ("No.", "序号"),
        "report.annual.col.enterprise": ("Enterprise", "企业名称"),
        "report.annual.col.depth": ("Depth", "深度"),
        "report.annual.col.industry": ("Ind.", "行业"),
        "report.annual.col.funds": ("Funds (10k CNY)", "到账（万元）"),
        "report.annual.col.visits": ("Visits", "走访"),
        "report.annual.col.uscc": ("Credit code", "统一社会信用代码"),
        "report.annual.col.project": ("Project", "项目名称"),
        "report.annual.col.lead": ("Lead partner", "牵头企业"),
        "report.annual.col.funds_year": ("Received in {year} (10k CNY)", "{year}年到账（万元）"),
        "report.annual.col.contract": ("Contract (10k CNY)", "合同额（万元）"),
        "report.annual.col.level": ("Depth level", "合作深度等级"),
        "report.annual.chart.size": ("Active partners by size class", "合作企业规模分布"),
        "report.annual.chart.industry": ("Active partners by industry section", "合作企业行业分布"),
        "report.annual.chart.majors": ("Students placed by major", "各专业实习安置人数"),
        "report.annual.chart.funds": (
            "Funds received by quarter (10k CNY)",
            "各季度到账经费（万元）",
        ),
        "report.annual.chart.depth": (
            "Active partners by cooperation depth",
            "合作企业合作深度分布",
        ),
        "report.annual.empty.partners": ("No active partners.", "暂无合作中的企业。"),
        "report.annual.empty.majors": ("No majors recorded.", "尚未登记专业。"),
        "report.annual.empty.agreements": (
            "No agreements in force this year or last.",
            "本年及上年均无在执行协议。",
        ),
        "report.annual.empty.projects": (
            "No joint projects this year or last.",
            "本年及上年均无合作项目。",
        ),
        "report.annual.empty.outcomes": ("No outcomes this year or last.", "本年及上年均无成果。"),
        "report.annual.empty.top_projects": (
            "No funds received this year.",
            "本年无到账经费。",
        ),
        "report.annual.card.partners": ("Active partners", "合作企业"),
        "report.annual.card.with_agreements": ("Partners with agreements", "签约合作企业"),
        "report.annual.card.students": ("Students placed", "实习安置学生"),
        "report.annual.card.graduates": ("Graduates employed", "录用毕业生"),
        "report.annual.card.funds": ("Funds received", "横向到账经费"),
        "report.annual.card.contract": ("Contract value", "横向合同额"),
        "report.annual.card.outcomes": ("Outcomes", "项目成果"),
        "report.annual.card.trained": ("Staff trained (person-times)", "培训企业员工（人次）"),
        "report.ind.partners": ("Active partners", "合作企业（家）"),
        "report.ind.with_agreements": (
            "Partners with agreements in force",
            "有在执行协议的企业（家）",
        ),
        "report.ind.silent": (
            "Partners not contacted for 180 days",
            "180 天未联系的合作企业（家）",
        ),
        "report.ind.partner_visits": ("Field visits to partners", "走访合作企业（次）"),
        "report.ind.visits_per_partner": ("Visits per partner", "企业平均走访次数"),
        "report.ind.retained_6m": ("Still employed at 6 months", "6 个月稳定就业率"),
        "report.ind.retained_12m": ("Still employed at 12 months", "12 个月稳定就业率"),
        "report.ind.training_sessions": ("Staff training sessions", "员工培训（期）"),
    }
)

TOP_PARTNERS = 20
TOP_PROJECTS = 10
_GATHER_STEPS = 10


@dataclass(frozen=True)
class _Facts:
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


def _gather(session: Session, year: int, today: date, tracker: Tracker) -> _Facts:
    tick = tracker.read
    start, end = date(year, 1, 1), date(year, 12, 31)
    as_of = min(end, today)
    now, before = tick(year_over_year(session, year))
    return _Facts(
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


def annual_report(
    db: Database,
    year: int,
    path: str | os.PathLike[str],
    *,
    lang: str | None = None,
    paper: str = "A4",
    today: date | None = None,
    progress: Progress | None = None,
) -> ReportResult:
    """Write the college's cooperation report for calendar ``year`` to ``path``.

    Raises ValueError for a year outside 1900–9998 or an unknown paper,
    :class:`liaison.tasks.Cancelled` when cancelled and ReportWriteError when the file
    cannot be written; nothing is written on failure.
    """
    if not 1900 <= year <= 9998:
        raise ValueError(f"year {year} is out of range")
    today = today or date.today()
    words = Words(lang)
    tracker = Tracker(progress, words, _GATHER_STEPS)
    head = letterhead(db)
    with db.reading() as session:
        facts = _gather(session, year, today, tracker)
    title = words("report.annual.title", year=year)
    info = document_info(
        words,
        head,
        title=title,
        period=words.period(date(year, 1, 1), date(year, 12, 31)),
        paper=paper,
        subject=words("report.annual.subject", year=year),
        today=today,
    )
    return write(path, info, _story(words, facts, year, today, head.college), tracker)


# --- the story --------------------------------------------------------------------------------


def _story(words: Words, f: _Facts, year: int, today: date, college: str) -> list[Flowable]:
    st = styles(words.lang)
    cover: list[Flowable] = []
    if college:
        cover.append(Paragraph(escape(college), st.subtitle))
    cover += [
        Paragraph(escape(words("report.annual.title", year=year)), st.title),
        Paragraph(escape(words.period(date(year, 1, 1), date(year, 12, 31))), st.subtitle),
        Paragraph(
            escape(
                words(
                    "report.annual.cover_note",
                    year=year,
                    previous=year - 1,
                    today=words.date(today),
                )
            ),
            st.muted,
        ),
        *contents(words.lang),
        PageBreak(),
    ]
    return [
        *cover,
        *_key_figures(words, f, year),
        *_partners(words, f),
        *_vertical(words, f, year),
        *_horizontal(words, f, year),
        *_people(words, f, year),
        *_top(words, f),
        PageBreak(),
        *_appendix(words, f, year, today),
    ]


def _compare_rows(
    words: Words,
    items: Sequence[tuple[str, int | Decimal | None, int | Decimal | None, Callable[..., str]]],
) -> list[list[Cell]]:
    """Label, this year, last year and the change, each value printed by its formatter."""
    return [
        [label, show(now), show(before), change_text(now, before, words.lang)[0]]
        for label, now, before, show in items
    ]


def _compare_headers(words: Words, year: int, first: str) -> list[str]:
    return [
        first,
        words("report.annual.col.this_year", year=year),
        words("report.annual.col.this_year", year=year - 1),
        words("report.annual.col.change"),
    ]


def _by_key(
    words: Words,
    year: int,
    first: str,
    now: Mapping[str, int],
    before: Mapping[str, int],
    label: Callable[[str], str],
    order: Sequence[str],
    empty: str,
    extra: tuple[str, Mapping[str, int]] | None = None,
) -> Flowable:
    """A "this year / last year / change" table over the keys of two counts, in ``order``."""
    keys = [k for k in order if now.get(k) or before.get(k) or (extra and extra[1].get(k))]
    keys += sorted(k for k in {*now, *before} if k not in order and (now.get(k) or before.get(k)))
    rows = _compare_rows(
        words, [(label(k), now.get(k, 0), before.get(k, 0), words.count) for k in keys]
    )
    headers = _compare_headers(words, year, first)
    widths: tuple[float, ...] = (3.5, 1.4, 1.4, 1.4)
    numeric: tuple[int, ...] = (1, 2, 3)
    if extra is not None:
        for row, key in zip(rows, keys, strict=True):
            row.append(words.count(extra[1].get(key, 0)))
        headers.append(extra[0])
        widths += (1.6,)
        numeric += (4,)
    return table_or_note(headers, rows, widths, words(empty), words, numeric=numeric)


def _figure(words: Words, drawing: Drawing, title: str) -> Flowable:
    return charts.figure(drawing, words.caption(title), lang=words.lang)


def _key_figures(words: Words, f: _Facts, year: int) -> list[Flowable]:
    st = styles(words.lang)
    now, before = f.now, f.before
    unit = words("report.unit.wan")

    def card(key: str, value: str, current: int, previous: int, unit: str = "") -> KeyFigure:
        return KeyFigure(words(f"report.annual.card.{key}"), value, unit, current, previous)

    cards = [
        card("partners", words.count(now.partners), now.partners, before.partners),
        card(
            "with_agreements",
            words.count(now.partners_with_agreements),
            now.partners_with_agreements,
            before.partners_with_agreements,
        ),
        card(
            "students",
            words.count(now.students_placed),
            now.students_placed,
            before.students_placed,
        ),
        card(
            "graduates",
            words.count(now.graduates_employed),
            now.graduates_employed,
            before.graduates_employed,
        ),
        card(
            "funds",
            words.wan(now.funds_received_fen),
            now.funds_received_fen,
            before.funds_received_fen,
            unit,
        ),
        card(
            "contract",
            words.wan(now.contract_value_fen),
            now.contract_value_fen,
            before.contract_value_fen,
            unit,
        ),
        card("outcomes", words.count(now.outcomes), now.outcomes, before.outcomes),
        card("trained", words.count(now.staff_trained), now.staff_trained, before.staff_trained),
    ]
    count, wan, dec = words.count, words.wan, words.decimal
    rows = _compare_rows(
        words,
        [
            (words("report.ind.partners"), now.partners, before.partners, count),
            (
                words("report.ind.with_agreements"),
                now.partners_with_agreements,
                before.partners_with_agreements,
                count,
            ),
            (words("report.ind.agreements"), now.agreements, before.agreements, count),
            (words("report.ind.students"), now.students_placed, before.students_placed, count),
            (words("report.ind.student_months"), now.student_months, before.student_months, dec),
            (
                words("report.ind.graduates"),
                now.graduates_employed,
                before.graduates_employed,
                count,
            ),
            (words("report.ind.projects"), now.projects, before.projects, count),
            (words("report.ind.contract"), now.contract_value_fen, before.contract_value_fen, wan),
            (words("report.ind.funds"), now.funds_received_fen, before.funds_received_fen, wan),
            (words("report.ind.outcomes"), now.outcomes, before.outcomes, count),
            (words("report.ind.trained"), now.staff_trained, before.staff_trained, count),
            (words("report.ind.partner_visits"), now.partner_visits, before.partner_visits, count),
            (
                words("report.ind.visits_per_partner"),
                now.visits_per_partner,
                before.visits_per_partner,
                dec,
            ),
            (words("report.ind.silent"), now.partners_silent, before.partners_silent, count),
        ],
    )
    headers = _compare_headers(words, year, words("report.annual.col.indicator"))
    share = now.majors_with_partners
    return [
        heading(words("report.annual.key_figures"), st),
        key_figures(cards, compare_label=words("report.vs_year", year=year - 1), lang=words.lang),
        data_table(headers, rows, (3.5, 1.4, 1.4, 1.4), numeric_cols=(1, 2, 3), lang=words.lang),
        Paragraph(
            escape(
                words(
                    "report.annual.majors_share",
                    part=share.part,
                    whole=share.whole,
                    percent=words.percent(share.percent) or "—",
                )
            ),
            st.body,
        ),
    ]


def _share(part: int, whole: int) -> str:
    if not whole:
        return ""
    return f"{(Decimal(100 * part) / whole).quantize(Decimal('0.1'))}%"


def _partners(words: Words, f: _Facts) -> list[Flowable]:
    st = styles(words.lang)
    total = f.now.partners
    sizes = [s.value for s in (SizeClass.MICRO, SizeClass.SMALL, SizeClass.MEDIUM, SizeClass.LARGE)]
    sizes.append(SizeClass.UNCLASSIFIED.value)
    by_size = f.now.partners_by_size
    size_rows: list[list[Cell]] = [
        [
            words.label(SizeClass, s),
            words.count(by_size.get(s, 0)),
            _share(by_size.get(s, 0), total),
        ]
        for s in sizes
    ]
    industry = sorted(f.now.partners_by_industry.items(), key=lambda kv: (-kv[1], kv[0] or "~"))
    industry_rows: list[list[Cell]] = [
        [words.section(letter), words.count(n), _share(n, total)] for letter, n in industry
    ]
    major_rows: list[list[Cell]] = [
        [
            m.name,
            words.count(m.partners),
            words.count(m.agreements),
            words.count(m.students_placed),
            words.count(m.graduates_employed),
        ]
        for m in f.majors
    ]

    def col(key: str) -> str:
        return words(f"report.annual.col.{key}")

    shown_sizes = [s for s in sizes if by_size.get(s)]
    return [
        heading(words("report.annual.partners"), st),
        heading(words("report.annual.by_size"), st, 2),
        data_table(
            [col("size"), col("partners"), col("share")],
            size_rows,
            (3, 1.5, 1.5),
            numeric_cols=(1, 2),
            lang=words.lang,
        ),
        _figure(
            words,
            charts.pie_chart(
                [words.label(SizeClass, s) for s in shown_sizes],
                [by_size[s] for s in shown_sizes],
                donut=True,
                height=150,
                lang=words.lang,
            ),
            words("report.annual.chart.size"),
        ),
        heading(words("report.annual.by_industry"), st, 2),
        table_or_note(
            [col("section"), col("partners"), col("share")],
            industry_rows,
            (4, 1.2, 1.2),
            words("report.annual.empty.partners"),
            words,
            numeric=(1, 2),
        ),
        _figure(
            words,
            charts.horizontal_bar_chart(
                [words.section(letter) for letter, _n in industry],
                [n for _letter, n in industry],
                lang=words.lang,
            ),
            words("report.annual.chart.industry"),
        ),
        heading(words("report.annual.by_major"), st, 2),
        table_or_note(
            [
                col("major"),
                col("partner_firms"),
                col("agreements"),
                col("students"),
                col("graduates"),
            ],
            major_rows,
            (3, 1.3, 1.3, 1.3, 1.3),
            words("report.annual.empty.majors"),
            words,
            numeric=(1, 2, 3, 4),
        ),
    ]


def _themes_table(words: Words, columns: Sequence[tuple[str, Mapping[str, int], bool]]) -> Flowable:
    """Innovation, green and sharing, one column per figure (``True``: an amount in fen)."""
    rows: list[list[Cell]] = []
    for theme in annual_data.THEMES:
        row: list[Cell] = [words.label(Theme, theme)]
        for _header, values, money in columns:
            value = values.get(theme, 0)
            row.append(words.wan(value) if money else words.count(value))
        rows.append(row)
    headers = [words("report.annual.col.theme"), *(h for h, _v, _m in columns)]
    return data_table(
        headers,
        rows,
        (2, *([2] * len(columns))),
        numeric_cols=range(1, len(columns) + 1),
        lang=words.lang,
    )


def _vertical(words: Words, f: _Facts, year: int) -> list[Flowable]:
    st = styles(words.lang)
    now, before = f.now, f.before
    kinds = [k.value for k in AgreementKind]
    renewals = now.renewals
    renewal = (
        words(
            "report.annual.renewal",
            renewed=renewals.part,
            ended=renewals.whole,
            year=year,
            percent=words.percent(renewals.percent),
        )
        if renewals.whole
        else words("report.annual.no_renewal", year=year)
    )
    return [
        heading(words("report.annual.vertical"), st),
        lead_in(words("report.annual.vertical_intro"), words),
        heading(words("report.annual.by_kind"), st, 2),
        _by_key(
            words,
            year,
            words("report.annual.col.kind"),
            now.agreements_by_kind,
            before.agreements_by_kind,
            lambda k: words.label(AgreementKind, k),
            kinds,
            "report.annual.empty.agreements",
            extra=(words("report.annual.col.signed", year=year), f.signed),
        ),
        Paragraph(escape(renewal), st.body),
        heading(words("report.annual.by_status"), st, 2),
        _by_key(
            words,
            year,
            words("report.annual.col.status"),
            now.agreements_by_status,
            before.agreements_by_status,
            lambda k: words.label(AgreementStatus, k),
            [s.value for s in AgreementStatus],
            "report.annual.empty.agreements",
        ),
        heading(words("report.annual.themes"), st, 2),
        _themes_table(
            words,
            [
                (words("report.annual.col.theme_agreements"), f.themes.agreements, False),
                (words("report.annual.col.theme_students"), f.themes.students, False),
            ],
        ),
    ]


def _horizontal(words: Words, f: _Facts, year: int) -> list[Flowable]:
    st = styles(words.lang)
    now, before = f.now, f.before
    quarters = [words.quarter(y, q, with_year=False) for (y, q), _fen in f.funds_now]
    funds = {
        words("report.annual.col.this_year", year=year): [_wan(fen) for _k, fen in f.funds_now],
        words("report.annual.col.this_year", year=year - 1): [
            _wan(fen) for _k, fen in f.funds_before
        ],
    }
    top_rows: list[list[Cell]] = [
        [
            t.row.title,
            t.row.lead_enterprise_name,
            words.label(ProjectKind, t.row.kind),
            words.wan(t.row.contract_value_fen),
            words.wan(t.funds_in_period_fen),
        ]
        for t in f.top_projects
    ]

    def col(key: str, **params: object) -> str:
        return words(f"report.annual.col.{key}", **params)

    return [
        heading(words("report.annual.horizontal"), st),
        lead_in(words("report.annual.horizontal_intro"), words),
        heading(words("report.annual.projects_by_kind"), st, 2),
        _by_key(
            words,
            year,
            col("kind"),
            now.projects_by_kind,
            before.projects_by_kind,
            lambda k: words.label(ProjectKind, k),
            [k.value for k in ProjectKind],
            "report.annual.empty.projects",
        ),
        heading(words("report.annual.projects_by_status"), st, 2),
        _by_key(
            words,
            year,
            col("status"),
            now.projects_by_status,
            before.projects_by_status,
            lambda k: words.label(ProjectStatus, k),
            [s.value for s in ProjectStatus],
            "report.annual.empty.projects",
        ),
        heading(words("report.annual.outcomes_by_kind"), st, 2),
        _by_key(
            words,
            year,
            col("kind"),
            now.outcomes_by_kind,
            before.outcomes_by_kind,
            lambda k: words.label(OutcomeKind, k),
            [k.value for k in OutcomeKind],
            "report.annual.empty.outcomes",
        ),
        _figure(
            words,
            charts.bar_chart(quarters, funds, height=180, lang=words.lang),
            words("report.annual.chart.funds"),
        ),
        heading(words("report.annual.top_projects"), st, 2),
        table_or_note(
            [
                col("project"),
                col("lead"),
                col("kind"),
                col("contract"),
                col("funds_year", year=year),
            ],
            top_rows,
            (3.4, 2.8, 1.5, 1.3, 1.5),
            words("report.annual.empty.top_projects"),
            words,
            numeric=(3, 4),
        ),
        heading(words("report.annual.themes"), st, 2),
        _themes_table(
            words,
            [
                (col("theme_projects"), f.themes.projects, False),
                (col("theme_funds"), f.themes.funds_fen, True),
            ],
        ),
    ]


def _wan(fen: int) -> Decimal:
    return Decimal(fen).scaleb(-6).quantize(Decimal("0.01"))


def _people(words: Words, f: _Facts, year: int) -> list[Flowable]:
    st = styles(words.lang)
    now, before = f.now, f.before
    count, dec, pct = words.count, words.decimal, words.percent
    rows = _compare_rows(
        words,
        [
            (words("report.ind.students"), now.students_placed, before.students_placed, count),
            (words("report.ind.student_months"), now.student_months, before.student_months, dec),
            (words("report.ind.apprentices"), now.apprentices, before.apprentices, count),
            (
                words("report.ind.order_class"),
                now.order_class_students,
                before.order_class_students,
                count,
            ),
            (
                words("report.ind.graduates"),
                now.graduates_employed,
                before.graduates_employed,
                count,
            ),
            (
                words("report.ind.related"),
                now.graduates_related_field,
                before.graduates_related_field,
                count,
            ),
            (
                words("report.ind.retained_6m"),
                now.retained_6m.percent,
                before.retained_6m.percent,
                pct,
            ),
            (
                words("report.ind.retained_12m"),
                now.retained_12m.percent,
                before.retained_12m.percent,
                pct,
            ),
            (
                words("report.ind.training_sessions"),
                now.training_sessions,
                before.training_sessions,
                count,
            ),
            (words("report.ind.trained"), now.staff_trained, before.staff_trained, count),
            (
                words("report.ind.training_days"),
                now.staff_training_days,
                before.staff_training_days,
                dec,
            ),
        ],
    )
    no_major = words("report.no_major")
    return [
        heading(words("report.annual.people"), st),
        lead_in(words("report.annual.people_intro"), words),
        heading(words("report.annual.people_figures"), st, 2),
        data_table(
            _compare_headers(words, year, words("report.annual.col.indicator")),
            rows,
            (3.5, 1.4, 1.4, 1.4),
            numeric_cols=(1, 2, 3),
            lang=words.lang,
        ),
        _figure(
            words,
            charts.horizontal_bar_chart(
                [name or no_major for name, _n in f.by_major],
                [n for _name, n in f.by_major],
                lang=words.lang,
            ),
            words("report.annual.chart.majors"),
        ),
        heading(words("report.annual.themes"), st, 2),
        _themes_table(
            words, [(words("report.annual.col.theme_students"), f.themes.students, False)]
        ),
    ]


def _partner_row(words: Words, rank: int, p: annual_data.PartnerLine) -> list[Cell]:
    return [
        words.count(rank),
        p.name,
        words.count(p.depth),
        p.industry_section or "",
        words.label(SizeClass, p.size_class),
        words.count(p.agreements),
        words.count(p.students),
        words.wan(p.funds_fen),
        words.count(p.visits),
    ]


def _partner_headers(words: Words) -> list[str]:
    return [
        words(f"report.annual.col.{k}")
        for k in (
            "rank",
            "enterprise",
            "depth",
            "industry",
            "size",
            "agreements",
            "students",
            "funds",
            "visits",
        )
    ]


# In points: the enterprise gets what the figures leave.
_PARTNER_WIDTHS = (25, 182, 30, 26, 60, 55, 46, 44, 32)
_PARTNER_NUMERIC = (0, 2, 5, 6, 7, 8)


def _depth_legend(words: Words) -> Paragraph:
    levels = "  ·  ".join(f"{level} {depth_label(level, words.lang)}" for level in range(6))
    return Paragraph(
        escape(words("report.annual.depth_legend", levels=levels)), styles(words.lang).muted
    )


def _top(words: Words, f: _Facts) -> list[Flowable]:
    st = styles(words.lang)
    top = annual_data.top_by_depth(f.partners, TOP_PARTNERS)
    distribution = annual_data.depth_distribution(f.partners)
    return [
        heading(words("report.annual.top"), st),
        Paragraph(
            escape(words("report.annual.top_note", n=len(top), as_of=words.date(f.as_of))),
            st.body,
        ),
        _figure(
            words,
            charts.bar_chart(
                [f"{level} {depth_label(level, words.lang)}" for level in distribution],
                list(distribution.values()),
                height=150,
                lang=words.lang,
            ),
            words("report.annual.chart.depth"),
        ),
        _depth_legend(words),
        table_or_note(
            _partner_headers(words),
            [_partner_row(words, i, p) for i, p in enumerate(top, start=1)],
            _PARTNER_WIDTHS,
            words("report.annual.empty.partners"),
            words,
            numeric=_PARTNER_NUMERIC,
        ),
    ]


def _appendix(words: Words, f: _Facts, year: int, today: date) -> list[Flowable]:
    st = styles(words.lang)
    return [
        heading(words("report.annual.appendix"), st),
        Paragraph(
            escape(
                words(
                    "report.annual.appendix_note",
                    today=words.date(today),
                    n=words.count(len(f.partners)),
                    year=year,
                )
            ),
            st.body,
        ),
        _depth_legend(words),
        after_contents(
            table_or_note(
                _partner_headers(words),
                [_partner_row(words, i, p) for i, p in enumerate(f.partners, start=1)],
                _PARTNER_WIDTHS,
                words("report.annual.empty.partners"),
                words,
                numeric=_PARTNER_NUMERIC,
            )
        ),
    ]
