"""What needs the officer's attention today: the dashboard's reminder lists.

* Follow-ups: interactions whose follow-up is not done and has a due date; overdue when the due
  date is before ``today``, due soon when it falls on ``today`` … ``today + follow_up_soon_days``.
* Agreements ending: signed or active agreements whose end date falls on ``today`` …
  ``today + agreements_within_days``.
* Overdue milestones: not done, due before ``today``, on a project neither completed nor
  cancelled.
* Silent partners: active enterprises whose last contact (an interaction on or before ``today``)
  is ``silent_days`` or more days ago, or who were never contacted.

Every item names the record to open (``entity`` and ``id``) and, where there is one, the
enterprise it belongs to. Only live rows under live parents count. All day bounds are computed
here and bound as parameters, so the queries run unchanged on SQLite and PostgreSQL.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import ClassVar

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from liaison.enums import AgreementStatus, EnterpriseStatus, ProjectStatus
from liaison.indicators import last_contacts
from liaison.model import Agreement, Enterprise, Interaction, Milestone, Project, ProjectPartner
from liaison.portable import live, run


@dataclass(frozen=True, slots=True)
class FollowUp:
    entity: ClassVar[str] = "interaction"
    id: int
    enterprise_id: int
    enterprise_name: str
    action: str | None
    summary: str
    due: date
    days_overdue: int  # 0 on the due day, negative while still ahead


@dataclass(frozen=True, slots=True)
class EndingAgreement:
    entity: ClassVar[str] = "agreement"
    id: int
    number: str
    title: str | None
    kind: str
    status: str
    enterprise_id: int
    enterprise_name: str
    end_date: date
    days_left: int


@dataclass(frozen=True, slots=True)
class OverdueMilestone:
    entity: ClassVar[str] = "milestone"
    id: int
    title: str
    project_id: int
    project_code: str | None
    project_title: str
    # The lead partner (or, without one, the first partner) of the project, if any.
    enterprise_id: int | None
    enterprise_name: str | None
    due: date
    days_overdue: int


@dataclass(frozen=True, slots=True)
class SilentPartner:
    entity: ClassVar[str] = "enterprise"
    id: int
    name: str
    last_contact: date | None
    days_silent: int | None  # None: never contacted


@dataclass(frozen=True, slots=True)
class Reminders:
    today: date
    follow_ups_overdue: list[FollowUp] = field(default_factory=list)
    follow_ups_due_soon: list[FollowUp] = field(default_factory=list)
    agreements_ending: list[EndingAgreement] = field(default_factory=list)
    milestones_overdue: list[OverdueMilestone] = field(default_factory=list)
    silent_partners: list[SilentPartner] = field(default_factory=list)

    @property
    def count(self) -> int:
        return (
            len(self.follow_ups_overdue)
            + len(self.follow_ups_due_soon)
            + len(self.agreements_ending)
            + len(self.milestones_overdue)
            + len(self.silent_partners)
        )


def reminders(
    session: Session,
    today: date,
    *,
    agreements_within_days: int = 60,
    silent_days: int = 180,
    follow_up_soon_days: int = 7,
) -> Reminders:
    overdue, soon = follow_ups(session, today, soon_days=follow_up_soon_days)
    return Reminders(
        today=today,
        follow_ups_overdue=overdue,
        follow_ups_due_soon=soon,
        agreements_ending=agreements_ending(session, today, within_days=agreements_within_days),
        milestones_overdue=milestones_overdue(session, today),
        silent_partners=silent_partners(session, today, silent_days=silent_days),
    )


def follow_ups(
    session: Session, today: date, *, soon_days: int = 7
) -> tuple[list[FollowUp], list[FollowUp]]:
    """Open follow-ups due by ``today + soon_days``: (overdue, due soon), earliest first."""
    i = Interaction
    stmt = (
        select(
            i.id, i.enterprise_id, Enterprise.name, i.follow_up_action, i.summary, i.follow_up_due
        )
        .join(Enterprise, Enterprise.id == i.enterprise_id)
        .where(
            live(i, Enterprise),
            i.follow_up_done.is_(False),
            i.follow_up_due.is_not(None),
            i.follow_up_due <= today + timedelta(days=soon_days),
        )
        .order_by(i.follow_up_due, Enterprise.name_key, i.id)
    )
    overdue: list[FollowUp] = []
    soon: list[FollowUp] = []
    for iid, ent_id, ent_name, action, summary, due in session.execute(stmt):
        assert due is not None  # filtered by the query
        item = FollowUp(iid, ent_id, ent_name, action, summary, due, (today - due).days)
        (overdue if due < today else soon).append(item)
    return overdue, soon


def agreements_ending(
    session: Session, today: date, *, within_days: int = 60
) -> list[EndingAgreement]:
    """Signed or active agreements ending on ``today`` … ``today + within_days``, soonest first."""
    a = Agreement
    stmt = (
        select(
            a.id, a.number, a.title, a.kind, a.status, a.enterprise_id, Enterprise.name, a.end_date
        )
        .join(Enterprise, Enterprise.id == a.enterprise_id)
        .where(
            live(a, Enterprise),
            a.status.in_((AgreementStatus.SIGNED.value, AgreementStatus.ACTIVE.value)),
            a.end_date >= today,
            a.end_date <= today + timedelta(days=within_days),
        )
        .order_by(a.end_date, a.number, a.id)
    )
    found: list[EndingAgreement] = []
    for aid, num, title, kind, st, ent_id, ent, end in session.execute(stmt):
        assert end is not None  # filtered by the query
        found.append(
            EndingAgreement(aid, num, title, kind, st, ent_id, ent, end, (end - today).days)
        )
    return found


def milestones_overdue(session: Session, today: date) -> list[OverdueMilestone]:
    """Milestones not done and due before ``today`` on running projects, longest overdue first."""
    m = Milestone
    pp = ProjectPartner
    # One partner per project to show: the lead, else the earliest added; looked up only for
    # the projects listed.
    firm = aliased(Enterprise)  # not the outer query's Enterprise, which this must not correlate
    partner = (
        select(pp.enterprise_id)
        .join(firm, firm.id == pp.enterprise_id)
        .where(pp.project_id == Project.id, live(pp, firm, selective=True))
        .order_by(pp.is_lead.desc(), pp.id)
        .limit(1)
        .scalar_subquery()
    )
    stmt = (
        select(
            m.id,
            m.title,
            Project.id,
            Project.code,
            Project.title,
            Enterprise.id,
            Enterprise.name,
            m.due_date,
        )
        .join(Project, Project.id == m.project_id)
        .outerjoin(Enterprise, Enterprise.id == partner)
        .where(
            live(m, Project),
            Project.status.not_in((ProjectStatus.COMPLETED.value, ProjectStatus.CANCELLED.value)),
            m.done_on.is_(None),
            m.due_date < today,
        )
        .order_by(m.due_date, Project.title, m.id)
    )
    found: list[OverdueMilestone] = []
    for mid, title, pid, code, ptitle, ent_id, ent, due in session.execute(stmt):
        assert due is not None  # filtered by the query
        found.append(
            OverdueMilestone(mid, title, pid, code, ptitle, ent_id, ent, due, (today - due).days)
        )
    return found


def silent_partners(
    session: Session, today: date, *, silent_days: int = 180
) -> list[SilentPartner]:
    """Active partners not contacted for ``silent_days`` days or more; never-contacted first."""
    last = last_contacts(today)
    e = Enterprise
    stmt = (
        select(e.id, e.name, last.c.last_contact)
        .outerjoin(last, last.c.enterprise_id == e.id)
        .where(
            live(e),
            e.status == EnterpriseStatus.ACTIVE.value,
            last.c.last_contact.is_(None)
            | (last.c.last_contact <= today - timedelta(days=silent_days)),
        )
        .order_by(last.c.last_contact.is_not(None), last.c.last_contact, e.name_key, e.id)
    )
    return [
        SilentPartner(eid, name, seen, None if seen is None else (today - seen).days)
        for eid, name, seen in run(session, stmt)
    ]
