"""The indicators sheet of a full export: the college's cooperation figures for a period.

One row per figure (section, indicator, value), each value a typed cell: counts as integers,
amounts in 万元 as numbers formatted ``#,##0.00``, shares in per cent, dates as dates. Figures
broken down by a closed list (agreements by kind …) get one row per value. The definitions are
those of :mod:`liaison.indicators`.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import date
from decimal import Decimal
from typing import Any, Final

from openpyxl.cell import WriteOnlyCell
from openpyxl.utils import get_column_letter
from sqlalchemy.orm import Session

from liaison.enums import (
    AgreementKind,
    EnterpriseStatus,
    InteractionKind,
    Labelled,
    OutcomeKind,
    ProjectKind,
    SizeClass,
)
from liaison.excel.cells import DATE_FORMAT, MONEY_FORMAT, fit_widths, money
from liaison.excel.writing import HEADER_ALIGNMENT, HEADER_BORDER, HEADER_FILL, HEADER_FONT
from liaison.i18n import Catalog
from liaison.indicators import CollegeIndicators, college_indicators
from liaison.rules.industry import section_label
from liaison.services.fields import Kind

_ = Catalog(
    {
        "xind.title": ("Indicators", "合作指标"),
        "xind.section": ("Section", "类别"),
        "xind.indicator": ("Indicator", "指标"),
        "xind.value": ("Value", "数值"),
        "xind.unit": ("Unit", "单位"),
        "xind.s.period": ("Period", "统计期间"),
        "xind.s.partners": ("Partner enterprises", "合作企业"),
        "xind.s.vertical": ("Vertical integration", "纵向融合"),
        "xind.s.people": ("Educating people", "育人"),
        "xind.s.horizontal": ("Horizontal joint innovation", "横向联合创新"),
        "xind.s.contact": ("Contact", "联络"),
        "xind.start": ("From", "起始日期"),
        "xind.end": ("To", "截止日期"),
        "xind.by_status": ("Enterprises: {label}", "企业：{label}"),
        "xind.partners": ("Partner enterprises (active)", "合作企业（合作中）"),
        "xind.by_size": ("Partners: {label}", "合作企业：{label}"),
        "xind.by_industry": ("Partners in {label}", "合作企业：{label}"),
        "xind.no_industry": ("industry not given", "未填行业"),
        "xind.with_agreements": ("Partners with agreements in force", "有在执行协议的合作企业"),
        "xind.majors_share": ("Majors with partner enterprises", "有合作企业的专业占比"),
        "xind.agreements": ("Agreements in force", "在执行协议"),
        "xind.agreements_by_kind": ("Agreements in force: {label}", "在执行协议：{label}"),
        "xind.renewals": ("Renewal rate of agreements ending", "到期协议续签率"),
        "xind.students_placed": ("Students placed", "实习（岗位）学生"),
        "xind.student_months": ("Student-months of placement", "学生岗位月数"),
        "xind.apprentices": ("Apprentices", "学徒"),
        "xind.order_class": ("Order-class students", "订单班学生"),
        "xind.graduates": ("Graduates employed by partners", "合作企业录用毕业生"),
        "xind.related": ("… in a field related to their major", "其中专业相关"),
        "xind.retained_6m": ("Still employed at 6 months", "6个月在岗率"),
        "xind.retained_12m": ("Still employed at 12 months", "12个月在岗率"),
        "xind.trainings": ("Staff training sessions", "员工培训期数"),
        "xind.trained": ("Enterprise staff trained", "培训企业员工"),
        "xind.training_days": ("Training person-days", "培训人天"),
        "xind.projects": ("Joint projects", "合作项目"),
        "xind.projects_by_kind": ("Projects: {label}", "合作项目：{label}"),
        "xind.contract_value": ("Contract value of projects starting", "新签项目合同金额"),
        "xind.funds": ("Funds received", "到账经费"),
        "xind.outcomes": ("Outcomes", "成果"),
        "xind.outcomes_by_kind": ("Outcomes: {label}", "成果：{label}"),
        "xind.interactions": ("Contacts: {label}", "联络：{label}"),
        "xind.partner_visits": ("Field visits to partners", "走访合作企业"),
        "xind.visits_per_partner": ("Field visits per partner", "每家合作企业走访次数"),
        "xind.silent": (
            "Partners not contacted for 180 days or more",
            "180 天以上未联系的合作企业",
        ),
        "xind.u.wan": ("10k CNY", "万元"),
        "xind.u.percent": ("%", "%"),
        "xind.u.persons": ("persons", "人"),
        "xind.u.person_times": ("person-times", "人次"),
        "xind.u.person_days": ("person-days", "人天"),
        "xind.u.months": ("student-months", "人月"),
    }
)

_PERCENT: Final = "0.0"
_DECIMAL: Final = "0.00"

# (section key, indicator text, value, unit key, number format)
_Row = tuple[str, str, Any, str | None, str | None]


def _each(
    section: str, key: str, counts: Mapping[Any, int], order: type[Labelled], lang: str
) -> Iterator[_Row]:
    for member in order:
        yield (
            section,
            _(key, lang, label=member.label(lang)),
            counts.get(member.value, 0),
            None,
            None,
        )


def indicator_rows(ind: CollegeIndicators, lang: str) -> list[_Row]:
    """Every figure of ``ind`` as (section, indicator, value, unit, number format)."""
    rows: list[_Row] = [
        ("xind.s.period", _("xind.start", lang), ind.start, None, DATE_FORMAT),
        ("xind.s.period", _("xind.end", lang), ind.end, None, DATE_FORMAT),
    ]
    p = "xind.s.partners"
    rows += _each(p, "xind.by_status", ind.enterprises_by_status, EnterpriseStatus, lang)
    rows.append((p, _("xind.partners", lang), ind.partners, None, None))
    rows += _each(p, "xind.by_size", ind.partners_by_size, SizeClass, lang)
    for letter in sorted(ind.partners_by_industry, key=lambda s: (s is None, s or "")):
        label = section_label(letter, lang) if letter else _("xind.no_industry", lang)
        count = ind.partners_by_industry[letter]
        rows.append((p, _("xind.by_industry", lang, label=label), count, None, None))
    rows += [
        (p, _("xind.with_agreements", lang), ind.partners_with_agreements, None, None),
        (
            p,
            _("xind.majors_share", lang),
            ind.majors_with_partners.percent,
            "xind.u.percent",
            _PERCENT,
        ),
    ]
    v = "xind.s.vertical"
    rows.append((v, _("xind.agreements", lang), ind.agreements, None, None))
    rows += _each(v, "xind.agreements_by_kind", ind.agreements_by_kind, AgreementKind, lang)
    rows.append((v, _("xind.renewals", lang), ind.renewals.percent, "xind.u.percent", _PERCENT))
    e = "xind.s.people"
    rows += [
        (e, _("xind.students_placed", lang), ind.students_placed, "xind.u.persons", None),
        (e, _("xind.student_months", lang), ind.student_months, "xind.u.months", _DECIMAL),
        (e, _("xind.apprentices", lang), ind.apprentices, "xind.u.persons", None),
        (e, _("xind.order_class", lang), ind.order_class_students, "xind.u.persons", None),
        (e, _("xind.graduates", lang), ind.graduates_employed, "xind.u.persons", None),
        (e, _("xind.related", lang), ind.graduates_related_field, "xind.u.persons", None),
        (e, _("xind.retained_6m", lang), ind.retained_6m.percent, "xind.u.percent", _PERCENT),
        (e, _("xind.retained_12m", lang), ind.retained_12m.percent, "xind.u.percent", _PERCENT),
        (e, _("xind.trainings", lang), ind.training_sessions, None, None),
        (e, _("xind.trained", lang), ind.staff_trained, "xind.u.person_times", None),
        (
            e,
            _("xind.training_days", lang),
            ind.staff_training_days,
            "xind.u.person_days",
            _DECIMAL,
        ),
    ]
    h = "xind.s.horizontal"
    rows.append((h, _("xind.projects", lang), ind.projects, None, None))
    rows += _each(h, "xind.projects_by_kind", ind.projects_by_kind, ProjectKind, lang)
    rows += [
        (
            h,
            _("xind.contract_value", lang),
            money(ind.contract_value_fen, Kind.MONEY_WAN),
            "xind.u.wan",
            MONEY_FORMAT,
        ),
        (
            h,
            _("xind.funds", lang),
            money(ind.funds_received_fen, Kind.MONEY_WAN),
            "xind.u.wan",
            MONEY_FORMAT,
        ),
        (h, _("xind.outcomes", lang), ind.outcomes, None, None),
    ]
    rows += _each(h, "xind.outcomes_by_kind", ind.outcomes_by_kind, OutcomeKind, lang)
    c = "xind.s.contact"
    rows += _each(c, "xind.interactions", ind.interactions_by_kind, InteractionKind, lang)
    rows += [
        (c, _("xind.partner_visits", lang), ind.partner_visits, None, None),
        (c, _("xind.visits_per_partner", lang), ind.visits_per_partner, None, _DECIMAL),
        (c, _("xind.silent", lang), ind.partners_silent, None, None),
    ]
    return rows


def write_indicators(workbook: Any, session: Session, start: date, end: date, lang: str) -> int:
    """Add the indicators sheet for ``start`` … ``end`` to a write-only workbook; its rows."""
    rows = indicator_rows(college_indicators(session, start, end), lang)
    sheet = workbook.create_sheet(title=_("xind.title", lang))
    headers = [_(k, lang) for k in ("xind.section", "xind.indicator", "xind.value", "xind.unit")]
    shown = [
        [_(section, lang), text, value, _(unit, lang) if unit else None]
        for section, text, value, unit, _format in rows
    ]
    for index, width in enumerate(fit_widths(headers, shown), start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "A2"
    header_cells = []
    for text in headers:
        cell = WriteOnlyCell(sheet, value=text)
        cell.font, cell.fill, cell.border = HEADER_FONT, HEADER_FILL, HEADER_BORDER
        cell.alignment = HEADER_ALIGNMENT
        header_cells.append(cell)
    sheet.append(header_cells)
    for (_section, _text, value, _unit, number_format), values in zip(rows, shown, strict=True):
        if value is not None and number_format is not None:
            cell = WriteOnlyCell(sheet, value=value)
            cell.number_format = number_format
            values[2] = cell
        elif isinstance(value, Decimal) and value == value.to_integral_value():
            values[2] = int(value)
        sheet.append(values)
    sheet.auto_filter.ref = f"A1:D{len(rows) + 1}"
    return len(rows)
