"""Closed lists of the domain, each value with its English and Chinese label.

Values are stable identifiers stored in the database and written to JSON; labels are what an
officer reads (and what an imported spreadsheet may contain instead of the value).
"""

from __future__ import annotations

from enum import StrEnum
from typing import Self

from liaison.i18n import language


class Labelled(StrEnum):
    """A StrEnum whose members carry ``(english, chinese)`` labels."""

    def label(self, lang: str | None = None) -> str:
        en, zh = type(self)._labels()[self.value]
        return zh if (lang or language()) == "zh_CN" else en

    @classmethod
    def _labels(cls) -> dict[str, tuple[str, str]]:
        return LABELS[cls.__name__]

    @classmethod
    def parse(cls, raw: object) -> Self | None:
        """Accept the value, or either label, case- and space-insensitively; None if no match."""
        if isinstance(raw, cls):
            return raw
        key = "".join(str(raw).split()).casefold()
        if not key:
            return None
        for member in cls:
            en, zh = cls._labels()[member.value]
            names = (member.value, member.value.replace("_", ""), en, zh)
            if key in {"".join(n.split()).casefold() for n in names}:
                return member
        return None


class EnterpriseStatus(Labelled):
    PROSPECT = "prospect"
    ACTIVE = "active"
    DORMANT = "dormant"
    ENDED = "ended"


class SizeClass(Labelled):
    LARGE = "large"
    MEDIUM = "medium"
    SMALL = "small"
    MICRO = "micro"
    UNCLASSIFIED = "unclassified"


class InteractionKind(Labelled):
    VISIT = "visit"
    CALL = "call"
    MEETING = "meeting"
    EMAIL = "email"
    EVENT = "event"


class AgreementKind(Labelled):
    APPRENTICESHIP = "apprenticeship"
    ORDER_CLASS = "order_class"
    INTERNSHIP_BASE = "internship_base"
    CO_BUILT_COURSE = "co_built_course"
    TRAINING_BASE = "training_base"


class AgreementStatus(Labelled):
    DRAFT = "draft"
    SIGNED = "signed"
    ACTIVE = "active"
    COMPLETED = "completed"
    TERMINATED = "terminated"
    EXPIRED = "expired"


class Theme(Labelled):
    INNOVATION = "innovation"
    GREEN = "green"
    SHARING = "sharing"


class PlacementStatus(Labelled):
    PLANNED = "planned"
    ACTIVE = "active"
    COMPLETED = "completed"
    WITHDRAWN = "withdrawn"


class ProjectKind(Labelled):
    TECHNICAL_SERVICE = "technical_service"
    JOINT_RND = "joint_rnd"
    PRODUCT_DEVELOPMENT = "product_development"
    PROCESS_IMPROVEMENT = "process_improvement"
    GREEN_UPGRADE = "green_upgrade"
    STAFF_TRAINING = "staff_training"
    CURRICULUM = "curriculum"


class ProjectStatus(Labelled):
    PROPOSED = "proposed"
    CONTRACTED = "contracted"
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    CANCELLED = "cancelled"


class OutcomeKind(Labelled):
    PATENT = "patent"
    SOFTWARE_COPYRIGHT = "software_copyright"
    STANDARD = "standard"
    PAPER = "paper"
    PRODUCT = "product"
    AWARD = "award"


LABELS: dict[str, dict[str, tuple[str, str]]] = {
    "EnterpriseStatus": {
        "prospect": ("Prospect", "意向"),
        "active": ("Active", "合作中"),
        "dormant": ("Dormant", "暂停"),
        "ended": ("Ended", "已终止"),
    },
    "SizeClass": {
        "large": ("Large", "大型"),
        "medium": ("Medium", "中型"),
        "small": ("Small", "小型"),
        "micro": ("Micro", "微型"),
        "unclassified": ("Not classified", "未划型"),
    },
    "InteractionKind": {
        "visit": ("Field visit", "走访"),
        "call": ("Call", "电话"),
        "meeting": ("Meeting", "会议"),
        "email": ("Email", "邮件"),
        "event": ("Event", "活动"),
    },
    "AgreementKind": {
        "apprenticeship": ("Modern apprenticeship", "现代学徒制"),
        "order_class": ("Order class", "订单班"),
        "internship_base": ("Internship base", "实习基地"),
        "co_built_course": ("Co-built course", "共建课程"),
        "training_base": ("Training base", "共建实训基地"),
    },
    "AgreementStatus": {
        "draft": ("Draft", "草拟"),
        "signed": ("Signed", "已签署"),
        "active": ("Active", "执行中"),
        "completed": ("Completed", "已完成"),
        "terminated": ("Terminated", "已解除"),
        "expired": ("Expired", "已到期"),
    },
    "Theme": {
        "innovation": ("Innovation", "创新"),
        "green": ("Green", "绿色"),
        "sharing": ("Sharing", "共享"),
    },
    "PlacementStatus": {
        "planned": ("Planned", "计划中"),
        "active": ("On placement", "在岗"),
        "completed": ("Completed", "已结束"),
        "withdrawn": ("Withdrawn", "已退出"),
    },
    "ProjectKind": {
        "technical_service": ("Technical service", "技术服务"),
        "joint_rnd": ("Joint R&D", "联合研发"),
        "product_development": ("Product development", "产品开发"),
        "process_improvement": ("Process improvement", "工艺改进"),
        "green_upgrade": ("Green upgrade", "绿色化改造"),
        "staff_training": ("Staff training", "员工培训"),
        "curriculum": ("Curriculum co-development", "课程共建"),
    },
    "ProjectStatus": {
        "proposed": ("Proposed", "洽谈中"),
        "contracted": ("Contracted", "已签约"),
        "in_progress": ("In progress", "实施中"),
        "completed": ("Completed", "已结题"),
        "cancelled": ("Cancelled", "已取消"),
    },
    "OutcomeKind": {
        "patent": ("Patent", "专利"),
        "software_copyright": ("Software copyright", "软件著作权"),
        "standard": ("Standard", "标准"),
        "paper": ("Paper", "论文"),
        "product": ("Product", "产品"),
        "award": ("Award", "奖项"),
    },
}
