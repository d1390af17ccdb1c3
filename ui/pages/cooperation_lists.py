"""List specs for agreements, placements, projects, graduates employed and staff trained.

The enterprise record shows each of them for one firm (``fixed={"enterprise_id": …}``); the
areas of the same names can show them whole with the same specs.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Final

from PySide6.QtCore import QCoreApplication

from liaison import lists
from liaison.enums import (
    AgreementKind,
    AgreementStatus,
    PlacementStatus,
    ProjectKind,
    ProjectStatus,
)
from liaison.lists import AgreementRow, EmploymentRow, PlacementRow, ProjectRow, TrainingRow
from liaison.services.agreements import AGREEMENT_FIELDS, PLACEMENT_FIELDS
from liaison.services.people import EMPLOYMENT_FIELDS, TRAINING_FIELDS
from liaison.services.projects import PROJECT_FIELDS
from liaison.services.students import STUDENT_FIELDS
from ui.i18n import QT_TRANSLATE_NOOP
from ui.models.columns import Column, Format
from ui.pages.list_spec import AreaList, Filter, FilterOption, ListSource, choice_filter

_A = {f.name: f for f in AGREEMENT_FIELDS}
_P = {f.name: f for f in PLACEMENT_FIELDS}
_J = {f.name: f for f in PROJECT_FIELDS}
_E = {f.name: f for f in EMPLOYMENT_FIELDS}
_T = {f.name: f for f in TRAINING_FIELDS}
_S = {f.name: f for f in STUDENT_FIELDS}

ENTERPRISE = QT_TRANSLATE_NOOP("columns", "Enterprise")
STUDENT = QT_TRANSLATE_NOOP("columns", "Student")
MAJOR = QT_TRANSLATE_NOOP("columns", "Major")


def period_options(today: date | None = None) -> list[FilterOption]:
    """This month, the last three months, this year, last year: ``start``/``end`` arguments."""
    day = today or date.today()
    month_start = day.replace(day=1)
    three_months = (month_start - timedelta(days=1)).replace(day=1)
    three_months = (three_months - timedelta(days=1)).replace(day=1)
    return [
        (QCoreApplication.translate("lists", "This month"), {"start": month_start, "end": day}),
        (
            QCoreApplication.translate("lists", "Last three months"),
            {"start": three_months, "end": day},
        ),
        (
            QCoreApplication.translate("lists", "This year"),
            {"start": date(day.year, 1, 1), "end": date(day.year, 12, 31)},
        ),
        (
            QCoreApplication.translate("lists", "Last year"),
            {"start": date(day.year - 1, 1, 1), "end": date(day.year - 1, 12, 31)},
        ),
    ]


PERIOD_FILTER: Final = Filter("period", QT_TRANSLATE_NOOP("lists", "Period"), period_options)


def _ended(end: date | None) -> str | None:
    return "muted_text" if end is not None and end < date.today() else None


AGREEMENT_LIST: Final[AreaList[AgreementRow]] = AreaList(
    key="agreements",
    entity="agreement",
    source=ListSource(lists.agreement_ids, lists.agreement_rows),
    columns=(
        Column("number", _A["number"], lambda r: r.number, sort_key="number", width=150),
        Column("title", _A["title"], lambda r: r.title, sort_key="title", width=220),
        Column(
            "kind",
            _A["kind"],
            lambda r: r.kind,
            Format.CHOICE,
            sort_key="kind",
            labels=AgreementKind,
            width=150,
        ),
        Column(
            "status",
            _A["status"],
            lambda r: r.status,
            Format.CHOICE,
            sort_key="status",
            labels=AgreementStatus,
            width=90,
        ),
        Column(
            "enterprise", ENTERPRISE, lambda r: r.enterprise_name, sort_key="enterprise", width=220
        ),
        Column("major", MAJOR, lambda r: r.major_name, width=140),
        Column("start", _A["start_date"], lambda r: r.start_date, Format.DATE, sort_key="start"),
        Column(
            "end",
            _A["end_date"],
            lambda r: r.end_date,
            Format.DATE,
            sort_key="end",
            tone=lambda r: _ended(r.end_date),
        ),
        Column(
            "placements",
            QT_TRANSLATE_NOOP("columns", "Placements"),
            lambda r: r.placements,
            Format.NUMBER,
        ),
    ),
    default_order="number",
    filters=(
        choice_filter("kind", QT_TRANSLATE_NOOP("lists", "Kind"), AgreementKind, "kind"),
        choice_filter("status", QT_TRANSLATE_NOOP("lists", "Status"), AgreementStatus, "status"),
        PERIOD_FILTER,
    ),
    count_one=QT_TRANSLATE_NOOP("lists", "1 agreement"),
    count_many=QT_TRANSLATE_NOOP("lists", "%1 agreements"),
    empty_title=QT_TRANSLATE_NOOP("lists", "No agreements yet"),
    empty_message=QT_TRANSLATE_NOOP(
        "lists", "Add apprenticeship, order-class and internship-base agreements."
    ),
    new_text=QT_TRANSLATE_NOOP("lists", "New agreement"),
    icon="file-signature",
)


PLACEMENT_LIST: Final[AreaList[PlacementRow]] = AreaList(
    key="placements",
    entity="placement",
    source=ListSource(lists.placement_ids, lists.placement_rows),
    columns=(
        Column(
            "student_no", _S["student_no"], lambda r: r.student_no, sort_key="student_no", width=110
        ),
        Column("student", STUDENT, lambda r: r.student_name, sort_key="student", width=100),
        Column("major", MAJOR, lambda r: r.major_name, sort_key="major", width=140),
        Column(
            "enterprise", ENTERPRISE, lambda r: r.enterprise_name, sort_key="enterprise", width=200
        ),
        Column(
            "agreement",
            QT_TRANSLATE_NOOP("columns", "Agreement"),
            lambda r: r.agreement_number,
            sort_key="agreement",
            width=140,
        ),
        Column("post", _P["post"], lambda r: r.post, width=140),
        Column("mentor", _P["enterprise_mentor_id"], lambda r: r.mentor_name, width=100),
        Column("tutor", _P["college_tutor"], lambda r: r.college_tutor, width=100),
        Column("start", _P["start_date"], lambda r: r.start_date, Format.DATE, sort_key="start"),
        Column("end", _P["end_date"], lambda r: r.end_date, Format.DATE, sort_key="end"),
        Column(
            "status",
            _P["status"],
            lambda r: r.status,
            Format.CHOICE,
            sort_key="status",
            labels=PlacementStatus,
        ),
        Column("pay", _P["monthly_pay_fen"], lambda r: r.monthly_pay_fen, Format.MONEY_YUAN),
        Column("hired", _P["hired_afterwards"], lambda r: r.hired_afterwards or None, Format.BOOL),
    ),
    default_order="start",
    default_descending=True,
    filters=(
        choice_filter("status", QT_TRANSLATE_NOOP("lists", "Status"), PlacementStatus, "status"),
        PERIOD_FILTER,
    ),
    count_one=QT_TRANSLATE_NOOP("lists", "1 placement"),
    count_many=QT_TRANSLATE_NOOP("lists", "%1 placements"),
    empty_title=QT_TRANSLATE_NOOP("lists", "No placements yet"),
    empty_message=QT_TRANSLATE_NOOP(
        "lists", "Place students under an agreement, with a mentor on each side."
    ),
    new_text=QT_TRANSLATE_NOOP("lists", "New placement"),
    icon="graduation-cap",
    hidden_columns=("tutor", "pay"),
)


PROJECT_LIST: Final[AreaList[ProjectRow]] = AreaList(
    key="projects",
    entity="project",
    source=ListSource(lists.project_ids, lists.project_rows),
    columns=(
        Column("code", _J["code"], lambda r: r.code, sort_key="code", width=110),
        Column("title", _J["title"], lambda r: r.title, sort_key="title", width=260),
        Column(
            "kind",
            _J["kind"],
            lambda r: r.kind,
            Format.CHOICE,
            sort_key="kind",
            labels=ProjectKind,
            width=140,
        ),
        Column(
            "status",
            _J["status"],
            lambda r: r.status,
            Format.CHOICE,
            sort_key="status",
            labels=ProjectStatus,
            width=90,
        ),
        Column(
            "lead_teacher",
            _J["lead_teacher"],
            lambda r: r.lead_teacher,
            sort_key="lead_teacher",
            width=100,
        ),
        Column(
            "lead_partner",
            QT_TRANSLATE_NOOP("columns", "Lead partner"),
            lambda r: r.lead_enterprise_name,
            width=200,
        ),
        Column("start", _J["start_date"], lambda r: r.start_date, Format.DATE, sort_key="start"),
        Column("end", _J["end_date"], lambda r: r.end_date, Format.DATE, sort_key="end"),
        Column(
            "contract_value",
            _J["contract_value_fen"],
            lambda r: r.contract_value_fen,
            Format.MONEY_WAN,
            sort_key="contract_value",
            width=160,
        ),
        Column(
            "funds",
            QT_TRANSLATE_NOOP("columns", "Funds received"),
            lambda r: r.funds_received_fen,
            Format.MONEY_WAN,
            sort_key="funds",
            width=160,
        ),
        Column(
            "partners",
            QT_TRANSLATE_NOOP("columns", "Partners"),
            lambda r: r.partners,
            Format.NUMBER,
        ),
    ),
    default_order="title",
    filters=(
        choice_filter("kind", QT_TRANSLATE_NOOP("lists", "Kind"), ProjectKind, "kind"),
        choice_filter("status", QT_TRANSLATE_NOOP("lists", "Status"), ProjectStatus, "status"),
        PERIOD_FILTER,
    ),
    count_one=QT_TRANSLATE_NOOP("lists", "1 project"),
    count_many=QT_TRANSLATE_NOOP("lists", "%1 projects"),
    empty_title=QT_TRANSLATE_NOOP("lists", "No joint projects yet"),
    empty_message=QT_TRANSLATE_NOOP(
        "lists", "Record technical services and joint R&D with their funds and outcomes."
    ),
    new_text=QT_TRANSLATE_NOOP("lists", "New project"),
    icon="flask-conical",
)


EMPLOYMENT_LIST: Final[AreaList[EmploymentRow]] = AreaList(
    key="employments",
    entity="employment",
    source=ListSource(lists.employment_ids, lists.employment_rows),
    columns=(
        Column(
            "student_no", _S["student_no"], lambda r: r.student_no, sort_key="student_no", width=110
        ),
        Column("student", _E["student_id"], lambda r: r.student_name, sort_key="student"),
        Column("major", MAJOR, lambda r: r.major_name, sort_key="major", width=140),
        Column(
            "graduation_year",
            _S["graduation_year"],
            lambda r: r.graduation_year,
            width=90,
        ),
        Column(
            "enterprise", _E["enterprise_id"], lambda r: r.enterprise_name, sort_key="enterprise"
        ),
        Column("hired_on", _E["hired_on"], lambda r: r.hired_on, Format.DATE, sort_key="hired_on"),
        Column("position", _E["position"], lambda r: r.position, sort_key="position"),
        Column("related", _E["related_field"], lambda r: r.related_field, Format.BOOL),
        Column("employed_6m", _E["employed_6m"], lambda r: r.employed_6m, Format.BOOL),
        Column("employed_12m", _E["employed_12m"], lambda r: r.employed_12m, Format.BOOL),
    ),
    default_order="hired_on",
    default_descending=True,
    filters=(
        Filter(
            "related",
            QT_TRANSLATE_NOOP("lists", "Related to major"),
            lambda: [
                (QCoreApplication.translate("lists", "Related"), {"related_field": True}),
                (QCoreApplication.translate("lists", "Not related"), {"related_field": False}),
            ],
        ),
        PERIOD_FILTER,
    ),
    count_one=QT_TRANSLATE_NOOP("lists", "1 graduate employed"),
    count_many=QT_TRANSLATE_NOOP("lists", "%1 graduates employed"),
    empty_title=QT_TRANSLATE_NOOP("lists", "No graduates recorded"),
    empty_message=QT_TRANSLATE_NOOP(
        "lists", "Record the graduates a partner enterprise hired, and whether they stayed."
    ),
    new_text=QT_TRANSLATE_NOOP("lists", "New graduate employed"),
    icon="briefcase",
    hidden_columns=("employed_12m",),
)


TRAINING_LIST: Final[AreaList[TrainingRow]] = AreaList(
    key="trainings",
    entity="training_session",
    source=ListSource(lists.training_ids, lists.training_rows),
    columns=(
        Column("held_on", _T["held_on"], lambda r: r.held_on, Format.DATE, sort_key="held_on"),
        Column(
            "enterprise", _T["enterprise_id"], lambda r: r.enterprise_name, sort_key="enterprise"
        ),
        Column("topic", _T["topic"], lambda r: r.topic, sort_key="topic", width=260),
        Column(
            "participants",
            _T["participants"],
            lambda r: r.participants,
            Format.NUMBER,
            sort_key="participants",
        ),
        Column("hours", _T["hours"], lambda r: r.hours, Format.NUMBER, sort_key="hours"),
        Column(
            "person_hours",
            QT_TRANSLATE_NOOP("columns", "Person-hours"),
            lambda r: r.person_hours,
            Format.NUMBER,
        ),
        Column("trainer", _T["trainer"], lambda r: r.trainer, sort_key="trainer"),
    ),
    default_order="held_on",
    default_descending=True,
    filters=(PERIOD_FILTER,),
    count_one=QT_TRANSLATE_NOOP("lists", "1 training session"),
    count_many=QT_TRANSLATE_NOOP("lists", "%1 training sessions"),
    empty_title=QT_TRANSLATE_NOOP("lists", "No staff training recorded"),
    empty_message=QT_TRANSLATE_NOOP(
        "lists", "Record the enterprise staff the college trained: topic, people, hours."
    ),
    new_text=QT_TRANSLATE_NOOP("lists", "New training session"),
    icon="users",
)
