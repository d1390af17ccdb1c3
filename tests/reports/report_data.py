"""A small college entered through the services, with the extremes the documents must survive:
markup characters in names, notes and titles, a 200-character name, a firm with no records,
a minor, an adult and a student of unknown age on placement, agreements with and without terms.
"""

from __future__ import annotations

import base64
import io
from datetime import date
from typing import Any

from liaison.services.hub import Services
from liaison.services.settings import COLLEGE_LOGO, COLLEGE_NAME

TODAY = date(2026, 11, 28)
YEAR = 2026
MARKUP = "<b>&amp; A&B <x>"
LONG_NAME = "Zhejiang" + "Precision" * 21 + "Ltd"  # 200 characters, no space to break at
COLLEGE = "杭州 Vocational & Technical College <HVTC>"
FIRM = f"甲机械有限公司 {MARKUP}"
EMPTY_FIRM = "空白贸易有限公司"
USCC = "91350100M000100Y43"
AGREEMENT_NO = "XY-2026-001"
BARE_AGREEMENT_NO = "XY-2026-002"


def logo_png() -> bytes:
    """A 48×48 logo (Pillow comes with ReportLab)."""
    from PIL import Image, ImageDraw

    image = Image.new("RGBA", (48, 48), (0, 0, 0, 0))
    ImageDraw.Draw(image).ellipse((2, 2, 46, 46), fill=(47, 93, 138, 255))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def build(svc: Services) -> dict[str, int]:
    """Enter the college; returns the ids by key."""
    svc.settings.set(COLLEGE_NAME, COLLEGE)
    svc.settings.set(COLLEGE_LOGO, base64.b64encode(logo_png()).decode())
    ids: dict[str, int] = {}

    def add(key: str, service: Any, values: dict[str, Any]) -> int:
        ids[key] = service.create(values)
        return ids[key]

    add("m1", svc.majors, {"name": "机电一体化技术"})
    add("m2", svc.majors, {"name": f"Software {MARKUP}"})
    add(
        "A",
        svc.enterprises,
        {
            "name": FIRM,
            "uscc": USCC,
            "industry_section": "C",
            "employees": 120,
            "revenue_fen": "5000万元",
            "city": "杭州市",
            "address": "杭州市滨江区 <江南大道> 1号 & 2号",
            "status": "active",
            "notes": MARKUP,
        },
    )
    add("L", svc.enterprises, {"name": LONG_NAME, "status": "active", "industry_section": "I"})
    add("E", svc.enterprises, {"name": EMPTY_FIRM, "status": "active"})
    add(
        "c1",
        svc.contacts,
        {
            "enterprise_id": ids["A"],
            "name": "张三",
            "title": "人事经理",
            "mobile": "13800000000",
            "email": "zhang@example.com",
            "is_primary": True,
        },
    )
    add("c2", svc.contacts, {"enterprise_id": ids["A"], "name": "李四", "title": MARKUP})
    for key, name, birth, guardian in (
        ("s1", "王成年", date(2003, 5, 1), None),
        ("s2", "赵未成", date(2009, 3, 1), ("赵父", "13900000000")),
        ("s3", "钱未知", None, None),
    ):
        add(
            key,
            svc.students,
            {
                "student_no": f"2024{key}",
                "name": name,
                "major_id": ids["m1"],
                "birth_date": birth,
                "guardian_name": guardian[0] if guardian else None,
                "guardian_phone": guardian[1] if guardian else None,
            },
        )
    add(
        "a1",
        svc.agreements,
        {
            "number": AGREEMENT_NO,
            "kind": "apprenticeship",
            "title": f"学徒制协议 {MARKUP}",
            "enterprise_id": ids["A"],
            "major_id": ids["m1"],
            "status": "draft",
            "start_date": date(2025, 9, 1),
            "end_date": date(2027, 8, 31),
            "themes": "innovation,green",
            "post": "装配技术员",
            "place": "杭州市滨江区",
            "planned_students": 10,
            "weekly_hours": 40,
            "monthly_pay_fen": "3000元",
            "meals_lodging": "免费工作餐，四人间宿舍",
            "insurance_policy": "POL-0001",
            "assessment_method": "过程考核 60%，岗位实绩 40%",
            "enterprise_signatory": "王总",
            "college_signatory": "李校长",
        },
    )
    svc.agreements.update(ids["a1"], {"status": "signed"})
    svc.agreements.update(ids["a1"], {"status": "active"})
    add(
        "a2",
        svc.agreements,
        {"number": BARE_AGREEMENT_NO, "kind": "co_built_course", "enterprise_id": ids["A"]},
    )
    for key, student, status, start, end in (
        ("p1", "s1", "active", date(2026, 3, 1), date(2026, 12, 31)),
        ("p2", "s2", "planned", date(2026, 12, 1), date(2027, 6, 30)),
        ("p3", "s3", "active", date(2026, 4, 1), None),
    ):
        add(
            key,
            svc.placements,
            {
                "agreement_id": ids["a1"],
                "student_id": ids[student],
                "status": status,
                "start_date": start,
                "end_date": end,
                "enterprise_mentor_id": ids["c1"] if key != "p3" else None,
                "college_tutor": "孙老师" if key != "p3" else None,
                "post": "装配技术员",
            },
        )
    add(
        "P1",
        svc.projects,
        {
            "code": "HX-2026-01",
            "title": f"节能改造 {MARKUP}",
            "kind": "green_upgrade",
            "status": "in_progress",
            "themes": "green,sharing",
            "start_date": date(2026, 1, 1),
            "end_date": date(2027, 6, 30),
            "contract_value_fen": "50万元",
        },
    )
    svc.partners.create({"project_id": ids["P1"], "enterprise_id": ids["A"], "is_lead": True})
    for key, on, amount in (
        ("pay1", date(2026, 2, 10), "10万元"),
        ("pay2", date(2026, 8, 1), "5万元"),
        ("pay3", date(2025, 5, 5), "3万元"),
    ):
        add(
            key,
            svc.payments,
            {"project_id": ids["P1"], "received_on": on, "amount_fen": amount, "reference": key},
        )
    add(
        "ms1",
        svc.milestones,
        {"project_id": ids["P1"], "title": "方案评审", "due_date": date(2026, 3, 31)},
    )
    add(
        "o1",
        svc.outcomes,
        {
            "project_id": ids["P1"],
            "kind": "patent",
            "title": f"节能装置 {MARKUP}",
            "achieved_on": date(2026, 6, 1),
        },
    )
    add(
        "emp1",
        svc.employments,
        {"student_id": ids["s1"], "enterprise_id": ids["A"], "hired_on": date(2026, 7, 1)},
    )
    add(
        "t1",
        svc.trainings,
        {
            "enterprise_id": ids["A"],
            "held_on": date(2026, 4, 1),
            "topic": "PLC 编程培训",
            "participants": 20,
            "hours": 8,
        },
    )
    for key, kind, on, follow_up in (
        ("i1", "visit", date(2026, 3, 5), (MARKUP, date(2026, 4, 1))),
        ("i2", "call", date(2025, 10, 10), None),
    ):
        add(
            key,
            svc.interactions,
            {
                "enterprise_id": ids["A"],
                "contact_id": ids["c1"],
                "kind": kind,
                "occurred_on": on,
                "summary": f"走访交流 {key}",
                "follow_up_action": follow_up[0] if follow_up else None,
                "follow_up_due": follow_up[1] if follow_up else None,
            },
        )
    return ids
