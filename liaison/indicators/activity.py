"""What happened in a period, for the whole college or for one enterprise."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import case, distinct, func, select
from sqlalchemy.orm import Session, aliased

from liaison.enums import AgreementKind, InteractionKind
from liaison.indicators.figures import Share, student_months
from liaison.indicators.scope import (
    DEEP_KINDS,
    NO_CONTRACT,
    NOT_IN_FORCE,
    Scope,
    agreements_in_force,
    grouped,
    hosted_placements,
    placements_joined,
    scalar_int,
    sum_by,
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
from liaison.portable import days_between, earlier, later, live, overlaps


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
    a, p, e, t, i = Agreement, Placement, Employment, TrainingSession, Interaction
    values: dict[str, Any] = {"start": scope.start, "end": scope.end}

    by_kind_status = session.execute(
        select(a.kind, a.status, func.count())
        .join(Enterprise, Enterprise.id == a.enterprise_id)
        .where(agreements_in_force(scope))
        .group_by(a.kind, a.status)
    ).all()
    values["agreements_by_kind"] = sum_by(by_kind_status, 0)
    values["agreements_by_status"] = sum_by(by_kind_status, 1)

    days = days_between(later(p.start_date, scope.start), earlier(p.end_date, scope.end)) + 1
    deep = {
        kind: func.count(distinct(case((Agreement.kind == kind, p.student_id))))
        for kind in DEEP_KINDS
    }
    placed = session.execute(
        placements_joined(
            func.count(distinct(p.student_id)),
            func.sum(days),
            deep[AgreementKind.APPRENTICESHIP.value],
            deep[AgreementKind.ORDER_CLASS.value],
        ).where(hosted_placements(scope))
    ).one()
    values["students_placed"] = int(placed[0])
    values["placement_days"] = int(placed[1] or 0)
    values["apprentices"] = int(placed[2])
    values["order_class_students"] = int(placed[3])

    employed = session.execute(
        select(
            func.count(distinct(e.student_id)),
            func.count(distinct(case((e.related_field.is_(True), e.student_id)))),
            func.count(case((e.employed_6m.is_(True), 1))),
            func.count(e.employed_6m),
            func.count(case((e.employed_12m.is_(True), 1))),
            func.count(e.employed_12m),
        )
        .join(Student, Student.id == e.student_id)
        .join(Enterprise, Enterprise.id == e.enterprise_id)
        .where(
            scope.live(e, Student, Enterprise), scope.during(e.hired_on), scope.of(e.enterprise_id)
        )
    ).one()
    values["graduates_employed"] = int(employed[0])
    values["graduates_related_field"] = int(employed[1])
    values["retained_6m"] = Share(int(employed[2]), int(employed[3]))
    values["retained_12m"] = Share(int(employed[4]), int(employed[5]))

    projects = session.execute(
        select(Project.kind, Project.status, func.count())
        .where(
            scope.live(Project),
            overlaps(Project.start_date, Project.end_date, scope.start, scope.end),
            scope.projects(),
        )
        .group_by(Project.kind, Project.status)
    ).all()
    values["projects_by_kind"] = sum_by(projects, 0)
    values["projects_by_status"] = sum_by(projects, 1)
    values["contract_value_fen"] = scalar_int(
        session,
        select(func.sum(Project.contract_value_fen)).where(
            scope.live(Project),
            Project.status.not_in(NO_CONTRACT),
            scope.during(Project.start_date),
            scope.projects(),
        ),
    )
    values["funds_received_fen"] = scalar_int(
        session,
        select(func.sum(Payment.amount_fen))
        .join(Project, Project.id == Payment.project_id)
        .where(scope.live(Payment, Project), scope.during(Payment.received_on), scope.projects()),
    )
    values["outcomes_by_kind"] = grouped(
        session,
        select(Outcome.kind, func.count())
        .join(Project, Project.id == Outcome.project_id)
        .where(scope.live(Outcome, Project), scope.during(Outcome.achieved_on), scope.projects())
        .group_by(Outcome.kind),
    )

    trained = session.execute(
        select(func.count(), func.sum(t.participants), func.sum(t.participants * t.hours))
        .join(Enterprise, Enterprise.id == t.enterprise_id)
        .where(scope.live(t, Enterprise), scope.during(t.held_on), scope.of(t.enterprise_id))
    ).one()
    values["training_sessions"] = int(trained[0])
    values["staff_trained"] = int(trained[1] or 0)
    values["staff_training_hours"] = int(trained[2] or 0)

    values["interactions_by_kind"] = grouped(
        session,
        select(i.kind, func.count())
        .join(Enterprise, Enterprise.id == i.enterprise_id)
        .where(scope.live(i, Enterprise), scope.during(i.occurred_on), scope.of(i.enterprise_id))
        .group_by(i.kind),
    )

    # A join to the set of renewed ids, not a correlated EXISTS: renewal_of_id has no index.
    renewal = aliased(Agreement)
    renewed = (
        select(renewal.renewal_of_id.label("id"))
        .where(live(renewal), renewal.status.not_in(NOT_IN_FORCE))
        .distinct()
        .subquery("renewed")
    )
    ended = session.execute(
        select(func.count(), func.count(renewed.c.id))
        .select_from(a)
        .join(Enterprise, Enterprise.id == a.enterprise_id)
        .outerjoin(renewed, renewed.c.id == a.id)
        .where(agreements_in_force(scope), scope.during(a.end_date))
    ).one()
    values["renewals"] = Share(int(ended[1]), int(ended[0]))
    return values
