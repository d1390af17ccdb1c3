"""The scope of an indicator query (a period, and optionally one enterprise) and the pieces of
SQL that say which rows count in it: agreements in force, placements hosted (see the package
docstring for what these mean)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any, Final

from sqlalchemy import ColumnElement, and_, select, true
from sqlalchemy.orm import Session

from liaison.enums import AgreementKind, AgreementStatus, PlacementStatus, ProjectStatus
from liaison.model import Agreement, Enterprise, Placement, Project, ProjectPartner, Record, Student
from liaison.portable import AnySelect, Column, live, overlaps, run, unindexed

NOT_IN_FORCE: Final = (AgreementStatus.DRAFT.value,)
HOSTED: Final = (PlacementStatus.ACTIVE.value, PlacementStatus.COMPLETED.value)
DEEP_KINDS: Final = (AgreementKind.APPRENTICESHIP.value, AgreementKind.ORDER_CLASS.value)
CONTRACTED: Final = (
    ProjectStatus.CONTRACTED.value,
    ProjectStatus.IN_PROGRESS.value,
    ProjectStatus.COMPLETED.value,
)
NO_CONTRACT: Final = (ProjectStatus.PROPOSED.value, ProjectStatus.CANCELLED.value)


def grouped(session: Session, stmt: AnySelect) -> dict[Any, int]:
    return {key: int(n or 0) for key, n in run(session, stmt)}


def scalar_int(session: Session, stmt: AnySelect) -> int:
    return int(session.scalar(stmt) or 0)


# --- the scope of a query: a period, and optionally one enterprise -----------------------


@dataclass(frozen=True, slots=True)
class Scope:
    start: date
    end: date
    enterprise_id: int | None = None
    # Some ids of enterprises are filtered on besides: see liaison.portable.live.
    selective: bool = False

    def live(self, *models: type[Record]) -> ColumnElement[bool]:
        return live(*models, selective=self.is_selective)

    @property
    def is_selective(self) -> bool:
        return self.selective or self.enterprise_id is not None

    def plain(self, column: Column) -> Any:
        """``column`` kept out of SQLite's index choice when a selective filter should lead."""
        return unindexed(column) if self.is_selective else column

    def of(self, column: Column) -> ColumnElement[bool]:
        """The row belongs to the enterprise in scope (always true for the whole college)."""
        if self.enterprise_id is None:
            return true()
        return column == self.enterprise_id

    def during(self, column: Column) -> ColumnElement[bool]:
        return and_(column >= self.start, column <= self.end)

    def projects(self) -> ColumnElement[bool]:
        """The project is one of the enterprise's (any project for the whole college)."""
        if self.enterprise_id is None:
            return true()
        pp = ProjectPartner
        return Project.id.in_(
            select(pp.project_id)
            .join(Enterprise, Enterprise.id == pp.enterprise_id)
            .where(self.live(pp, Enterprise), pp.enterprise_id == self.enterprise_id)
        )


def agreements_in_force(scope: Scope) -> ColumnElement[bool]:
    a = Agreement
    return and_(
        scope.live(a, Enterprise),
        a.status.not_in(NOT_IN_FORCE),
        overlaps(a.start_date, a.end_date, scope.start, scope.end),
        scope.of(a.enterprise_id),
    )


def hosted_placements(scope: Scope) -> ColumnElement[bool]:
    p = Placement
    return and_(
        scope.live(p, Agreement, Enterprise, Student),
        scope.plain(p.status).in_(HOSTED),
        overlaps(p.start_date, p.end_date, scope.start, scope.end),
        scope.of(Agreement.enterprise_id),
    )


def placements_joined(*columns: Any) -> AnySelect:
    return (
        select(*columns)
        .select_from(Placement)
        .join(Agreement, Agreement.id == Placement.agreement_id)
        .join(Enterprise, Enterprise.id == Agreement.enterprise_id)
        .join(Student, Student.id == Placement.student_id)
    )


def sum_by(rows: Iterable[Any], index: int) -> dict[str, int]:
    """Totals by one key of rows grouped by two keys and ending with a count."""
    totals: dict[str, int] = {}
    for row in rows:
        totals[row[index]] = totals.get(row[index], 0) + int(row[-1])
    return totals
