"""Educating people: graduates employed by partner firms and enterprise staff trained."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from liaison.errors import ValidationError
from liaison.i18n import Catalog
from liaison.model import Employment, TrainingSession
from liaison.services.base import EntityService, same
from liaison.services.fields import Field, Kind

_ = Catalog({"training.no_people": ("must be at least 1", "至少为 1")})

EMPLOYMENT_FIELDS = (
    Field(
        "student_id",
        Kind.REF,
        "Graduate",
        "毕业生",
        required=True,
        ref="student",
        aliases=("Student number", "学号"),
    ),
    Field(
        "enterprise_id",
        Kind.REF,
        "Enterprise",
        "就业企业",
        required=True,
        ref="enterprise",
        aliases=("Employer", "所属企业"),
    ),
    Field("hired_on", Kind.DATE, "Hired on", "入职日期", required=True, aliases=("Hire date",)),
    Field("position", Kind.TEXT, "Position", "岗位", max_length=200),
    Field("related_field", Kind.BOOL, "Related to major", "专业相关", aliases=("对口",)),
    Field("employed_6m", Kind.BOOL, "Still employed at 6 months", "6个月在岗"),
    Field("employed_12m", Kind.BOOL, "Still employed at 12 months", "12个月在岗"),
    Field("notes", Kind.LONGTEXT, "Notes", "备注"),
)


class EmploymentService(EntityService[Employment]):
    model = Employment
    fields = EMPLOYMENT_FIELDS

    identities = (same("hired_on", "student_id", "enterprise_id", "hired_on"),)

    def defaults(self, values: Mapping[str, Any]) -> Mapping[str, Any]:
        if values.get("related_field") not in (None, ""):
            return values
        return {**values, "related_field": True}


TRAINING_FIELDS = (
    Field(
        "enterprise_id",
        Kind.REF,
        "Enterprise",
        "培训企业",
        required=True,
        ref="enterprise",
        aliases=("所属企业",),
    ),
    Field("held_on", Kind.DATE, "Date", "培训日期", required=True),
    Field(
        "topic",
        Kind.TEXT,
        "Topic",
        "培训内容",
        required=True,
        max_length=300,
        aliases=("Subject", "主题"),
    ),
    Field(
        "participants",
        Kind.INT,
        "Participants",
        "培训人数",
        required=True,
        aliases=("People", "人数"),
    ),
    Field("hours", Kind.INT, "Hours", "学时", required=True, aliases=("课时",)),
    Field("trainer", Kind.TEXT, "Trainer", "培训教师", max_length=100),
    Field("notes", Kind.LONGTEXT, "Notes", "备注"),
)


class TrainingService(EntityService[TrainingSession]):
    model = TrainingSession
    fields = TRAINING_FIELDS

    identities = (same("topic", "enterprise_id", "held_on", "topic", folded=("topic",)),)

    def check(self, obj: TrainingSession, previous: Mapping[str, Any] | None) -> None:
        if obj.participants < 1:
            raise ValidationError("participants", "training.no_people")
        if obj.hours < 1:
            raise ValidationError("hours", "training.no_people")
