"""Import templates: an empty sheet to fill in, with dropdowns, an example row and a guide.

The data sheet has the kind's import headers in the chosen language (required ones marked with
``*``, which the import ignores), an example row in grey, and a dropdown on every column with a
closed list (status, kind, industry section, yes/no …; the lists live on a hidden sheet). A
second sheet explains each column: whether it is required, what it accepts, the other headers
that are understood, and the example. The import skips the example row if it is left in.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any, Final

import openpyxl
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet.datavalidation import DataValidation

from liaison.excel.cells import cell_type, closed_list, fit_widths, list_separator, yes_no
from liaison.excel.columns import PARTNERS, Column, SheetSpec, sheet_spec
from liaison.excel.files import replacing
from liaison.excel.writing import HEADER_ALIGNMENT, HEADER_BORDER, HEADER_FILL, HEADER_FONT
from liaison.i18n import Catalog, language
from liaison.rules import industry, uscc
from liaison.services.fields import Field, Kind

_ = Catalog(
    {
        "template.guide": ("Columns", "列说明"),
        "template.lists": ("Lists", "选项"),
        "template.g.column": ("Column", "列标题"),
        "template.g.required": ("Required", "必填"),
        "template.g.accepts": ("What to enter", "填写说明"),
        "template.g.aliases": ("Also understood", "也可使用的列标题"),
        "template.g.example": ("Example", "示例"),
        "template.note": (
            "Row 2 is an example and is skipped on import; replace it or leave it. Columns "
            "marked * are required. Headers may also be written in the other language.",
            "第 2 行为示例，导入时会被跳过，可替换或保留。标 * 的列为必填。列标题也可用英文。",
        ),
        "template.a.text": ("Text, at most {limit} characters.", "文字，最多 {limit} 个字符。"),
        "template.a.text_free": ("Text.", "文字。"),
        "template.a.longtext": ("Text; line breaks are kept.", "文字，可换行。"),
        "template.a.uscc": (
            "The 18-character unified social credit code; spaces, lower case and full-width "
            "characters are accepted.",
            "18 位统一社会信用代码；可含空格、小写或全角字符。",
        ),
        "template.a.int": (
            "A whole number, e.g. 35 (“35人” also works).",
            "整数，如 35（也可写“35人”）。",
        ),
        "template.a.wan": (
            "An amount in 10k CNY (万元), e.g. 1,200.5; “5万元” or “3000元” also work.",
            "金额，单位万元，如 1,200.5；也可写“5万元”或“3000元”。",
        ),
        "template.a.yuan": (
            "An amount in CNY (元), e.g. 3,500; “0.5万元” also works.",
            "金额，单位元，如 3,500；也可写“0.5万元”。",
        ),
        "template.a.date": (
            "A date: 2026-03-01, 2026/3/1, 2026.3.1, 2026年3月1日, or an Excel date.",
            "日期：2026-03-01、2026/3/1、2026.3.1、2026年3月1日，或 Excel 日期。",
        ),
        "template.a.bool": ("Yes or no (是/否, √/× also work).", "是或否（也可写 yes/no、√/×）。"),
        "template.a.choice": ("One of: {choices}.", "以下之一：{choices}。"),
        "template.a.themes": (
            "One or more of: {choices}, separated by 、 or a comma.",
            "以下一项或多项：{choices}，用“、”或逗号分隔。",
        ),
        "template.a.industry": (
            "The section letter A–T or its name (see the dropdown).",
            "门类字母 A–T 或门类名称（见下拉列表）。",
        ),
        "template.a.enterprise": (
            "The name or credit code of an enterprise already in Liaison.",
            "Liaison 中已有企业的名称或统一社会信用代码。",
        ),
        "template.a.contact": (
            "The name of a contact of the row's enterprise.",
            "本行所属企业的联系人姓名。",
        ),
        "template.a.major": (
            "The name of a major; a major not yet in Liaison is added.",
            "专业名称；Liaison 中没有的专业会自动添加。",
        ),
        "template.a.student": (
            "The student number of a student already in Liaison.",
            "Liaison 中已有学生的学号。",
        ),
        "template.a.agreement": (
            "The number of an agreement already in Liaison (or in this file, for a renewal).",
            "Liaison 中已有协议的编号（续签时也可为本文件中的协议）。",
        ),
        "template.a.project": (
            "The code of a project already in Liaison, or its title when it has no code.",
            "Liaison 中已有项目的编号；项目无编号时填项目名称。",
        ),
        "template.a.partners": (
            "Names or credit codes of partner enterprises, the lead partner first, separated "
            "by 、 or a comma.",
            "合作企业的名称或统一社会信用代码，牵头企业在前，用“、”或逗号分隔。",
        ),
        "template.dropdown_title": ("Choose from the list", "请从列表中选择"),
        "template.dropdown_error": (
            "This value is not in the list. Liaison also accepts the other language's labels.",
            "该值不在列表中。Liaison 也接受英文选项。",
        ),
    }
)

#: Rows below the header that get the dropdowns.
VALIDATED_ROWS: Final = 5000

_EXAMPLE_FIRM: Final = ("Example Precision Machinery Co., Ltd.", "示例精工机械有限公司")
_EXAMPLE_AGREEMENT: Final = "EXAMPLE-2026-001"
_EXAMPLE_STUDENT: Final = "EXAMPLE-01"
_EXAMPLE_PROJECT: Final = ("Example: remote maintenance of CNC machines", "示例：数控机床远程运维")
_EXAMPLE_CONTACT: Final = ("Wang Example", "王示例")
_EXAMPLE_PROJECT_CODE: Final = "EXAMPLE-HX-001"
_EXAMPLE_MAJOR: Final = ("Example major", "示例专业")

# Example values by kind and field: plain values, or (English, Chinese) pairs of text.
EXAMPLES: Final[dict[str, dict[str, Any]]] = {
    "enterprises": {
        "name": _EXAMPLE_FIRM,
        "uscc": "91350100M000100Y43",  # the standard's worked example
        "industry_section": "C",
        "employees": 35,
        "revenue_fen": 800_000_000,
        "assets_fen": 1_200_000_000,
        "city": ("Suzhou", "苏州"),
        "address": ("88 Industrial Park Road", "工业园区星湖街 88 号"),
        "status": "active",
        "tags": ("smart manufacturing", "智能制造"),
    },
    "contacts": {
        "enterprise_id": _EXAMPLE_FIRM,
        "name": _EXAMPLE_CONTACT,
        "title": ("HR manager", "人事经理"),
        "mobile": "13800001111",
        "email": "wm@example.cn",
        "is_primary": True,
    },
    "visits": {
        "enterprise_id": _EXAMPLE_FIRM,
        "contact_id": _EXAMPLE_CONTACT,
        "kind": "visit",
        "occurred_on": date(2026, 3, 1),
        "summary": ("Talked about an order class", "走访洽谈订单班"),
        "follow_up_action": ("Send the draft agreement", "寄送协议草稿"),
        "follow_up_due": date(2026, 3, 15),
    },
    "majors": {
        "code": "EX0001",
        "name": _EXAMPLE_MAJOR,
        "department": ("Example school", "示例学院"),
    },
    "students": {
        "student_no": _EXAMPLE_STUDENT,
        "name": ("Li Example", "李示例"),
        "major_id": _EXAMPLE_MAJOR,
        "cohort": 2023,
        "class_name": ("Mechatronics 2301", "机电2301"),
        "graduation_year": 2026,
    },
    "agreements": {
        "number": _EXAMPLE_AGREEMENT,
        "kind": "order_class",
        "enterprise_id": _EXAMPLE_FIRM,
        "status": "signed",
        "start_date": date(2026, 3, 1),
        "end_date": date(2027, 2, 28),
        "themes": "innovation,green",
        "planned_students": 20,
        "monthly_pay_fen": 350_000,
    },
    "placements": {
        "agreement_id": _EXAMPLE_AGREEMENT,
        "student_id": _EXAMPLE_STUDENT,
        "post": ("Equipment technician", "设备调试员"),
        "enterprise_mentor_id": _EXAMPLE_CONTACT,
        "start_date": date(2026, 3, 1),
        "end_date": date(2026, 8, 31),
        "status": "planned",
    },
    "projects": {
        "code": _EXAMPLE_PROJECT_CODE,
        "title": _EXAMPLE_PROJECT,
        "kind": "technical_service",
        "status": "contracted",
        "lead_teacher": ("Chen Jing", "陈静"),
        "contract_value_fen": 35_500_000,
        "themes": "innovation",
        "start_date": date(2026, 1, 10),
        "partners": _EXAMPLE_FIRM,
    },
    "milestones": {
        "project_id": _EXAMPLE_PROJECT_CODE,
        "title": ("Requirements study", "需求调研"),
        "due_date": date(2026, 4, 30),
    },
    "payments": {
        "project_id": _EXAMPLE_PROJECT_CODE,
        "received_on": date(2026, 5, 20),
        "amount_fen": 12_500_000,
        "reference": "2026-0520-01",
    },
    "outcomes": {
        "project_id": _EXAMPLE_PROJECT_CODE,
        "kind": "software_copyright",
        "title": ("Maintenance platform V1.0", "运维平台V1.0"),
        "identifier": "2026SR0123456",
    },
    "employment": {
        "student_id": _EXAMPLE_STUDENT,
        "enterprise_id": _EXAMPLE_FIRM,
        "hired_on": date(2026, 7, 1),
        "position": ("Equipment technician", "设备调试员"),
        "related_field": True,
    },
    "training": {
        "enterprise_id": _EXAMPLE_FIRM,
        "held_on": date(2026, 6, 10),
        "topic": ("PLC programming", "PLC 编程"),
        "participants": 25,
        "hours": 16,
    },
}


def _pick(value: Any, lang: str) -> Any:
    if isinstance(value, tuple):
        return value[1] if lang == "zh_CN" else value[0]
    return value


def example_row(spec: SheetSpec, lang: str | None = None) -> list[Any]:
    """The example row of ``spec``'s template as cell values, one per import column."""
    lang = lang or language()
    values = EXAMPLES.get(spec.kind, {})
    row: list[Any] = []
    for column in spec.columns:
        value = _pick(values.get(column.name), lang)
        if column.target is None and value is not None:
            value = cell_type(column.field, lang).convert(value)
        row.append(value)
    return row


def accepts(column: Column, lang: str | None = None) -> str:
    """What the column accepts, in words."""
    spec = column.field
    if column.many:
        return _("template.a.partners", lang)
    if column.target is not None:
        return _(f"template.a.{column.target.value}", lang)
    if spec.parser is uscc.validate:
        return _("template.a.uscc", lang)
    if spec.parser is industry.parse_section:
        return _("template.a.industry", lang)
    choices = closed_list(spec)
    if choices is not None and spec.kind in (Kind.CHOICE, Kind.THEMES):
        # Labels may hold "、" themselves (农、林、牧、渔业), so they are listed with slashes.
        names = " / ".join(c.label(lang) for c in choices)
        key = "template.a.themes" if spec.kind is Kind.THEMES else "template.a.choice"
        return _(key, lang, choices=names)
    simple = {
        Kind.LONGTEXT: "template.a.longtext",
        Kind.INT: "template.a.int",
        Kind.MONEY_WAN: "template.a.wan",
        Kind.MONEY_YUAN: "template.a.yuan",
        Kind.DATE: "template.a.date",
        Kind.BOOL: "template.a.bool",
    }
    if spec.kind in simple:
        return _(simple[spec.kind], lang)
    if spec.max_length is not None:
        return _("template.a.text", lang, limit=spec.max_length)
    return _("template.a.text_free", lang)


def _required(column: Column) -> bool:
    return column.field.required and column.field is not PARTNERS


def write_template(kind: str, path: Path, *, lang: str | None = None) -> Path:
    """Write the import template of ``kind`` to ``path`` (KeyError for an unknown kind)."""
    lang = lang or language()
    spec = sheet_spec(kind)
    book = openpyxl.Workbook()
    data = book.active
    data.title = spec.title(lang)
    headers = [c.header(lang) + ("*" if _required(c) else "") for c in spec.columns]
    example = example_row(spec, lang)
    for index, text in enumerate(headers, start=1):
        cell = data.cell(row=1, column=index, value=text)
        cell.font, cell.fill, cell.border = HEADER_FONT, HEADER_FILL, HEADER_BORDER
        cell.alignment = HEADER_ALIGNMENT
    grey = Font(italic=True, color="808080")
    for index, (column, value) in enumerate(zip(spec.columns, example, strict=True), start=1):
        cell = data.cell(row=2, column=index, value=value)
        cell.font = grey
        number_format = cell_type(column.field, lang).number_format
        if number_format is not None:
            cell.number_format = number_format
        if isinstance(value, str):
            cell.data_type = "s"
    for index, width in enumerate(fit_widths(headers, [example]), start=1):
        data.column_dimensions[get_column_letter(index)].width = width
    data.freeze_panes = "A2"
    _add_dropdowns(book, data, spec, lang)
    _add_guide(book, spec, headers, example, lang)
    with replacing(path) as temporary:
        book.save(temporary)
    return Path(path)


def _add_dropdowns(book: Any, data: Any, spec: SheetSpec, lang: str) -> None:
    lists = book.create_sheet(_("template.lists", lang))
    lists.sheet_state = "hidden"
    used = 0
    for index, column in enumerate(spec.columns, start=1):
        if column.target is not None:
            continue
        choices = closed_list(column.field)
        if choices is None:
            continue
        used += 1
        letter = get_column_letter(used)
        lists.cell(row=1, column=used, value=column.header(lang))
        for row, choice in enumerate(choices, start=2):
            lists.cell(row=row, column=used, value=choice.label(lang))
        source = f"{quote_sheetname(lists.title)}!${letter}$2:${letter}${len(choices) + 1}"
        # A warning, not a stop: the import also takes the other language's labels, and a
        # themes cell may hold several.
        validation = DataValidation(
            type="list",
            formula1=f"={source}",
            allow_blank=True,
            errorStyle="warning",
            showErrorMessage=column.field.kind is not Kind.THEMES,
            errorTitle=_("template.dropdown_title", lang),
            error=_("template.dropdown_error", lang),
        )
        target = get_column_letter(index)
        validation.add(f"{target}2:{target}{VALIDATED_ROWS + 1}")
        data.add_data_validation(validation)


def _aliases(field: Field, lang: str) -> str:
    shown = field.label_en if lang == "zh_CN" else field.label_zh
    return list_separator(lang).join([shown, *field.aliases])


def _add_guide(
    book: Any, spec: SheetSpec, headers: list[str], example: list[Any], lang: str
) -> None:
    guide = book.create_sheet(_("template.guide", lang), 1)
    titles = [
        _(k, lang)
        for k in (
            "template.g.column",
            "template.g.required",
            "template.g.accepts",
            "template.g.aliases",
            "template.g.example",
        )
    ]
    guide.append(titles)
    for cell in guide[1]:
        cell.font, cell.fill, cell.border = HEADER_FONT, HEADER_FILL, HEADER_BORDER
    yes, no = yes_no(True, lang), yes_no(False, lang)
    rows: list[list[Any]] = []
    for column, header, value in zip(spec.columns, headers, example, strict=True):
        shown = value.isoformat() if isinstance(value, date) else value
        rows.append(
            [
                header,
                yes if _required(column) else no,
                accepts(column, lang),
                _aliases(column.field, lang),
                shown,
            ]
        )
    for row in rows:
        guide.append(row)
        for cell in guide[guide.max_row]:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            if isinstance(cell.value, str):
                cell.data_type = "s"
    guide.append([])
    guide.append([_("template.note", lang)])
    widths = fit_widths(titles, [[*r[:2], None, None, *r[4:]] for r in rows])
    widths[2] = widths[3] = 50.0
    for index, width in enumerate(widths, start=1):
        guide.column_dimensions[get_column_letter(index)].width = width
    guide.freeze_panes = "A2"
