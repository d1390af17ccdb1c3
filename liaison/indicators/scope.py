"""The scope of an indicator query (a period, and optionally one enterprise) and the pieces of
SQL that say which rows count in it: agreements in force, placements hosted (see the package
docstring for what these mean)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any, Final

from sqlalchemy import ColumnElement, CompoundSelect, and_, select, true, union_all
from sqlalchemy.orm import Session

from liaison.enums import AgreementKind, AgreementStatus, PlacementStatus, ProjectStatus
from liaison.model import Agreement, Enterprise, Placement, ProjectPartner, Record, Student
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
    """``{key: n}`` from a SELECT of a plain key (an id, a kind) and a count or a sum.

    The DB-API rows are read as they come, as :func:`liaison.portable.ids_of` does: the depth
    of 100,000 firms reads seven such maps, some 140,000 rows, and skipping SQLAlchemy's
    result layer saves about a tenth of its time. A sum comes back as a Decimal from
    PostgreSQL, hence ``int``.
    """
    result = run(session, stmt)
    try:
        cursor = result.cursor
        assert cursor is not None  # a SELECT always has one
        return {key: int(n or 0) for key, n in cursor.fetchall()}
    finally:
        result.close()


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

    def agreements(self, column: Column) -> ColumnElement[bool]:
        """The agreement whose id ``column`` holds is the enterprise's (any for the college)."""
        if self.enterprise_id is None:
            return true()
        return column.in_(select(Agreement.id).where(Agreement.enterprise_id == self.enterprise_id))

    def projects(self, column: Column) -> ColumnElement[bool]:
        """The project whose id ``column`` holds is one of the enterprise's (any project for
        the whole college)."""
        if self.enterprise_id is None:
            return true()
        pp = ProjectPartner
        return column.in_(
            select(pp.project_id).where(
                self.live(pp),
                under_live(pp.enterprise_id, Enterprise),
                pp.enterprise_id == self.enterprise_id,
            )
        )


def trashed(model: type[Record]) -> AnySelect:
    """The ids of ``model``'s rows in the trash: few, and read from the partial index of the
    trash (:func:`liaison.model.base.trash_index`) on the parent tables that have one."""
    return select(model.id).where(model.deleted_at.is_not(None))


def under_live(column: Column, parent: type[Record]) -> ColumnElement[bool]:
    """The ``parent`` row whose id ``column`` holds is not in the trash.

    The same as joining the parent and testing it live (every id names a row), without the
    join: the trash is read once, where a join looks up the parent's row for every row counted,
    which on 100,000 firms and their 600,000 interactions costs most of a query's time.
    """
    return column.not_in(trashed(parent))


def agreements_in_force(scope: Scope) -> ColumnElement[bool]:
    a = Agreement
    return and_(
        scope.live(a),
        under_live(a.enterprise_id, Enterprise),
        a.status.not_in(NOT_IN_FORCE),
        overlaps(a.start_date, a.end_date, scope.start, scope.end),
        scope.of(a.enterprise_id),
    )


def hosted_placements(scope: Scope) -> ColumnElement[bool]:
    """Hosted placements in the scope, under live agreements of live firms and of live
    students, tested on the placement's own columns: no join, as for :func:`under_live`."""
    p = Placement
    return and_(
        scope.live(p),
        p.agreement_id.not_in(_dead_agreements()),
        under_live(p.student_id, Student),
        scope.plain(p.status).in_(HOSTED),
        overlaps(p.start_date, p.end_date, scope.start, scope.end),
        scope.agreements(p.agreement_id),
    )


def agreements_of_kind(kind: str) -> AnySelect:
    return select(Agreement.id).where(Agreement.kind == kind)


def _dead_agreements() -> CompoundSelect[int]:
    """The ids of agreements in the trash or under a firm in the trash."""
    a = Agreement
    return union_all(trashed(a), select(a.id).where(a.enterprise_id.in_(trashed(Enterprise))))


def sum_by(rows: Iterable[Any], index: int) -> dict[Any, int]:
    """Totals by one key of rows grouped by several keys and ending with a count."""
    totals: dict[Any, int] = {}
    for row in rows:
        totals[row[index]] = totals.get(row[index], 0) + int(row[-1])
    return totals
