"""The demo data: deterministic, valid by the services' own rules, and written all or nothing."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from liaison import demo
from liaison.db import Database, open_database
from liaison.enums import AgreementKind, AgreementStatus, PlacementStatus, SizeClass
from liaison.i18n import LiaisonError
from liaison.model import (
    Agreement,
    AuditEntry,
    Base,
    Contact,
    Enterprise,
    Interaction,
    Officer,
    Outcome,
    Payment,
    Placement,
    Project,
    ProjectPartner,
    Setting,
    Student,
)
from liaison.rules import uscc
from liaison.rules.names import name_key, search_text
from liaison.rules.periods import overlaps
from liaison.services.enterprises import apply_sizing
from liaison.services.fields import Kind
from liaison.services.hub import Services
from liaison.services.registry import SERVICE_OF_ENTITY
from liaison.tasks import Cancelled

TODAY = date(2026, 3, 15)
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "liaison.db")
    yield database
    database.close()


def dump(database: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every demo table, in id order."""
    with database.engine.connect() as conn:
        return {
            table: [
                tuple(row)
                for row in conn.execute(
                    select(Base.metadata.tables[table]).order_by(Base.metadata.tables[table].c.id)
                )
            ]
            for table in demo.TABLE_ORDER
        }


def counts(database: Database) -> dict[str, int]:
    return {table: len(rows) for table, rows in dump(database).items()}


class Recorder:
    """A progress that remembers what it was told and cancels after ``stop_after`` calls."""

    def __init__(self, stop_after: int | None = None) -> None:
        self.calls: list[tuple[int, int | None, str]] = []
        self.stop_after = stop_after

    def __call__(self, done: int, total: int | None, text: str = "") -> None:
        self.calls.append((done, total, text))

    def cancelled(self) -> bool:
        return self.stop_after is not None and len(self.calls) >= self.stop_after


# --- determinism ----------------------------------------------------------------------------


def test_same_seed_gives_identical_rows_and_another_seed_does_not(tmp_path: Path) -> None:
    built = []
    for name, seed in (("a", 7), ("b", 7), ("c", 8)):
        database = open_database(tmp_path / f"{name}.db")
        demo.build(database, enterprises=40, seed=seed, today=TODAY)
        built.append(dump(database))
        database.close()
    first, again, other = built
    assert first == again
    assert first["enterprise"] != other["enterprise"]
    names = {row[0] for row in first["enterprise"]} & {row[0] for row in other["enterprise"]}
    assert len(names) < 5


def _digest_in_subprocess(hash_seed: str) -> str:
    script = (
        "import hashlib; from datetime import date; from liaison.demo import generate_rows\n"
        "h = hashlib.sha256()\n"
        "for table, rows in generate_rows(enterprises=30, seed=3, today=date(2026, 3, 15),"
        " officer='x'):\n"
        "    h.update(repr((table, [sorted(r.items()) for r in rows])).encode())\n"
        "print(h.hexdigest())\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONHASHSEED": hash_seed}
    done = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True
    )
    return done.stdout.strip()


def test_rows_do_not_depend_on_the_process_hash_seed() -> None:
    # String hashing differs per process; nothing drawn may depend on set or dict-hash order.
    assert _digest_in_subprocess("1") == _digest_in_subprocess("2")


def test_generated_rows_carry_every_column_of_their_table() -> None:
    seen: set[str] = set()
    for table, rows in demo.generate_rows(enterprises=150, seed=1, today=TODAY, officer="x"):
        columns = {c.name for c in Base.metadata.tables[table].columns}
        for row in rows:
            assert set(row) == columns, table
        seen.add(table)
    assert seen == set(demo.TABLE_ORDER)


@pytest.mark.parametrize("seed", [9, 10])
def test_no_two_rows_are_one_record_to_the_import(seed: int) -> None:
    """No two rows share an identity of their service (what the import calls a duplicate), so
    the demo's export imports as it is. These seeds drew a contact logged twice on one day,
    an outcome twice, two projects without a code under one title and two contacts of one
    name at one firm."""
    first: dict[tuple[str, str, Any], int] = {}
    clashes = []
    for table, rows in demo.generate_rows(enterprises=1000, seed=seed, today=TODAY, officer="x"):
        service = SERVICE_OF_ENTITY.get(table)
        for row in rows:
            for identity in service.identities if service else ():
                key = identity.key(row)
                if key is not None:
                    earlier = first.setdefault((table, identity.field, key), row["id"])
                    if earlier != row["id"]:
                        clashes.append((table, earlier, row["id"], key))
    assert clashes == []


def test_text_is_what_the_services_would_store() -> None:
    """Single-line text with full-width punctuation is folded by the services (NFKC); the demo
    stores it folded too, or an unchanged export imports as hundreds of updates."""
    differ = []
    for table, rows in demo.generate_rows(enterprises=200, seed=3, today=TODAY, officer="x"):
        service = SERVICE_OF_ENTITY.get(table)
        fields = service.fields if service else ()
        texts = [f for f in fields if f.kind in (Kind.TEXT, Kind.LONGTEXT)]
        for row in rows:
            for spec in texts:
                if row[spec.name] is not None and spec.coerce(row[spec.name]) != row[spec.name]:
                    differ.append((table, spec.name, row[spec.name]))
    assert differ == []


# --- scale ------------------------------------------------------------------------------------


def test_counts_scale_with_the_number_of_enterprises(tmp_path: Path) -> None:
    sizes = (50, 300)
    found = []
    for size in sizes:
        database = open_database(tmp_path / f"n{size}.db")
        summary = demo.build(database, enterprises=size, seed=11, today=TODAY)
        assert summary.counts == {t: n for t, n in counts(database).items() if n}
        found.append(summary.counts)
        database.close()
    small, large = found
    assert (small["enterprise"], large["enterprise"]) == sizes
    assert small["major"] == large["major"] == 12
    for table in ("contact", "interaction", "agreement", "placement"):
        assert 3 <= large[table] / small[table] <= 9, table
    assert large["student"] == pytest.approx(3 * 300, rel=0.05)
    assert large["contact"] <= 4 * 300 and large["contact"] >= 300


def test_zero_enterprises_writes_nothing(db: Database) -> None:
    summary = demo.build(db, enterprises=0, today=TODAY)
    assert summary.counts == {}
    assert sum(counts(db).values()) == 0


def test_a_negative_size_is_refused(db: Database) -> None:
    with pytest.raises(LiaisonError) as caught:
        demo.build(db, enterprises=-1, today=TODAY)
    assert "-1" in caught.value.message("en")


# --- validity by the rules ----------------------------------------------------------------------


def test_credit_codes_are_valid_and_names_unique(db: Database) -> None:
    demo.build(db, enterprises=200, seed=5, today=TODAY)
    with db.reading() as s:
        firms = list(s.scalars(select(Enterprise)))
    codes = [f.uscc for f in firms if f.uscc]
    assert len(codes) > 180
    assert all(uscc.validate(code) == code for code in codes)
    assert len(set(codes)) == len(codes)
    keys = [f.name_key for f in firms]
    assert len(set(keys)) == len(keys)
    for firm in firms:
        assert firm.name_key == name_key(firm.name)
        assert firm.search_text == search_text(firm.name, firm.uscc, firm.city, firm.tags)
        assert firm.name.endswith("公司")
        if firm.industry_section not in ("A", "C", "I", "M"):
            assert "科技" not in firm.name, firm.name  # no 小额贷款科技有限公司


def test_size_classes_are_what_the_rules_compute(db: Database) -> None:
    demo.build(db, enterprises=200, seed=5, today=TODAY)
    with db.reading() as s:
        firms = list(s.scalars(select(Enterprise)))
    spread = Counter(f.size_class for f in firms)
    for firm in firms:
        stored = (firm.size_class, firm.size_rule)
        apply_sizing(firm)
        assert (firm.size_class, firm.size_rule) == stored, firm.name
    assert set(spread) == {c.value for c in SizeClass}
    assert spread["large"] < spread["medium"] < spread["small"]
    assert spread["micro"] > 20 and spread["unclassified"] >= 4
    assert any(f.industry_section == "J" and f.size_class == "unclassified" for f in firms)
    assert any(f.revenue_fen is None or f.employees is None for f in firms)


def test_placements_obey_the_placement_rules(db: Database) -> None:
    demo.build(db, enterprises=300, seed=9, today=TODAY)
    with db.reading() as s:
        agreements = {a.id: a for a in s.scalars(select(Agreement))}
        placements = list(s.scalars(select(Placement)))
        firm_of_contact = dict(s.execute(select(Contact.id, Contact.enterprise_id)).all())
    assert len(placements) > 200
    by_student: dict[int, list[Placement]] = defaultdict(list)
    for p in placements:
        a = agreements[p.agreement_id]
        assert a.kind in ("apprenticeship", "order_class", "internship_base")
        assert a.status in ("active", "completed", "signed")
        assert a.start_date is not None and a.end_date is not None and p.end_date is not None
        assert a.start_date <= p.start_date <= p.end_date <= a.end_date
        if p.enterprise_mentor_id is not None:
            assert firm_of_contact[p.enterprise_mentor_id] == a.enterprise_id
        status = PlacementStatus(p.status)
        if status is PlacementStatus.ACTIVE:
            assert p.start_date <= TODAY <= p.end_date
        elif status is PlacementStatus.PLANNED:
            assert p.start_date > TODAY
        else:
            assert p.end_date <= TODAY
        by_student[p.student_id].append(p)
    for mine in by_student.values():
        for i, one in enumerate(mine):
            for other in mine[i + 1 :]:
                assert not overlaps(one.start_date, one.end_date, other.start_date, other.end_date)
    assert {p.status for p in placements} == {s.value for s in PlacementStatus}
    assert any(p.hired_afterwards for p in placements)


def test_agreements_cover_every_kind_and_status(db: Database) -> None:
    demo.build(db, enterprises=300, seed=9, today=TODAY)
    with db.reading() as s:
        agreements = {a.id: a for a in s.scalars(select(Agreement))}
    assert {a.kind for a in agreements.values()} == {k.value for k in AgreementKind}
    assert {a.status for a in agreements.values()} == {k.value for k in AgreementStatus}
    numbers = [a.number for a in agreements.values()]
    assert len(set(numbers)) == len(numbers)
    assert all(re.fullmatch(r"JSXY-20\d\d-\d{4}", n) for n in numbers)
    renewals = [a for a in agreements.values() if a.renewal_of_id is not None]
    assert renewals
    for a in renewals:
        earlier = agreements[a.renewal_of_id]  # type: ignore[index]
        assert earlier.enterprise_id == a.enterprise_id and earlier.kind == a.kind
        assert earlier.end_date is not None and a.start_date == earlier.end_date + timedelta(1)
        assert earlier.start_date is not None and a.end_date is not None
        same_term = (earlier.end_date - earlier.start_date) - (a.end_date - a.start_date)
        assert abs(same_term.days) <= 3
    for a in agreements.values():
        status = AgreementStatus(a.status)
        if status is AgreementStatus.DRAFT:
            assert a.college_signed_on is None and a.enterprise_signed_on is None
            continue
        assert a.enterprise_signed_on is not None and a.enterprise_signed_on <= TODAY
        assert a.start_date is not None and a.end_date is not None
        if status is AgreementStatus.ACTIVE:
            assert a.start_date <= TODAY <= a.end_date
        if status in (AgreementStatus.COMPLETED, AgreementStatus.EXPIRED):
            assert a.end_date < TODAY
        if status is AgreementStatus.SIGNED:
            assert a.start_date > TODAY


def test_contacts_projects_and_outcomes_look_real(db: Database) -> None:
    demo.build(db, enterprises=300, seed=9, today=TODAY)
    with db.reading() as s:
        primaries = Counter(s.scalars(select(Contact.enterprise_id).where(Contact.is_primary)))
        firms = s.scalar(select(func.count(Enterprise.id)))
        mobiles = list(s.scalars(select(Contact.mobile)))
        partners = list(s.scalars(select(ProjectPartner)))
        projects = {p.id: p for p in s.scalars(select(Project))}
        paid = dict(
            s.execute(
                select(Payment.project_id, func.sum(Payment.amount_fen)).group_by(
                    Payment.project_id
                )
            ).all()
        )
        outcomes = list(s.scalars(select(Outcome)))
        follow_ups = [
            (due, done)
            for due, done in s.execute(
                select(Interaction.follow_up_due, Interaction.follow_up_done)
            )
            if due is not None
        ]
        days = list(s.scalars(select(Interaction.occurred_on)))
        students = list(s.scalars(select(Student.student_no)))
    assert len(primaries) == firms and set(primaries.values()) == {1}
    assert all(re.fullmatch(r"1[3-9]\d{9}", m or "") for m in mobiles)
    per_project = Counter(p.project_id for p in partners)
    leads = Counter(p.project_id for p in partners if p.is_lead)
    assert set(per_project) == set(projects) and set(per_project.values()) <= {1, 2, 3}
    assert max(per_project.values()) > 1 and set(leads.values()) == {1}
    for project_id, amount in paid.items():
        assert amount <= (projects[project_id].contract_value_fen or 0)
    for outcome in outcomes:
        if outcome.kind == "patent":
            match = re.fullmatch(r"ZL (\d{4}) ([12]) (\d{7})\.([\dX])", outcome.identifier or "")
            assert match, outcome.identifier
            digits = "".join(match.groups()[:3])
            total = (
                sum(
                    int(d) * w
                    for d, w in zip(digits, (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5), strict=True)
                )
                % 11
            )
            assert match.group(4) == ("X" if total == 10 else str(total))
        if outcome.kind == "software_copyright":
            assert re.fullmatch(r"20\d\dSR\d{7}", outcome.identifier or "")
    assert {o.kind for o in outcomes} >= {"patent", "software_copyright", "paper"}
    overdue = [d for d, done in follow_ups if d < TODAY and not done]
    soon = [d for d, done in follow_ups if TODAY <= d <= TODAY + timedelta(14) and not done]
    assert overdue and soon and any(done for _, done in follow_ups)
    assert min(days) >= TODAY - timedelta(3 * 366) and max(days) <= TODAY
    assert len(set(students)) == len(students)


def test_services_accept_the_demo_rows_and_derive_the_same_values(db: Database) -> None:
    """Saving demo rows through the services re-runs their validation and derivations."""
    demo.build(db, enterprises=60, seed=4, today=TODAY)
    services = Services(db, "checker")
    with db.reading() as s:
        firms = list(s.scalars(select(Enterprise)))
        placement_ids = list(s.scalars(select(Placement.id)))
        agreement_ids = list(s.scalars(select(Agreement.id)))
        contact_ids = list(s.scalars(select(Contact.id).limit(40)))
        interaction_ids = list(s.scalars(select(Interaction.id).limit(60)))
        student_ids = list(s.scalars(select(Student.id).limit(40)))
    assert placement_ids and agreement_ids
    for firm in firms:
        services.enterprises.update(firm.id, {"notes": "checked"})
        again = services.enterprises.get(firm.id)
        assert (again.name_key, again.search_text, again.size_class, again.size_rule) == (
            firm.name_key,
            firm.search_text,
            firm.size_class,
            firm.size_rule,
        )
    for service, ids, field in (
        (services.placements, placement_ids, "notes"),
        (services.agreements, agreement_ids, "notes"),
        (services.contacts, contact_ids, "notes"),
        (services.interactions, interaction_ids, "details"),
        (services.students, student_ids, "notes"),
    ):
        for record_id in ids:
            before = service.get(record_id)
            assert service.update(record_id, {field: "checked"})
            after = service.get(record_id)
            assert getattr(after, "search_text", None) == getattr(before, "search_text", None)
    # New records get ids after the demo's own.
    new = services.enterprises.create({"name": "无锡新加企业有限公司"})
    assert new > max(f.id for f in firms)


# --- writing: add, replace, cancel ------------------------------------------------------------


def test_without_replace_the_demo_is_added_and_with_it_replaced(db: Database) -> None:
    first = demo.build(db, enterprises=30, seed=1, today=TODAY)
    Services(db, "officer one").settings.set("college_name", "无锡示范职业技术学院")
    services = Services(db, "officer one")
    services.enterprises.update(1, {"notes": "an audited change"})
    again = demo.build(db, enterprises=20, seed=1, today=TODAY)
    assert again.counts["enterprise"] == 20 and "major" not in again.counts
    found = counts(db)
    assert found["enterprise"] == 50 and found["major"] == 12
    assert found["student"] == first.counts["student"] + again.counts["student"]
    with db.reading() as s:
        keys = list(s.scalars(select(Enterprise.name_key)))
        codes = [c for c in s.scalars(select(Enterprise.uscc)) if c]
        numbers = list(s.scalars(select(Agreement.number)))
        student_nos = list(s.scalars(select(Student.student_no)))
    for values in (keys, codes, numbers, student_nos):
        assert len(set(values)) == len(values)

    replaced = demo.build(db, enterprises=10, seed=2, today=TODAY, replace=True)
    assert replaced.counts["enterprise"] == 10 and replaced.counts["major"] == 12
    assert counts(db)["enterprise"] == 10
    with db.reading() as s:
        assert s.scalar(select(func.count(AuditEntry.id))) == 0
        assert s.scalar(select(Setting.value).where(Setting.key == "college_name"))
        assert "officer one" in set(s.scalars(select(Officer.name)))
        assert s.scalar(select(func.min(Enterprise.id))) == 1


def test_a_cancelled_build_leaves_the_database_empty(db: Database) -> None:
    progress = Recorder(stop_after=4)
    with pytest.raises(Cancelled):
        demo.build(db, enterprises=700, seed=1, today=TODAY, progress=progress)
    assert len(progress.calls) == 4
    assert sum(counts(db).values()) == 0


def test_the_connection_gets_its_usual_page_cache_back(db: Database) -> None:
    with db.engine.connect() as conn:
        usual = conn.exec_driver_sql("PRAGMA cache_size").scalar()
    demo.build(db, enterprises=5, seed=1, today=TODAY)
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA cache_size").scalar() == usual


def test_progress_runs_up_to_the_number_of_enterprises(db: Database) -> None:
    progress = Recorder()
    demo.build(db, enterprises=700, seed=1, today=TODAY, progress=progress)
    done = [call[0] for call in progress.calls]
    assert done == sorted(done) and done[0] == 0 and done[-1] == 700
    assert {call[1] for call in progress.calls} == {700}
    assert any(0 < d < 700 for d in done)
    assert "700 of 700" in progress.calls[-1][2]


def test_summary_describes_itself_in_both_languages(db: Database) -> None:
    summary = demo.build(db, enterprises=50, seed=1, today=TODAY)
    english = summary.describe("en")
    chinese = summary.describe("zh_CN")
    assert english.startswith("12 majors, ") and "50 enterprises" in english
    assert "企业 50 家" in chinese and "，" in chinese
    assert f"{summary.counts['interaction']:,} visits and contacts" in english


# --- command line ---------------------------------------------------------------------------------


def _cli(*args: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "HOME": str(tmp_path / "home"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    return subprocess.run(
        [sys.executable, "-m", "liaison", "--lang", "en", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_cli_demo_fills_an_empty_database_and_refuses_a_full_one(tmp_path: Path) -> None:
    target = tmp_path / "cli.db"
    done = _cli("--db", str(target), "demo", "--enterprises", "50", tmp_path=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "Demo data written" in done.stdout and "50 enterprises" in done.stdout

    refused = _cli("--db", str(target), "demo", "--enterprises", "50", tmp_path=tmp_path)
    assert refused.returncode == 1
    assert "already holds 50 enterprises" in refused.stderr and "--force" in refused.stderr

    forced = _cli("--db", str(target), "demo", "--enterprises", "20", "--force", tmp_path=tmp_path)
    assert forced.returncode == 0, forced.stderr
    database = open_database(target)
    try:
        assert demo.count_enterprises(database) == 20
    finally:
        database.close()


def test_demo_on_either_backend_leaves_room_for_new_records(database: Database) -> None:
    """Explicit ids must not collide with the next id the database hands out (sequences)."""
    from liaison.services.hub import Services

    demo.build(database, enterprises=15, seed=3, today=date(2026, 3, 1))
    services = Services(database, "tester")
    firm = services.enterprises.create({"name": "演示之后新建的企业"})
    contact = services.contacts.create({"enterprise_id": firm, "name": "新联系人"})
    assert services.enterprises.get(firm).id > 15
    assert services.contacts.get(contact).enterprise_id == firm
