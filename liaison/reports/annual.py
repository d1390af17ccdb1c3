"""The college's annual cooperation report, for leadership and the annual quality report.

A cover with contents; key figures with the change on the year before; partners by size class,
industry section and major; one section per strand of the cooperation model (vertical
integration, horizontal joint innovation, educating people), each with the themes innovation,
green and sharing; the partners that cooperate most deeply; and an appendix listing every
active partner. All figures are aggregated in SQL (:mod:`liaison.indicators`,
:mod:`liaison.reports.annual_data`), so the report costs a fixed number of queries whatever
the number of firms; the appendix is the only part that grows with them.

This module writes the report — its cover, its key figures and the order of its sections.
What it shows is read in :mod:`.annual_facts`; the partner sections are built in
:mod:`.annual_partners`, the strands in :mod:`.annual_strands`, and the year-on-year tables
they share in :mod:`.annual_compare`.
"""

from __future__ import annotations

import os
from datetime import date

from reportlab.platypus import Flowable, PageBreak, Paragraph

from liaison.db import Database
from liaison.i18n import Catalog
from liaison.reports import annual_compare, annual_partners, annual_strands
from liaison.reports.annual_facts import GATHER_STEPS, Facts, gather
from liaison.reports.document import (
    ReportResult,
    Tracker,
    document_info,
    heading,
    letterhead,
    write,
)
from liaison.reports.styles import styles
from liaison.reports.tables import KeyFigure, compare_rows, data_table, key_figures
from liaison.reports.template import contents
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
        "report.annual.majors_share": (
            "Majors with partner firms: {part} of {whole} ({percent}).",
            "有合作企业的专业：{whole} 个专业中 {part} 个（{percent}）。",
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
    }
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
    tracker = Tracker(progress, words, GATHER_STEPS)
    head = letterhead(db)
    with db.reading() as session:
        facts = gather(session, year, today, tracker)
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


def _story(words: Words, f: Facts, year: int, today: date, college: str) -> list[Flowable]:
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
        *annual_partners.partners(words, f),
        *annual_strands.vertical(words, f, year),
        *annual_strands.horizontal(words, f, year),
        *annual_strands.people(words, f, year),
        *annual_partners.deepest(words, f),
        PageBreak(),
        *annual_partners.appendix(words, f, year, today),
    ]


def _key_figures(words: Words, f: Facts, year: int) -> list[Flowable]:
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
    rows = compare_rows(
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
        words.lang,
    )
    headers = annual_compare.headers(words, year, words("report.annual.col.indicator"))
    share = now.majors_with_partners
    return [
        heading(words("report.annual.key_figures"), st),
        key_figures(cards, compare_label=words("report.vs_year", year=year - 1), lang=words.lang),
        data_table(
            headers,
            rows,
            annual_compare.WIDTHS,
            numeric_cols=annual_compare.NUMERIC,
            lang=words.lang,
        ),
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
