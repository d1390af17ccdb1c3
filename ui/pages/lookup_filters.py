"""Filters whose choices come from the database: majors, cohorts, agreements, enterprises.

Their options are read when the list builds its combo boxes (and again on a language change);
each is one small grouped query. :func:`with_filters` gives an area's list spec extra filters.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from liaison.db import Database
from liaison.model import Agreement, Enterprise, Major, Student
from liaison.portable import live
from ui.i18n import QT_TRANSLATE_NOOP
from ui.pages.list_spec import AreaList, Filter, FilterOption

R = TypeVar("R")

MAX_OPTIONS = 200  # a combo box longer than this is no help; search narrows the rest


def lookup_filter(
    db: Database, key: str, title: str, read: Callable[[Session], list[FilterOption]]
) -> Filter:
    """A filter whose options ``read(session)`` returns from the database ``db``."""

    def options() -> list[FilterOption]:
        with db.reading() as session:
            return read(session)[:MAX_OPTIONS]

    return Filter(key, title, options)


def _majors(session: Session) -> list[FilterOption]:
    found = session.execute(
        select(Major.id, Major.name).where(live(Major)).order_by(Major.name, Major.id)
    )
    return [(name, {"major_id": major_id}) for major_id, name in found]


def _cohorts(session: Session) -> list[FilterOption]:
    found = session.scalars(
        select(Student.cohort)
        .distinct()
        .where(live(Student), Student.cohort.is_not(None))
        .order_by(Student.cohort.desc())
    )
    return [(str(cohort), {"cohort": cohort}) for cohort in found]


def _agreements(session: Session) -> list[FilterOption]:
    found = session.execute(
        select(Agreement.id, Agreement.number)
        .join(Enterprise, Enterprise.id == Agreement.enterprise_id)
        .where(live(Agreement, Enterprise))
        .order_by(Agreement.number, Agreement.id)
    )
    return [(number, {"agreement_id": agreement_id}) for agreement_id, number in found]


def enterprises_of(model: Any) -> Callable[[Session], list[FilterOption]]:
    """The live firms with live records of ``model`` (graduates hired, staff trained)."""

    def read(session: Session) -> list[FilterOption]:
        firms = select(model.enterprise_id).where(live(model))
        found = session.execute(
            select(Enterprise.id, Enterprise.name)
            .where(Enterprise.id.in_(firms), live(Enterprise))
            .order_by(Enterprise.name_key, Enterprise.id)
        )
        return [(name, {"enterprise_id": firm_id}) for firm_id, name in found]

    return read


def major_filter(db: Database) -> Filter:
    return lookup_filter(db, "major", QT_TRANSLATE_NOOP("lists", "Major"), _majors)


def cohort_filter(db: Database) -> Filter:
    return lookup_filter(db, "cohort", QT_TRANSLATE_NOOP("lists", "Cohort"), _cohorts)


def agreement_filter(db: Database) -> Filter:
    return lookup_filter(db, "agreement", QT_TRANSLATE_NOOP("lists", "Agreement"), _agreements)


def enterprise_filter(db: Database, model: Any) -> Filter:
    return lookup_filter(
        db, "enterprise", QT_TRANSLATE_NOOP("lists", "Enterprise"), enterprises_of(model)
    )


def with_filters(spec: AreaList[R], *extra: Filter) -> AreaList[R]:
    """``spec`` with ``extra`` filters after its own."""
    return replace(spec, filters=(*spec.filters, *extra))
