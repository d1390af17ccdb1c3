"""Joint projects with their partner firms, milestones, funds received and outcomes."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from liaison.enums import OutcomeKind, ProjectKind, ProjectStatus
from liaison.errors import ValidationError
from liaison.i18n import Catalog
from liaison.model import Milestone, Outcome, Payment, Project, ProjectPartner
from liaison.rules import status
from liaison.rules.names import name_key
from liaison.rules.periods import check_period
from liaison.services.base import EntityService, Identity, live, same
from liaison.services.fields import Field, Kind

_ = Catalog(
    {
        "project.partner_twice": (
            "this enterprise is already a partner of the project",
            "该企业已是本项目的合作企业",
        ),
        "payment.not_positive": ("must be more than zero", "须大于零"),
    }
)


def _title_identity(values: Mapping[str, Any]) -> str | None:
    title = values.get("title")
    return name_key(title) if title and not values.get("code") else None


PROJECT_FIELDS = (
    Field("code", Kind.TEXT, "Project code", "项目编号", max_length=60, aliases=("Code", "编号")),
    Field(
        "title",
        Kind.TEXT,
        "Title",
        "项目名称",
        required=True,
        max_length=300,
        aliases=("Project", "名称"),
    ),
    Field(
        "kind",
        Kind.CHOICE,
        "Kind",
        "项目类型",
        required=True,
        choices=ProjectKind,
        aliases=("Type", "类型"),
    ),
    Field("status", Kind.CHOICE, "Status", "状态", choices=ProjectStatus),
    Field(
        "lead_teacher",
        Kind.TEXT,
        "Lead teacher",
        "负责教师",
        max_length=100,
        aliases=("Lead", "项目负责人", "负责人"),
    ),
    Field(
        "contract_value_fen",
        Kind.MONEY_WAN,
        "Contract value (10k CNY)",
        "合同金额（万元）",
        aliases=("Contract value", "合同金额", "合同额（万元）"),
    ),
    Field("themes", Kind.THEMES, "Themes", "理念", aliases=("主题",)),
    Field("start_date", Kind.DATE, "Start", "开始日期", aliases=("Start date",)),
    Field("end_date", Kind.DATE, "End", "结束日期", aliases=("End date",)),
    Field("description", Kind.LONGTEXT, "Description", "项目简介", aliases=("Notes", "备注")),
)


class ProjectService(EntityService[Project]):
    model = Project
    fields = PROJECT_FIELDS
    children = (
        (ProjectPartner, "project_id"),
        (Milestone, "project_id"),
        (Payment, "project_id"),
        (Outcome, "project_id"),
    )

    identities = (
        same("code", "code"),
        # Without a code, a project is known by its title.
        Identity("title", _title_identity),
    )

    def defaults(self, values: Mapping[str, Any]) -> Mapping[str, Any]:
        return {"status": ProjectStatus.PROPOSED.value, **values}

    def check(self, obj: Project, previous: Mapping[str, Any] | None) -> None:
        check_period(obj.start_date, obj.end_date, "end_date")
        if previous is not None and "status" in previous and previous["status"]:
            status.check_transition(ProjectStatus(previous["status"]), ProjectStatus(obj.status))


PARTNER_FIELDS = (
    Field("project_id", Kind.REF, "Project", "项目", required=True, ref="project"),
    Field("enterprise_id", Kind.REF, "Enterprise", "合作企业", required=True, ref="enterprise"),
    Field("is_lead", Kind.BOOL, "Lead partner", "牵头企业"),
)


class ProjectPartnerService(EntityService[ProjectPartner]):
    model = ProjectPartner
    fields = PARTNER_FIELDS

    identities = (same("enterprise_id", "project_id", "enterprise_id"),)
    exclusive = ("is_lead", "project_id")  # one lead partner per project

    def validate(
        self, session: Session, obj: ProjectPartner, previous: Mapping[str, Any] | None
    ) -> None:
        twice = session.scalar(
            select(ProjectPartner.id).where(
                live(ProjectPartner),
                ProjectPartner.project_id == obj.project_id,
                ProjectPartner.enterprise_id == obj.enterprise_id,
                ProjectPartner.id != (obj.id or -1),
            )
        )
        if twice is not None:
            raise ValidationError("enterprise_id", "project.partner_twice")


MILESTONE_FIELDS = (
    Field("project_id", Kind.REF, "Project", "项目", required=True, ref="project"),
    Field("title", Kind.TEXT, "Milestone", "节点", required=True, max_length=300),
    Field("due_date", Kind.DATE, "Due", "计划日期"),
    Field("done_on", Kind.DATE, "Done on", "完成日期"),
    Field("notes", Kind.LONGTEXT, "Notes", "备注"),
)


class MilestoneService(EntityService[Milestone]):
    model = Milestone
    fields = MILESTONE_FIELDS
    identities = (same("title", "project_id", "title", folded=("title",)),)


PAYMENT_FIELDS = (
    Field("project_id", Kind.REF, "Project", "项目", required=True, ref="project"),
    Field("received_on", Kind.DATE, "Received on", "到账日期", required=True),
    Field(
        "amount_fen",
        Kind.MONEY_WAN,
        "Amount (10k CNY)",
        "到账金额（万元）",
        required=True,
        aliases=("Amount", "金额", "到账经费"),
    ),
    Field("reference", Kind.TEXT, "Reference", "凭证号", max_length=100),
    Field("notes", Kind.LONGTEXT, "Notes", "备注"),
)


class PaymentService(EntityService[Payment]):
    model = Payment
    fields = PAYMENT_FIELDS

    identities = (same("received_on", "project_id", "received_on", "amount_fen"),)

    def check(self, obj: Payment, previous: Mapping[str, Any] | None) -> None:
        if obj.amount_fen <= 0:
            raise ValidationError("amount_fen", "payment.not_positive")


OUTCOME_FIELDS = (
    Field("project_id", Kind.REF, "Project", "项目", required=True, ref="project"),
    Field("kind", Kind.CHOICE, "Kind", "成果类型", required=True, choices=OutcomeKind),
    Field("title", Kind.TEXT, "Title", "成果名称", required=True, max_length=300),
    Field(
        "identifier",
        Kind.TEXT,
        "Number",
        "编号",
        max_length=100,
        aliases=("Patent number", "专利号", "登记号"),
    ),
    Field("achieved_on", Kind.DATE, "Date", "取得日期"),
)


class OutcomeService(EntityService[Outcome]):
    model = Outcome
    fields = OUTCOME_FIELDS
    identities = (same("title", "project_id", "kind", "title", folded=("title",)),)
