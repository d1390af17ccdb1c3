"""The demo's rows, table by table, as plain dicts ready for an executemany insert.

Rows carry every column (ids, UUIDs, timestamps and the derived columns the services compute),
so inserting them needs no defaults and gives what the services would have written.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date

from liaison.demo import cooperation, firms, projects, school
from liaison.demo.world import Existing, Row, World

ENTERPRISE_CHUNK = 500
STUDENTS_PER_ENTERPRISE = 3
MIN_STUDENTS = 240  # four cohorts of twelve majors need a few students each
# What each firm brings, in insertion order; its projects follow in their own tables.
_FIRM_TABLES = (
    "enterprise",
    "contact",
    "agreement",
    "placement",
    "employment",
    "interaction",
    "training_session",
)


def generate_rows(
    *,
    enterprises: int,
    seed: int,
    today: date,
    officer: str,
    existing: Existing | None = None,
) -> Iterator[tuple[str, list[Row]]]:
    """Yield ``(table, rows)`` chunks, parents before children, for ``enterprises`` firms.

    The same arguments always yield the same rows. ``existing`` describes a database that
    already holds data: ids count on from its largest ones, names, credit codes and numbers it
    uses are avoided, and its majors are reused. A non-empty database also salts the seed, so
    a second demo added to a first one does not draw the same UUIDs.
    """
    if enterprises <= 0:
        return
    existing = existing or Existing()
    if existing.empty:
        rng = random.Random(seed)
    else:
        rng = random.Random(f"{seed}:" + ":".join(str(n) for n in existing.last_ids.values()))
    world = World(rng, today, officer, existing)

    majors = school.majors(world)
    if majors:
        yield "major", majors
    school.staff(world)
    total_students = max(MIN_STUDENTS, STUDENTS_PER_ENTERPRISE * enterprises)
    for chunk in school.students(world, total_students):
        yield "student", chunk

    for first in range(0, enterprises, ENTERPRISE_CHUNK):
        batch: dict[str, list[Row]] = {table: [] for table in _FIRM_TABLES}
        joint = projects.ProjectRows()
        for _ in range(min(ENTERPRISE_CHUNK, enterprises - first)):
            firm, row = firms.enterprise(world)
            batch["enterprise"].append(row)
            batch["contact"] += firms.contacts(world, firm)
            agreements, placements, employments = cooperation.agreements(world, firm)
            batch["agreement"] += agreements
            batch["placement"] += placements
            batch["employment"] += employments
            batch["interaction"] += firms.interactions(world, firm)
            batch["training_session"] += firms.trainings(world, firm)
            projects.projects(world, firm, joint)
        for table, rows in (*batch.items(), *joint.tables()):
            if rows:
                yield table, rows
