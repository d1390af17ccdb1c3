"""Every service: create, update, delete to trash, restore, validation and the audit trail."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from sqlalchemy import select

from liaison.errors import NotFound, ValidationError, ValidationErrors
from liaison.i18n import LiaisonError, using
from liaison.model import AuditEntry
from liaison.services.hub import Services

VALID_USCC = "91350100M000100Y43"


def build_world(s: Services) -> dict[str, int]:
    """One of everything, through the services, with ids by entity name."""
    ids: dict[str, int] = {}
    ids["enterprise"] = s.enterprises.create(
        {
            "name": "苏州精工机械有限公司",
            "uscc": VALID_USCC,
            "industry_section": "C",
            "employees": 35,
            "revenue_fen": "800",
            "assets_fen": "1200",
            "city": "苏州",
            "tags": "智能制造,新能源",
            "status": "active",
        }
    )
    ids["contact"] = s.contacts.create(
        {
            "enterprise_id": ids["enterprise"],
            "name": "王敏",
            "title": "人事经理",
            "mobile": "13800001111",
            "email": "wm@example.cn",
            "is_primary": True,
        }
    )
    ids["interaction"] = s.interactions.create(
        {
            "enterprise_id": ids["enterprise"],
            "contact_id": ids["contact"],
            "kind": "visit",
            "occurred_on": "2026-03-01",
            "summary": "走访洽谈订单班",
            "follow_up_action": "寄送协议草稿",
            "follow_up_due": "2026-03-15",
        }
    )
    ids["major"] = s.majors.create({"name": "机电一体化技术", "code": "460301"})
    ids["student"] = s.students.create(
        {"student_no": "2023010101", "name": "李雷", "major_id": ids["major"], "cohort": 2023}
    )
    ids["agreement"] = s.agreements.create(
        {
            "number": "JSXY-2026-0001",
            "kind": "order_class",
            "enterprise_id": ids["enterprise"],
            "start_date": date(2026, 3, 1),
            "end_date": date(2027, 2, 28),
            "themes": "创新、绿色",
            "monthly_pay_fen": "3,500",
        }
    )
    ids["placement"] = s.placements.create(
        {
            "agreement_id": ids["agreement"],
            "student_id": ids["student"],
            "start_date": "2026-03-01",
            "end_date": "2026-08-31",
            "enterprise_mentor_id": ids["contact"],
            "college_tutor": "陈老师",
        }
    )
    ids["project"] = s.projects.create(
        {
            "title": "数控机床远程运维平台",
            "kind": "technical_service",
            "contract_value_fen": "35.5",
            "start_date": "2026-01-10",
            "themes": ["innovation"],
        }
    )
    ids["project_partner"] = s.partners.create(
        {"project_id": ids["project"], "enterprise_id": ids["enterprise"], "is_lead": True}
    )
    ids["milestone"] = s.milestones.create(
        {"project_id": ids["project"], "title": "需求调研", "due_date": "2026-04-30"}
    )
    ids["payment"] = s.payments.create(
        {"project_id": ids["project"], "received_on": "2026-05-20", "amount_fen": "12.5"}
    )
    ids["outcome"] = s.outcomes.create(
        {
            "project_id": ids["project"],
            "kind": "software_copyright",
            "title": "运维平台V1.0",
            "identifier": "2026SR0123456",
        }
    )
    ids["employment"] = s.employments.create(
        {
            "student_id": ids["student"],
            "enterprise_id": ids["enterprise"],
            "hired_on": "2026-07-01",
            "position": "设备调试员",
        }
    )
    ids["training_session"] = s.trainings.create(
        {
            "enterprise_id": ids["enterprise"],
            "held_on": "2026-06-10",
            "topic": "PLC 编程",
            "participants": 25,
            "hours": 16,
        }
    )
    return ids


# A harmless change per entity, to test update and its audit entry.
EDITS: dict[str, tuple[str, Any, Any]] = {
    "enterprise": ("city", "无锡", "无锡"),
    "contact": ("title", "总经理", "总经理"),
    "interaction": ("follow_up_done", "是", True),
    "major": ("department", "智能制造学院", "智能制造学院"),
    "student": ("class_name", "机电2301", "机电2301"),
    "agreement": ("status", "signed", "signed"),
    "placement": ("post", "装配工", "装配工"),
    "project": ("lead_teacher", "赵老师", "赵老师"),
    "project_partner": ("is_lead", False, False),
    "milestone": ("done_on", "2026/4/28", date(2026, 4, 28)),
    "payment": ("reference", "HX-01", "HX-01"),
    "outcome": ("achieved_on", "2026年6月1日", date(2026, 6, 1)),
    "employment": ("employed_6m", "yes", True),
    "training_session": ("participants", "30", 30),
}


def test_world_builds(services: Services) -> None:
    ids = build_world(services)
    assert set(ids) == set(EDITS)


@pytest.mark.parametrize("entity", sorted(EDITS))
def test_update_delete_restore_are_audited(services: Services, entity: str) -> None:
    ids = build_world(services)
    service = services.service(entity)
    record_id = ids[entity]
    field, raw, stored = EDITS[entity]
    old = getattr(service.get(record_id), field)
    diff = service.update(record_id, {field: raw})
    assert diff == {field: (old, stored)}
    assert getattr(service.get(record_id), field) == stored
    assert service.update(record_id, {field: raw}) == {}  # no change, no audit entry

    service.delete(record_id)
    with pytest.raises(NotFound):
        service.get(record_id)
    assert any(item.entity == entity and item.id == record_id for item in services.trash.items())
    services.trash.restore(entity, record_id)
    assert service.get(record_id).deleted_at is None

    actions = [c.action for c in services.history.of(entity, record_id)]
    assert actions == ["restore", "delete", "update", "create"]
    latest_update = services.history.of(entity, record_id)[2]
    assert latest_update.officer == "tester"
    assert field in latest_update.changes


def test_audit_records_old_and_new_values(services: Services) -> None:
    ids = build_world(services)
    services.enterprises.update(ids["enterprise"], {"employees": 400, "revenue_fen": 5000})
    with services.db.reading() as s:
        entry = s.scalars(
            select(AuditEntry)
            .where(AuditEntry.entity == "enterprise")
            .order_by(AuditEntry.id.desc())
        ).first()
    assert entry is not None
    assert entry.changes == {"employees": [35, 400], "revenue_fen": [800_000_000, 5_000_000_000]}
    assert entry.officer == "tester"


def test_enterprise_size_class_follows_the_rules(services: Services) -> None:
    ids = build_world(services)
    firm = services.enterprises.get(ids["enterprise"])
    assert (firm.size_class, firm.size_rule) == ("small", "CN-2011")
    services.enterprises.update(ids["enterprise"], {"employees": 400, "revenue_fen": "5,000万元"})
    assert services.enterprises.get(ids["enterprise"]).size_class == "medium"
    services.enterprises.update(ids["enterprise"], {"revenue_fen": None})
    assert services.enterprises.get(ids["enterprise"]).size_class == "unclassified"


def test_size_override_needs_a_reason(services: Services) -> None:
    ids = build_world(services)
    with pytest.raises(ValidationErrors) as info:
        services.enterprises.update(ids["enterprise"], {"size_override": "micro"})
    assert info.value.field == "size_reason"
    services.enterprises.update(
        ids["enterprise"], {"size_override": "micro", "size_reason": "集团内独立核算的小微主体"}
    )
    firm = services.enterprises.get(ids["enterprise"])
    assert (firm.size_class, firm.size_rule) == ("micro", "manual")
    services.enterprises.update(ids["enterprise"], {"size_override": None, "size_reason": None})
    assert services.enterprises.get(ids["enterprise"]).size_class == "small"


@pytest.mark.parametrize(
    ("values", "field"),
    [
        ({}, "name"),
        ({"name": "甲" * 201}, "name"),
        ({"name": "A", "uscc": "91350100M000100Y44"}, "uscc"),
        ({"name": "A", "uscc": "9135010OM000100Y43"}, "uscc"),
        ({"name": "A", "industry_section": "Z"}, "industry_section"),
        ({"name": "A", "employees": "很多"}, "employees"),
        ({"name": "A", "employees": -3}, "employees"),
        ({"name": "A", "revenue_fen": "1.2.3"}, "revenue_fen"),
        ({"name": "A", "status": "bankrupt"}, "status"),
        ({"name": "A", "colour": "red"}, "colour"),
    ],
)
def test_enterprise_validation_names_the_field(
    services: Services, values: dict[str, Any], field: str
) -> None:
    with pytest.raises(ValidationErrors) as info:
        services.enterprises.create(values)
    assert field in {e.field for e in info.value.errors}
    assert str(info.value)


def test_every_field_at_fault_is_reported_at_once(services: Services) -> None:
    with pytest.raises(ValidationErrors) as info:
        services.enterprises.create({"employees": "x", "uscc": "123"})
    assert {e.field for e in info.value.errors} == {"name", "employees", "uscc"}


def test_duplicate_name_and_credit_code_are_refused(services: Services) -> None:
    build_world(services)
    with pytest.raises(ValidationErrors) as info:
        services.enterprises.create({"name": "苏州精工机械 有限公司"})
    assert info.value.field == "name"
    with pytest.raises(ValidationErrors) as info:
        services.enterprises.create({"name": "另一家", "uscc": VALID_USCC.lower()})
    assert info.value.field == "uscc"


def test_chinese_punctuation_is_stored_as_typed_and_folded_for_matching(
    services: Services,
) -> None:
    from liaison.search import search_enterprises

    firm = services.enterprises.create(
        {"name": "无锡某某（集团）有限公司", "city": "无锡市", "tags": "ＡＩ，高新"}
    )
    stored = services.enterprises.get(firm)
    assert stored.name == "无锡某某（集团）有限公司"
    with services.db.reading() as s:
        assert [h.id for h in search_enterprises(s, "某某(集团)")] == [firm]
    with pytest.raises(ValidationErrors):  # the same name with ASCII brackets is the same firm
        services.enterprises.create({"name": "无锡某某(集团)有限公司"})


def test_a_trashed_firm_frees_its_credit_code_and_blocks_restore_on_clash(
    services: Services,
) -> None:
    ids = build_world(services)
    services.enterprises.delete(ids["enterprise"])
    newcomer = services.enterprises.create({"name": "新企业", "uscc": VALID_USCC})
    assert newcomer
    with pytest.raises(ValidationErrors):
        services.enterprises.restore(ids["enterprise"])


def test_deleting_a_firm_takes_its_rows_to_the_trash_and_restore_brings_them_back(
    services: Services,
) -> None:
    ids = build_world(services)
    services.enterprises.delete(ids["enterprise"])
    for entity in ("contact", "interaction", "agreement", "placement", "employment"):
        with pytest.raises(NotFound):
            services.service(entity).get(ids[entity])
    listed = {(i.entity, i.id) for i in services.trash.items()}
    assert listed == {("enterprise", ids["enterprise"])}
    services.enterprises.restore(ids["enterprise"])
    for entity in ("contact", "interaction", "agreement", "placement", "employment"):
        assert services.service(entity).get(ids[entity]).deleted_at is None


def test_a_row_trashed_on_its_own_stays_trashed_when_its_parent_returns(
    services: Services,
) -> None:
    ids = build_world(services)
    services.interactions.delete(ids["interaction"])
    services.enterprises.delete(ids["enterprise"])
    services.enterprises.restore(ids["enterprise"])
    with pytest.raises(NotFound):
        services.interactions.get(ids["interaction"])
    assert ("interaction", ids["interaction"]) in {(i.entity, i.id) for i in services.trash.items()}


def test_references_must_exist_and_be_live(services: Services) -> None:
    ids = build_world(services)
    with pytest.raises(ValidationError) as info:
        services.contacts.create({"enterprise_id": 9999, "name": "x"})
    assert info.value.field == "enterprise_id"
    services.majors.delete(ids["major"])
    with pytest.raises(ValidationError):
        services.students.create({"student_no": "S2", "name": "韩梅梅", "major_id": ids["major"]})


def test_one_primary_contact_per_firm(services: Services) -> None:
    ids = build_world(services)
    second = services.contacts.create(
        {"enterprise_id": ids["enterprise"], "name": "刘洋", "is_primary": "是"}
    )
    assert services.contacts.get(second).is_primary
    assert not services.contacts.get(ids["contact"]).is_primary


def test_contact_email_is_checked(services: Services) -> None:
    ids = build_world(services)
    with pytest.raises(ValidationError) as info:
        services.contacts.create({"enterprise_id": ids["enterprise"], "name": "x", "email": "no"})
    assert info.value.field == "email"


def test_interaction_contact_must_work_for_the_firm(services: Services) -> None:
    ids = build_world(services)
    other = services.enterprises.create({"name": "无锡另一家公司"})
    with pytest.raises(ValidationError) as info:
        services.interactions.create(
            {
                "enterprise_id": other,
                "contact_id": ids["contact"],
                "kind": "call",
                "occurred_on": "2026-03-02",
                "summary": "电话",
            }
        )
    assert info.value.field == "contact_id"


def test_interaction_defaults_officer_and_checks_follow_up_date(services: Services) -> None:
    ids = build_world(services)
    assert services.interactions.get(ids["interaction"]).officer == "tester"
    with pytest.raises(ValidationError) as info:
        services.interactions.create(
            {
                "enterprise_id": ids["enterprise"],
                "kind": "call",
                "occurred_on": "2026-03-10",
                "summary": "x",
                "follow_up_due": "2026-03-01",
            }
        )
    assert info.value.field == "follow_up_due"


def test_agreement_rules(services: Services) -> None:
    ids = build_world(services)
    agreement = services.agreements.get(ids["agreement"])
    assert agreement.status == "draft"
    assert agreement.themes == "innovation,green"
    assert agreement.monthly_pay_fen == 350_000
    with pytest.raises(ValidationError) as info:
        services.agreements.update(ids["agreement"], {"status": "completed"})
    assert info.value.field == "status"
    with pytest.raises(ValidationError) as info:
        services.agreements.create(
            {
                "number": "JSXY-2026-0001",
                "kind": "apprenticeship",
                "enterprise_id": ids["enterprise"],
            }
        )
    assert info.value.field == "number"
    with pytest.raises(ValidationError) as info:
        services.agreements.create(
            {
                "number": "B",
                "kind": "apprenticeship",
                "enterprise_id": ids["enterprise"],
                "start_date": "2026-05-01",
                "end_date": "2026-04-01",
            }
        )
    assert info.value.field == "end_date"
    renewal = services.agreements.create(
        {
            "number": "JSXY-2027-0001",
            "kind": "order_class",
            "enterprise_id": ids["enterprise"],
            "renewal_of_id": ids["agreement"],
        }
    )
    assert services.agreements.get(renewal).renewal_of_id == ids["agreement"]
    for step in ("signed", "active", "completed"):
        services.agreements.update(ids["agreement"], {"status": step})


def test_placement_rules(services: Services) -> None:
    ids = build_world(services)
    second_student = services.students.create({"student_no": "2023010102", "name": "韩梅梅"})
    base = {"agreement_id": ids["agreement"], "student_id": second_student}
    with pytest.raises(ValidationError) as info:  # before the agreement starts
        services.placements.create({**base, "start_date": "2026-02-01"})
    assert info.value.field == "start_date"
    with pytest.raises(ValidationError):  # after it ends
        services.placements.create({**base, "start_date": "2026-03-01", "end_date": "2027-06-30"})
    with pytest.raises(ValidationError) as info:  # the same student twice at once
        services.placements.create(
            {**base, "student_id": ids["student"], "start_date": "2026-05-01"}
        )
    assert "JSXY-2026-0001" in str(info.value)
    stranger = services.contacts.create(
        {"enterprise_id": services.enterprises.create({"name": "别家"}), "name": "外人"}
    )
    with pytest.raises(ValidationError) as info:
        services.placements.create(
            {**base, "start_date": "2026-03-01", "enterprise_mentor_id": stranger}
        )
    assert info.value.field == "enterprise_mentor_id"
    # After the first placement ends (completed), a later one is fine.
    services.placements.update(ids["placement"], {"status": "active"})
    services.placements.update(ids["placement"], {"status": "completed"})
    later = services.placements.create(
        {"agreement_id": ids["agreement"], "student_id": ids["student"], "start_date": "2026-05-01"}
    )
    assert services.placements.get(later).status == "planned"


def test_money_is_exact(services: Services) -> None:
    ids = build_world(services)
    assert services.projects.get(ids["project"]).contract_value_fen == 35_500_000
    assert services.payments.get(ids["payment"]).amount_fen == 12_500_000
    with pytest.raises(ValidationError):
        services.payments.create(
            {"project_id": ids["project"], "received_on": "2026-06-01", "amount_fen": 0}
        )


def test_project_partner_once_and_one_lead(services: Services) -> None:
    ids = build_world(services)
    with pytest.raises(ValidationError):
        services.partners.create({"project_id": ids["project"], "enterprise_id": ids["enterprise"]})
    other = services.enterprises.create({"name": "常州智造科技有限公司"})
    new_lead = services.partners.create(
        {"project_id": ids["project"], "enterprise_id": other, "is_lead": True}
    )
    assert services.partners.get(new_lead).is_lead
    assert not services.partners.get(ids["project_partner"]).is_lead


def test_training_needs_people_and_hours(services: Services) -> None:
    ids = build_world(services)
    with pytest.raises(ValidationError) as info:
        services.trainings.create(
            {
                "enterprise_id": ids["enterprise"],
                "held_on": "2026-01-01",
                "topic": "x",
                "participants": 0,
                "hours": 2,
            }
        )
    assert info.value.field == "participants"


def test_undo_takes_back_the_last_changes_in_order(services: Services) -> None:
    ids = build_world(services)
    services.enterprises.update(ids["enterprise"], {"city": "无锡", "revenue_fen": 900})
    services.contacts.delete(ids["contact"])
    services.history.undo_last()  # the delete
    assert services.contacts.get(ids["contact"]).deleted_at is None
    services.history.undo_last()  # the update, money back in fen exactly
    firm = services.enterprises.get(ids["enterprise"])
    assert (firm.city, firm.revenue_fen) == ("苏州", 800_000_000)
    undone = services.history.undo_last()  # the training session created last in the world
    assert undone.entity == "training_session"
    with pytest.raises(NotFound):
        services.trainings.get(ids["training_session"])


def test_nothing_to_undo_is_a_known_error(services: Services) -> None:
    with pytest.raises(LiaisonError) as info:
        services.history.undo_last()
    with using("zh_CN"):
        assert info.value.message() == "没有可撤销的操作。"


def test_messages_in_chinese(services: Services) -> None:
    with using("zh_CN"), pytest.raises(ValidationErrors) as info:
        services.enterprises.create({"name": "A", "uscc": "91350100M000100Y44"})
    with using("zh_CN"):
        assert "第 18 位" in info.value.message() or "18" in info.value.message()
        assert any("\u4e00" <= ch <= "\u9fff" for ch in info.value.message())
