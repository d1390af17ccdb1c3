"""A project's parts as lists: its partners, milestones, payments received and outcomes.

The same two calls as :mod:`liaison.lists` (``*_ids`` for a project, ordered in SQL; ``*_rows``
for the ids on screen, in their order), so a project's record shows each part with the app's
list page. Sort keys are named; an unknown one raises ValueError. Empty values sort last.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from liaison.model import Enterprise, Milestone, Outcome, Payment, ProjectPartner, Record
from liaison.portable import (
    AnySelect,
    Column,
    contains_any,
    ids_of,
    is_query,
    live,
    ordered,
    rows_in_order,
)


def _of_project(model: type[Record], project_id: int) -> AnySelect:
    return select(model.id).where(model.project_id == project_id, live(model, selective=True))  # type: ignore[attr-defined]


# --- partners ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PartnerRow:
    id: int
    enterprise_id: int
    enterprise_name: str
    city: str | None
    is_lead: bool


def partner_ids(
    session: Session,
    *,
    project_id: int,
    search: str = "",
    order_by: str = "lead",
    descending: bool = True,
) -> list[int]:
    """The live partners of a project, of live enterprises. Sort keys: lead (descending puts
    the lead partner first), enterprise."""
    p = ProjectPartner
    stmt = (
        _of_project(p, project_id)
        .join(Enterprise, Enterprise.id == p.enterprise_id)
        .where(live(Enterprise, selective=True))
    )
    if is_query(search):
        stmt = stmt.where(contains_any((Enterprise.name, Enterprise.city), search))
    keys: dict[str, Column] = {"lead": p.is_lead, "enterprise": Enterprise.name_key}
    return ids_of(session, ordered(stmt, keys, order_by, descending, p.id))


def partner_rows(session: Session, ids: Sequence[int]) -> list[PartnerRow]:
    p = ProjectPartner
    stmt = (
        select(p.id, p.enterprise_id, Enterprise.name, Enterprise.city, p.is_lead)
        .join(Enterprise, Enterprise.id == p.enterprise_id)
        .where(p.id.in_(list(ids)), live(p, Enterprise, selective=True))
    )
    return rows_in_order(session, stmt, ids, PartnerRow)


# --- milestones -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class MilestoneRow:
    id: int
    title: str
    due_date: date | None
    done_on: date | None
    notes: str | None


def milestone_ids(
    session: Session,
    *,
    project_id: int,
    search: str = "",
    order_by: str = "due",
    descending: bool = False,
) -> list[int]:
    """The live milestones of a project. Sort keys: due, done, title."""
    m = Milestone
    stmt = _of_project(m, project_id)
    if is_query(search):
        stmt = stmt.where(contains_any((m.title, m.notes), search))
    keys = {"due": m.due_date, "done": m.done_on, "title": m.title}
    return ids_of(session, ordered(stmt, keys, order_by, descending, m.id))


def milestone_rows(session: Session, ids: Sequence[int]) -> list[MilestoneRow]:
    m = Milestone
    stmt = select(m.id, m.title, m.due_date, m.done_on, m.notes).where(
        m.id.in_(list(ids)), live(m, selective=True)
    )
    return rows_in_order(session, stmt, ids, MilestoneRow)


# --- payments ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PaymentRow:
    id: int
    received_on: date
    amount_fen: int
    reference: str | None
    notes: str | None


def payment_ids(
    session: Session,
    *,
    project_id: int,
    search: str = "",
    order_by: str = "received_on",
    descending: bool = True,
) -> list[int]:
    """The live payments received for a project. Sort keys: received_on, amount."""
    p = Payment
    stmt = _of_project(p, project_id)
    if is_query(search):
        stmt = stmt.where(contains_any((p.reference, p.notes), search))
    keys = {"received_on": p.received_on, "amount": p.amount_fen}
    return ids_of(session, ordered(stmt, keys, order_by, descending, p.id))


def payment_rows(session: Session, ids: Sequence[int]) -> list[PaymentRow]:
    p = Payment
    stmt = select(p.id, p.received_on, p.amount_fen, p.reference, p.notes).where(
        p.id.in_(list(ids)), live(p, selective=True)
    )
    return rows_in_order(session, stmt, ids, PaymentRow)


# --- outcomes ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class OutcomeRow:
    id: int
    kind: str
    title: str
    identifier: str | None
    achieved_on: date | None


def outcome_ids(
    session: Session,
    *,
    project_id: int,
    search: str = "",
    order_by: str = "achieved_on",
    descending: bool = False,
) -> list[int]:
    """The live outcomes of a project. Sort keys: achieved_on, kind, title."""
    o = Outcome
    stmt = _of_project(o, project_id)
    if is_query(search):
        stmt = stmt.where(contains_any((o.title, o.identifier), search))
    keys = {"achieved_on": o.achieved_on, "kind": o.kind, "title": o.title}
    return ids_of(session, ordered(stmt, keys, order_by, descending, o.id))


def outcome_rows(session: Session, ids: Sequence[int]) -> list[OutcomeRow]:
    o = Outcome
    stmt = select(o.id, o.kind, o.title, o.identifier, o.achieved_on).where(
        o.id.in_(list(ids)), live(o, selective=True)
    )
    return rows_in_order(session, stmt, ids, OutcomeRow)
