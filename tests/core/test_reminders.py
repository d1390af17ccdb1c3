"""Each reminder kind, with the days on either side of its boundary."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest

from liaison.reminders import reminders
from liaison.services.hub import Services
from tests.core.query_data import BACKENDS, open_services

TODAY = date(2026, 6, 15)


def day(offset: int) -> date:
    return TODAY + timedelta(days=offset)


@pytest.fixture(params=BACKENDS)
def svc(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Services]:
    services = open_services(tmp_path, request.param)
    yield services
    services.db.close()


def firm(svc: Services, name: str, status: str = "active") -> int:
    return int(svc.enterprises.create({"name": name, "status": status}))


def test_follow_ups(svc: Services) -> None:
    a = firm(svc, "Alpha")
    gone = firm(svc, "Gone")

    def follow_up(action: str, due: int, done: bool = False, ent: int = a) -> int:
        return int(
            svc.interactions.create(
                {
                    "enterprise_id": ent,
                    "kind": "visit",
                    "occurred_on": day(-30),
                    "summary": f"visit for {action}",
                    "follow_up_action": action,
                    "follow_up_due": day(due),
                    "follow_up_done": done,
                }
            )
        )

    late = follow_up("send plan", -1)
    very_late = follow_up("send contract", -20)
    today = follow_up("call back", 0)
    last_soon = follow_up("book room", 7)
    follow_up("too far", 8)
    follow_up("done already", -3, done=True)
    svc.interactions.delete(follow_up("trashed", -2))
    follow_up("of a trashed firm", -2, ent=gone)
    svc.enterprises.delete(gone)
    svc.interactions.create(
        {"enterprise_id": a, "kind": "call", "occurred_on": day(-1), "summary": "no follow-up"}
    )

    with svc.db.reading() as s:
        got = reminders(s, TODAY)
    assert [(f.id, f.days_overdue) for f in got.follow_ups_overdue] == [
        (very_late, 20),
        (late, 1),
    ]
    assert [(f.id, f.days_overdue) for f in got.follow_ups_due_soon] == [
        (today, 0),
        (last_soon, -7),
    ]
    item = got.follow_ups_overdue[1]
    assert (item.entity, item.enterprise_id, item.enterprise_name) == ("interaction", a, "Alpha")
    assert (item.action, item.due) == ("send plan", day(-1))

    with svc.db.reading() as s:
        narrow = reminders(s, TODAY, follow_up_soon_days=0)
    assert [f.id for f in narrow.follow_ups_due_soon] == [today]


def test_agreements_ending(svc: Services) -> None:
    a = firm(svc, "Alpha")

    def agreement(number: str, end: int, status: str = "active") -> int:
        return int(
            svc.agreements.create(
                {
                    "number": number,
                    "kind": "internship_base",
                    "enterprise_id": a,
                    "status": status,
                    "start_date": date(2025, 1, 1),
                    "end_date": day(end),
                }
            )
        )

    ends_today = agreement("T0", 0)
    ends_last = agreement("T60", 60, status="signed")
    agreement("T61", 61)
    agreement("T-1", -1)
    agreement("DRAFT", 10, status="draft")
    agreement("DONE", 10, status="completed")
    svc.agreements.delete(agreement("TRASHED", 10))

    with svc.db.reading() as s:
        got = reminders(s, TODAY).agreements_ending
        wider = reminders(s, TODAY, agreements_within_days=61).agreements_ending
    assert [(x.id, x.number, x.days_left) for x in got] == [
        (ends_today, "T0", 0),
        (ends_last, "T60", 60),
    ]
    assert got[0].entity == "agreement" and got[0].enterprise_name == "Alpha"
    assert [x.number for x in wider] == ["T0", "T60", "T61"]


def test_overdue_milestones(svc: Services) -> None:
    a = firm(svc, "Alpha")
    b = firm(svc, "Beta")

    def project(code: str, status: str, lead: int | None = None) -> int:
        values = {"code": code, "title": f"Project {code}", "kind": "joint_rnd", "status": status}
        pid = int(svc.projects.create(values))
        if lead is not None:
            svc.partners.create({"project_id": pid, "enterprise_id": b})
            svc.partners.create({"project_id": pid, "enterprise_id": lead, "is_lead": True})
        return pid

    def milestone(pid: int, title: str, due: int, done: bool = False) -> int:
        return int(
            svc.milestones.create(
                {
                    "project_id": pid,
                    "title": title,
                    "due_date": day(due),
                    "done_on": day(due) if done else None,
                }
            )
        )

    running = project("R", "in_progress", lead=a)
    late = milestone(running, "prototype", -1)
    later = milestone(running, "report", -40)
    milestone(running, "due today", 0)
    milestone(running, "finished", -5, done=True)
    svc.milestones.delete(milestone(running, "trashed", -5))
    proposed = project("P", "proposed")
    unpartnered = milestone(proposed, "proposal", -2)
    milestone(project("C", "completed"), "closed", -5)
    milestone(project("X", "cancelled"), "dropped", -5)
    gone = project("G", "in_progress")
    milestone(gone, "of a trashed project", -5)
    svc.projects.delete(gone)

    with svc.db.reading() as s:
        got = reminders(s, TODAY).milestones_overdue
    assert [(m.id, m.days_overdue) for m in got] == [(later, 40), (unpartnered, 2), (late, 1)]
    first = got[0]
    assert (first.entity, first.project_id, first.project_code) == ("milestone", running, "R")
    # The lead partner is shown even though another partner was added first.
    assert (first.enterprise_id, first.enterprise_name) == (a, "Alpha")
    assert got[1].enterprise_id is None


def test_silent_partners(svc: Services) -> None:
    def contacted(name: str, *offsets: int, status: str = "active") -> int:
        ent = firm(svc, name, status)
        for offset in offsets:
            svc.interactions.create(
                {"enterprise_id": ent, "kind": "call", "occurred_on": day(offset), "summary": "x"}
            )
        return ent

    at_limit = contacted("At the limit", -180, -400)
    contacted("Just inside", -179)
    never = contacted("Never")
    only_future = contacted("Only a planned visit", 3)
    contacted("Prospect", status="prospect")
    trashed_call = contacted("Trashed call", -10)
    with svc.db.reading() as s:
        from sqlalchemy import select

        from liaison.model import Interaction

        call = s.scalar(select(Interaction.id).where(Interaction.enterprise_id == trashed_call))
    assert call is not None
    svc.interactions.delete(call)
    svc.enterprises.delete(contacted("Trashed firm"))

    with svc.db.reading() as s:
        got = reminders(s, TODAY).silent_partners
        stricter = reminders(s, TODAY, silent_days=181).silent_partners
    assert [(p.id, p.days_silent) for p in got] == [
        (never, None),
        (only_future, None),
        (trashed_call, None),
        (at_limit, 180),
    ]
    assert got[-1].last_contact == day(-180) and got[-1].entity == "enterprise"
    assert at_limit not in [p.id for p in stricter]


def test_nothing_to_remind(svc: Services) -> None:
    firm(svc, "Prospect only", status="prospect")
    with svc.db.reading() as s:
        got = reminders(s, TODAY)
    assert got.count == 0 and got.today == TODAY
