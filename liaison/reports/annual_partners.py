"""The annual report's sections on the partner firms themselves.

Partners by size class, industry section and major (with their shares and charts), the
partners that cooperate most deeply, and the appendix listing every active partner. The last
two print the same partner table (one line per firm from
:func:`liaison.reports.annual_data.partners`); the appendix is the only part of the report
that grows with the number of firms.
"""

from __future__ import annotations

from datetime import date

from reportlab.platypus import Flowable, Paragraph

from liaison.enums import SizeClass
from liaison.i18n import Catalog
from liaison.indicators import depth_label
from liaison.reports import annual_data, charts, figures
from liaison.reports.annual_facts import Facts
from liaison.reports.document import heading, table_or_note
from liaison.reports.styles import styles
from liaison.reports.tables import Cell, data_table
from liaison.reports.template import after_contents
from liaison.reports.text import escape
from liaison.reports.words import Words

_ = Catalog(
    {
        "report.annual.partners": ("Partners", "合作企业"),
        "report.annual.by_size": ("By size class", "按企业规模"),
        "report.annual.by_industry": ("By industry section", "按行业门类"),
        "report.annual.by_major": ("By major", "按专业"),
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
        "report.annual.col.size": ("Size class", "企业规模"),
        "report.annual.col.section": ("Industry section", "行业门类"),
        "report.annual.col.partners": ("Partners", "企业数"),
        "report.annual.col.share": ("Share", "占比"),
        "report.annual.col.major": ("Major", "专业"),
        "report.annual.col.partner_firms": ("Partner firms", "合作企业"),
        "report.annual.col.agreements": ("Agreements", "协议"),
        "report.annual.col.students": ("Students placed", "实习学生"),
        "report.annual.col.graduates": ("Graduates employed", "录用毕业生"),
        "report.annual.col.rank": ("No.", "序号"),
        "report.annual.col.enterprise": ("Enterprise", "企业名称"),
        "report.annual.col.depth": ("Depth", "深度"),
        "report.annual.col.industry": ("Ind.", "行业"),
        "report.annual.col.funds": ("Funds (10k CNY)", "到账（万元）"),
        "report.annual.col.visits": ("Visits", "走访"),
        "report.annual.chart.size": ("Active partners by size class", "合作企业规模分布"),
        "report.annual.chart.industry": ("Active partners by industry section", "合作企业行业分布"),
        "report.annual.chart.depth": (
            "Active partners by cooperation depth",
            "合作企业合作深度分布",
        ),
        "report.annual.empty.partners": ("No active partners.", "暂无合作中的企业。"),
        "report.annual.empty.majors": ("No majors recorded.", "尚未登记专业。"),
    }
)

#: Partners listed under "Partners by cooperation depth".
TOP_PARTNERS = 20


def partners(words: Words, f: Facts) -> list[Flowable]:
    st = styles(words.lang)
    total = f.now.partners
    sizes = [s.value for s in (SizeClass.MICRO, SizeClass.SMALL, SizeClass.MEDIUM, SizeClass.LARGE)]
    sizes.append(SizeClass.UNCLASSIFIED.value)
    by_size = f.now.partners_by_size
    size_rows: list[list[Cell]] = [
        [
            words.label(SizeClass, s),
            words.count(by_size.get(s, 0)),
            words.share(by_size.get(s, 0), total),
        ]
        for s in sizes
    ]
    industry = sorted(f.now.partners_by_industry.items(), key=lambda kv: (-kv[1], kv[0] or "~"))
    industry_rows: list[list[Cell]] = [
        [words.section(letter), words.count(n), words.share(n, total)] for letter, n in industry
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
        figures.figure(
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
        figures.figure(
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
_PARTNER_WIDTHS = (28, 179, 30, 26, 60, 55, 46, 44, 32)
_PARTNER_NUMERIC = (0, 2, 5, 6, 7, 8)


def _depth_legend(words: Words) -> Paragraph:
    levels = "  ·  ".join(f"{level} {depth_label(level, words.lang)}" for level in range(6))
    return Paragraph(
        escape(words("report.annual.depth_legend", levels=levels)), styles(words.lang).muted
    )


def deepest(words: Words, f: Facts) -> list[Flowable]:
    st = styles(words.lang)
    leading = annual_data.top_by_depth(f.partners, TOP_PARTNERS)
    distribution = annual_data.depth_distribution(f.partners)
    return [
        heading(words("report.annual.top"), st),
        Paragraph(
            escape(words("report.annual.top_note", n=len(leading), as_of=words.date(f.as_of))),
            st.body,
        ),
        figures.figure(
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
            [_partner_row(words, i, p) for i, p in enumerate(leading, start=1)],
            _PARTNER_WIDTHS,
            words("report.annual.empty.partners"),
            words,
            numeric=_PARTNER_NUMERIC,
        ),
    ]


def appendix(words: Words, f: Facts, year: int, today: date) -> list[Flowable]:
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
