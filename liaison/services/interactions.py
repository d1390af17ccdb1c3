"""Visits, calls, meetings and their follow-ups."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy.orm import Session

from liaison.enums import InteractionKind
from liaison.errors import ValidationError
from liaison.i18n import Catalog
from liaison.model import Contact, Interaction
from liaison.rules.periods import check_period
from liaison.services.base import EntityService, same
from liaison.services.fields import Field, Kind

_ = Catalog(
    {
        "interaction.contact_elsewhere": (
            "this contact works for another enterprise",
            "该联系人属于其他企业",
        ),
    }
)

INTERACTION_FIELDS = (
    Field("enterprise_id", Kind.REF, "Enterprise", "所属企业", required=True, ref="enterprise"),
    Field("contact_id", Kind.REF, "Contact", "联系人", ref="contact"),
    Field(
        "kind",
        Kind.CHOICE,
        "Kind",
        "方式",
        required=True,
        choices=InteractionKind,
        aliases=("Type", "类型", "联系方式"),
    ),
    Field("occurred_on", Kind.DATE, "Date", "日期", required=True, aliases=("走访日期", "时间")),
    Field("officer", Kind.TEXT, "Officer", "联络人员", max_length=100, aliases=("经办人",)),
    Field(
        "summary",
        Kind.TEXT,
        "Summary",
        "摘要",
        required=True,
        max_length=500,
        aliases=("Subject", "主题", "内容"),
    ),
    Field("details", Kind.LONGTEXT, "Details", "详细记录", aliases=("Notes", "备注")),
    Field(
        "follow_up_action",
        Kind.TEXT,
        "Follow-up",
        "后续事项",
        max_length=500,
        aliases=("Next step", "跟进事项"),
    ),
    Field("follow_up_due", Kind.DATE, "Follow-up due", "跟进期限", aliases=("Due", "截止日期")),
    Field("follow_up_done", Kind.BOOL, "Follow-up done", "已跟进", aliases=("Done", "完成")),
)


class InteractionService(EntityService[Interaction]):
    model = Interaction
    fields = INTERACTION_FIELDS

    identities = (
        same("summary", "enterprise_id", "occurred_on", "kind", "summary", folded=("summary",)),
    )
    cross_checks = True

    def defaults(self, values: Mapping[str, Any]) -> Mapping[str, Any]:
        if values.get("officer"):
            return values
        return {**values, "officer": self.ctx.officer}

    def check(self, obj: Interaction, previous: Mapping[str, Any] | None) -> None:
        check_period(obj.occurred_on, obj.follow_up_due, "follow_up_due")

    def validate(
        self, session: Session, obj: Interaction, previous: Mapping[str, Any] | None
    ) -> None:
        if obj.contact_id is not None:
            contact = session.get(Contact, obj.contact_id)
            if contact is not None and contact.enterprise_id != obj.enterprise_id:
                raise ValidationError("contact_id", "interaction.contact_elsewhere")

    def mark_done(self, record_id: int, done: bool = True) -> None:
        self.update(record_id, {"follow_up_done": done})
