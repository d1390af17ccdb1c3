"""SME size classification: the 2011 table at every threshold, the EU rule, overrides."""

from __future__ import annotations

import dataclasses
from decimal import Decimal
from typing import Any

import pytest

from liaison.enums import SizeClass
from liaison.errors import ValidationError
from liaison.i18n import using
from liaison.rules.sizing import (
    RULE_CN_2011,
    RULE_EU_2003,
    RULE_MANUAL,
    THRESHOLDS_2011,
    Category,
    Figure,
    Sizing,
    categories_for_section,
    classify,
    classify_eu,
    default_category,
    override,
)

LARGE, MEDIUM, SMALL, MICRO = SizeClass.LARGE, SizeClass.MEDIUM, SizeClass.SMALL, SizeClass.MICRO
UNCLASSIFIED = SizeClass.UNCLASSIFIED
WAN = 1_000_000  # fen in 1 万元

# DOMAIN.md's table, typed in again: figures, SME ceiling, medium floors, small floors.
C = Category
DOMAIN_TABLE: dict[
    Category, tuple[tuple[str, ...], tuple[int, ...], tuple[int, ...], tuple[int, ...]]
] = {
    C.AGRICULTURE: (("revenue",), (20000,), (500,), (50,)),
    C.INDUSTRY: (("staff", "revenue"), (1000, 40000), (300, 2000), (20, 300)),
    C.CONSTRUCTION: (("revenue", "assets"), (80000, 80000), (6000, 5000), (300, 300)),
    C.WHOLESALE: (("staff", "revenue"), (200, 40000), (20, 5000), (5, 1000)),
    C.RETAIL: (("staff", "revenue"), (300, 20000), (50, 500), (10, 100)),
    C.TRANSPORT: (("staff", "revenue"), (1000, 30000), (300, 3000), (20, 200)),
    C.WAREHOUSING: (("staff", "revenue"), (200, 30000), (100, 1000), (20, 100)),
    C.POSTAL: (("staff", "revenue"), (1000, 30000), (300, 2000), (20, 100)),
    C.ACCOMMODATION: (("staff", "revenue"), (300, 10000), (100, 2000), (10, 100)),
    C.CATERING: (("staff", "revenue"), (300, 10000), (100, 2000), (10, 100)),
    C.INFORMATION_TRANSMISSION: (("staff", "revenue"), (2000, 100000), (100, 1000), (10, 100)),
    C.SOFTWARE_IT: (("staff", "revenue"), (300, 10000), (100, 1000), (10, 50)),
    C.REAL_ESTATE_DEVELOPMENT: (("revenue", "assets"), (200000, 10000), (1000, 5000), (100, 2000)),
    C.PROPERTY_MANAGEMENT: (("staff", "revenue"), (1000, 5000), (300, 1000), (100, 500)),
    C.LEASING_BUSINESS: (("staff", "assets"), (300, 120000), (100, 8000), (10, 100)),
    C.OTHER: (("staff",), (300,), (100,), (10,)),
}

_ARG = {"staff": "employees", "revenue": "revenue_fen", "assets": "assets_fen"}
_UNIT = {"staff": 1, "revenue": WAN, "assets": WAN}


def _args(values: dict[str, int]) -> dict[str, int | None]:
    """classify() keywords from figures in persons / 万元 (money may carry a fen offset)."""
    args: dict[str, int | None] = {"employees": None, "revenue_fen": None, "assets_fen": None}
    for name, value in values.items():
        args[_ARG[name]] = value
    return args


def _at(
    figures: tuple[str, ...], levels: tuple[int, ...], minus_one: str | None = None
) -> dict[str, int]:
    """Each figure exactly at its level; ``minus_one`` one unit below (1 person or 1 fen)."""
    return {
        f: level * _UNIT[f] - (1 if f == minus_one else 0)
        for f, level in zip(figures, levels, strict=True)
    }


def _boundary_cases() -> list[Any]:
    cases = []
    for category, (figures, ceiling, medium, small) in DOMAIN_TABLE.items():
        steps = [
            ("ceiling", ceiling, LARGE, MEDIUM),
            ("medium", medium, MEDIUM, SMALL),
            ("small", small, SMALL, MICRO),
        ]
        for name, levels, at, below in steps:
            cases.append(
                pytest.param(category, _at(figures, levels), at, id=f"{category}-{name}-at")
            )
            for f in figures:
                cases.append(
                    pytest.param(
                        category,
                        _at(figures, levels, minus_one=f),
                        below,
                        id=f"{category}-{name}-{f}-just-below",
                    )
                )
        cases.append(
            pytest.param(category, dict.fromkeys(figures, 0), MICRO, id=f"{category}-zero")
        )
        if len(figures) == 2:
            # SME when below EITHER ceiling: huge in one figure, tiny in the other is micro.
            for big, tiny in (figures, figures[::-1]):
                values = {big: ceiling[figures.index(big)] * 10 * _UNIT[big], tiny: 0}
                cases.append(
                    pytest.param(category, values, MICRO, id=f"{category}-{big}-huge-{tiny}-zero")
                )
    return cases


@pytest.mark.parametrize(("category", "values", "expected"), _boundary_cases())
def test_boundaries(category: Category, values: dict[str, int], expected: SizeClass) -> None:
    sizing = classify(category, **_args(values))
    assert sizing.size_class is expected
    assert (sizing.rule, sizing.category, sizing.missing) == (RULE_CN_2011, category, ())


@pytest.mark.parametrize(
    ("category", "staff", "revenue_wan", "assets_wan", "expected"),
    [
        (C.INDUSTRY, 35, 800, None, SMALL),
        (C.INDUSTRY, 1200, 50000, None, LARGE),
        (C.INDUSTRY, 1200, 39999, None, MEDIUM),  # below the revenue ceiling: an SME
        (C.INDUSTRY, 999, 100000, None, MEDIUM),
        (C.INDUSTRY, 1500, 100, None, MICRO),  # many staff, tiny revenue
        (C.INDUSTRY, 299, 30000, None, SMALL),
        (C.RETAIL, 60, 400, None, SMALL),
        (C.RETAIL, 9, 150, None, MICRO),
        (C.WHOLESALE, 4, 20000, None, MICRO),
        (C.SOFTWARE_IT, 12, 60, None, SMALL),
        (C.SOFTWARE_IT, 120, 1500, 1, MEDIUM),
        (C.CONSTRUCTION, 5000, 7000, 4999, SMALL),  # staff plays no part in construction
        (C.REAL_ESTATE_DEVELOPMENT, 1, 300000, 9000, MEDIUM),
        (C.REAL_ESTATE_DEVELOPMENT, 1, 150, 1999, MICRO),
        (C.LEASING_BUSINESS, 150, 999999, 9000, MEDIUM),  # revenue plays no part in leasing
        (C.AGRICULTURE, 5000, 499, 10**6, SMALL),
        (C.OTHER, 250, 10**6, 10**6, MEDIUM),
    ],
)
def test_worked_examples(
    category: Category, staff: int, revenue_wan: int, assets_wan: int | None, expected: SizeClass
) -> None:
    assets = None if assets_wan is None else assets_wan * WAN
    assert classify(category, staff, revenue_wan * WAN, assets).size_class is expected


def _missing_cases() -> list[Any]:
    cases = []
    for category, (figures, ceiling, _, _) in DOMAIN_TABLE.items():
        everything = dict.fromkeys(("staff", "revenue", "assets"), 0)
        for f in figures:
            values = _args(everything) | {_ARG[f]: None}
            cases.append(pytest.param(category, values, (_ARG[f],), id=f"{category}-no-{f}"))
        if len(figures) == 2:
            # Large in one figure does not make the other one optional.
            big = _at(figures[:1], ceiling[:1])
            values = _args(everything | big) | {_ARG[figures[1]]: None}
            cases.append(
                pytest.param(
                    category, values, (_ARG[figures[1]],), id=f"{category}-big-but-no-{figures[1]}"
                )
            )
        cases.append(
            pytest.param(
                category, _args({}), tuple(_ARG[f] for f in figures), id=f"{category}-nothing"
            )
        )
    return cases


@pytest.mark.parametrize(("category", "values", "missing"), _missing_cases())
def test_missing_figure_is_never_a_guess(
    category: Category, values: dict[str, int | None], missing: tuple[str, ...]
) -> None:
    sizing = classify(category, **values)
    assert sizing.size_class is UNCLASSIFIED
    assert sizing.missing == missing


@pytest.mark.parametrize(
    ("category", "unused"),
    [(c, f) for c, (figures, *_) in DOMAIN_TABLE.items() for f in _ARG if f not in figures],
)
def test_unused_figure_may_be_missing(category: Category, unused: str) -> None:
    _, ceiling, _, _ = DOMAIN_TABLE[category]
    values = _args(_at(DOMAIN_TABLE[category][0], ceiling)) | {_ARG[unused]: None}
    assert classify(category, **values).size_class is LARGE


def test_no_category_is_not_classified() -> None:
    sizing = classify(None, 5000, 10**9 * WAN, 10**9 * WAN)
    assert (sizing.size_class, sizing.category, sizing.missing) == (UNCLASSIFIED, None, ())
    assert sizing.employees == 5000  # the figures are still echoed


def test_inputs_are_echoed() -> None:
    sizing = classify(C.INDUSTRY, 35, 800 * WAN + 17, 123)
    assert (sizing.employees, sizing.revenue_fen, sizing.assets_fen) == (35, 800 * WAN + 17, 123)


@pytest.mark.parametrize(
    ("args", "field"),
    [
        ((-1, 0, 0), "employees"),
        ((0, -1, 0), "revenue_fen"),
        ((0, 0, -1), "assets_fen"),
        ((-5, None, None), "employees"),
    ],
)
def test_negative_figures_are_rejected(args: tuple[int | None, ...], field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        classify(C.OTHER, *args)
    assert caught.value.field == field
    assert "-" in caught.value.message("en")


def test_negative_figures_are_rejected_even_without_a_category() -> None:
    with pytest.raises(ValidationError):
        classify(None, -1, None, None)


def test_module_table_covers_all_sixteen_categories() -> None:
    assert len(Category) == 16
    assert set(THRESHOLDS_2011) == set(Category) == set(DOMAIN_TABLE)


@pytest.mark.parametrize("category", list(Category))
def test_category_labels_parse_back(category: Category) -> None:
    en, zh = category.label("en"), category.label("zh_CN")
    assert en and zh and en != zh
    assert not zh.isascii()
    for raw in (category.value, en, zh, en.upper()):
        assert Category.parse(raw) is category


def test_category_parse_unknown() -> None:
    assert Category.parse("banking") is None


@pytest.mark.parametrize(
    ("section", "categories"),
    [
        ("A", [C.AGRICULTURE]),
        ("B", [C.INDUSTRY]),
        ("C", [C.INDUSTRY]),
        ("D", [C.INDUSTRY]),
        ("E", [C.CONSTRUCTION]),
        ("F", [C.WHOLESALE, C.RETAIL]),
        ("G", [C.TRANSPORT, C.WAREHOUSING, C.POSTAL]),
        ("H", [C.ACCOMMODATION, C.CATERING]),
        ("I", [C.INFORMATION_TRANSMISSION, C.SOFTWARE_IT]),
        ("J", []),
        ("K", [C.REAL_ESTATE_DEVELOPMENT, C.PROPERTY_MANAGEMENT, C.OTHER]),
        ("L", [C.LEASING_BUSINESS]),
        ("M", [C.OTHER]),
        ("N", [C.OTHER]),
        ("O", [C.OTHER]),
        ("P", [C.OTHER]),
        ("Q", [C.OTHER]),
        ("R", [C.OTHER]),
        ("S", []),
        ("T", []),
    ],
)
def test_categories_for_section(section: str, categories: list[Category]) -> None:
    assert categories_for_section(section) == categories
    assert default_category(section) == (categories[0] if categories else None)


@pytest.mark.parametrize(
    ("raw", "default"), [("c", C.INDUSTRY), ("F 批发和零售业", C.WHOLESALE), ("金融业", None)]
)
def test_section_may_be_given_in_any_accepted_form(raw: str, default: Category | None) -> None:
    assert default_category(raw) is default


def test_unknown_section_is_rejected() -> None:
    with pytest.raises(ValidationError) as caught:
        default_category("Z")
    assert caught.value.field == "industry"


def test_every_category_is_reachable_from_some_section() -> None:
    reachable = {c for s in "ABCDEFGHIJKLMNOPQRST" for c in categories_for_section(s)}
    assert reachable == set(Category)


M = Decimal(1_000_000)


@pytest.mark.parametrize(
    ("staff", "turnover", "balance", "expected"),
    [
        (9, 2 * M, None, MICRO),
        (9, None, 2 * M, MICRO),
        (10, 2 * M, 2 * M, SMALL),  # staff 10 is not below 10
        (9, 2 * M + Decimal("0.01"), 2 * M, MICRO),  # balance sheet alone qualifies
        (9, 2 * M + Decimal("0.01"), 2 * M + Decimal("0.01"), SMALL),
        (49, 10 * M, 99 * M, SMALL),
        (50, 1, 1, MEDIUM),
        (49, 10 * M + 1, 10 * M + 1, MEDIUM),
        (249, 50 * M, 99 * M, MEDIUM),
        (249, 99 * M, 43 * M, MEDIUM),
        (249, 50 * M + 1, 43 * M + 1, LARGE),
        (250, 0, 0, LARGE),  # staff alone excludes
        (250, None, None, LARGE),
        (0, 0, None, MICRO),
    ],
)
def test_eu_rule(
    staff: int, turnover: Decimal | None, balance: Decimal | None, expected: SizeClass
) -> None:
    sizing = classify_eu(staff, turnover, balance)
    assert (sizing.size_class, sizing.rule, sizing.missing) == (expected, RULE_EU_2003, ())


@pytest.mark.parametrize(
    ("staff", "turnover", "balance", "missing"),
    [
        (None, M, M, (Figure.EMPLOYEES,)),
        (5, None, None, (Figure.TURNOVER_EUR, Figure.BALANCE_SHEET_EUR)),
        # Turnover over the micro ceiling; the unknown balance sheet might still be under it.
        (5, 3 * M, None, (Figure.BALANCE_SHEET_EUR,)),
        (40, None, 11 * M, (Figure.TURNOVER_EUR,)),
    ],
)
def test_eu_rule_does_not_guess(
    staff: int | None,
    turnover: Decimal | None,
    balance: Decimal | None,
    missing: tuple[Figure, ...],
) -> None:
    sizing = classify_eu(staff, turnover, balance)
    assert (sizing.size_class, sizing.missing) == (UNCLASSIFIED, missing)


@pytest.mark.parametrize(
    ("args", "field"),
    [
        ((-1, M, M), "employees"),
        ((1, Decimal("-0.01"), M), "turnover_eur"),
        ((1, M, Decimal(-1)), "balance_sheet_eur"),
    ],
)
def test_eu_rule_rejects_negative_figures(args: tuple[Any, ...], field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        classify_eu(*args)
    assert caught.value.field == field


@pytest.mark.parametrize(
    ("sizing", "en", "zh"),
    [
        (
            classify(C.INDUSTRY, 35, 800 * WAN, 99),
            "Small: 35 staff, revenue 800 万元 (Industry, 2011 rules)",
            "小型：从业人员 35 人，营业收入 800 万元（工业，2011 年标准）",
        ),
        (
            classify(C.CONSTRUCTION, 7, 812_500_000, 300 * WAN),
            "Small: revenue 812.5 万元, total assets 300 万元 (Construction, 2011 rules)",
            "小型：营业收入 812.5 万元，资产总额 300 万元（建筑业，2011 年标准）",
        ),
        (
            classify(C.OTHER, 1000, None, None),
            "Large: 1000 staff (Other, not listed, 2011 rules)",
            "大型：从业人员 1000 人（其他未列明行业，2011 年标准）",
        ),
        (
            classify(C.RETAIL, 12, None, None),
            "Not classified: missing revenue (Retail, 2011 rules)",
            "未划型：缺少营业收入（零售业，2011 年标准）",
        ),
        (
            classify(C.LEASING_BUSINESS, None, 5, None),
            "Not classified: missing staff, total assets"
            " (Leasing and business services, 2011 rules)",
            "未划型：缺少从业人员、资产总额（租赁和商务服务业，2011 年标准）",
        ),
        (
            classify(None, 12, 5, 5),
            "Not classified: no sizing category; the 2011 rules do not cover finance (J),"
            " public administration (S) or international organisations (T)",
            "未划型：未确定划型行业；2011 年标准不适用于金融业（J）、公共管理（S）和国际组织（T）",
        ),
        (
            classify_eu(30, Decimal(8_000_000), None),
            "Small: 30 staff, turnover €8,000,000 (EU Recommendation 2003/361)",
            "小型：从业人员 30 人，营业额 8,000,000 欧元（欧盟 2003/361 号建议）",
        ),
        (
            classify_eu(300, None, None),
            "Large: 300 staff (EU Recommendation 2003/361)",
            "大型：从业人员 300 人（欧盟 2003/361 号建议）",
        ),
        (
            classify_eu(30, None, None),
            "Not classified: missing turnover or balance sheet (EU Recommendation 2003/361)",
            "未划型：缺少营业额或资产负债表总额（欧盟 2003/361 号建议）",
        ),
        (
            override(classify(C.INDUSTRY, 35, None, None), MEDIUM, "  part of a listed group "),
            "Medium: set by hand (part of a listed group)",
            "中型：人工认定（part of a listed group）",
        ),
    ],
)
def test_explain(sizing: Sizing, en: str, zh: str) -> None:
    assert sizing.explain("en") == en
    assert sizing.explain("zh_CN") == zh
    assert sizing.explain("zh") == zh
    with using("zh_CN"):
        assert sizing.explain() == zh


def test_override_keeps_what_the_officer_saw() -> None:
    basis = classify(C.INDUSTRY, 35, None, None)
    manual = override(basis, SizeClass.MEDIUM, "Group subsidiary")
    assert (manual.size_class, manual.rule, manual.reason) == (
        MEDIUM,
        RULE_MANUAL,
        "Group subsidiary",
    )
    assert (manual.category, manual.employees, manual.missing) == (C.INDUSTRY, 35, ())
    assert basis.size_class is UNCLASSIFIED  # the computed sizing is untouched


def test_override_without_a_basis() -> None:
    manual = override(None, SizeClass.LARGE, "State-owned bank branch")
    assert (manual.size_class, manual.rule, manual.category, manual.employees) == (
        LARGE,
        RULE_MANUAL,
        None,
        None,
    )


@pytest.mark.parametrize("reason", ["", "   ", "\u3000\n"])
def test_override_needs_a_reason(reason: str) -> None:
    with pytest.raises(ValidationError) as caught:
        override(classify(C.OTHER, 5, None, None), SizeClass.SMALL, reason)
    assert caught.value.field == "size_reason"
    assert caught.value.message("zh_CN") == "人工认定企业规模时须填写理由"


def test_sizing_is_immutable() -> None:
    sizing = classify(C.OTHER, 5, None, None)
    with pytest.raises(dataclasses.FrozenInstanceError):
        sizing.size_class = LARGE  # type: ignore[misc]
