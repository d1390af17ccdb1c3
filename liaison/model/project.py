"""Joint projects (horizontal joint innovation): partners, milestones, funds and outcomes."""

from __future__ import annotations

from datetime import date

from sqlalchemy import BigInteger, Boolean, Date, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from liaison.model.base import Base, Record, trash_index
from liaison.model.enterprise import Enterprise


class Project(Record, Base):
    __tablename__ = "project"

    code: Mapped[str | None] = mapped_column(String(60), index=True)
    title: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(30), index=True)
    status: Mapped[str] = mapped_column(String(20), default="proposed", index=True)
    lead_teacher: Mapped[str | None] = mapped_column(String(100))
    contract_value_fen: Mapped[int | None] = mapped_column(BigInteger)
    themes: Mapped[str | None] = mapped_column(String(100))
    start_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    description: Mapped[str | None] = mapped_column(Text)

    partners: Mapped[list[ProjectPartner]] = relationship(back_populates="project")
    milestones: Mapped[list[Milestone]] = relationship(back_populates="project")
    payments: Mapped[list[Payment]] = relationship(back_populates="project")
    outcomes: Mapped[list[Outcome]] = relationship(back_populates="project")

    __table_args__ = (trash_index(__tablename__),)


class ProjectPartner(Record, Base):
    __tablename__ = "project_partner"

    project_id: Mapped[int] = mapped_column(ForeignKey("project.id"), index=True)
    enterprise_id: Mapped[int] = mapped_column(ForeignKey("enterprise.id"), index=True)
    is_lead: Mapped[bool] = mapped_column(Boolean, default=False)

    project: Mapped[Project] = relationship(back_populates="partners")
    enterprise: Mapped[Enterprise] = relationship()

    __table_args__ = (UniqueConstraint("project_id", "enterprise_id"),)


class Milestone(Record, Base):
    __tablename__ = "milestone"

    project_id: Mapped[int] = mapped_column(ForeignKey("project.id"), index=True)
    title: Mapped[str] = mapped_column(String(300))
    due_date: Mapped[date | None] = mapped_column(Date, index=True)
    done_on: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text)

    project: Mapped[Project] = relationship(back_populates="milestones")


class Payment(Record, Base):
    """Funds received (到账经费) on a project."""

    __tablename__ = "payment"

    project_id: Mapped[int] = mapped_column(ForeignKey("project.id"), index=True)
    received_on: Mapped[date] = mapped_column(Date, index=True)
    amount_fen: Mapped[int] = mapped_column(BigInteger)
    reference: Mapped[str | None] = mapped_column(String(100))
    notes: Mapped[str | None] = mapped_column(Text)

    project: Mapped[Project] = relationship(back_populates="payments")


class Outcome(Record, Base):
    __tablename__ = "outcome"

    project_id: Mapped[int] = mapped_column(ForeignKey("project.id"), index=True)
    kind: Mapped[str] = mapped_column(String(30), index=True)
    title: Mapped[str] = mapped_column(String(300))
    identifier: Mapped[str | None] = mapped_column(String(100))  # patent or registration number
    achieved_on: Mapped[date | None] = mapped_column(Date)

    project: Mapped[Project] = relationship(back_populates="outcomes")
