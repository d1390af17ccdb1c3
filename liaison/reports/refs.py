"""Which record a REF on the command line names (DESIGN.md: "REF is a numeric id, a USCC, an
agreement number, or an exact name").

An enterprise REF is tried, in order, as an id, a credit code, the firm's exact name (then the
same name spelt with other widths, case or brackets), and an agreement number (its firm). An
agreement REF is an id or an agreement number. A student REF, for a tripartite agreement, is a
student number, an exact name or an id. Only live records count; a name two records share is
refused rather than guessed.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from liaison.i18n import Catalog, LiaisonError
from liaison.model import Agreement, Enterprise, Placement, Student
from liaison.portable import AnySelect, live
from liaison.rules import uscc
from liaison.rules.names import name_key

_ = Catalog(
    {
        "ref.enterprise_unknown": (
            "No enterprise matches “{ref}”: give its id, credit code, exact name or an "
            "agreement number",
            "找不到与“{ref}”对应的企业：请填写企业编号、统一社会信用代码、企业全称或协议编号",
        ),
        "ref.agreement_unknown": (
            "No agreement matches “{ref}”: give its number or id",
            "找不到与“{ref}”对应的协议：请填写协议编号或编号 ID",
        ),
        "ref.placement_unknown": (
            "No placement #{ref} was found",
            "找不到编号为 {ref} 的实习安置记录",
        ),
        "ref.student_not_placed": (
            "No student “{student}” is placed under agreement {number}",
            "协议 {number} 下没有学生“{student}”的安置记录",
        ),
        "ref.ambiguous": (
            "“{ref}” names several records (ids {ids}); give the id instead",
            "“{ref}”对应多条记录（编号 {ids}），请改用编号",
        ),
    }
)


class UnknownRef(LiaisonError):
    """The REF names no live record (or several); the message says what to give instead."""


def _one(session: Session, stmt: AnySelect, ref: str) -> int | None:
    found = list(session.scalars(stmt.limit(3)))
    if len(found) > 1:
        raise UnknownRef("ref.ambiguous", ref=ref, ids=", ".join(str(i) for i in found))
    return int(found[0]) if found else None


def _first(session: Session, ref: str, candidates: Sequence[AnySelect | None]) -> int | None:
    for stmt in candidates:
        if stmt is not None:
            found = _one(session, stmt, ref)
            if found is not None:
                return found
    return None


def _as_id(ref: str) -> int | None:
    text = ref.strip()
    return int(text) if text.isdigit() and len(text) < 10 else None


def enterprise_id(session: Session, ref: str) -> int:
    """The live enterprise ``ref`` names; UnknownRef otherwise."""
    e = Enterprise
    text = ref.strip()
    number = _as_id(text)
    key = name_key(text)
    candidates: list[Any] = [
        select(e.id).where(live(e), e.id == number) if number is not None else None,
        select(e.id).where(live(e), e.uscc == uscc.normalise(text)) if text else None,
        select(e.id).where(live(e), e.name == text) if text else None,
        select(e.id).where(live(e), e.name_key == key) if key else None,
        select(Agreement.enterprise_id)
        .join(e, e.id == Agreement.enterprise_id)
        .where(live(Agreement, e), Agreement.number == text)
        if text
        else None,
    ]
    found = _first(session, ref, candidates)
    if found is None:
        raise UnknownRef("ref.enterprise_unknown", ref=ref)
    return found


def agreement_id(session: Session, ref: str) -> int:
    """The live agreement (of a live enterprise) ``ref`` names; UnknownRef otherwise."""
    a = Agreement
    text = ref.strip()
    number = _as_id(text)
    base = (
        select(a.id).join(Enterprise, Enterprise.id == a.enterprise_id).where(live(a, Enterprise))
    )
    candidates: list[Any] = [
        base.where(a.number == text) if text else None,
        base.where(a.id == number) if number is not None else None,
    ]
    found = _first(session, ref, candidates)
    if found is None:
        raise UnknownRef("ref.agreement_unknown", ref=ref)
    return found


def placement_id(session: Session, placement: int) -> int:
    """``placement`` itself when it is live, under a live agreement, firm and student."""
    p = Placement
    stmt = (
        select(p.id)
        .join(Agreement, Agreement.id == p.agreement_id)
        .join(Enterprise, Enterprise.id == Agreement.enterprise_id)
        .join(Student, Student.id == p.student_id)
        .where(p.id == placement, live(p, Agreement, Enterprise, Student))
    )
    if session.scalar(stmt) is None:
        raise UnknownRef("ref.placement_unknown", ref=placement)
    return placement


def placement_of_student(session: Session, agreement: int, student_ref: str) -> int:
    """The latest live placement under ``agreement`` of the student ``student_ref`` names
    (a student number, an exact name or an id)."""
    p, s = Placement, Student
    text = student_ref.strip()
    number = _as_id(text)
    placed = select(s.id).join(p, p.student_id == s.id).where(p.agreement_id == agreement)
    candidates: list[Any] = [
        placed.where(live(p, s), s.student_no == text).distinct(),
        placed.where(live(p, s), s.name == text).distinct(),
        placed.where(live(p, s), s.id == number) if number is not None else None,
    ]
    student = _first(session, student_ref, candidates)
    if student is None:
        agreement_number = session.scalar(select(Agreement.number).where(Agreement.id == agreement))
        raise UnknownRef("ref.student_not_placed", student=student_ref, number=agreement_number)
    latest = session.scalar(
        select(p.id)
        .where(p.agreement_id == agreement, p.student_id == student, live(p))
        .order_by(p.start_date.desc(), p.id.desc())
        .limit(1)
    )
    assert latest is not None  # the student was found through this placement
    return int(latest)
