"""Enterprise size classification (企业规模划型).

Two rule sets: the Chinese one of 工信部联企业〔2011〕300号 (also used by the NBS 2017 statistical
rules), which sorts firms by sizing category with thresholds in persons and 万元, and the EU
Recommendation 2003/361. A third "rule", ``manual``, records an officer's override and its reason.

A figure a rule needs but that is missing never becomes a guess: the firm is then not classified,
and :attr:`Sizing.missing` says which figure would settle it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from decimal import Decimal
from enum import StrEnum
from typing import Final

from liaison.enums import Labelled, SizeClass
from liaison.errors import ValidationError
from liaison.i18n import Catalog, normalise_language, text
from liaison.rules.industry import parse_section

RULE_CN_2011: Final = "CN-2011"
RULE_EU_2003: Final = "EU-2003"
RULE_MANUAL: Final = "manual"

FEN_PER_WAN: Final = 1_000_000  # 1 万元 = 10,000 元 = 1,000,000 fen


class Category(Labelled):
    """The sixteen sizing categories (行业) of the 2011 rules."""

    AGRICULTURE = "agriculture"
    INDUSTRY = "industry"
    CONSTRUCTION = "construction"
    WHOLESALE = "wholesale"
    RETAIL = "retail"
    TRANSPORT = "transport"
    WAREHOUSING = "warehousing"
    POSTAL = "postal"
    ACCOMMODATION = "accommodation"
    CATERING = "catering"
    INFORMATION_TRANSMISSION = "information_transmission"
    SOFTWARE_IT = "software_it"
    REAL_ESTATE_DEVELOPMENT = "real_estate_development"
    PROPERTY_MANAGEMENT = "property_management"
    LEASING_BUSINESS = "leasing_business"
    OTHER = "other"

    @classmethod
    def _labels(cls) -> dict[str, tuple[str, str]]:
        return _CATEGORY_LABELS


_CATEGORY_LABELS: Final = {
    "agriculture": ("Agriculture, forestry, husbandry and fishery", "农、林、牧、渔业"),
    "industry": ("Industry", "工业"),
    "construction": ("Construction", "建筑业"),
    "wholesale": ("Wholesale", "批发业"),
    "retail": ("Retail", "零售业"),
    "transport": ("Transport", "交通运输业"),
    "warehousing": ("Warehousing", "仓储业"),
    "postal": ("Postal services", "邮政业"),
    "accommodation": ("Accommodation", "住宿业"),
    "catering": ("Catering", "餐饮业"),
    "information_transmission": ("Information transmission", "信息传输业"),
    "software_it": ("Software and IT services", "软件和信息技术服务业"),
    "real_estate_development": ("Real-estate development", "房地产开发经营"),
    "property_management": ("Property management", "物业管理"),
    "leasing_business": ("Leasing and business services", "租赁和商务服务业"),
    "other": ("Other, not listed", "其他未列明行业"),
}


class Figure(StrEnum):
    """A firm's figures, named like the arguments that carry them."""

    EMPLOYEES = "employees"
    REVENUE = "revenue_fen"
    ASSETS = "assets_fen"
    TURNOVER_EUR = "turnover_eur"
    BALANCE_SHEET_EUR = "balance_sheet_eur"


_STAFF, _REVENUE, _ASSETS = Figure.EMPLOYEES, Figure.REVENUE, Figure.ASSETS


@dataclass(frozen=True)
class Thresholds:
    """One row of the 2011 table: staff in persons, money in 万元, in the order of ``figures``.

    Large: at or above every ceiling. Medium: at or above every medium floor. Small: at or above
    every small floor. Micro: anything else.
    """

    figures: tuple[Figure, ...]
    ceiling: tuple[int, ...]
    medium: tuple[int, ...]
    small: tuple[int, ...]


_T = Thresholds
THRESHOLDS_2011: Final[Mapping[Category, Thresholds]] = {
    Category.AGRICULTURE: _T((_REVENUE,), (20000,), (500,), (50,)),
    Category.INDUSTRY: _T((_STAFF, _REVENUE), (1000, 40000), (300, 2000), (20, 300)),
    Category.CONSTRUCTION: _T((_REVENUE, _ASSETS), (80000, 80000), (6000, 5000), (300, 300)),
    Category.WHOLESALE: _T((_STAFF, _REVENUE), (200, 40000), (20, 5000), (5, 1000)),
    Category.RETAIL: _T((_STAFF, _REVENUE), (300, 20000), (50, 500), (10, 100)),
    Category.TRANSPORT: _T((_STAFF, _REVENUE), (1000, 30000), (300, 3000), (20, 200)),
    Category.WAREHOUSING: _T((_STAFF, _REVENUE), (200, 30000), (100, 1000), (20, 100)),
    Category.POSTAL: _T((_STAFF, _REVENUE), (1000, 30000), (300, 2000), (20, 100)),
    Category.ACCOMMODATION: _T((_STAFF, _REVENUE), (300, 10000), (100, 2000), (10, 100)),
    Category.CATERING: _T((_STAFF, _REVENUE), (300, 10000), (100, 2000), (10, 100)),
    Category.INFORMATION_TRANSMISSION: _T(
        (_STAFF, _REVENUE), (2000, 100000), (100, 1000), (10, 100)
    ),
    Category.SOFTWARE_IT: _T((_STAFF, _REVENUE), (300, 10000), (100, 1000), (10, 50)),
    Category.REAL_ESTATE_DEVELOPMENT: _T(
        (_REVENUE, _ASSETS), (200000, 10000), (1000, 5000), (100, 2000)
    ),
    Category.PROPERTY_MANAGEMENT: _T((_STAFF, _REVENUE), (1000, 5000), (300, 1000), (100, 500)),
    Category.LEASING_BUSINESS: _T((_STAFF, _ASSETS), (300, 120000), (100, 8000), (10, 100)),
    Category.OTHER: _T((_STAFF,), (300,), (100,), (10,)),
}

# Split sections list their finer categories, the default first. K also offers OTHER because the
# 2011 rules name only development (701) and property management (702); agency, letting and the
# rest of K fall under "other, not listed".
_SECTION_CATEGORIES: Final[Mapping[str, tuple[Category, ...]]] = {
    "A": (Category.AGRICULTURE,),
    "B": (Category.INDUSTRY,),
    "C": (Category.INDUSTRY,),
    "D": (Category.INDUSTRY,),
    "E": (Category.CONSTRUCTION,),
    "F": (Category.WHOLESALE, Category.RETAIL),
    "G": (Category.TRANSPORT, Category.WAREHOUSING, Category.POSTAL),
    "H": (Category.ACCOMMODATION, Category.CATERING),
    "I": (Category.INFORMATION_TRANSMISSION, Category.SOFTWARE_IT),
    "J": (),
    "K": (Category.REAL_ESTATE_DEVELOPMENT, Category.PROPERTY_MANAGEMENT, Category.OTHER),
    "L": (Category.LEASING_BUSINESS,),
    "M": (Category.OTHER,),
    "N": (Category.OTHER,),
    "O": (Category.OTHER,),
    "P": (Category.OTHER,),
    "Q": (Category.OTHER,),
    "R": (Category.OTHER,),
    "S": (),
    "T": (),
}

_EUR_MILLION: Final = Decimal(1_000_000)
# EU 2003/361 tiers, smallest first: (class, staff below, turnover at most, balance sheet at most).
EU_TIERS_2003: Final = (
    (SizeClass.MICRO, 10, 2 * _EUR_MILLION, 2 * _EUR_MILLION),
    (SizeClass.SMALL, 50, 10 * _EUR_MILLION, 10 * _EUR_MILLION),
    (SizeClass.MEDIUM, 250, 50 * _EUR_MILLION, 43 * _EUR_MILLION),
)

_ = Catalog(
    {
        "sizing.negative": ("Must not be negative (got {value})", "不能为负数（当前为 {value}）"),
        "sizing.reason_required": (
            "Give a reason for setting the size by hand",
            "人工认定企业规模时须填写理由",
        ),
        "sizing.fig.employees": ("{value} staff", "从业人员 {value} 人"),
        "sizing.fig.revenue_fen": ("revenue {value} 万元", "营业收入 {value} 万元"),
        "sizing.fig.assets_fen": ("total assets {value} 万元", "资产总额 {value} 万元"),
        "sizing.fig.turnover_eur": ("turnover €{value}", "营业额 {value} 欧元"),
        "sizing.fig.balance_sheet_eur": ("balance sheet €{value}", "资产负债表总额 {value} 欧元"),
        "sizing.name.employees": ("staff", "从业人员"),
        "sizing.name.revenue_fen": ("revenue", "营业收入"),
        "sizing.name.assets_fen": ("total assets", "资产总额"),
        "sizing.name.turnover_eur": ("turnover", "营业额"),
        "sizing.name.balance_sheet_eur": ("balance sheet", "资产负债表总额"),
        "sizing.separator": (", ", "，"),
        "sizing.list_separator": (", ", "、"),
        "sizing.or": (" or ", "或"),
        "sizing.scope_cn": ("{category}, 2011 rules", "{category}，2011 年标准"),
        "sizing.scope_eu": ("EU Recommendation 2003/361", "欧盟 2003/361 号建议"),
        "sizing.classified": ("{size}: {figures} ({scope})", "{size}：{figures}（{scope}）"),
        "sizing.missing": (
            "{size}: missing {missing} ({scope})",
            "{size}：缺少{missing}（{scope}）",
        ),
        "sizing.no_category": (
            "{size}: no sizing category; the 2011 rules do not cover finance (J),"
            " public administration (S) or international organisations (T)",
            "{size}：未确定划型行业；2011 年标准不适用于金融业（J）、公共管理（S）和国际组织（T）",
        ),
        "sizing.manual": ("{size}: set by hand ({reason})", "{size}：人工认定（{reason}）"),
    }
)


@dataclass(frozen=True)
class Sizing:
    """A firm's size, the rule that gave it, and the figures it was given (echoed as received).

    ``missing`` names the figures whose absence left the firm unclassified; ``reason`` is set
    only for a manual override.
    """

    size_class: SizeClass
    rule: str
    category: Category | None = None
    employees: int | None = None
    revenue_fen: int | None = None
    assets_fen: int | None = None
    turnover_eur: Decimal | None = None
    balance_sheet_eur: Decimal | None = None
    missing: tuple[Figure, ...] = ()
    reason: str | None = None

    def explain(self, lang: str | None = None) -> str:
        """One line saying what the size is and why, e.g. "Small: 35 staff, revenue 800 万元 …"."""
        lang = normalise_language(lang) if lang else None
        size = self.size_class.label(lang)
        if self.rule == RULE_MANUAL:
            return text("sizing.manual", lang, size=size, reason=self.reason)
        if self.rule == RULE_EU_2003:
            scope = text("sizing.scope_eu", lang)
        elif self.category is None:
            return text("sizing.no_category", lang, size=size)
        else:
            scope = text("sizing.scope_cn", lang, category=self.category.label(lang))
        if self.missing:
            # The 2011 rules need every missing figure; EU 2003/361 any one financial figure.
            eu = self.rule == RULE_EU_2003
            joiner = text("sizing.or" if eu else "sizing.list_separator", lang)
            missing = joiner.join(text(f"sizing.name.{f}", lang) for f in self.missing)
            return text("sizing.missing", lang, size=size, missing=missing, scope=scope)
        figures = text("sizing.separator", lang).join(
            text(f"sizing.fig.{f}", lang, value=self._shown(f)) for f in self._used()
        )
        return text("sizing.classified", lang, size=size, figures=figures, scope=scope)

    def _used(self) -> tuple[Figure, ...]:
        """The figures the rule looked at, which are the ones worth showing."""
        if self.rule == RULE_EU_2003:
            financial = (Figure.TURNOVER_EUR, Figure.BALANCE_SHEET_EUR)
            return (Figure.EMPLOYEES, *(f for f in financial if getattr(self, f) is not None))
        if self.category is None:
            return ()
        return THRESHOLDS_2011[self.category].figures

    def _shown(self, figure: Figure) -> str:
        value = getattr(self, figure)
        if figure in (Figure.REVENUE, Figure.ASSETS):
            # Exact 万元 without exponent or trailing zeros: 800, 812.5, 0.000001.
            return format((Decimal(value) / FEN_PER_WAN).normalize(), "f")
        if figure in (Figure.TURNOVER_EUR, Figure.BALANCE_SHEET_EUR):
            return f"{value:,}"
        return str(value)


def categories_for_section(section: str) -> list[Category]:
    """The sizing categories an industry section can take, its default first; [] if none."""
    return list(_SECTION_CATEGORIES[parse_section(section)])


def default_category(section: str) -> Category | None:
    """The category a firm of ``section`` is sized by until the officer picks a finer one."""
    categories = categories_for_section(section)
    return categories[0] if categories else None


def _reject_negative(**figures: int | Decimal | None) -> None:
    for name, value in figures.items():
        if value is not None and value < 0:
            raise ValidationError(name, "sizing.negative", value=value)


def classify(
    category: Category | None,
    employees: int | None,
    revenue_fen: int | None,
    assets_fen: int | None,
) -> Sizing:
    """Size a firm by the 2011 rules; money in fen, staff in persons."""
    _reject_negative(employees=employees, revenue_fen=revenue_fen, assets_fen=assets_fen)
    unclassified = Sizing(
        SizeClass.UNCLASSIFIED, RULE_CN_2011, category, employees, revenue_fen, assets_fen
    )
    if category is None:
        return unclassified
    row = THRESHOLDS_2011[category]
    values = {_STAFF: employees, _REVENUE: revenue_fen, _ASSETS: assets_fen}
    missing = tuple(f for f in row.figures if values[f] is None)
    if missing:
        return replace(unclassified, missing=missing)
    # Thresholds are in persons or 万元; the figures in persons or fen.
    figures = [(values[f] or 0, 1 if f is _STAFF else FEN_PER_WAN) for f in row.figures]

    def meets(floors: tuple[int, ...]) -> bool:
        return all(v >= floor * unit for (v, unit), floor in zip(figures, floors, strict=True))

    if meets(row.ceiling):
        size = SizeClass.LARGE
    elif meets(row.medium):
        size = SizeClass.MEDIUM
    elif meets(row.small):
        size = SizeClass.SMALL
    else:
        size = SizeClass.MICRO
    return replace(unclassified, size_class=size)


def classify_eu(
    employees: int | None,
    turnover_eur: Decimal | None,
    balance_sheet_eur: Decimal | None,
) -> Sizing:
    """Size a firm by EU Recommendation 2003/361.

    A tier applies when staff is below its ceiling AND turnover or balance sheet is at most its
    ceiling. With one financial figure missing the firm is still classified when the other one
    settles it; otherwise it stays unclassified and ``missing`` names what would.
    """
    _reject_negative(
        employees=employees, turnover_eur=turnover_eur, balance_sheet_eur=balance_sheet_eur
    )
    result = Sizing(
        SizeClass.UNCLASSIFIED,
        RULE_EU_2003,
        employees=employees,
        turnover_eur=turnover_eur,
        balance_sheet_eur=balance_sheet_eur,
    )
    if employees is None:
        return replace(result, missing=(Figure.EMPLOYEES,))
    unknown = tuple(
        f
        for f, v in (
            (Figure.TURNOVER_EUR, turnover_eur),
            (Figure.BALANCE_SHEET_EUR, balance_sheet_eur),
        )
        if v is None
    )
    for size, staff_below, turnover_max, balance_max in EU_TIERS_2003:
        if employees >= staff_below:
            continue
        if (turnover_eur is not None and turnover_eur <= turnover_max) or (
            balance_sheet_eur is not None and balance_sheet_eur <= balance_max
        ):
            return replace(result, size_class=size)
        if unknown:
            # Over this tier's ceiling as far as known; a missing figure might not be. (Staff at
            # or above every tier's ceiling needs no financial figure: the loop ends in LARGE.)
            return replace(result, missing=unknown)
    return replace(result, size_class=SizeClass.LARGE)


def override(basis: Sizing | None, size_class: SizeClass, reason: str) -> Sizing:
    """The officer's own classification, stored with ``rule="manual"`` and the reason given.

    ``basis`` is the computed sizing being overridden, if any; its category and figures are kept
    so the record shows what the officer saw.
    """
    reason = reason.strip()
    if not reason:
        raise ValidationError("size_reason", "sizing.reason_required")
    base = basis or Sizing(SizeClass.UNCLASSIFIED, RULE_MANUAL)
    return replace(base, size_class=size_class, rule=RULE_MANUAL, missing=(), reason=reason)
