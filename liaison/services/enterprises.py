"""Partner enterprises and their contacts."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from liaison.enums import EnterpriseStatus, SizeClass
from liaison.errors import ValidationError, ValidationErrors
from liaison.i18n import Catalog
from liaison.model import (
    Agreement,
    Contact,
    Employment,
    Enterprise,
    Interaction,
    ProjectPartner,
    TrainingSession,
)
from liaison.rules import industry, sizing, uscc
from liaison.rules.names import name_key, search_text
from liaison.services.base import EntityService, Identity, live, same
from liaison.services.fields import Field, Kind

_ = Catalog(
    {
        "enterprise.uscc_taken": (
            "is already used by “{name}”",
            "已被“{name}”使用",
        ),
        "enterprise.name_taken": (
            "an enterprise with this name already exists (“{name}”)",
            "已有同名企业（“{name}”）",
        ),
        "enterprise.reason_needed": (
            "give a reason for setting the size class by hand",
            "手动设定企业规模时须说明理由",
        ),
        "contact.bad_email": ("“{value}” is not an e-mail address", "“{value}”不是有效的邮箱地址"),
    }
)


def _name_identity(values: Mapping[str, Any]) -> str | None:
    """Firms are the same when their names share the normalised key (see rules.names)."""
    name = values.get("name")
    return name_key(name) if name else None


ENTERPRISE_FIELDS = (
    Field(
        "name",
        Kind.TEXT,
        "Name",
        "企业名称",
        required=True,
        max_length=200,
        aliases=("Enterprise", "Company", "企业", "单位名称", "公司名称"),
    ),
    Field(
        "uscc",
        Kind.TEXT,
        "USCC",
        "统一社会信用代码",
        parser=uscc.validate,
        aliases=("Credit code", "信用代码", "社会信用代码"),
    ),
    Field(
        "industry_section",
        Kind.TEXT,
        "Industry",
        "行业门类",
        parser=industry.parse_section,
        aliases=("Industry section", "行业"),
    ),
    Field("sizing_category", Kind.CHOICE, "Sizing category", "划型行业", choices=sizing.Category),
    Field(
        "employees", Kind.INT, "Employees", "从业人员", aliases=("Staff", "员工人数", "从业人数")
    ),
    Field(
        "revenue_fen",
        Kind.MONEY_WAN,
        "Revenue (10k CNY)",
        "营业收入（万元）",
        aliases=("Revenue", "营业收入"),
    ),
    Field(
        "assets_fen",
        Kind.MONEY_WAN,
        "Total assets (10k CNY)",
        "资产总额（万元）",
        aliases=("Total assets", "Assets", "资产总额"),
    ),
    Field("city", Kind.TEXT, "City", "所在城市", max_length=100, aliases=("城市",)),
    Field("address", Kind.TEXT, "Address", "地址", max_length=300, aliases=("详细地址",)),
    Field("website", Kind.TEXT, "Website", "网址", max_length=300, aliases=("网站",)),
    Field("status", Kind.CHOICE, "Status", "合作状态", choices=EnterpriseStatus, aliases=("状态",)),
    Field("tags", Kind.TEXT, "Tags", "标签", max_length=300),
    Field("notes", Kind.LONGTEXT, "Notes", "备注"),
    Field(
        "size_override", Kind.CHOICE, "Size class set by hand", "手动设定规模", choices=SizeClass
    ),
    Field("size_reason", Kind.TEXT, "Reason for the size class", "规模设定理由", max_length=500),
)


class EnterpriseService(EntityService[Enterprise]):
    model = Enterprise
    fields = ENTERPRISE_FIELDS
    children = (
        (Contact, "enterprise_id"),
        (Interaction, "enterprise_id"),
        (Agreement, "enterprise_id"),
        (Employment, "enterprise_id"),
        (TrainingSession, "enterprise_id"),
        (ProjectPartner, "enterprise_id"),
    )

    identities = (
        Identity("uscc", lambda v: v.get("uscc") or None, "uscc"),
        Identity("name", _name_identity, "name_key", _name_identity),
    )

    def defaults(self, values: Mapping[str, Any]) -> Mapping[str, Any]:
        return {"status": EnterpriseStatus.PROSPECT.value, **values}

    def check(self, obj: Enterprise, previous: Mapping[str, Any] | None) -> None:
        if obj.size_override and not (obj.size_reason or "").strip():
            raise ValidationErrors([ValidationError("size_reason", "enterprise.reason_needed")])

    def validate(
        self, session: Session, obj: Enterprise, previous: Mapping[str, Any] | None
    ) -> None:
        errors: list[ValidationError] = []
        key = name_key(obj.name)
        others = select(Enterprise.name).where(live(Enterprise), Enterprise.id != (obj.id or -1))
        clash = session.scalar(others.where(Enterprise.name_key == key).limit(1))
        if clash is not None:
            errors.append(ValidationError("name", "enterprise.name_taken", name=clash))
        if obj.uscc:
            clash = session.scalar(others.where(Enterprise.uscc == obj.uscc).limit(1))
            if clash is not None:
                errors.append(ValidationError("uscc", "enterprise.uscc_taken", name=clash))
        if errors:
            raise ValidationErrors(errors)

    def derive(self, session: Session, obj: Enterprise) -> None:
        obj.name_key = name_key(obj.name)
        obj.search_text = search_text(obj.name, obj.uscc, obj.city, obj.tags)
        apply_sizing(obj)


def apply_sizing(obj: Enterprise) -> None:
    """Classify by the national rules unless the officer set the class by hand."""
    if obj.size_override:
        obj.size_class = obj.size_override
        obj.size_rule = "manual"
        return
    category: sizing.Category | None
    if obj.sizing_category:
        category = sizing.Category(obj.sizing_category)
    elif obj.industry_section:
        category = sizing.default_category(obj.industry_section)
    else:
        category = None
    result = sizing.classify(category, obj.employees, obj.revenue_fen, obj.assets_fen)
    obj.size_class = result.size_class.value
    obj.size_rule = result.rule


def explain_size(obj: Enterprise, lang: str | None = None) -> str:
    """Why the firm has its size class, in words (shown beside the field and in reports)."""
    if obj.size_override:
        label = SizeClass(obj.size_override).label(lang)
        return f"{label}: {obj.size_reason}" if lang != "zh_CN" else f"{label}：{obj.size_reason}"
    category = (
        sizing.Category(obj.sizing_category)
        if obj.sizing_category
        else sizing.default_category(obj.industry_section)
        if obj.industry_section
        else None
    )
    return sizing.classify(category, obj.employees, obj.revenue_fen, obj.assets_fen).explain(lang)


CONTACT_FIELDS = (
    Field("enterprise_id", Kind.REF, "Enterprise", "所属企业", required=True, ref="enterprise"),
    Field(
        "name",
        Kind.TEXT,
        "Name",
        "姓名",
        required=True,
        max_length=100,
        aliases=("Contact", "联系人"),
    ),
    Field("title", Kind.TEXT, "Title", "职务", max_length=100, aliases=("Position", "岗位")),
    Field("phone", Kind.TEXT, "Phone", "电话", max_length=50, aliases=("Tel", "座机", "办公电话")),
    Field("mobile", Kind.TEXT, "Mobile", "手机", max_length=50, aliases=("手机号", "Cell")),
    Field("email", Kind.TEXT, "Email", "邮箱", max_length=200, aliases=("E-mail", "电子邮箱")),
    Field("wechat", Kind.TEXT, "WeChat", "微信", max_length=100, aliases=("微信号",)),
    Field("is_primary", Kind.BOOL, "Primary", "主要联系人", aliases=("Primary contact",)),
    Field("notes", Kind.LONGTEXT, "Notes", "备注"),
)


class ContactService(EntityService[Contact]):
    model = Contact
    fields = CONTACT_FIELDS

    identities = (same("name", "enterprise_id", "name", folded=("name",)),)
    # One primary contact per firm: naming a new one demotes the old.
    exclusive = ("is_primary", "enterprise_id")

    def check(self, obj: Contact, previous: Mapping[str, Any] | None) -> None:
        if obj.email and ("@" not in obj.email or " " in obj.email):
            raise ValidationError("email", "contact.bad_email", value=obj.email)

    def derive(self, session: Session, obj: Contact) -> None:
        obj.search_text = search_text(obj.name, obj.title, obj.mobile, obj.phone, obj.email)
