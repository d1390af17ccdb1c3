"""A project's parts as lists: its partners, milestones, payments received and outcomes.

The same two calls as :mod:`liaison.lists` (``*_ids`` for a project, ordered in SQL; ``*_rows``
for the ids on screen, in their order), so a project's record shows each part with the app's
list page. Sort keys are named; an unknown one raises ValueError. Empty values sort last.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from liaison.model import Enterprise, Milestone, Outcome, Payment, ProjectPartner, Record
from liaison.portable import AnySelect, Column, contains_any, is_query, live


def _part_ids(
    session: Session,
    stmt: AnySelect,
    keys: Mapping[str, Column],
    order_by: str,
    descending: bool,
    tie: Column,
) -> list[int]:
    if order_by not in keys:
        raise ValueError(f"cannot sort by {order_by!r}; known: {', '.join(keys)}")
    column = keys[order_by]
    stmt = stmt.order_by(column.is_(None), column.desc() if descending else column.asc(), tie.asc())
    return [int(i) for i in session.scalars(stmt)]


def _in_order(found: Sequence[Any], ids: Sequence[int]) -> list[Any]:
    by_id = {row.id: row for row in found}
    return [by_id[i] for i in ids if i in by_id]


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
    return _part_ids(session, stmt, keys, order_by, descending, p.id)


def partner_rows(session: Session, ids: Sequence[int]) -> list[PartnerRow]:
    p = ProjectPartner
    found = session.execute(
        select(p.id, p.enterprise_id, Enterprise.name, Enterprise.city, p.is_lead)
        .join(Enterprise, Enterprise.id == p.enterprise_id)
        .where(p.id.in_(list(ids)), live(p, Enterprise, selective=True))
    ).all()
    return [PartnerRow(*row) for row in _in_order(found, ids)]


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
    return _part_ids(session, stmt, keys, order_by, descending, m.id)


def milestone_rows(session: Session, ids: Sequence[int]) -> list[MilestoneRow]:
    m = Milestone
    found = session.execute(
        select(m.id, m.title, m.due_date, m.done_on, m.notes).where(
            m.id.in_(list(ids)), live(m, selective=True)
        )
    ).all()
    return [MilestoneRow(*row) for row in _in_order(found, ids)]


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
    return _part_ids(session, stmt, keys, order_by, descending, p.id)


def payment_rows(session: Session, ids: Sequence[int]) -> list[PaymentRow]:
    p = Payment
    found = session.execute(
        select(p.id, p.received_on, p.amount_fen, p.reference, p.notes).where(
            p.id.in_(list(ids)), live(p, selective=True)
        )
    ).all()
    return [PaymentRow(*row) for row in _in_order(found, ids)]


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
    return _part_ids(session, stmt, keys, order_by, descending, o.id)


def outcome_rows(session: Session, ids: Sequence[int]) -> list[OutcomeRow]:
    o = Outcome
    found = session.execute(
        select(o.id, o.kind, o.title, o.identifier, o.achieved_on).where(
            o.id.in_(list(ids)), live(o, selective=True)
        )
    ).all()
    return [OutcomeRow(*row) for row in _in_order(found, ids)]
