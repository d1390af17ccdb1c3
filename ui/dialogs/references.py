"""What a reference picker offers: records of one kind matching what the officer typed.

``hits(session, entity, query, scope)`` returns ``(id, label)`` pairs, at most :data:`LIMIT`,
through the core's search and list queries (an enterprise picker on a 100,000-firm database
searches, it never loads them all). ``scope`` narrows the choice: the contacts of one
enterprise, the earlier agreements of the same firm. ``label_of`` names one record.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Final

from sqlalchemy import select
from sqlalchemy.orm import Session

from liaison import lists, search
from liaison.model import Agreement, Contact, Enterprise, Major, Project, Student
from liaison.portable import contains_any, live

LIMIT: Final = 30

Hit = tuple[int, str]
Scope = Mapping[str, Any]


def _enterprise_id(session: Session, scope: Scope) -> int | None:
    """The enterprise a scope points at, directly or through an agreement."""
    if scope.get("enterprise_id") is not None:
        return int(scope["enterprise_id"])
    if scope.get("agreement_id") is not None:
        found = session.scalar(
            select(Agreement.enterprise_id).where(Agreement.id == scope["agreement_id"])
        )
        return int(found) if found is not None else None
    return None


def _enterprises(session: Session, query: str, scope: Scope) -> list[Hit]:
    found = search.search_enterprises(session, query, limit=LIMIT)
    return [(h.id, f"{h.name} · {h.city}" if h.city else h.name) for h in found]


def _contacts(session: Session, query: str, scope: Scope) -> list[Hit]:
    enterprise_id = _enterprise_id(session, scope)
    found = search.search_contacts(session, query, limit=LIMIT, enterprise_id=enterprise_id)
    return [(h.id, _contact_label(h.name, h.title, h.enterprise_name)) for h in found]


def _contact_label(name: str, title: str | None, enterprise: str) -> str:
    return f"{name} · {title} · {enterprise}" if title else f"{name} · {enterprise}"


def _students(session: Session, query: str, scope: Scope) -> list[Hit]:
    found = search.search_students(session, query, limit=LIMIT)
    return [(h.id, f"{h.student_no} {h.name}") for h in found]


def _majors(session: Session, query: str, scope: Scope) -> list[Hit]:
    stmt = select(Major.id, Major.name).where(live(Major))
    if query.strip():
        stmt = stmt.where(contains_any((Major.name, Major.code), query))
    return [(i, n) for i, n in session.execute(stmt.order_by(Major.name, Major.id).limit(LIMIT))]


def _agreement_label(row: lists.AgreementRow) -> str:
    title = f" {row.title}" if row.title else ""
    return f"{row.number}{title} · {row.enterprise_name}"


def _agreements(session: Session, query: str, scope: Scope) -> list[Hit]:
    ids = lists.agreement_ids(session, search=query, enterprise_id=_enterprise_id(session, scope))
    return [(r.id, _agreement_label(r)) for r in lists.agreement_rows(session, ids[:LIMIT])]


def _projects(session: Session, query: str, scope: Scope) -> list[Hit]:
    ids = lists.project_ids(session, search=query)
    rows = lists.project_rows(session, ids[:LIMIT])
    return [(r.id, f"{r.code} {r.title}" if r.code else r.title) for r in rows]


_HITS: Final[dict[str, Callable[[Session, str, Scope], list[Hit]]]] = {
    "enterprise": _enterprises,
    "contact": _contacts,
    "student": _students,
    "major": _majors,
    "agreement": _agreements,
    "project": _projects,
}


def hits(session: Session, entity: str, query: str, scope: Scope | None = None) -> list[Hit]:
    """Live records of ``entity`` matching ``query`` (all when blank), best first."""
    return _HITS[entity](session, query, scope or {})


def label_of(session: Session, entity: str, record_id: int) -> str:
    """How a picker shows the record ``record_id`` (trashed ones too: an old reference)."""
    label: str | None = None
    if entity == "enterprise":
        label = session.scalar(select(Enterprise.name).where(Enterprise.id == record_id))
    elif entity == "contact":
        found = session.execute(
            select(Contact.name, Contact.title, Enterprise.name)
            .join(Enterprise, Enterprise.id == Contact.enterprise_id)
            .where(Contact.id == record_id)
        ).one_or_none()
        label = _contact_label(*found) if found else None
    elif entity == "student":
        student = session.execute(
            select(Student.student_no, Student.name).where(Student.id == record_id)
        ).one_or_none()
        label = f"{student[0]} {student[1]}" if student else None
    elif entity == "major":
        label = session.scalar(select(Major.name).where(Major.id == record_id))
    elif entity == "agreement":
        rows = lists.agreement_rows(session, [record_id])
        label = (
            _agreement_label(rows[0])
            if rows
            else session.scalar(select(Agreement.number).where(Agreement.id == record_id))
        )
    elif entity == "project":
        project = session.execute(
            select(Project.code, Project.title).where(Project.id == record_id)
        ).one_or_none()
        label = (f"{project[0]} {project[1]}" if project[0] else project[1]) if project else None
    return label if label is not None else f"#{record_id}"


def entities() -> tuple[str, ...]:
    return tuple(_HITS)
