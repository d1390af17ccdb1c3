"""Indicators and cooperation depth on hand-built data with known figures."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select, update

from liaison.errors import NotFound
from liaison.i18n import all_messages
from liaison.indicators import (
    DEPTH_FUNDS_FEN,
    DepthFacts,
    Share,
    college_indicators,
    cooperation_depth,
    days_since_last_contact,
    depth_for,
    depth_for_all,
    enterprise_indicators,
    explain_depth,
    student_months,
    year_over_year,
)
from liaison.model import Agreement, Enterprise, Interaction, Placement, Project, Record, Student
from liaison.services.hub import Services
from liaison.services.registry import MODELS
from tests.core.query_data import BACKENDS, END, START, college, open_services, wan

WAN = 1_000_000  # fen


@pytest.fixture(params=BACKENDS)
def svc(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Services]:
    services = open_services(tmp_path, request.param)
    yield services
    services.db.close()


@pytest.fixture
def ids(svc: Services) -> dict[str, int]:
    return college(svc)


def test_college_indicators_of_the_year(svc: Services, ids: dict[str, int]) -> None:
    with svc.db.reading() as s:
        got = college_indicators(s, START, END)
    assert got.enterprises_by_status == {"active": 3, "prospect": 1, "dormant": 1}
    assert got.partners == 3
    assert got.partners_by_size == {"small": 1, "medium": 1, "unclassified": 1}
    assert got.partners_by_industry == {"C": 1, "I": 1, None: 1}
    assert got.partners_with_agreements == 3
    assert got.agreements_by_kind == {"apprenticeship": 1, "internship_base": 4, "order_class": 1}
    assert got.agreements_by_status == {
        "active": 2,
        "completed": 1,
        "signed": 1,
        "expired": 1,
        "terminated": 1,
    }
    assert got.agreements == 6
    assert got.renewals == Share(1, 2)
    assert got.renewals.percent == Decimal("50.0")
    # p1 (31 days inside the year), p2 (open end, 31), p3 (60), p7 (30).
    assert got.students_placed == 3
    assert got.placement_days == 152
    assert got.student_months == Decimal("4.99")
    assert (got.apprentices, got.order_class_students) == (2, 1)
    assert (got.graduates_employed, got.graduates_related_field) == (3, 2)
    assert (got.retained_6m, got.retained_12m) == (Share(1, 2), Share(0, 1))
    assert got.projects_by_kind == {
        "technical_service": 1,
        "joint_rnd": 1,
        "product_development": 1,
        "process_improvement": 1,
    }
    assert got.projects_by_status == {
        "in_progress": 1,
        "proposed": 1,
        "cancelled": 1,
        "contracted": 1,
    }
    assert got.contract_value_fen == 50 * WAN
    assert got.funds_received_fen == 17 * WAN
    assert got.outcomes_by_kind == {"patent": 1, "software_copyright": 1}
    assert (got.training_sessions, got.staff_trained, got.staff_training_hours) == (2, 35, 220)
    assert got.staff_training_days == Decimal("27.5")
    assert got.interactions_by_kind == {"visit": 3, "call": 2}
    assert got.partner_visits == 2
    assert got.visits_per_partner == Decimal("0.6667")
    assert got.partners_silent == 1  # F: last call exactly 180 days before 31 Dec
    assert got.majors_with_partners == Share(2, 3)


def test_a_major_counts_through_its_students_hosted(svc: Services, ids: dict[str, int]) -> None:
    """A major that no agreement names counts once one of its students is hosted."""
    major = svc.majors.create({"name": "工业机器人技术"})
    student = svc.students.create({"student_no": "S7", "name": "学生7", "major_id": major})

    def place(status: str) -> None:
        svc.placements.create(
            {
                "student_id": student,
                "agreement_id": ids["a3"],
                "status": status,
                "start_date": date(2025, 7, 1),
                "end_date": date(2025, 7, 31),
            }
        )

    def majors() -> Share:
        with svc.db.reading() as s:
            return college_indicators(s, START, END).majors_with_partners

    place("planned")
    assert majors() == Share(2, 4)
    place("completed")
    assert majors() == Share(3, 4)


@pytest.mark.parametrize(
    ("start", "end", "days", "funds_wan", "visits"),
    [
        # The first day only: p1's last month, payment pay1 and nothing else.
        (date(2025, 1, 1), date(2025, 1, 1), 1, 10, 0),
        # The last day: p2's first month, pay2, B's visit.
        (date(2025, 12, 31), date(2025, 12, 31), 1, 5, 1),
        # Second half: p2 31 + p3 60.
        (date(2025, 7, 1), date(2025, 12, 31), 91, 5, 1),
        # First half: p1 31 + p7 30.
        (date(2025, 1, 1), date(2025, 6, 30), 61, 12, 2),
    ],
)
def test_period_edges(
    svc: Services,
    ids: dict[str, int],
    start: date,
    end: date,
    days: int,
    funds_wan: int,
    visits: int,
) -> None:
    with svc.db.reading() as s:
        got = college_indicators(s, start, end)
    assert got.placement_days == days
    assert got.funds_received_fen == funds_wan * WAN
    assert got.visits == visits


def test_student_months_add_up_across_a_period_edge(svc: Services, ids: dict[str, int]) -> None:
    with svc.db.reading() as s:
        halves = [
            college_indicators(s, date(2024, 7, 1), date(2024, 12, 31)).placement_days,
            college_indicators(s, date(2025, 1, 1), date(2025, 6, 30)).placement_days,
        ]
        whole = college_indicators(s, date(2024, 7, 1), date(2025, 6, 30)).placement_days
    # p1 runs 2024-11-01 … 2025-01-31: 61 days before the edge, 31 after.
    assert halves == [61, 61]
    assert whole == sum(halves)


def test_enterprise_indicators(svc: Services, ids: dict[str, int]) -> None:
    with svc.db.reading() as s:
        got = enterprise_indicators(s, ids["A"], START, END)
    assert (got.name, got.status, got.contacts) == ("甲机械有限公司", "active", 1)
    assert got.agreements_by_kind == {"apprenticeship": 1, "internship_base": 2}
    assert got.renewals == Share(1, 1)
    assert (got.students_placed, got.placement_days, got.apprentices) == (2, 92, 2)
    assert (got.graduates_employed, got.retained_6m) == (1, Share(1, 1))
    assert got.projects_by_kind == {"technical_service": 1}
    assert got.contract_value_fen == 50 * WAN
    # P1's 15 万 in the year, and P3's 2 万 (a project of 2024 paid in 2025).
    assert got.funds_received_fen == 17 * WAN
    assert got.outcomes == 2
    assert (got.training_sessions, got.staff_trained, got.staff_training_hours) == (1, 20, 160)
    assert got.interactions_by_kind == {"visit": 1, "call": 1}
    assert (got.last_contact, got.days_since_last_contact) == (date(2025, 8, 1), 152)
    assert got.depth.level == 5


def test_enterprise_indicators_of_a_trashed_firm_raise(svc: Services, ids: dict[str, int]) -> None:
    with svc.db.reading() as s, pytest.raises(NotFound):
        enterprise_indicators(s, ids["D"], START, END)


def test_year_over_year(svc: Services, ids: dict[str, int]) -> None:
    with svc.db.reading() as s:
        this, previous = year_over_year(s, 2025)
    assert (this.start, this.end) == (START, END)
    assert (previous.start, previous.end) == (date(2024, 1, 1), date(2024, 12, 31))
    assert this.funds_received_fen == 17 * WAN
    assert previous.interactions_by_kind == {"visit": 1}
    # 2024: a1 (from Sep), a2, a5 in force; p1 hosted Nov–Dec (61 days).
    assert previous.agreements == 3
    assert previous.placement_days == 61


def test_days_since_last_contact(svc: Services, ids: dict[str, int]) -> None:
    with svc.db.reading() as s:
        got = days_since_last_contact(s, date(2026, 1, 10))
    assert got == {
        ids["A"]: 162,
        ids["B"]: 10,
        ids["C"]: 250,
        ids["E"]: None,
        ids["F"]: 190,
    }


def test_depth_of_the_college(svc: Services, ids: dict[str, int]) -> None:
    with svc.db.reading() as s:
        levels = depth_for_all(s, END)
        one = cooperation_depth(s, ids["E"], END)
        some = depth_for(s, END, [ids["A"], ids["C"], ids["D"]])
    assert levels == {ids["A"]: 5, ids["B"]: 5, ids["C"]: 1, ids["E"]: 3, ids["F"]: 1}
    # E: a terminated agreement still ran in the window, and a contracted project.
    assert one.strands == {"vertical": True, "horizontal": True, "people": False}
    assert some == {ids["A"]: 5, ids["C"]: 1}


def _revive_below(svc: Services, roots: list[tuple[type[Record], int]]) -> int:
    """Take out of the trash the rows that went there with each root (the same stamp), as data
    edited outside Liaison might leave them; the roots stay in the trash. Returns the count."""
    revived = 0
    with svc.db.transaction() as s:
        for model, root in roots:
            stamp = s.scalar(select(model.deleted_at).where(model.id == root))
            assert stamp is not None
            for table in MODELS.values():
                below = table.deleted_at == stamp
                if table is model:
                    below &= table.id != root
                revived += s.execute(update(table).where(below).values(deleted_at=None)).rowcount
    return revived


def test_rows_under_a_trashed_parent_do_not_count(svc: Services, ids: dict[str, int]) -> None:
    """Every figure leaves out rows whose parent (or grandparent) is in the trash, even when
    the rows themselves are not: firm D, agreement a10, project P5 and student s2."""
    svc.students.delete(ids["s2"])
    as_of = date(2026, 1, 10)

    def figures() -> list[object]:
        with svc.db.reading() as s:
            return [
                college_indicators(s, START, END),
                college_indicators(s, date(2024, 1, 1), END),
                *(enterprise_indicators(s, ids[firm], START, END) for firm in "ABE"),
                depth_for_all(s, END),
                depth_for(s, END, [ids["A"], ids["D"]]),
                days_since_last_contact(s, as_of),
            ]

    before = figures()
    roots = [
        (Enterprise, ids["D"]),
        (Agreement, ids["a10"]),
        (Project, ids["P5"]),
        (Student, ids["s2"]),
    ]
    assert _revive_below(svc, roots) >= 10
    with svc.db.reading() as s:
        # D's agreement, its placement and its interaction are live again, under a trashed D.
        live_under_d = [
            s.scalar(select(func.count()).where(m.deleted_at.is_(None), column == ids[key]))
            for m, column, key in (
                (Agreement, Agreement.enterprise_id, "D"),
                (Placement, Placement.agreement_id, "a8"),
                (Interaction, Interaction.enterprise_id, "D"),
                (Placement, Placement.student_id, "s2"),
            )
        ]
    assert live_under_d == [1, 1, 1, 1]
    assert figures() == before


# --- depth levels 0–5 each reached ----------------------------------------------------------

AS_OF = date(2026, 6, 30)


def _firm(svc: Services, name: str) -> int:
    return int(svc.enterprises.create({"name": name, "status": "active"}))


def _agreement(svc: Services, firm: int, kind: str, number: str) -> None:
    svc.agreements.create(
        {
            "number": number,
            "kind": kind,
            "enterprise_id": firm,
            "status": "active",
            "start_date": date(2026, 1, 1),
            "end_date": date(2027, 12, 31),
        }
    )


def _project(svc: Services, firm: int, code: str, funds: str | None) -> None:
    pid = svc.projects.create(
        {
            "code": code,
            "title": code,
            "kind": "technical_service",
            "status": "in_progress",
            "start_date": date(2026, 1, 1),
        }
    )
    svc.partners.create({"project_id": pid, "enterprise_id": firm, "is_lead": True})
    if funds:
        svc.payments.create(
            {"project_id": pid, "received_on": date(2026, 3, 1), "amount_fen": funds}
        )


def _training(svc: Services, firm: int) -> None:
    svc.trainings.create(
        {
            "enterprise_id": firm,
            "held_on": date(2026, 5, 1),
            "topic": "PLC",
            "participants": 5,
            "hours": 4,
        }
    )


def _call(svc: Services, firm: int, on: date) -> None:
    svc.interactions.create(
        {"enterprise_id": firm, "kind": "call", "occurred_on": on, "summary": "x"}
    )


def _hire(svc: Services, firm: int) -> None:
    sid = svc.students.create({"student_no": f"G{firm}", "name": "毕业生"})
    svc.employments.create(
        {"student_id": sid, "enterprise_id": firm, "hired_on": date(2026, 6, 30)}
    )


def test_each_depth_level_is_reached(svc: Services) -> None:
    level0 = _firm(svc, "零级")
    _call(svc, level0, date(2025, 6, 30))  # the day before the 12-month window opens
    level1 = _firm(svc, "一级")
    _call(svc, level1, date(2025, 7, 1))  # the window's first day
    level2 = _firm(svc, "二级")
    _training(svc, level2)  # one strand, and no contact logged at all
    level3 = _firm(svc, "三级")
    _agreement(svc, level3, "internship_base", "L3")
    _project(svc, level3, "P-L3", wan(1))
    level4 = _firm(svc, "四级")
    _agreement(svc, level4, "internship_base", "L4")
    _project(svc, level4, "P-L4", f"{DEPTH_FUNDS_FEN // 100 - 1}元")  # one 元 short
    _training(svc, level4)
    _hire(svc, level4)  # a single marker is not enough
    level5 = _firm(svc, "五级")
    _agreement(svc, level5, "apprenticeship", "L5")
    _project(svc, level5, "P-L5", wan(10))  # exactly the threshold
    _training(svc, level5)
    expected = {level0: 0, level1: 1, level2: 2, level3: 3, level4: 4, level5: 5}
    with svc.db.reading() as s:
        assert depth_for_all(s, AS_OF) == expected
        depths = {firm: cooperation_depth(s, firm, AS_OF) for firm in expected}
    assert {firm: d.level for firm, d in depths.items()} == expected
    assert depths[level4].markers == {"deep_agreement": False, "funds": False, "hires": True}
    assert depths[level5].markers == {"deep_agreement": True, "funds": True, "hires": False}
    assert depths[level2].strands == {"vertical": False, "horizontal": False, "people": True}
    assert depths[level0].window_start == date(2025, 7, 1)


def test_depth_reasons_in_both_languages(svc: Services) -> None:
    firm = _firm(svc, "五级")
    _agreement(svc, firm, "order_class", "L5")
    _project(svc, firm, "P-L5", wan("12.5"))
    _hire(svc, firm)
    _call(svc, firm, date(2026, 2, 2))
    with svc.db.reading() as s:
        en = cooperation_depth(s, firm, AS_OF, lang="en")
        zh = cooperation_depth(s, firm, AS_OF, lang="zh_CN")
    assert en.level == zh.level == 5
    assert (en.label, zh.label) == ("Deep cooperation", "深度融合")
    assert en.reasons[0] == "Contacts (visits, calls, meetings …): 1"
    assert "12.5 万元" in en.reasons[2] and "到账经费 12.5 万元" in zh.reasons[2]
    assert len(en.reasons) == len(zh.reasons) == 7  # contact, 3 strands, 3 markers

    with svc.db.reading() as s:
        empty = cooperation_depth(s, 999, AS_OF, lang="en")
    assert empty.level == 0
    assert empty.reasons == ["No contact and no cooperation from 2025-07-01 to 2026-06-30"]


def test_depth_scale_explained_in_both_languages() -> None:
    en, zh = explain_depth("en"), explain_depth("zh_CN")
    assert "Horizontal joint innovation" in en and "横向联合创新" in zh
    assert "10 万元" in en and "10 万元" in zh
    assert len(en.splitlines()) == len(zh.splitlines()) == 11
    assert all(key in all_messages() for key in ("depth.level.0", "depth.level.5"))


@pytest.mark.parametrize(
    ("facts", "level"),
    [
        (DepthFacts(), 0),
        (DepthFacts(contacts=3), 1),
        (DepthFacts(outcomes=1), 2),
        (DepthFacts(agreements=1, placements=2), 3),
        (DepthFacts(agreements=1, deep_agreements=1, projects=1, trainings=1), 4),
        (DepthFacts(agreements=1, deep_agreements=1, funds_fen=DEPTH_FUNDS_FEN, trainings=1), 5),
        (DepthFacts(agreements=1, funds_fen=DEPTH_FUNDS_FEN, hires=1), 5),
    ],
)
def test_depth_levels_from_facts(facts: DepthFacts, level: int) -> None:
    assert facts.level == level


@pytest.mark.parametrize(
    ("days", "months"),
    [(0, "0.00"), (1, "0.03"), (30, "0.99"), (31, "1.02"), (365, "11.99"), (366, "12.02")],
)
def test_student_months(days: int, months: str) -> None:
    assert student_months(days) == Decimal(months)


def test_share_of_nothing_is_none() -> None:
    assert Share(0, 0).ratio is None and Share(0, 0).percent is None
    assert Share(1, 3).ratio == Decimal("0.3333")
