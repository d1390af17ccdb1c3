"""How the documents say things in one language: texts, dates, periods, money and labels.

A report is printed in the language asked for, whatever language the session speaks, so every
text goes through a :class:`Words` bound to that language rather than through the session's.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from liaison import i18n
from liaison.enums import Labelled
from liaison.i18n import Catalog, is_chinese
from liaison.reports import labels
from liaison.rules import industry, money, rounding
from liaison.rules.dates import format_date

_ = Catalog(
    {
        "report.period": ("{start} – {end}", "{start}至{end}"),
        "report.period_from": ("from {start}", "{start}起"),
        "report.period_until": ("until {end}", "至{end}"),
        "report.period_open": ("no fixed term", "不定期"),
        "report.yes": ("Yes", "是"),
        "report.no": ("No", "否"),
        "report.unknown": ("Unknown", "未知"),
        "report.list_separator": (", ", "、"),
        "report.year": ("{year}", "{year}年"),
        "report.quarter": ("Q{quarter} {year}", "{year}年第{quarter}季度"),
        "report.quarter_short": ("Q{quarter}", "第{quarter}季度"),
        "report.figure_caption": ("Figure {n}  {title}", "图 {n}  {title}"),
        "report.vs_year": ("vs {year}", "较{year}年"),
        "report.vs_previous": ("vs previous period", "较上期"),
        "report.unit.wan": ("10k CNY", "万元"),
        "report.no_major": ("No major", "未填专业"),
        "report.ind.agreements": ("Agreements in force", "在执行协议（份）"),
        "report.ind.students": ("Students placed", "实习安置学生（人）"),
        "report.ind.student_months": ("Student-months of placement", "实习人月"),
        "report.ind.apprentices": ("Apprentices", "现代学徒制学徒（人）"),
        "report.ind.order_class": ("Order-class students", "订单班学生（人）"),
        "report.ind.graduates": ("Graduates employed", "录用毕业生（人）"),
        "report.ind.related": ("… in a related field", "其中专业对口（人）"),
        "report.ind.trained": ("Staff trained (person-times)", "培训员工（人次）"),
        "report.ind.training_days": ("Staff training (person-days)", "培训员工（人日）"),
        "report.ind.projects": ("Joint projects", "合作项目（项）"),
        "report.ind.contract": ("Contract value (10k CNY)", "合同额（万元）"),
        "report.ind.funds": ("Funds received (10k CNY)", "到账经费（万元）"),
        "report.ind.outcomes": ("Outcomes", "项目成果（项）"),
        "report.ind.visits": ("Field visits", "走访（次）"),
        "report.ind.interactions": ("All contacts", "全部联系（次）"),
        "report.none_section": ("Not classified", "未划分"),
    }
)


class Words:
    """The texts and formats of one language (``en`` or ``zh_CN``)."""

    def __init__(self, lang: str | None) -> None:
        self.lang = labels.resolve(lang)
        self.chinese = is_chinese(self.lang)
        self._figures = 0

    def __call__(self, key: str, **params: object) -> str:
        return i18n.text(key, self.lang, **params)

    # --- dates ------------------------------------------------------------------------------

    def date(self, day: dt.date | None) -> str:
        """``1 Mar 2026`` / ``2026年3月1日``; nothing for no date."""
        return "" if day is None else format_date(day, self.lang)

    def period(self, start: dt.date | None, end: dt.date | None) -> str:
        """Both ends, one open end, or "no fixed term"."""
        if start is not None and end is not None:
            return self("report.period", start=self.date(start), end=self.date(end))
        if start is not None:
            return self("report.period_from", start=self.date(start))
        if end is not None:
            return self("report.period_until", end=self.date(end))
        return self("report.period_open")

    def quarter(self, year: int, quarter: int, *, with_year: bool = True) -> str:
        if with_year:
            return self("report.quarter", year=year, quarter=quarter)
        return self("report.quarter_short", quarter=quarter)

    # --- numbers and money ------------------------------------------------------------------

    @staticmethod
    def count(value: int | None) -> str:
        return "" if value is None else f"{value:,}"

    @staticmethod
    def decimal(value: Decimal | None, places: int = 2) -> str:
        return "" if value is None else money.format_number(value, places)

    @staticmethod
    def wan(fen: int | None) -> str:
        """An amount in 万元 as a bare figure for a column headed with its unit: ``1,200.50``."""
        return "" if fen is None else money.format_number(money.rounded_wan(fen), 2)

    def yuan(self, fen: int | None) -> str:
        """An amount in 元 with its unit: ``CNY 3,456.78`` / ``3,456.78 元``."""
        return "" if fen is None else money.format_yuan(fen, self.lang)

    def percent(self, value: Decimal | None) -> str:
        return "" if value is None else f"{value}%"

    def share(self, part: int, whole: int) -> str:
        """``part`` of ``whole`` in per cent, rounded half up like every printed figure: 6.3%;
        nothing when ``whole`` is zero."""
        return self.percent(rounding.percent(part, whole))

    # --- labels -----------------------------------------------------------------------------

    def label(self, kind: type[Labelled], value: str | None) -> str:
        """The label of a stored enum value; an unknown value prints as stored."""
        if value is None:
            return ""
        try:
            return kind(value).label(self.lang)
        except ValueError:
            return value

    def labels(self, kind: type[Labelled], values: str | None) -> str:
        """Labels of a comma-separated list of stored values (themes)."""
        parts = [v.strip() for v in (values or "").split(",") if v.strip()]
        return self("report.list_separator").join(self.label(kind, v) for v in parts)

    def section(self, letter: str | None, *, full: bool = True) -> str:
        """``C Manufacturing`` / ``C 制造业``; "Not classified" for none."""
        if not letter or letter not in industry.SECTIONS:
            return self("report.none_section") if letter is None else letter
        return industry.section_label(letter, self.lang) if full else letter

    def yes_no(self, flag: bool | None) -> str:
        if flag is None:
            return self("report.unknown")
        return self("report.yes" if flag else "report.no")

    def join(self, parts: list[str]) -> str:
        return self("report.list_separator").join(p for p in parts if p)

    def caption(self, title: str) -> str:
        """ "Figure n  title", numbered in the order the document asks for them."""
        self._figures += 1
        return self("report.figure_caption", n=self._figures, title=title)
