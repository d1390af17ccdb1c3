"""Cooperation agreements and the placements of students under them."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from liaison.enums import AgreementKind, AgreementStatus, PlacementStatus
from liaison.errors import ValidationError
from liaison.i18n import Catalog
from liaison.model import Agreement, Contact, Placement
from liaison.rules import status
from liaison.rules.periods import check_period, check_within, find_overlap
from liaison.services.base import EntityService, live, same
from liaison.services.fields import Field, Kind

_ = Catalog(
    {
        "agreement.number_taken": (
            "agreement number {number} is already used",
            "协议编号 {number} 已被使用",
        ),
        "agreement.renewal_self": (
            "an agreement cannot renew itself or another firm's agreement",
            "协议不能续签自身或其他企业的协议",
        ),
        "placement.mentor_elsewhere": (
            "the enterprise mentor must be a contact of the agreement's enterprise",
            "企业导师须为协议企业的联系人",
        ),
        "placement.overlap": (
            "this student is already placed under agreement {number} in this period",
            "该学生在此期间已有岗位（协议 {number}）",
        ),
    }
)

AGREEMENT_FIELDS = (
    Field(
        "number",
        Kind.TEXT,
        "Agreement number",
        "协议编号",
        required=True,
        max_length=60,
        aliases=("Number", "No.", "编号"),
    ),
    Field(
        "kind",
        Kind.CHOICE,
        "Kind",
        "协议类型",
        required=True,
        choices=AgreementKind,
        aliases=("Type", "类型"),
    ),
    Field("title", Kind.TEXT, "Title", "协议名称", max_length=300),
    Field(
        "enterprise_id",
        Kind.REF,
        "Enterprise",
        "合作企业",
        required=True,
        ref="enterprise",
        aliases=("所属企业", "企业名称"),
    ),
    Field("major_id", Kind.REF, "Major", "专业", ref="major"),
    Field("status", Kind.CHOICE, "Status", "状态", choices=AgreementStatus),
    Field("start_date", Kind.DATE, "Start", "开始日期", aliases=("Start date", "起始日期")),
    Field("end_date", Kind.DATE, "End", "结束日期", aliases=("End date", "截止日期")),
    Field("renewal_of_id", Kind.REF, "Renews", "续签自", ref="agreement"),
    Field("themes", Kind.THEMES, "Themes", "理念", aliases=("主题",)),
    Field("post", Kind.TEXT, "Post", "岗位", max_length=200),
    Field("place", Kind.TEXT, "Place", "地点", max_length=300, aliases=("实习地点",)),
    Field("planned_students", Kind.INT, "Planned students", "计划人数"),
    Field("weekly_hours", Kind.INT, "Weekly hours", "每周工时"),
    Field(
        "monthly_pay_fen",
        Kind.MONEY_YUAN,
        "Monthly pay (CNY)",
        "月报酬（元）",
        aliases=("Monthly pay", "月报酬", "月薪"),
    ),
    Field("meals_lodging", Kind.TEXT, "Meals and lodging", "食宿", max_length=300),
    Field(
        "insurance_policy",
        Kind.TEXT,
        "Insurance policy",
        "保险单号",
        max_length=100,
        aliases=("责任保险单号",),
    ),
    Field("assessment_method", Kind.LONGTEXT, "Assessment", "考核方式"),
    Field("enterprise_signatory", Kind.TEXT, "Enterprise signatory", "企业签署人", max_length=100),
    Field("college_signatory", Kind.TEXT, "College signatory", "学校签署人", max_length=100),
    Field("enterprise_signed_on", Kind.DATE, "Enterprise signed on", "企业签署日期"),
    Field("college_signed_on", Kind.DATE, "College signed on", "学校签署日期"),
    Field("notes", Kind.LONGTEXT, "Notes", "备注"),
)


class AgreementService(EntityService[Agreement]):
    model = Agreement
    fields = AGREEMENT_FIELDS
    children = ((Placement, "agreement_id"),)

    identities = (same("number", "number"),)
    cross_checks = True

    def defaults(self, values: Mapping[str, Any]) -> Mapping[str, Any]:
        return {"status": AgreementStatus.DRAFT.value, **values}

    def check(self, obj: Agreement, previous: Mapping[str, Any] | None) -> None:
        check_period(obj.start_date, obj.end_date, "end_date")
        if previous is not None and "status" in previous and previous["status"]:
            status.check_transition(
                AgreementStatus(previous["status"]), AgreementStatus(obj.status)
            )

    def validate(
        self, session: Session, obj: Agreement, previous: Mapping[str, Any] | None
    ) -> None:
        taken = session.scalar(
            select(Agreement.id).where(
                live(Agreement), Agreement.number == obj.number, Agreement.id != (obj.id or -1)
            )
        )
        if taken is not None:
            raise ValidationError("number", "agreement.number_taken", number=obj.number)
        if obj.renewal_of_id is not None:
            earlier = session.get(Agreement, obj.renewal_of_id)
            if (
                earlier is None
                or earlier.id == obj.id
                or earlier.enterprise_id != obj.enterprise_id
            ):
                raise ValidationError("renewal_of_id", "agreement.renewal_self")


PLACEMENT_FIELDS = (
    Field(
        "agreement_id",
        Kind.REF,
        "Agreement",
        "所属协议",
        required=True,
        ref="agreement",
        aliases=("Agreement number", "协议编号"),
    ),
    Field(
        "student_id",
        Kind.REF,
        "Student",
        "学生",
        required=True,
        ref="student",
        aliases=("Student number", "学号"),
    ),
    Field("post", Kind.TEXT, "Post", "岗位", max_length=200),
    Field(
        "enterprise_mentor_id",
        Kind.REF,
        "Enterprise mentor",
        "企业导师",
        ref="contact",
        aliases=("Mentor", "师傅"),
    ),
    Field(
        "college_tutor",
        Kind.TEXT,
        "College tutor",
        "校内导师",
        max_length=100,
        aliases=("Tutor", "指导教师"),
    ),
    Field("start_date", Kind.DATE, "Start", "开始日期", required=True, aliases=("Start date",)),
    Field("end_date", Kind.DATE, "End", "结束日期", aliases=("End date",)),
    Field(
        "monthly_pay_fen",
        Kind.MONEY_YUAN,
        "Monthly pay (CNY)",
        "月报酬（元）",
        aliases=("Monthly pay", "月报酬"),
    ),
    Field("status", Kind.CHOICE, "Status", "状态", choices=PlacementStatus),
    Field("hired_afterwards", Kind.BOOL, "Hired afterwards", "留用", aliases=("Hired", "是否留用")),
    Field("notes", Kind.LONGTEXT, "Notes", "备注"),
)

# Placements that hold a student's time: only one of these at a time.
_OCCUPYING = (PlacementStatus.PLANNED.value, PlacementStatus.ACTIVE.value)


class PlacementService(EntityService[Placement]):
    model = Placement
    fields = PLACEMENT_FIELDS

    identities = (same("start_date", "student_id", "agreement_id", "start_date"),)
    cross_checks = True

    def defaults(self, values: Mapping[str, Any]) -> Mapping[str, Any]:
        return {"status": PlacementStatus.PLANNED.value, **values}

    def check(self, obj: Placement, previous: Mapping[str, Any] | None) -> None:
        check_period(obj.start_date, obj.end_date, "end_date")
        if previous is not None and "status" in previous and previous["status"]:
            status.check_transition(
                PlacementStatus(previous["status"]), PlacementStatus(obj.status)
            )

    def validate(
        self, session: Session, obj: Placement, previous: Mapping[str, Any] | None
    ) -> None:
        agreement = session.get(Agreement, obj.agreement_id)
        assert agreement is not None  # references are checked before validation
        check_within(
            obj.start_date, obj.end_date, agreement.start_date, agreement.end_date, "start_date"
        )
        if obj.enterprise_mentor_id is not None:
            mentor = session.get(Contact, obj.enterprise_mentor_id)
            if mentor is None or mentor.enterprise_id != agreement.enterprise_id:
                raise ValidationError("enterprise_mentor_id", "placement.mentor_elsewhere")
        if obj.status in _OCCUPYING:
            others = session.execute(
                select(Placement.id, Placement.start_date, Placement.end_date, Agreement.number)
                .join(Agreement, Agreement.id == Placement.agreement_id)
                .where(
                    live(Placement),
                    Placement.student_id == obj.student_id,
                    Placement.status.in_(_OCCUPYING),
                    Placement.id != (obj.id or -1),
                )
            ).all()
            numbers = {row.id: row.number for row in others}
            clash = find_overlap(
                (obj.start_date, obj.end_date),
                ((row.id, row.start_date, row.end_date) for row in others),
            )
            if clash is not None:
                raise ValidationError("start_date", "placement.overlap", number=numbers[clash])
