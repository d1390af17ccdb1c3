"""The college side of the demo: its majors, teachers and students."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

from liaison.demo.college_words import (
    MAJORS,
    MajorSpec,
)
from liaison.demo.world import MajorRef, Row, World
from liaison.rules.names import name_key, search_text

STUDENT_CHUNK = 5000
CLASS_SIZE = (38, 46)
PROGRAMME_YEARS = 3  # 高职 programmes run three years, September to June


def graduation_day(cohort: int) -> date:
    return date(cohort + PROGRAMME_YEARS, 6, 30)


def cohorts(today: date) -> tuple[int, ...]:
    """The four latest intakes: three in school and the one that graduated last."""
    latest = today.year if today >= date(today.year, 9, 1) else today.year - 1
    return tuple(range(latest - 3, latest + 1))


def majors(world: World) -> list[Row]:
    """Rows for the college's majors not yet in the database; all of them become known."""
    rows: list[Row] = []
    for spec in MAJORS:
        existing = world.existing.majors.get(name_key(spec.name))
        if existing is not None:
            world.majors.append(MajorRef(existing, spec))
            continue
        row = world.record("major", world.window_start)
        row.update(code=spec.code, name=spec.name, department=spec.department)
        rows.append(row)
        world.majors.append(MajorRef(row["id"], spec))
    return rows


def staff(world: World) -> None:
    """Teachers of each group of majors, and the college leaders who sign agreements."""
    # dict, not set: a set of strings iterates in a per-process order, and so would the draws.
    for group in dict.fromkeys(m.spec.group for m in world.majors):
        world.teachers[group] = [world.person()[0] for _ in range(12)]
    world.leaders = [world.person(female=False)[0] for _ in range(2)]


def students(world: World, total: int) -> Iterator[list[Row]]:
    """About ``total`` students over four cohorts, majors sized by their intake, in chunks."""
    world.cohorts = cohorts(world.today)
    weights = sum(m.spec.weight for m in world.majors)
    chunk: list[Row] = []
    for cohort in world.cohorts:
        for position, major in enumerate(world.majors, start=1):
            count = max(1, round(total / len(world.cohorts) * major.spec.weight / weights))
            for row in _intake(world, major, position, cohort, count):
                chunk.append(row)
                if len(chunk) >= STUDENT_CHUNK:
                    yield chunk
                    chunk = []
    if chunk:
        yield chunk
    for group in world.graduates.values():
        world.rng.shuffle(group)


def _intake(world: World, major: MajorRef, position: int, cohort: int, count: int) -> Iterator[Row]:
    spec: MajorSpec = major.spec
    entry = date(cohort, 9, 1)
    graduated = graduation_day(cohort) <= world.today
    pool = world.pool.setdefault((major.id, cohort), [])
    class_no, seat, size = 1, 0, world.between(*CLASS_SIZE)
    for _ in range(count):
        seat += 1
        if seat > size:
            class_no, seat, size = class_no + 1, 1, world.between(*CLASS_SIZE)
        number = f"{cohort}{position:02d}{class_no:02d}{seat:02d}"
        # Numbers already in the database (an earlier demo) are skipped, not reused.
        while number in world.existing.student_nos:
            seat += 1
            number = f"{cohort}{position:02d}{class_no:02d}{seat:02d}"
        class_name = f"{spec.short}{cohort % 100:02d}{class_no:02d}"
        name, _, female = world.person(female=world.below(100) < spec.female_share)
        # Freshmen are 17 to 19 when they enter in September.
        born = entry - timedelta(days=world.between(17 * 365 + 4, 19 * 365 + 4))
        minor = born > date(cohort - 18, 9, 1)
        guardian = guardian_phone = None
        if minor or world.chance(0.5):
            # A father shares the student's surname; a mother keeps her own.
            if world.chance(0.6):
                guardian = name[0] + world.person(female=False)[0][1:]
            else:
                guardian = world.person(female=True)[0]
            guardian_phone = world.mobile()
        row = world.record("student", entry)
        row.update(
            student_no=number,
            name=name,
            major_id=major.id,
            cohort=cohort,
            class_name=class_name,
            gender="女" if female else "男",
            birth_date=born,
            phone=world.mobile(),
            guardian_name=guardian,
            guardian_phone=guardian_phone,
            graduation_year=cohort + PROGRAMME_YEARS,
            notes=None,
            search_text=search_text(name, number, class_name),
        )
        student_id = row["id"]
        pool.append(student_id)
        world.cohort_of[student_id] = cohort
        world.major_of[student_id] = major.id
        if graduated:
            world.graduates.setdefault(spec.group, []).append(student_id)
        yield row
