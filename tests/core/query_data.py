"""Small exact data sets for the read-side tests (search, lists, reminders, indicators).

Built through the services, as an officer would enter them. Amounts are written with their
unit ("10万元") so they read the same whatever unit a money field is entered in.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, text

from liaison.db import open_database
from liaison.services.hub import Services

YEAR = 2025
START = date(YEAR, 1, 1)
END = date(YEAR, 12, 31)


# The read side must give the same answers on PostgreSQL: with LIAISON_TEST_PG_URL set (a
# database the tests may wipe), fixtures built on BACKENDS run every test on both.
PG_URL = os.environ.get("LIAISON_TEST_PG_URL")
BACKENDS = ["sqlite", *([pytest.param("postgres", marks=pytest.mark.postgres)] if PG_URL else [])]


def open_services(tmp_path: Path, backend: str = "sqlite") -> Services:
    if backend == "sqlite":
        return Services(open_database(tmp_path / "liaison.db"), officer="tester")
    assert PG_URL is not None
    engine = create_engine(PG_URL)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()
    return Services(open_database(PG_URL), officer="tester")


def wan(amount: int | str) -> str:
    return f"{amount}万元"


def college(svc: Services) -> dict[str, int]:
    """The hand-built college of test_indicators (its expected figures are written there)."""
    ids: dict[str, int] = {}

    def add(key: str, service: Any, values: dict[str, Any]) -> int:
        ids[key] = service.create(values)
        return ids[key]

    for key, name in (("m1", "机电一体化技术"), ("m2", "软件技术"), ("m3", "大数据与会计")):
        add(key, svc.majors, {"name": name})
    add("m4", svc.majors, {"name": "已删除专业"})

    def firm(key: str, name: str, status: str, section: str | None, size: str | None) -> int:
        values: dict[str, Any] = {"name": name, "status": status, "industry_section": section}
        if size:
            values |= {"size_override": size, "size_reason": "test data"}
        return add(key, svc.enterprises, values)

    firm("A", "甲机械有限公司", "active", "C", "small")
    firm("B", "乙软件有限公司", "active", "I", "medium")
    firm("C", "丙商贸有限公司", "prospect", "F", None)
    firm("D", "丁已删除有限公司", "active", "C", "micro")
    firm("E", "戊暂停有限公司", "dormant", None, None)
    firm("F", "己久未联系有限公司", "active", None, None)

    add("cA1", svc.contacts, {"enterprise_id": ids["A"], "name": "张三", "is_primary": True})
    add("cA2", svc.contacts, {"enterprise_id": ids["A"], "name": "李四"})

    def agreement(
        key: str, firm_key: str, kind: str, status: str, start: date, end: date | None, **extra: Any
    ) -> int:
        values = {
            "number": f"XY-{key}",
            "kind": kind,
            "enterprise_id": ids[firm_key],
            "status": status,
            "start_date": start,
            "end_date": end,
            **extra,
        }
        return add(key, svc.agreements, values)

    agreement(
        "a1",
        "A",
        "apprenticeship",
        "active",
        date(2024, 9, 1),
        date(2026, 8, 31),
        major_id=ids["m1"],
        title="机电学徒制",
    )
    agreement("a2", "A", "internship_base", "completed", date(2023, 1, 1), date(2025, 3, 31))
    agreement(
        "a3",
        "A",
        "internship_base",
        "active",
        date(2025, 4, 1),
        date(2027, 3, 31),
        renewal_of_id=ids["a2"],
    )
    agreement(
        "a4", "B", "order_class", "signed", date(2025, 9, 1), date(2028, 6, 30), major_id=ids["m2"]
    )
    agreement("a5", "B", "co_built_course", "expired", date(2022, 1, 1), date(2024, 12, 31))
    agreement("a6", "B", "training_base", "draft", date(2025, 1, 1), None)
    agreement("a7", "B", "internship_base", "expired", date(2025, 1, 1), date(2025, 6, 30))
    agreement("a8", "D", "internship_base", "active", date(2025, 1, 1), date(2025, 12, 31))
    agreement("a9", "E", "internship_base", "terminated", date(2025, 2, 1), date(2026, 1, 31))
    agreement("a10", "A", "order_class", "active", date(2025, 1, 1), date(2025, 12, 31))

    def student(key: str, major: str) -> int:
        return add(
            key,
            svc.students,
            {"student_no": f"S{key}", "name": f"学生{key}", "major_id": ids[major], "cohort": 2023},
        )

    for key, major in (
        ("s1", "m1"),
        ("s2", "m1"),
        ("s3", "m2"),
        ("s4", "m2"),
        ("s5", "m3"),
        ("s6", "m2"),
    ):
        student(key, major)

    def placement(
        key: str, who: str, under: str, status: str, start: date, end: date | None
    ) -> int:
        return add(
            key,
            svc.placements,
            {
                "student_id": ids[who],
                "agreement_id": ids[under],
                "status": status,
                "start_date": start,
                "end_date": end,
            },
        )

    placement("p1", "s1", "a1", "completed", date(2024, 11, 1), date(2025, 1, 31))
    placement("p2", "s2", "a1", "active", date(2025, 12, 1), None)
    placement("p3", "s3", "a4", "completed", date(2025, 9, 1), date(2025, 10, 30))
    placement("p4", "s4", "a3", "planned", date(2025, 5, 1), date(2025, 5, 31))
    placement("p5", "s5", "a7", "withdrawn", date(2025, 3, 1), date(2025, 3, 10))
    placement("p6", "s6", "a8", "completed", date(2025, 2, 1), date(2025, 2, 28))
    placement("p7", "s1", "a3", "completed", date(2025, 6, 1), date(2025, 6, 30))
    placement("p8", "s3", "a4", "active", date(2025, 11, 1), date(2025, 11, 30))

    def employment(key: str, who: str, firm_key: str, hired: date, **extra: Any) -> int:
        return add(
            key,
            svc.employments,
            {"student_id": ids[who], "enterprise_id": ids[firm_key], "hired_on": hired, **extra},
        )

    employment("e1", "s1", "A", date(2025, 7, 1), related_field=True, employed_6m=True)
    employment("e2", "s2", "B", date(2025, 12, 31), related_field=False)
    employment("e3", "s3", "A", date(2026, 1, 1))
    employment("e4", "s4", "D", date(2025, 5, 1))
    employment(
        "e5", "s6", "B", date(2025, 3, 1), related_field=True, employed_6m=False, employed_12m=False
    )

    def project(
        key: str,
        kind: str,
        status: str,
        start: date,
        end: date | None,
        value: int | None,
        partners: tuple[str, ...],
    ) -> int:
        pid = add(
            key,
            svc.projects,
            {
                "code": f"HX-{key}",
                "title": f"项目{key}",
                "kind": kind,
                "status": status,
                "start_date": start,
                "end_date": end,
                "contract_value_fen": None if value is None else wan(value),
            },
        )
        for n, firm_key in enumerate(partners):
            svc.partners.create(
                {"project_id": pid, "enterprise_id": ids[firm_key], "is_lead": n == 0}
            )
        return pid

    project(
        "P1",
        "technical_service",
        "in_progress",
        date(2025, 3, 1),
        date(2025, 12, 31),
        50,
        ("A", "B"),
    )
    project("P2", "joint_rnd", "proposed", date(2025, 6, 1), None, 20, ("B",))
    project("P3", "green_upgrade", "completed", date(2024, 1, 1), date(2024, 12, 31), 8, ("A",))
    project("P4", "product_development", "cancelled", date(2025, 2, 1), None, 10, ())
    project("P5", "joint_rnd", "in_progress", date(2025, 1, 1), None, 99, ("A",))
    project("P6", "process_improvement", "contracted", date(2024, 12, 31), None, 30, ("E",))

    def payment(key: str, proj: str, on: date, amount: int) -> int:
        return add(
            key,
            svc.payments,
            {"project_id": ids[proj], "received_on": on, "amount_fen": wan(amount)},
        )

    payment("pay1", "P1", date(2025, 1, 1), 10)
    payment("pay2", "P1", date(2025, 12, 31), 5)
    payment("pay3", "P1", date(2026, 1, 1), 3)
    payment("pay4", "P3", date(2025, 1, 5), 2)
    payment("pay5", "P5", date(2025, 5, 5), 100)
    payment("pay6", "P1", date(2025, 6, 6), 7)

    for key, proj, kind, on in (
        ("o1", "P1", "patent", date(2025, 5, 1)),
        ("o2", "P1", "software_copyright", date(2025, 12, 31)),
        ("o3", "P1", "patent", date(2024, 12, 31)),
        ("o4", "P5", "patent", date(2025, 7, 7)),
    ):
        add(
            key,
            svc.outcomes,
            {"project_id": ids[proj], "kind": kind, "title": f"成果{key}", "achieved_on": on},
        )

    for key, firm_key, on, people, hours in (
        ("t1", "A", date(2025, 4, 1), 20, 8),
        ("t2", "B", date(2025, 10, 1), 15, 4),
        ("t3", "A", date(2026, 1, 1), 30, 8),
        ("t4", "D", date(2025, 4, 1), 9, 9),
    ):
        add(
            key,
            svc.trainings,
            {
                "enterprise_id": ids[firm_key],
                "held_on": on,
                "topic": f"培训{key}",
                "participants": people,
                "hours": hours,
            },
        )

    for key, firm_key, kind, on in (
        ("i1", "A", "visit", date(2025, 2, 1)),
        ("i2", "A", "call", date(2025, 8, 1)),
        ("i3", "B", "visit", date(2025, 12, 31)),
        ("i4", "B", "visit", date(2024, 12, 31)),
        ("i5", "C", "visit", date(2025, 5, 5)),
        ("i6", "D", "visit", date(2025, 6, 6)),
        ("i7", "A", "meeting", date(2025, 9, 9)),
        ("i8", "F", "call", date(2025, 7, 4)),
    ):
        add(
            key,
            svc.interactions,
            {
                "enterprise_id": ids[firm_key],
                "kind": kind,
                "occurred_on": on,
                "summary": f"联系{key}",
            },
        )

    # The trash: each of these must be left out of every figure.
    svc.contacts.delete(ids["cA2"])
    svc.majors.delete(ids["m4"])
    svc.agreements.delete(ids["a10"])
    svc.placements.delete(ids["p8"])
    svc.projects.delete(ids["P5"])
    svc.payments.delete(ids["pay6"])
    svc.interactions.delete(ids["i7"])
    svc.enterprises.delete(ids["D"])
    return ids
