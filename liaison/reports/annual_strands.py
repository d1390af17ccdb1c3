"""The annual report's three strands of the cooperation model, one section each.

Vertical integration (agreements by kind and status, renewals), horizontal joint innovation
(projects, outcomes, funds by quarter, the projects with the most funds) and educating people
(placements, graduates employed, staff trained), each set against the year before and each
closing with the same table over the themes innovation, green and sharing.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from reportlab.platypus import Flowable, Paragraph

from liaison.enums import (
    AgreementKind,
    AgreementStatus,
    OutcomeKind,
    ProjectKind,
    ProjectStatus,
    Theme,
)
from liaison.i18n import Catalog
from liaison.reports import annual_compare, annual_data, charts, figures
from liaison.reports.annual_facts import Facts
from liaison.reports.document import heading, lead_in, table_or_note
from liaison.reports.styles import styles
from liaison.reports.tables import Cell, compare_rows, data_table
from liaison.reports.text import escape
from liaison.reports.words import Words
from liaison.rules import money

_ = Catalog(
    {
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
        "report.annual.col.kind": ("Kind", "类型"),
        "report.annual.col.status": ("Status", "状态"),
        "report.annual.col.signed": ("Signed in {year}", "{year}年签订"),
        "report.annual.col.theme": ("Theme", "理念"),
        "report.annual.col.theme_agreements": ("Agreements in force", "在执行协议"),
        "report.annual.col.theme_students": ("Students placed under them", "相关实习学生"),
        "report.annual.col.theme_projects": ("Projects under way", "在研项目"),
        "report.annual.col.theme_funds": ("Funds received (10k CNY)", "到账经费（万元）"),
        "report.annual.col.project": ("Project", "项目名称"),
        "report.annual.col.lead": ("Lead partner", "牵头企业"),
        "report.annual.col.funds_year": ("Received in {year} (10k CNY)", "{year}年到账（万元）"),
        "report.annual.col.contract": ("Contract (10k CNY)", "合同额（万元）"),
        "report.annual.chart.majors": ("Students placed by major", "各专业实习安置人数"),
        "report.annual.chart.funds": (
            "Funds received by quarter (10k CNY)",
            "各季度到账经费（万元）",
        ),
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
        "report.ind.retained_6m": ("Still employed at 6 months", "6 个月稳定就业率"),
        "report.ind.retained_12m": ("Still employed at 12 months", "12 个月稳定就业率"),
        "report.ind.training_sessions": ("Staff training sessions", "员工培训（期）"),
    }
)


def _themes_table(words: Words, columns: Sequence[tuple[str, Mapping[str, int], bool]]) -> Flowable:
    """Innovation, green and sharing, one column per figure (``True``: an amount in fen)."""
    rows: list[list[Cell]] = []
    for theme in annual_data.THEMES:
        row: list[Cell] = [words.label(Theme, theme)]
        for _header, values, in_wan in columns:
            value = values.get(theme, 0)
            row.append(words.wan(value) if in_wan else words.count(value))
        rows.append(row)
    headers = [words("report.annual.col.theme"), *(h for h, _v, _m in columns)]
    return data_table(
        headers,
        rows,
        (2, *([2] * len(columns))),
        numeric_cols=range(1, len(columns) + 1),
        lang=words.lang,
    )


def vertical(words: Words, f: Facts, year: int) -> list[Flowable]:
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
        annual_compare.by_key(
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
        annual_compare.by_key(
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


def horizontal(words: Words, f: Facts, year: int) -> list[Flowable]:
    st = styles(words.lang)
    now, before = f.now, f.before
    quarters = [words.quarter(y, q, with_year=False) for (y, q), _fen in f.funds_now]
    funds = {
        words("report.annual.col.this_year", year=year): [
            money.rounded_wan(fen) for _k, fen in f.funds_now
        ],
        words("report.annual.col.this_year", year=year - 1): [
            money.rounded_wan(fen) for _k, fen in f.funds_before
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
        annual_compare.by_key(
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
        annual_compare.by_key(
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
        annual_compare.by_key(
            words,
            year,
            col("kind"),
            now.outcomes_by_kind,
            before.outcomes_by_kind,
            lambda k: words.label(OutcomeKind, k),
            [k.value for k in OutcomeKind],
            "report.annual.empty.outcomes",
        ),
        figures.figure(
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


def people(words: Words, f: Facts, year: int) -> list[Flowable]:
    st = styles(words.lang)
    now, before = f.now, f.before
    count, dec, pct = words.count, words.decimal, words.percent
    rows = compare_rows(
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
        words.lang,
    )
    return [
        heading(words("report.annual.people"), st),
        lead_in(words("report.annual.people_intro"), words),
        heading(words("report.annual.people_figures"), st, 2),
        data_table(
            annual_compare.headers(words, year, words("report.annual.col.indicator")),
            rows,
            annual_compare.WIDTHS,
            numeric_cols=annual_compare.NUMERIC,
            lang=words.lang,
        ),
        figures.majors_chart(words, f.by_major, words("report.annual.chart.majors")),
        heading(words("report.annual.themes"), st, 2),
        _themes_table(
            words, [(words("report.annual.col.theme_students"), f.themes.students, False)]
        ),
    ]
