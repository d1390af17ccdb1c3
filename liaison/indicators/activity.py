"""What happened in a period, for the whole college or for one enterprise."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import and_, case, distinct, exists, func, select
from sqlalchemy.orm import Session, aliased

from liaison.enums import AgreementKind, InteractionKind
from liaison.indicators.figures import Share, student_months
from liaison.indicators.scope import (
    DEEP_KINDS,
    NO_CONTRACT,
    NOT_IN_FORCE,
    Scope,
    agreements_in_force,
    agreements_of_kind,
    grouped,
    hosted_placements,
    scalar_int,
    sum_by,
    under_live,
)
from liaison.model import (
    Agreement,
    Employment,
    Enterprise,
    Interaction,
    Outcome,
    Payment,
    Placement,
    Project,
    Student,
    TrainingSession,
)
from liaison.portable import days_between, earlier, later, live, overlaps, run, unindexed


@dataclass(frozen=True, slots=True)
class Activity:
    """What happened in a period, for the whole college or for one enterprise."""

    start: date
    end: date
    agreements_by_kind: dict[str, int]
    agreements_by_status: dict[str, int]
    students_placed: int
    placement_days: int
    apprentices: int
    order_class_students: int
    graduates_employed: int
    graduates_related_field: int
    retained_6m: Share  # still employed at 6 months, out of those surveyed
    retained_12m: Share
    projects_by_kind: dict[str, int]
    projects_by_status: dict[str, int]
    contract_value_fen: int
    funds_received_fen: int
    outcomes_by_kind: dict[str, int]
    training_sessions: int
    staff_trained: int  # person-times
    staff_training_hours: int  # person-hours
    interactions_by_kind: dict[str, int]
    renewals: Share  # agreements ended in the period that were renewed

    @property
    def agreements(self) -> int:
        return sum(self.agreements_by_kind.values())

    @property
    def projects(self) -> int:
        return sum(self.projects_by_kind.values())

    @property
    def outcomes(self) -> int:
        return sum(self.outcomes_by_kind.values())

    @property
    def interactions(self) -> int:
        return sum(self.interactions_by_kind.values())

    @property
    def visits(self) -> int:
        return self.interactions_by_kind.get(InteractionKind.VISIT.value, 0)

    @property
    def student_months(self) -> Decimal:
        return student_months(self.placement_days)

    @property
    def staff_training_days(self) -> Decimal:
        """Person-days, eight hours to a day."""
        return Decimal(self.staff_training_hours) / 8


def activity(session: Session, scope: Scope) -> dict[str, Any]:
    """The fields of :class:`Activity` for ``scope``, one or two grouped queries per area."""
    return {
        "start": scope.start,
        "end": scope.end,
        **_agreements(session, scope),
        **_placements(session, scope),
        **_employment(session, scope),
        **_projects(session, scope),
        **_trainings(session, scope),
        "interactions_by_kind": grouped(
            session,
            select(Interaction.kind, func.count())
            .where(
                scope.live(Interaction),
                under_live(Interaction.enterprise_id, Enterprise),
                scope.during(Interaction.occurred_on),
                scope.of(Interaction.enterprise_id),
            )
            .group_by(Interaction.kind),
        ),
    }


def _agreements(session: Session, scope: Scope) -> dict[str, Any]:
    """Agreements in force by kind and status, and the renewal rate, in one pass."""
    a = Agreement
    renewal = aliased(Agreement)
    # Tested only for the agreements that ended, each through the index on renewal_of_id.
    renewed = exists(
        select(renewal.id).where(
            renewal.renewal_of_id == a.id,
            live(renewal),
            renewal.status.not_in(NOT_IN_FORCE),
        )
    )
    ended = scope.during(a.end_date)
    # Grouped by kind unindexed: else SQLite walks the kind index for the grouping and reads
    # every agreement's row, where the end-date index holds all that is counted here.
    kind = unindexed(a.kind)
    rows = run(
        session,
        select(
            kind,
            a.status,
            func.count(case((ended, 1))),
            func.count(case((and_(ended, renewed), 1))),
            func.count(),
        )
        .where(agreements_in_force(scope))
        .group_by(kind, a.status),
    ).all()
    return {
        "agreements_by_kind": sum_by(rows, 0),
        "agreements_by_status": sum_by(rows, 1),
        "renewals": Share(sum(int(row[3]) for row in rows), sum(int(row[2]) for row in rows)),
    }


def _placements(session: Session, scope: Scope) -> dict[str, Any]:
    p = Placement
    days = days_between(later(p.start_date, scope.start), earlier(p.end_date, scope.end)) + 1
    deep = {
        kind: func.count(
            distinct(case((p.agreement_id.in_(agreements_of_kind(kind)), p.student_id)))
        )
        for kind in DEEP_KINDS
    }
    placed = session.execute(
        select(
            func.count(distinct(p.student_id)),
            func.sum(days),
            deep[AgreementKind.APPRENTICESHIP.value],
            deep[AgreementKind.ORDER_CLASS.value],
        ).where(hosted_placements(scope))
    ).one()
    return {
        "students_placed": int(placed[0]),
        "placement_days": int(placed[1] or 0),
        "apprentices": int(placed[2]),
        "order_class_students": int(placed[3]),
    }


def _employment(session: Session, scope: Scope) -> dict[str, Any]:
    e = Employment
    employed = session.execute(
        select(
            func.count(distinct(e.student_id)),
            func.count(distinct(case((e.related_field.is_(True), e.student_id)))),
            func.count(case((e.employed_6m.is_(True), 1))),
            func.count(e.employed_6m),
            func.count(case((e.employed_12m.is_(True), 1))),
            func.count(e.employed_12m),
        ).where(
            scope.live(e),
            under_live(e.student_id, Student),
            under_live(e.enterprise_id, Enterprise),
            scope.during(e.hired_on),
            scope.of(e.enterprise_id),
        )
    ).one()
    return {
        "graduates_employed": int(employed[0]),
        "graduates_related_field": int(employed[1]),
        "retained_6m": Share(int(employed[2]), int(employed[3])),
        "retained_12m": Share(int(employed[4]), int(employed[5])),
    }


def _projects(session: Session, scope: Scope) -> dict[str, Any]:
    """Projects running, contract value, funds received and outcomes (a project's figures
    count in full for each of its partners)."""
    pr = Project
    projects = run(
        session,
        select(pr.kind, pr.status, func.count())
        .where(
            scope.live(pr),
            overlaps(pr.start_date, pr.end_date, scope.start, scope.end),
            scope.projects(pr.id),
        )
        .group_by(pr.kind, pr.status),
    ).all()
    contract_value = select(func.sum(pr.contract_value_fen)).where(
        scope.live(pr),
        pr.status.not_in(NO_CONTRACT),
        scope.during(pr.start_date),
        scope.projects(pr.id),
    )
    funds = select(func.sum(Payment.amount_fen)).where(
        scope.live(Payment),
        under_live(Payment.project_id, Project),
        scope.during(Payment.received_on),
        scope.projects(Payment.project_id),
    )
    outcomes = (
        select(Outcome.kind, func.count())
        .where(
            scope.live(Outcome),
            under_live(Outcome.project_id, Project),
            scope.during(Outcome.achieved_on),
            scope.projects(Outcome.project_id),
        )
        .group_by(Outcome.kind)
    )
    return {
        "projects_by_kind": sum_by(projects, 0),
        "projects_by_status": sum_by(projects, 1),
        "contract_value_fen": scalar_int(session, contract_value),
        "funds_received_fen": scalar_int(session, funds),
        "outcomes_by_kind": grouped(session, outcomes),
    }


def _trainings(session: Session, scope: Scope) -> dict[str, Any]:
    t = TrainingSession
    trained = session.execute(
        select(func.count(), func.sum(t.participants), func.sum(t.participants * t.hours)).where(
            scope.live(t),
            under_live(t.enterprise_id, Enterprise),
            scope.during(t.held_on),
            scope.of(t.enterprise_id),
        )
    ).one()
    return {
        "training_sessions": int(trained[0]),
        "staff_trained": int(trained[1] or 0),
        "staff_training_hours": int(trained[2] or 0),
    }
