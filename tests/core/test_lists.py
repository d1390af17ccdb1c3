"""Lists: ids ordered and filtered in SQL, rows fetched for the ids in their order."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import event

from liaison import lists
from liaison.services.hub import Services
from tests.core.query_data import BACKENDS, END, START, college, open_services

WAN = 1_000_000


@pytest.fixture(scope="module", params=BACKENDS)
def data(
    tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest
) -> Iterator[tuple[Services, dict[str, int]]]:
    # Every test here only reads, so one college serves the module.
    svc = open_services(tmp_path_factory.mktemp("lists"), request.param)
    ids = college(svc)
    yield svc, ids
    svc.db.close()


def keys(ids: dict[str, int], found: list[int]) -> list[str]:
    names = {v: k for k, v in ids.items() if k[0] in "ABCDEF" and len(k) == 1}
    return [names[i] for i in found]


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        ({}, ["C", "B", "F", "E", "A"]),  # by folded name (code point order for Chinese)
        ({"descending": True}, ["A", "E", "F", "B", "C"]),
        ({"status": "active"}, ["B", "F", "A"]),
        ({"status": ["prospect", "dormant"]}, ["C", "E"]),
        ({"size_class": "medium"}, ["B"]),
        ({"industry": "C"}, ["A"]),
        ({"search": "软件"}, ["B"]),
        ({"search": "有限公司", "status": "active", "order_by": "status"}, ["A", "B", "F"]),
        ({"order_by": "contacts", "descending": True}, ["A", "F", "E", "C", "B"]),
        ({"order_by": "last_contact"}, ["C", "F", "A", "B", "E"]),  # never contacted last
        ({"order_by": "last_contact", "descending": True}, ["B", "A", "F", "C", "E"]),
        ({"order_by": "industry"}, ["A", "C", "B", "E", "F"]),  # no section last
    ],
)
def test_enterprise_ids(
    data: tuple[Services, dict[str, int]], options: dict[str, object], expected: list[str]
) -> None:
    svc, ids = data
    with svc.db.reading() as s:
        found = lists.enterprise_ids(s, **options)  # type: ignore[arg-type]
    assert keys(ids, found) == expected


@pytest.mark.parametrize(
    "options",
    [
        {},
        {"descending": True},
        {"search": "有限公司"},
        {"search": "有限公司", "status": "active", "order_by": "status"},
        {"order_by": "last_contact", "descending": True},
    ],
)
@pytest.mark.parametrize("limit", [0, 1, 3, 50])
def test_enterprise_ids_limit_gives_the_start_of_the_whole_list(
    data: tuple[Services, dict[str, int]], options: dict[str, object], limit: int
) -> None:
    svc, _ids = data
    with svc.db.reading() as s:
        whole = lists.enterprise_ids(s, **options)  # type: ignore[arg-type]
        first = lists.enterprise_ids(s, limit=limit, **options)  # type: ignore[arg-type]
    assert len(whole) >= 3
    assert first == whole[:limit]


@pytest.mark.parametrize(
    "options",
    [{}, {"descending": False}, {"order_by": "enterprise"}, {"search": "联系"}, {"kind": "visit"}],
)
def test_interaction_ids_limit_gives_the_start_of_the_whole_list(
    data: tuple[Services, dict[str, int]], options: dict[str, object]
) -> None:
    svc, _ids = data
    with svc.db.reading() as s:
        whole = lists.interaction_ids(s, **options)  # type: ignore[arg-type]
        first = lists.interaction_ids(s, limit=2, **options)  # type: ignore[arg-type]
    assert len(whole) > 2
    assert first == whole[:2]


def test_enterprise_rows_follow_the_ids(data: tuple[Services, dict[str, int]]) -> None:
    svc, ids = data
    with svc.db.reading() as s:
        rows = lists.enterprise_rows(s, [ids["C"], ids["D"], ids["A"]])
        with_depth = lists.enterprise_rows(s, [ids["A"], ids["C"]], depth_as_of=END)
    assert [r.id for r in rows] == [ids["C"], ids["A"]]  # the trashed D is left out
    a = rows[1]
    assert (a.name, a.industry_section, a.size_class, a.status) == (
        "甲机械有限公司",
        "C",
        "small",
        "active",
    )
    assert (a.contacts, a.last_contact, a.depth) == (1, date(2025, 8, 1), None)
    assert [r.depth for r in with_depth] == [5, 1]


def test_unknown_sort_key(data: tuple[Services, dict[str, int]]) -> None:
    svc, _ids = data
    with svc.db.reading() as s, pytest.raises(ValueError, match="unknown sort key"):
        lists.enterprise_ids(s, order_by="size")


def test_interactions(data: tuple[Services, dict[str, int]]) -> None:
    svc, ids = data
    pick = [ids[k] for k in ("i3", "i2", "i8", "i5", "i1", "i4")]
    with svc.db.reading() as s:
        assert lists.interaction_ids(s) == pick
        assert lists.interaction_ids(s, kind="visit", start=START, end=END) == [
            ids["i3"],
            ids["i5"],
            ids["i1"],
        ]
        assert lists.interaction_ids(s, enterprise_id=ids["A"], descending=False) == [
            ids["i1"],
            ids["i2"],
        ]
        assert lists.interaction_ids(s, end=date(2025, 2, 1)) == [ids["i1"], ids["i4"]]
        assert lists.interaction_ids(s, search="丙商贸") == [ids["i5"]]
        assert lists.interaction_ids(s, follow_up_open=True) == []
        assert len(lists.interaction_ids(s, follow_up_open=False)) == 6
        rows = lists.interaction_rows(s, [ids["i5"], ids["i6"], ids["i1"]])
    assert [(r.id, r.kind, r.enterprise_name, r.summary) for r in rows] == [
        (ids["i5"], "visit", "丙商贸有限公司", "联系i5"),
        (ids["i1"], "visit", "甲机械有限公司", "联系i1"),
    ]
    assert rows[0].officer == "tester" and rows[0].follow_up_done is False


@pytest.mark.parametrize("backend", BACKENDS)
def test_contacts_primary_first_then_in_the_chosen_order(tmp_path: Path, backend: str) -> None:
    svc = open_services(tmp_path, backend)
    firm = svc.enterprises.create({"name": "Alpha"})
    other = svc.enterprises.create({"name": "Beta"})

    def contact(name: str, **values: object) -> int:
        return svc.contacts.create({"enterprise_id": firm, "name": name, **values})

    zhou = contact("Zhou", is_primary=True, title="Manager")
    anna = contact("anna", title="Zoologist", mobile="13800000001")
    bob = contact("Bob")
    gone = contact("Aaron")
    svc.contacts.delete(gone)
    elsewhere = svc.contacts.create({"enterprise_id": other, "name": "Carl"})
    with svc.db.reading() as s:
        assert lists.contact_ids(s, enterprise_id=firm) == [zhou, anna, bob]
        assert lists.contact_ids(s, enterprise_id=firm, descending=True) == [zhou, bob, anna]
        assert lists.contact_ids(s, enterprise_id=firm, order_by="title") == [zhou, bob, anna]
        assert lists.contact_ids(s, enterprise_id=firm, search="13800") == [anna]
        assert lists.contact_ids(s) == [zhou, anna, bob, elsewhere]
        rows = lists.contact_rows(s, [bob, gone, elsewhere, zhou])
    assert [(r.name, r.enterprise_name, r.is_primary) for r in rows] == [
        ("Bob", "Alpha", False),
        ("Carl", "Beta", False),
        ("Zhou", "Alpha", True),
    ]
    svc.db.close()


def test_open_follow_ups(tmp_path: Path) -> None:
    svc = open_services(tmp_path)
    firm = svc.enterprises.create({"name": "Alpha"})
    common = {"enterprise_id": firm, "kind": "call", "occurred_on": date(2026, 1, 1)}
    open_one = svc.interactions.create(
        {**common, "summary": "open", "follow_up_due": date(2026, 2, 1)}
    )
    svc.interactions.create(
        {**common, "summary": "done", "follow_up_due": date(2026, 2, 1), "follow_up_done": True}
    )
    plain = svc.interactions.create({**common, "summary": "plain"})
    with svc.db.reading() as s:
        assert lists.interaction_ids(s, follow_up_open=True) == [open_one]
        assert plain in lists.interaction_ids(s, follow_up_open=False)
        assert len(lists.interaction_ids(s, order_by="follow_up_due")) == 3
    svc.db.close()


def test_agreements(data: tuple[Services, dict[str, int]]) -> None:
    svc, ids = data

    def a(*names: str) -> list[int]:
        return [ids[n] for n in names]

    with svc.db.reading() as s:
        assert lists.agreement_ids(s) == a("a1", "a2", "a3", "a4", "a5", "a6", "a7", "a9")
        assert lists.agreement_ids(s, kind="internship_base") == a("a2", "a3", "a7", "a9")
        assert lists.agreement_ids(s, status="active") == a("a1", "a3")
        assert lists.agreement_ids(s, enterprise_id=ids["B"]) == a("a4", "a5", "a6", "a7")
        in_2026 = lists.agreement_ids(s, start=date(2026, 1, 1), end=date(2026, 12, 31))
        assert in_2026 == a("a1", "a3", "a4", "a6", "a9")
        assert lists.agreement_ids(s, order_by="end", descending=True) == a(
            "a4", "a3", "a1", "a9", "a7", "a2", "a5", "a6"
        )
        assert lists.agreement_ids(s, search="学徒") == a("a1")
        assert lists.agreement_ids(s, search="乙软件", status="expired") == a("a5", "a7")
        rows = lists.agreement_rows(s, a("a4", "a1"))
    assert [(r.number, r.placements, r.major_name) for r in rows] == [
        ("XY-a4", 1, "软件技术"),  # p8 is in the trash
        ("XY-a1", 2, "机电一体化技术"),
    ]
    assert rows[1].enterprise_name == "甲机械有限公司" and rows[1].end_date == date(2026, 8, 31)


def test_students(data: tuple[Services, dict[str, int]]) -> None:
    svc, ids = data
    with svc.db.reading() as s:
        assert lists.student_ids(s, major_id=ids["m2"]) == [ids["s3"], ids["s4"], ids["s6"]]
        assert lists.student_ids(s, search="Ss1") == [ids["s1"]]
        assert lists.student_ids(s, cohort=2024) == []
        by_major = lists.student_ids(s, order_by="major", descending=True)
        rows = lists.student_rows(s, [ids["s1"], ids["s5"]])
    # 软件技术 > 机电一体化技术 > 大数据与会计 by code point; ties by id, descending too.
    assert by_major == [ids[k] for k in ("s6", "s4", "s3", "s2", "s1", "s5")]
    assert [(r.student_no, r.major_name, r.placements) for r in rows] == [
        ("Ss1", "机电一体化技术", 2),
        ("Ss5", "大数据与会计", 1),
    ]


def test_placements(data: tuple[Services, dict[str, int]]) -> None:
    svc, ids = data

    def p(*names: str) -> list[int]:
        return [ids[n] for n in names]

    with svc.db.reading() as s:
        assert lists.placement_ids(s) == p("p1", "p5", "p4", "p7", "p3", "p2")
        assert lists.placement_ids(s, agreement_id=ids["a1"]) == p("p1", "p2")
        assert lists.placement_ids(s, status="completed") == p("p1", "p7", "p3")
        assert lists.placement_ids(s, major_id=ids["m1"]) == p("p1", "p7", "p2")
        assert lists.placement_ids(s, enterprise_id=ids["B"]) == p("p5", "p3")
        assert lists.placement_ids(s, start=date(2025, 12, 1)) == p("p2")
        assert lists.placement_ids(s, order_by="end", descending=True) == p(
            "p3", "p7", "p4", "p5", "p1", "p2"
        )
        rows = lists.placement_rows(s, p("p2", "p6"))
    assert len(rows) == 1
    row = rows[0]
    assert (row.student_no, row.agreement_number, row.agreement_kind) == (
        "Ss2",
        "XY-a1",
        "apprenticeship",
    )
    assert (row.enterprise_name, row.status, row.end_date) == ("甲机械有限公司", "active", None)


def test_projects(data: tuple[Services, dict[str, int]]) -> None:
    svc, ids = data

    def p(*names: str) -> list[int]:
        return [ids[n] for n in names]

    with svc.db.reading() as s:
        assert lists.project_ids(s) == p("P1", "P2", "P3", "P4", "P6")
        assert lists.project_ids(s, enterprise_id=ids["A"]) == p("P1", "P3")
        assert lists.project_ids(s, kind="joint_rnd") == p("P2")
        assert lists.project_ids(s, status=["in_progress", "contracted"]) == p("P1", "P6")
        assert lists.project_ids(s, search="hx-p3") == p("P3")
        assert lists.project_ids(s, order_by="funds", descending=True) == p(
            "P1", "P3", "P6", "P4", "P2"
        )
        assert lists.project_ids(s, start=date(2025, 1, 1), end=date(2025, 1, 31)) == p("P6")
        rows = lists.project_rows(s, p("P1", "P4"))
    one, four = rows
    assert (one.funds_received_fen, one.partners, one.contract_value_fen) == (18 * WAN, 2, 50 * WAN)
    assert (one.lead_enterprise_id, one.lead_enterprise_name) == (ids["A"], "甲机械有限公司")
    assert (four.funds_received_fen, four.partners, four.lead_enterprise_id) == (0, 0, None)


def test_employments_and_trainings(data: tuple[Services, dict[str, int]]) -> None:
    svc, ids = data
    with svc.db.reading() as s:
        assert lists.employment_ids(s) == [ids[k] for k in ("e3", "e2", "e1", "e5")]
        in_year = lists.employment_ids(s, start=START, end=END, descending=False)
        assert in_year == [ids[k] for k in ("e5", "e1", "e2")]
        assert lists.employment_ids(s, related_field=False) == [ids["e2"]]
        assert lists.employment_ids(s, enterprise_id=ids["B"], major_id=ids["m2"]) == [ids["e5"]]
        employment = lists.employment_rows(s, [ids["e1"]])[0]
        assert lists.training_ids(s) == [ids["t3"], ids["t2"], ids["t1"]]
        assert lists.training_ids(s, enterprise_id=ids["A"], end=END) == [ids["t1"]]
        assert lists.training_ids(s, order_by="participants", descending=False) == [
            ids["t2"],
            ids["t1"],
            ids["t3"],
        ]
        training = lists.training_rows(s, [ids["t1"], ids["t4"]])
    assert (employment.student_no, employment.enterprise_name, employment.employed_6m) == (
        "Ss1",
        "甲机械有限公司",
        True,
    )
    assert [(t.topic, t.person_hours) for t in training] == [("培训t1", 160)]


def test_trash(data: tuple[Services, dict[str, int]]) -> None:
    svc, ids = data
    newest_first = [
        ("enterprise", ids["D"]),
        ("interaction", ids["i7"]),
        ("payment", ids["pay6"]),
        ("project", ids["P5"]),
        ("placement", ids["p8"]),
        ("agreement", ids["a10"]),
        ("major", ids["m4"]),
        ("contact", ids["cA2"]),
    ]
    with svc.db.reading() as s:
        found = lists.trash_keys(s)
        assert lists.trash_keys(s, entity="agreement") == [("agreement", ids["a10"])]
        by_label = lists.trash_keys(s, order_by="label")
        rows = lists.trash_rows(s, [newest_first[2], newest_first[0], ("placement", ids["p1"])])
        every = lists.trash_rows(s, found)
    # Rows trashed with their parent (D's agreement, placements, interaction …) are not listed.
    assert found == newest_first
    # The list (in SQL) calls each record what the service does (services.trash.label_of).
    assert {(i.entity, i.id, i.label) for i in svc.trash.items()} == {
        (r.entity, r.id, r.label) for r in every
    }
    # Records without a name are called by their id; Chinese sorts by code point.
    assert by_label == [newest_first[k] for k in (2, 4, 5, 0, 6, 7, 1, 3)]
    assert [(r.entity, r.label, r.deleted_by) for r in rows] == [
        ("payment", f"#{ids['pay6']}", "tester"),
        ("enterprise", "丁已删除有限公司", "tester"),
    ]
    assert rows[0].deleted_at.tzinfo is not None
    with svc.db.reading() as s, pytest.raises(ValueError):
        lists.trash_keys(s, entity="nothing")


def test_sqlite_index_choice_for_the_list_of_visits(tmp_path: Path) -> None:
    """Without statistics SQLite may walk a whole table through the deleted_at index (its NULL
    key holds nearly every row) instead of using the enterprise index; see portable.live. The
    whole list is read by a scan and a sort; only a first page walks the date index."""
    svc = open_services(tmp_path)
    firm = svc.enterprises.create({"name": "Alpha"})
    seen: list[str] = []

    def keep(_conn: object, _cursor: object, sql: str, *_: object) -> None:
        if sql.lstrip().upper().startswith("SELECT"):
            seen.append(" ".join(sql.split()))

    event.listen(svc.db.engine, "before_cursor_execute", keep)
    with svc.db.reading() as s:
        lists.interaction_ids(s, enterprise_id=firm)
        lists.interaction_ids(s)
        lists.interaction_ids(s, limit=10)
    event.remove(svc.db.engine, "before_cursor_execute", keep)
    svc.db.close()
    one_firm, every_firm, first_page = seen
    assert "+interaction.deleted_at IS NULL" in one_firm
    assert "+interaction.deleted_at IS NULL" in every_firm
    assert "ORDER BY +interaction.occurred_on DESC" in every_firm
    assert "+interaction.deleted_at" not in first_page
    assert "ORDER BY interaction.occurred_on DESC" in first_page
