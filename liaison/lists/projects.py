"""The list of joint projects, with funds received."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from liaison.lists.conditions import span
from liaison.model import Enterprise, Payment, Project, ProjectPartner
from liaison.portable import (
    Choice,
    Column,
    contains_any,
    ids_of,
    is_query,
    live,
    matches,
    ordered,
    rows_in_order,
)


@dataclass(frozen=True, slots=True)
class ProjectRow:
    id: int
    code: str | None
    title: str
    kind: str
    status: str
    lead_teacher: str | None
    start_date: date | None
    end_date: date | None
    contract_value_fen: int | None
    funds_received_fen: int
    partners: int
    lead_enterprise_id: int | None  # the lead partner, else the first partner
    lead_enterprise_name: str | None


def _funds_of(project_id: Column) -> Any:
    return (
        select(func.coalesce(func.sum(Payment.amount_fen), 0))
        .where(Payment.project_id == project_id, live(Payment, selective=True))
        .scalar_subquery()
    )


def project_ids(
    session: Session,
    *,
    search: str = "",
    kind: Choice = None,
    status: Choice = None,
    enterprise_id: int | None = None,
    start: date | None = None,
    end: date | None = None,
    order_by: str = "title",
    descending: bool = False,
) -> list[int]:
    """Live projects; ``enterprise_id`` keeps those it is a partner of. Sort keys: code, title,
    kind, status, lead_teacher, start, end, contract_value, funds."""
    p = Project
    stmt = select(p.id).where(
        live(p),
        matches(p.kind, kind),
        matches(p.status, status),
        span(p.start_date, p.end_date, start, end),
    )
    if enterprise_id is not None:
        stmt = stmt.where(
            p.id.in_(
                select(ProjectPartner.project_id).where(
                    live(ProjectPartner, selective=True),
                    ProjectPartner.enterprise_id == enterprise_id,
                )
            )
        )
    if is_query(search):
        stmt = stmt.where(contains_any((p.code, p.title, p.lead_teacher), search))
    keys: dict[str, Column] = {
        "code": p.code,
        "title": p.title,
        "kind": p.kind,
        "status": p.status,
        "lead_teacher": p.lead_teacher,
        "start": p.start_date,
        "end": p.end_date,
        "contract_value": p.contract_value_fen,
        "funds": _funds_of(p.id),
    }
    return ids_of(session, ordered(stmt, keys, order_by, descending, p.id))


def project_rows(session: Session, ids: Sequence[int]) -> list[ProjectRow]:
    p = Project
    pp = ProjectPartner
    partner_ent = aliased(Enterprise)
    lead = (
        select(pp.enterprise_id)
        .join(partner_ent, partner_ent.id == pp.enterprise_id)
        .where(pp.project_id == p.id, live(pp, partner_ent, selective=True))
        .order_by(pp.is_lead.desc(), pp.id)
        .limit(1)
        .scalar_subquery()
    )
    partners = (
        select(func.count())
        .select_from(pp)
        .join(partner_ent, partner_ent.id == pp.enterprise_id)
        .where(pp.project_id == p.id, live(pp, partner_ent, selective=True))
        .scalar_subquery()
    )
    stmt = (
        select(
            p.id,
            p.code,
            p.title,
            p.kind,
            p.status,
            p.lead_teacher,
            p.start_date,
            p.end_date,
            p.contract_value_fen,
            _funds_of(p.id),
            partners,
            Enterprise.id,
            Enterprise.name,
        )
        .outerjoin(Enterprise, Enterprise.id == lead)
        .where(p.id.in_(list(ids)), live(p, selective=True))
    )
    return rows_in_order(session, stmt, ids, ProjectRow)
