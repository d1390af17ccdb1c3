"""Search: any part of the stored search text, case- and width-insensitive, wildcards literal."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from liaison.search import global_search, search_contacts, search_enterprises, search_students
from liaison.services.hub import Services
from tests.core.query_data import BACKENDS, open_services


@pytest.fixture(params=BACKENDS)
def svc(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Services]:
    services = open_services(tmp_path, request.param)
    yield services
    services.db.close()


@pytest.fixture
def firms(svc: Services) -> dict[str, int]:
    rows = {
        "huawei": {
            "name": "深圳华为技术有限公司",
            "uscc": "91350100M000100Y43",
            "city": "深圳",
            "tags": "ICT, 5G",
            "status": "active",
            "industry_section": "I",
        },
        "acme": {"name": "Acme Robotics", "city": "Wuxi", "tags": "robots", "status": "active"},
        "aardvark": {"name": "Aardvark Acme Parts", "city": "Suzhou", "industry_section": "C"},
        "percent": {"name": "100%_Tools 工具厂", "city": "Ningbo"},
        "plain": {"name": "100 Tools", "city": "Ningbo"},
        "gone": {"name": "Acme Gone", "city": "Wuxi"},
    }
    ids = {key: int(svc.enterprises.create(values)) for key, values in rows.items()}
    svc.enterprises.delete(ids.pop("gone"))
    return ids


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("华为", ["huawei"]),  # a part of a Chinese name
        ("技术有限", ["huawei"]),
        ("深圳", ["huawei"]),  # city
        ("M000100", ["huawei"]),  # part of the credit code
        ("91350100m000100y43", ["huawei"]),  # lower-case credit code
        ("９１３５０１００", ["huawei"]),  # full-width digits
        ("5g", ["huawei"]),  # tag, case-insensitive
        ("robots", ["acme"]),
        ("ＡＣＭＥ", ["acme", "aardvark"]),  # full-width letters; prefix match first
        ("acme", ["acme", "aardvark"]),
        ("  Acme  ", ["acme", "aardvark"]),  # surrounding blanks ignored
        ("%", ["percent"]),  # wildcards are plain characters
        ("_", ["percent"]),
        ("0%_t", ["percent"]),
        ("100", ["percent", "plain", "huawei"]),  # name prefixes first, then the credit code
        ("100 t", ["plain"]),
        ("工具", ["percent"]),
        ("Gone", []),  # the trashed firm is not found
        ("nothing like it", []),
    ],
)
def test_search_enterprises(
    svc: Services, firms: dict[str, int], query: str, expected: list[str]
) -> None:
    with svc.db.reading() as s:
        hits = search_enterprises(s, query)
    assert [h.id for h in hits] == [firms[k] for k in expected]


def test_blank_query_lists_every_live_firm_by_name(svc: Services, firms: dict[str, int]) -> None:
    with svc.db.reading() as s:
        hits = search_enterprises(s, "")
    # By the folded name, which ignores spaces and most punctuation.
    assert [h.name for h in hits] == [
        "100%_Tools 工具厂",
        "100 Tools",
        "Aardvark Acme Parts",
        "Acme Robotics",
        "深圳华为技术有限公司",
    ]


def test_filters_limit_and_offset(svc: Services, firms: dict[str, int]) -> None:
    with svc.db.reading() as s:
        assert [h.id for h in search_enterprises(s, "a", status="active")] == [
            firms["acme"],
        ]
        assert [h.id for h in search_enterprises(s, "", industry=["C", "I"])] == [
            firms["aardvark"],
            firms["huawei"],
        ]
        assert search_enterprises(s, "", size_class="large") == []
        page = search_enterprises(s, "", limit=2, offset=1)
    assert [h.name for h in page] == ["100 Tools", "Aardvark Acme Parts"]
    with svc.db.reading() as s:
        (huawei,) = search_enterprises(s, "华为")
    assert (huawei.uscc, huawei.city, huawei.tags) == ("91350100M000100Y43", "深圳", "ICT, 5G")
    assert (huawei.status, huawei.industry_section) == ("active", "I")


def test_search_contacts_and_students(svc: Services, firms: dict[str, int]) -> None:
    zhang = svc.contacts.create(
        {"enterprise_id": firms["huawei"], "name": "张伟", "mobile": "13800138000", "title": "HR"}
    )
    li = svc.contacts.create(
        {"enterprise_id": firms["acme"], "name": "Li Na", "email": "li.na@acme.example"}
    )
    gone = svc.enterprises.create({"name": "Gone Again"})
    svc.contacts.create({"enterprise_id": gone, "name": "张伟二"})
    svc.enterprises.delete(gone)
    major = svc.majors.create({"name": "软件技术"})
    wang = svc.students.create(
        {"student_no": "2023010101", "name": "王芳", "major_id": major, "class_name": "软件2301"}
    )
    wang_fang = svc.students.create(
        {"student_no": "2023010102", "name": "Wang Fang", "cohort": 2023}
    )
    with svc.db.reading() as s:
        assert [c.id for c in search_contacts(s, "张伟")] == [zhang]
        assert [c.id for c in search_contacts(s, "１３８００")] == [zhang]
        assert [c.id for c in search_contacts(s, "ACME.EXAMPLE")] == [li]
        assert search_contacts(s, "hr")[0].enterprise_name == "深圳华为技术有限公司"
        # Both student numbers hold "2301"; neither name starts with it, so by name.
        hits = search_students(s, "2301")
        assert [h.id for h in hits] == [wang_fang, wang]
        assert (hits[1].major_name, hits[1].class_name) == ("软件技术", "软件2301")
        assert [h.id for h in search_students(s, "软件23")] == [wang]
        assert [h.name for h in search_students(s, "wang")] == ["Wang Fang"]
        assert [h.id for h in search_students(s, "", major_id=major)] == [wang]


def test_global_search(svc: Services, firms: dict[str, int]) -> None:
    svc.contacts.create({"enterprise_id": firms["acme"], "name": "Acme Reception"})
    svc.agreements.create(
        {
            "number": "ACME-2026-01",
            "kind": "order_class",
            "enterprise_id": firms["acme"],
            "start_date": date(2026, 1, 1),
        }
    )
    svc.agreements.create(
        {
            "number": "XY-7",
            "title": "Acme 订单班",
            "kind": "order_class",
            "enterprise_id": firms["acme"],
        }
    )
    svc.projects.create({"code": "HX-ACME", "title": "Welding cell", "kind": "joint_rnd"})
    trashed = svc.projects.create({"code": "HX-9", "title": "Acme old", "kind": "joint_rnd"})
    svc.projects.delete(trashed)
    with svc.db.reading() as s:
        hits = global_search(s, "acme")
        assert global_search(s, "   ") == []
        assert len(global_search(s, "acme", limit_per_kind=1)) == 4
    assert [(h.entity, h.label) for h in hits] == [
        ("enterprise", "Acme Robotics"),
        ("enterprise", "Aardvark Acme Parts"),
        ("contact", "Acme Reception"),
        ("agreement", "ACME-2026-01"),
        ("agreement", "XY-7 Acme 订单班"),
        ("project", "Welding cell"),
    ]
    assert hits[2].enterprise_id == firms["acme"] and hits[2].detail == "Acme Robotics"
