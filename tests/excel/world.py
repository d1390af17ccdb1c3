"""A small but complete database for the Excel tests, and a snapshot to compare databases by.

The snapshot holds every live record's field values, with references written as the natural
keys a sheet uses (so two databases with different ids compare equal when they hold the same
data).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select

from liaison.db import Database
from liaison.excel.columns import SHEETS
from liaison.model import ProjectPartner
from liaison.services.hub import Services
from liaison.services.registry import MODELS

USCC_A = "91350100M000100Y43"  # the worked example of GB 32100-2015


def valid_uscc(stem: str) -> str:
    """A valid credit code ending in the 17 characters of ``stem`` plus its check character."""
    from liaison.rules.uscc import check_character

    return stem + check_character(stem)


def build_rich(s: Services) -> dict[str, int]:
    """Two firms and one of everything around them, with awkward text on purpose."""
    ids: dict[str, int] = {}
    ids["firm_a"] = s.enterprises.create(
        {
            "name": "苏州精工机械有限公司",
            "uscc": USCC_A,
            "industry_section": "C",
            "employees": 35,
            "revenue_fen": "800.5",
            "assets_fen": "1200",
            "city": "苏州",
            "address": "工业园区星湖街 88 号",
            "tags": "智能制造,新能源",
            "status": "active",
            "notes": "第一行\n第二行",
        }
    )
    ids["firm_b"] = s.enterprises.create(
        {
            "name": '=HYPERLINK("http://evil")贸易',
            "uscc": valid_uscc("91320594MA1MXXL96"),
            "industry_section": "F",
            "sizing_category": "retail",
            "employees": 8,
            "revenue_fen": "90.123456",
            "status": "prospect",
            "tags": "-负面标签",
            "notes": "@SUM(A1)",
            "size_override": "micro",
            "size_reason": "+集团内独立核算",
            "website": "https://example.cn",
        }
    )
    ids["firm_c"] = s.enterprises.create({"name": "无锡小微软件工作室"})
    ids["contact_a1"] = s.contacts.create(
        {
            "enterprise_id": ids["firm_a"],
            "name": "王敏",
            "title": "人事经理",
            "mobile": "13800001111",
            "email": "wm@example.cn",
            "is_primary": True,
        }
    )
    ids["contact_a2"] = s.contacts.create(
        {"enterprise_id": ids["firm_a"], "name": "刘洋", "phone": "0512-66668888"}
    )
    ids["contact_b1"] = s.contacts.create(
        {"enterprise_id": ids["firm_b"], "name": "Zhang Wei", "wechat": "zw_2026"}
    )
    ids["visit"] = s.interactions.create(
        {
            "enterprise_id": ids["firm_a"],
            "contact_id": ids["contact_a2"],
            "kind": "visit",
            "occurred_on": "2026-03-01",
            "summary": "走访洽谈订单班",
            "details": "参观车间",
            "follow_up_action": "寄送协议草稿",
            "follow_up_due": "2026-03-15",
        }
    )
    ids["call"] = s.interactions.create(
        {
            "enterprise_id": ids["firm_b"],
            "kind": "call",
            "occurred_on": "2026-04-02",
            "summary": "电话回访",
            "officer": "李老师",
            "follow_up_done": True,
        }
    )
    ids["major"] = s.majors.create(
        {"name": "机电一体化技术", "code": "460301", "department": "智能制造学院"}
    )
    ids["major_2"] = s.majors.create({"name": "软件技术", "code": "510203"})
    ids["student"] = s.students.create(
        {
            "student_no": "2023010101",
            "name": "李雷",
            "major_id": ids["major"],
            "cohort": 2023,
            "class_name": "机电2301",
            "gender": "男",
            "birth_date": "2005-09-01",
            "graduation_year": 2026,
        }
    )
    ids["student_2"] = s.students.create(
        {"student_no": "2023020202", "name": "韩梅梅", "major_id": ids["major_2"], "cohort": 2023}
    )
    ids["agreement_old"] = s.agreements.create(
        {
            "number": "JSXY-2025-0009",
            "kind": "internship_base",
            "enterprise_id": ids["firm_a"],
            "status": "draft",
            "start_date": date(2025, 3, 1),
            "end_date": date(2026, 2, 28),
        }
    )
    ids["agreement"] = s.agreements.create(
        {
            "number": "JSXY-2026-0001",
            "kind": "order_class",
            "title": "订单班合作协议",
            "enterprise_id": ids["firm_a"],
            "major_id": ids["major"],
            "start_date": date(2026, 3, 1),
            "end_date": date(2027, 2, 28),
            "renewal_of_id": ids["agreement_old"],
            "themes": "创新、绿色",
            "planned_students": 20,
            "weekly_hours": 40,
            "monthly_pay_fen": "3,500.5",
            "insurance_policy": "PICC-2026-1",
            "assessment_method": "过程考核\n结果考核",
            "enterprise_signed_on": "2026-02-20",
        }
    )
    ids["placement"] = s.placements.create(
        {
            "agreement_id": ids["agreement"],
            "student_id": ids["student"],
            "post": "装配工",
            "enterprise_mentor_id": ids["contact_a1"],
            "college_tutor": "陈老师",
            "start_date": "2026-03-01",
            "end_date": "2026-08-31",
            "monthly_pay_fen": "3000",
            "hired_afterwards": True,
        }
    )
    ids["project"] = s.projects.create(
        {
            "code": "HX-2026-01",
            "title": "数控机床远程运维平台",
            "kind": "technical_service",
            "lead_teacher": "赵老师",
            "contract_value_fen": "35.5",
            "start_date": "2026-01-10",
            "end_date": "2026-12-31",
            "themes": ["innovation", "green"],
            "description": "远程运维",
        }
    )
    ids["project_2"] = s.projects.create(
        {"title": "绿色涂装工艺改进", "kind": "green_upgrade", "status": "proposed"}
    )
    s.partners.create(
        {"project_id": ids["project"], "enterprise_id": ids["firm_b"], "is_lead": True}
    )
    s.partners.create({"project_id": ids["project"], "enterprise_id": ids["firm_a"]})
    s.partners.create(
        {"project_id": ids["project_2"], "enterprise_id": ids["firm_a"], "is_lead": True}
    )
    ids["milestone"] = s.milestones.create(
        {
            "project_id": ids["project"],
            "title": "需求调研",
            "due_date": "2026-04-30",
            "done_on": "2026-04-28",
        }
    )
    ids["payment"] = s.payments.create(
        {
            "project_id": ids["project"],
            "received_on": "2026-05-20",
            "amount_fen": "12.5",
            "reference": "HX-01",
        }
    )
    ids["payment_2"] = s.payments.create(
        {"project_id": ids["project_2"], "received_on": "2026-06-01", "amount_fen": "0.000001"}
    )
    ids["outcome"] = s.outcomes.create(
        {
            "project_id": ids["project"],
            "kind": "software_copyright",
            "title": "运维平台V1.0",
            "identifier": "2026SR0123456",
            "achieved_on": "2026-06-01",
        }
    )
    ids["employment"] = s.employments.create(
        {
            "student_id": ids["student"],
            "enterprise_id": ids["firm_a"],
            "hired_on": "2026-07-01",
            "position": "设备调试员",
            "employed_6m": False,
        }
    )
    ids["training"] = s.trainings.create(
        {
            "enterprise_id": ids["firm_b"],
            "held_on": "2026-06-10",
            "topic": "PLC 编程",
            "participants": 25,
            "hours": 16,
            "trainer": "孙老师",
        }
    )
    return ids


def _key_of(entity: str, row: Any) -> Any:
    if entity == "student":
        return row.student_no
    if entity == "agreement":
        return row.number
    if entity == "project":
        return row.code or row.title
    if entity == "contact":
        return (row.enterprise_id, row.name)
    return row.name


def snapshot(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every live record of every kind as sorted tuples of field values, references by key."""
    found: dict[str, list[tuple[Any, ...]]] = {}
    with db.reading() as session:
        keys: dict[str, dict[int, Any]] = {}
        for entity in ("enterprise", "contact", "major", "student", "agreement", "project"):
            model = MODELS[entity]
            rows = session.scalars(select(model).where(model.deleted_at.is_(None))).all()
            keys[entity] = {r.id: _key_of(entity, r) for r in rows}
        for kind, spec in SHEETS.items():
            model = spec.service.model
            rows = session.scalars(select(model).where(model.deleted_at.is_(None))).all()
            records = []
            for row in rows:
                values: list[Any] = []
                for column in spec.columns:
                    if column.many:
                        continue
                    value = getattr(row, column.name)
                    if column.target is not None and value is not None:
                        value = keys[column.target.value][value]
                        if column.target.value == "contact":
                            value = (keys["enterprise"][value[0]], value[1])
                    values.append(value)
                records.append(tuple(values))
            found[kind] = sorted(records, key=repr)
        partners = session.execute(
            select(
                ProjectPartner.project_id, ProjectPartner.enterprise_id, ProjectPartner.is_lead
            ).where(ProjectPartner.deleted_at.is_(None))
        ).all()
        found["partners"] = sorted(
            ((keys["project"][p], keys["enterprise"][e], lead) for p, e, lead in partners),
            key=repr,
        )
        derived = session.execute(
            select(MODELS["enterprise"]).where(MODELS["enterprise"].deleted_at.is_(None))
        ).scalars()
        found["derived"] = sorted(
            ((e.name, e.name_key, e.size_class, e.size_rule, e.search_text) for e in derived),
            key=repr,
        )
    return found
