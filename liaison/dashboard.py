"""What the dashboard shows, gathered in one read into plain values (the app runs it on its
database worker).

Figures are year to date (1 January to today) against the same stretch of last year, so a
figure in June is not held against the whole of last year. Enterprise status, size class and
industry are today's values (the core keeps no history of them), so they carry no change.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import distinct, extract, func, select
from sqlalchemy.orm import Session

from liaison.horizons import Horizons
from liaison.indicators import CollegeIndicators, college_indicators
from liaison.indicators.scope import CONTRACTED, Scope, hosted_placements
from liaison.model import Major, Payment, Placement, Project, Student
from liaison.portable import live
from liaison.reminders import Reminders, reminders


@dataclass(frozen=True, slots=True)
class Figure:
    value: int
    previous: int | None = None


@dataclass(frozen=True, slots=True)
class DashboardData:
    today: date
    enterprises: int  # live enterprises of any status; 0 means an empty database
    enterprises_by_status: dict[str, int]
    partners: int
    partners_by_size: dict[str, int]
    partners_by_industry: dict[str | None, int]
    agreements: Figure
    students_placed: Figure
    projects_running: Figure
    funds_received_fen: Figure
    graduates_employed: Figure
    funds_by_month: tuple[int, ...]  # fen received in each month of this year, January first
    funds_by_month_previous: tuple[int, ...]
    placements_by_major: dict[str | None, int]  # students hosted this year, by major name
    reminders: Reminders


def same_day_last_year(day: date) -> date:
    try:
        return day.replace(year=day.year - 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year - 1, day=28)


def funds_by_month(session: Session, year: int) -> tuple[int, ...]:
    """Funds received (fen) in each month of ``year``, on live projects."""
    month = extract("month", Payment.received_on)
    rows = session.execute(
        select(month, func.sum(Payment.amount_fen))
        .join(Project, Project.id == Payment.project_id)
        .where(
            live(Payment, Project),
            Payment.received_on >= date(year, 1, 1),
            Payment.received_on <= date(year, 12, 31),
        )
        .group_by(month)
    ).all()
    totals = [0] * 12
    for number, fen in rows:
        totals[int(number) - 1] = int(fen or 0)
    return tuple(totals)


def placements_by_major(session: Session, start: date, end: date) -> dict[str | None, int]:
    """Students hosted on a placement during ``start`` … ``end``, by their major's name.

    "Hosted" as in :mod:`liaison.indicators`: active or completed placements under live
    agreements with live enterprises. Students without a major count under None.
    """
    stmt = (
        select(Major.name, func.count(distinct(Placement.student_id)))
        .select_from(Placement)
        .join(Student, Student.id == Placement.student_id)
        .outerjoin(Major, (Major.id == Student.major_id) & live(Major))
        .where(hosted_placements(Scope(start, end)))
        .group_by(Major.name)
    )
    return {name: int(n) for name, n in session.execute(stmt)}


def _running(indicators: CollegeIndicators) -> int:
    """Projects that really ran: contracted, under way or finished (as the depth counts them)."""
    return sum(indicators.projects_by_status.get(status, 0) for status in CONTRACTED)


def gather(session: Session, today: date, horizons: Horizons | None = None) -> DashboardData:
    """Every figure, chart series and reminder of the dashboard for ``today``."""
    horizons = horizons or Horizons()
    start = date(today.year, 1, 1)
    now = college_indicators(session, start, today)
    last_end = same_day_last_year(today)
    then = college_indicators(session, date(last_end.year, 1, 1), last_end)
    return DashboardData(
        today=today,
        enterprises=sum(now.enterprises_by_status.values()),
        enterprises_by_status=now.enterprises_by_status,
        partners=now.partners,
        partners_by_size=now.partners_by_size,
        partners_by_industry=now.partners_by_industry,
        agreements=Figure(now.agreements, then.agreements),
        students_placed=Figure(now.students_placed, then.students_placed),
        projects_running=Figure(_running(now), _running(then)),
        funds_received_fen=Figure(now.funds_received_fen, then.funds_received_fen),
        graduates_employed=Figure(now.graduates_employed, then.graduates_employed),
        funds_by_month=funds_by_month(session, today.year),
        funds_by_month_previous=funds_by_month(session, today.year - 1),
        placements_by_major=placements_by_major(session, start, today),
        reminders=reminders(
            session,
            today,
            agreements_within_days=horizons.agreements_within_days,
            silent_days=horizons.silent_days,
            follow_up_soon_days=horizons.follow_up_soon_days,
        ),
    )
