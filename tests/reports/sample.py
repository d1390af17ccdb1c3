"""A sample document exercising every shared block, in English or Chinese."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from reportlab.platypus import Flowable, PageBreak, Paragraph

from liaison.reports import charts
from liaison.reports.forms import Party, ruled_lines, signature_block
from liaison.reports.styles import styles
from liaison.reports.tables import (
    KeyFigure,
    data_table,
    empty_section,
    field_table,
    key_figures,
)
from liaison.reports.template import DocumentInfo, contents, title_block
from liaison.reports.text import para

LONG_NAME = "Zhejiang" + "Precision" * 21 + "Ltd"  # 200 characters, no space to break at
MARKUP = "<b>&amp; A&B <x>"
ROWS = 300

TEXTS: dict[str, dict[str, Any]] = {
    "en": {
        "title": "Enterprise cooperation report",
        "period": "1 Jan 2025 – 31 Dec 2025",
        "college": "Hangzhou Vocational & Technical College",
        "figures": "Key figures",
        "placements": "Placements",
        "empty": "Joint projects",
        "none": "No joint projects in this period",
        "charts": "Charts",
        "sign": "Signatures",
        "notes": "Notes",
        "headers": ["No.", "Enterprise", "Major", "Students", "Funds (CNY)", "City"],
        "major": "Mechatronics",
        "city": "Hangzhou",
        "quarters": ["Q1", "Q2", "Q3", "Q4"],
        "majors": ["Mechatronics", "Software", "Logistics", "Accounting"],
        "parties": [
            ("Party A (college)", "Hangzhou Vocational & Technical College"),
            ("Party B (enterprise)", ""),
            ("Party C (student)", "Li Lei"),
        ],
        "fields": [
            ("Enterprise", "Acme <Tools> & Co."),
            ("USCC", "91350100M000100Y43"),
            ("Contact", None),
            ("Phone", "0571-8888 0000"),
        ],
        "cards": ["Partner firms", "Funds received", "Students placed", "Visits"],
    },
    "zh_CN": {
        "title": "校企合作报告",
        "period": "2025年1月1日至2025年12月31日",
        "college": "杭州职业技术学院",
        "figures": "主要指标",
        "placements": "学生安置情况",
        "empty": "联合项目",
        "none": "本期无联合项目",
        "charts": "图表",
        "sign": "签章",
        "notes": "备注",
        "headers": ["序号", "企业名称", "专业", "学生人数", "到账经费（元）", "所在城市"],
        "major": "机电一体化",
        "city": "杭州",
        "quarters": ["第一季度", "第二季度", "第三季度", "第四季度"],
        "majors": ["机电一体化技术", "软件技术", "现代物流管理", "大数据与会计"],
        "parties": [
            ("甲方（学校）", "杭州职业技术学院"),
            ("乙方（企业）", ""),
            ("丙方（学生）", "李雷"),
        ],
        "fields": [
            ("企业名称", "精工<工具>&有限公司"),
            ("统一社会信用代码", "91350100M000100Y43"),
            ("联系人", None),
            ("电话", "0571-8888 0000"),
        ],
        "cards": ["合作企业", "到账经费", "安置学生", "走访次数"],
    },
}


def info(lang: str, **changes: object) -> DocumentInfo:
    t = TEXTS[lang]
    base = DocumentInfo(
        title=str(t["title"]),
        period=str(t["period"]),
        college=str(t["college"]),
        lang=lang,
        author="Wang Fang",
        subject="Cooperation",
        keywords=("liaison", "report"),
        reference="HZ-2025-014",
        generated_on=dt.date(2026, 3, 1),
    )
    return DocumentInfo(**{**base.__dict__, **changes})


def rows(lang: str, count: int = ROWS) -> list[list[object]]:
    t = TEXTS[lang]
    out: list[list[object]] = []
    for i in range(1, count + 1):
        name = LONG_NAME if i == 5 else (MARKUP if i == 7 else f"{t['college'][:2]} Enterprise {i}")
        out.append([i, name, t["major"], i % 40, f"{i * 1234:,}.00", t["city"]])
    return out


def story(lang: str, *, with_contents: bool = False, table_rows: int = ROWS) -> list[Flowable]:
    t = TEXTS[lang]
    st = styles(lang)
    doc = info(lang)
    out: list[Flowable] = [*title_block(doc)]
    if with_contents:
        out += [*contents(lang), PageBreak()]
    out.append(Paragraph(str(t["figures"]), st.h1))
    out.append(
        key_figures(
            [
                KeyFigure(t["cards"][0], "128", current=128, previous=110),
                KeyFigure(t["cards"][1], "1,234.56", "万元", Decimal("1234.56"), Decimal("1400")),
                KeyFigure(t["cards"][2], "342", current=342, previous=342),
                KeyFigure(t["cards"][3], "57", current=57, previous=0),
            ],
            compare_label="vs 2024" if lang == "en" else "较上年",
            lang=lang,
        )
    )
    out.append(field_table(t["fields"], fill_missing=True, lang=lang))
    out.append(Paragraph(str(t["placements"]), st.h1))
    out.append(para(f"{LONG_NAME} / {MARKUP}", st.body))
    out.append(
        data_table(
            t["headers"],
            rows(lang, table_rows),
            (1, 5, 3, 1.5, 2.5, 2),
            numeric_cols=(0, 3, 4),
            lang=lang,
        )
    )
    out.append(Paragraph(str(t["empty"]), st.h2))
    out.append(data_table(t["headers"], [], empty_text=str(t["none"]), lang=lang))
    out.append(empty_section(str(t["none"]), lang=lang))
    out.append(Paragraph(str(t["charts"]), st.h1))
    funds: list[int | Decimal] = [Decimal("12000.50"), 30500, 0, 18000]
    placed = [12, 30, 7, 19]
    out += [
        charts.figure(charts.bar_chart(t["quarters"], funds, lang=lang), "Figure 1", lang=lang),
        charts.figure(charts.horizontal_bar_chart(t["majors"], placed, lang=lang), "Figure 2"),
        charts.figure(charts.pie_chart(t["majors"], placed, donut=True, lang=lang), "Figure 3"),
        charts.line_chart(t["quarters"], {"2024": [3, 5, 4, 8], "2025": [4, 6, 9, 7]}, lang=lang),
        charts.bar_chart(t["quarters"], [0, 0, 0, 0], lang=lang),
    ]
    out.append(Paragraph(str(t["notes"]), st.h2))
    out.append(ruled_lines(6))
    out.append(Paragraph(str(t["sign"]), st.h1))
    out.append(
        signature_block(
            [Party(r, n, seal=i < 2) for i, (r, n) in enumerate(t["parties"])], lang=lang
        )
    )
    return out
