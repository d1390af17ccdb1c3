"""Educating people: graduates employed by partner firms and enterprise staff trained."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from liaison.model.base import Base, Record
from liaison.model.enterprise import Enterprise
from liaison.model.student import Student


class Employment(Record, Base):
    __tablename__ = "employment"

    student_id: Mapped[int] = mapped_column(ForeignKey("student.id"), index=True)
    enterprise_id: Mapped[int] = mapped_column(ForeignKey("enterprise.id"), index=True)
    hired_on: Mapped[date] = mapped_column(Date)
    position: Mapped[str | None] = mapped_column(String(200))
    related_field: Mapped[bool] = mapped_column(Boolean, default=True)
    # Unknown until the 6- and 12-month follow-up survey has been done.
    employed_6m: Mapped[bool | None] = mapped_column(Boolean)
    employed_12m: Mapped[bool | None] = mapped_column(Boolean)
    notes: Mapped[str | None] = mapped_column(Text)

    student: Mapped[Student] = relationship()
    enterprise: Mapped[Enterprise] = relationship()

    __table_args__ = (
        # Graduates hired in a period, with what the indicators count: read from the index
        # alone, not the table.
        Index(
            "ix_employment_hired_on",
            "hired_on",
            "enterprise_id",
            "student_id",
            "related_field",
            "employed_6m",
            "employed_12m",
            "deleted_at",
        ),
    )


class TrainingSession(Record, Base):
    """Enterprise staff trained by the college."""

    __tablename__ = "training_session"

    enterprise_id: Mapped[int] = mapped_column(ForeignKey("enterprise.id"), index=True)
    held_on: Mapped[date] = mapped_column(Date, index=True)
    topic: Mapped[str] = mapped_column(String(300))
    participants: Mapped[int] = mapped_column(Integer)
    # Whole hours per participant; person-days = participants * hours / 8.
    hours: Mapped[int] = mapped_column(Integer)
    trainer: Mapped[str | None] = mapped_column(String(100))
    notes: Mapped[str | None] = mapped_column(Text)

    enterprise: Mapped[Enterprise] = relationship()
