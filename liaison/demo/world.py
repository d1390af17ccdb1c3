"""What the demo generator carries from one row to the next.

One seeded ``random.Random`` draws everything, in a fixed order, so a (seed, size, today) triple
always gives the same rows. Ids are assigned here, counting on from what the database already
holds, so children can name their parents before anything is written.
"""

from __future__ import annotations

import random
from bisect import bisect
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from itertools import accumulate
from typing import Any, Generic, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from liaison.demo.college_words import (
    MajorSpec,
)
from liaison.demo.vocabulary import (
    GIVEN_FEMALE,
    GIVEN_MALE,
    MOBILE_PREFIXES,
    SURNAMES,
    City,
    Trade,
)
from liaison.model import (
    Agreement,
    Base,
    Enterprise,
    Major,
    Project,
    Student,
)
from liaison.rules.names import name_key

T = TypeVar("T")
Row = dict[str, Any]

# Tables in the order their rows can be inserted (parents before children).
TABLE_ORDER: tuple[str, ...] = (
    "major",
    "student",
    "enterprise",
    "contact",
    "agreement",
    "placement",
    "employment",
    "interaction",
    "training_session",
    "project",
    "project_partner",
    "milestone",
    "payment",
    "outcome",
)

# How deeply a firm works with the college; most only get a few visits.
DEEP, PARTNER, LIGHT = "deep", "partner", "light"


@dataclass
class Existing:
    """What the database already holds that new rows must not collide with.

    The generator adds every name, code and number it takes, so one object keeps a whole run
    free of clashes with itself as well.
    """

    last_ids: dict[str, int] = field(default_factory=lambda: dict.fromkeys(TABLE_ORDER, 0))
    name_keys: set[str] = field(default_factory=set)
    usccs: set[str] = field(default_factory=set)
    agreement_numbers: set[str] = field(default_factory=set)
    student_nos: set[str] = field(default_factory=set)
    project_codes: set[str] = field(default_factory=set)
    uncoded_titles: set[str] = field(default_factory=set)  # name_key of a title
    majors: dict[str, int] = field(default_factory=dict)  # name_key -> id

    @property
    def empty(self) -> bool:
        return not any(self.last_ids.values())

    @classmethod
    def read(cls, session: Session) -> Existing:
        found = cls()
        for table in TABLE_ORDER:
            column = Base.metadata.tables[table].c.id
            found.last_ids[table] = session.scalar(select(func.max(column))) or 0
        if found.empty:
            return found
        # Live rows only: the services' uniqueness rules ignore the trash, and so may we.
        found.name_keys = set(
            session.scalars(select(Enterprise.name_key).where(Enterprise.deleted_at.is_(None)))
        )
        found.usccs = set(
            session.scalars(
                select(Enterprise.uscc).where(
                    Enterprise.deleted_at.is_(None), Enterprise.uscc.is_not(None)
                )
            )
        )
        found.agreement_numbers = set(
            session.scalars(select(Agreement.number).where(Agreement.deleted_at.is_(None)))
        )
        found.student_nos = set(
            session.scalars(select(Student.student_no).where(Student.deleted_at.is_(None)))
        )
        found.project_codes = {
            code
            for code in session.scalars(select(Project.code).where(Project.deleted_at.is_(None)))
            if code
        }
        found.uncoded_titles = {
            name_key(title)
            for title in session.scalars(
                select(Project.title).where(Project.deleted_at.is_(None), Project.code.is_(None))
            )
        }
        for major_id, name in session.execute(
            select(Major.id, Major.name).where(Major.deleted_at.is_(None))
        ):
            found.majors.setdefault(name_key(name), major_id)
        return found


class Weights(Generic[T]):
    """Options with integer weights, their running totals computed once for fast draws."""

    def __init__(self, options: Iterable[tuple[T, int]]) -> None:
        pairs = list(options)
        self.values = [value for value, _ in pairs]
        self.cumulative = list(accumulate(weight for _, weight in pairs))
        self.total = self.cumulative[-1]


@dataclass
class MajorRef:
    id: int
    spec: MajorSpec


@dataclass
class Firm:
    """An enterprise being generated, with what its later rows need to know."""

    id: int
    name: str
    brand: str  # the distinctive part of the name: 华瑞
    trade: Trade
    city: City
    district_code: str
    address: str
    domain: str | None
    tier: str
    first_contact: date
    contacts: list[tuple[int, str, str]] = field(default_factory=list)  # (id, name, title)
    signatory: str = ""


@dataclass
class World:
    rng: random.Random
    today: date
    officer: str
    existing: Existing
    next_ids: dict[str, int] = field(default_factory=dict)
    majors: list[MajorRef] = field(default_factory=list)
    teachers: dict[str, list[str]] = field(default_factory=dict)  # major group -> names
    leaders: list[str] = field(default_factory=list)  # who signs for the college
    cohorts: tuple[int, ...] = ()
    # Students by (major id, cohort), their cohort, and the periods they are already placed.
    pool: dict[tuple[int, int], list[int]] = field(default_factory=dict)
    cohort_of: dict[int, int] = field(default_factory=dict)
    major_of: dict[int, int] = field(default_factory=dict)
    busy: dict[int, list[tuple[date, date]]] = field(default_factory=dict)
    # Graduates not yet employed by a partner, by major group, in a shuffled order.
    graduates: dict[str, list[int]] = field(default_factory=dict)
    employed: set[int] = field(default_factory=set)
    # Firms that cooperate beyond visits: candidates for the second and third project partner.
    cooperating: list[int] = field(default_factory=list)
    agreement_seq: dict[int, int] = field(default_factory=dict)
    project_seq: dict[int, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for table in TABLE_ORDER:
            self.next_ids.setdefault(table, self.existing.last_ids.get(table, 0) + 1)

    @property
    def window_start(self) -> date:
        """Three years of history end today."""
        return self.today - timedelta(days=3 * 365)

    # --- rows ---------------------------------------------------------------------------------

    def new_id(self, table: str) -> int:
        value = self.next_ids[table]
        self.next_ids[table] = value + 1
        return value

    def record(self, table: str, entered: date) -> Row:
        """The columns every record carries, as the services would have set them.

        The timestamps say the row was entered during office hours (Beijing time) on ``entered``
        (never after today), so they are as reproducible as the rest.
        """
        day = min(entered, self.today)
        minutes = self.below(9 * 60)
        stamp = datetime(day.year, day.month, day.day, 1 + minutes // 60, minutes % 60, tzinfo=UTC)
        return {
            "id": self.new_id(table),
            "uuid": self.uuid(),
            "created_at": stamp,
            "updated_at": stamp,
            "updated_by": self.officer,
            "deleted_at": None,
        }

    def uuid(self) -> str:
        """A version-4 UUID drawn from the seeded generator, so reruns give the same ones."""
        bits = self.rng.getrandbits(128)
        bits = (bits & ~(0xF000 << 64)) | (0x4000 << 64)  # version 4
        bits = (bits & ~(0xC000 << 48)) | (0x8000 << 48)  # RFC 4122 variant
        h = f"{bits:032x}"
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"

    # --- draws --------------------------------------------------------------------------------
    # random()-based draws: several times faster than choice/randint, which the generator calls
    # millions of times at scale; the bias of flooring a 53-bit float is far below notice.

    def below(self, n: int) -> int:
        """An integer in [0, n)."""
        return int(self.rng.random() * n)

    def between(self, low: int, high: int) -> int:
        """An integer in [low, high], both included."""
        return low + int(self.rng.random() * (high - low + 1))

    def pick(self, options: Sequence[T]) -> T:
        return options[int(self.rng.random() * len(options))]

    def weighted(self, weights: Weights[T]) -> T:
        return weights.values[bisect(weights.cumulative, self.rng.random() * weights.total)]

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def day_between(self, first: date, last: date) -> date:
        """A day in [first, last] (``first`` when the span is empty)."""
        span = (last - first).days
        return first + timedelta(days=self.between(0, span)) if span > 0 else first

    def log_int(self, low: int, high: int) -> int:
        """An integer in [low, high), log-uniform: small values as common as large ones per decade.

        Firm figures spread over orders of magnitude; a float only shapes the draw, the result
        is an exact integer.
        """
        if high <= low + 1:
            return low
        value = int(low * (high / low) ** self.rng.random())
        return min(max(value, low), high - 1)

    def person(self, female: bool | None = None) -> tuple[str, str, bool]:
        """A Chinese name, its pinyin (for e-mail addresses) and whether she is a woman."""
        if female is None:
            female = self.chance(0.4)
        surname, surname_py = self.pick(SURNAMES)
        pool = GIVEN_FEMALE if female else GIVEN_MALE
        # Repeated characters (婷婷, 丽丽) are common in given names, so no need to avoid them.
        parts = [self.pick(pool), self.pick(pool)] if self.chance(0.65) else [self.pick(pool)]
        given = "".join(p[0] for p in parts)
        given_py = "".join(p[1] for p in parts)
        return surname + given, surname_py + given_py, female

    def mobile(self) -> str:
        return f"{self.pick(MOBILE_PREFIXES)}{self.below(10**8):08d}"

    def teacher(self, group: str) -> str:
        return self.pick(self.teachers[group])

    def majors_of(self, group: str) -> list[MajorRef]:
        return [m for m in self.majors if m.spec.group == group] or self.majors

    def free(self, student_id: int, start: date, end: date) -> bool:
        return all(end < s or start > e for s, e in self.busy.get(student_id, ()))
