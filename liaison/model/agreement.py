"""Cooperation agreements and the students placed under them."""

from __future__ import annotations

from datetime import date

from sqlalchemy import BigInteger, Boolean, Date, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from liaison.model.base import Base, Record, trash_index
from liaison.model.enterprise import Contact, Enterprise
from liaison.model.student import Major, Student


class Agreement(Record, Base):
    __tablename__ = "agreement"

    number: Mapped[str] = mapped_column(String(60))
    kind: Mapped[str] = mapped_column(String(30), index=True)
    title: Mapped[str | None] = mapped_column(String(300))
    enterprise_id: Mapped[int] = mapped_column(ForeignKey("enterprise.id"), index=True)
    major_id: Mapped[int | None] = mapped_column(ForeignKey("major.id"))
    status: Mapped[str] = mapped_column(String(20), default="draft", index=True)
    start_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    renewal_of_id: Mapped[int | None] = mapped_column(ForeignKey("agreement.id"), index=True)
    themes: Mapped[str | None] = mapped_column(String(100))  # comma-separated Theme values
    post: Mapped[str | None] = mapped_column(String(200))
    place: Mapped[str | None] = mapped_column(String(300))
    planned_students: Mapped[int | None] = mapped_column(Integer)
    weekly_hours: Mapped[int | None] = mapped_column(Integer)
    monthly_pay_fen: Mapped[int | None] = mapped_column(BigInteger)
    meals_lodging: Mapped[str | None] = mapped_column(String(300))
    insurance_policy: Mapped[str | None] = mapped_column(String(100))
    assessment_method: Mapped[str | None] = mapped_column(Text)
    enterprise_signatory: Mapped[str | None] = mapped_column(String(100))
    college_signatory: Mapped[str | None] = mapped_column(String(100))
    enterprise_signed_on: Mapped[date | None] = mapped_column(Date)
    college_signed_on: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text)

    enterprise: Mapped[Enterprise] = relationship()
    major: Mapped[Major | None] = relationship()
    renewal_of: Mapped[Agreement | None] = relationship(remote_side="Agreement.id")
    placements: Mapped[list[Placement]] = relationship(back_populates="agreement")

    __table_args__ = (
        # Agreements in force in a period (the reminders read end dates too), with the columns
        # the indicators count them by: those queries need not read the table.
        Index(
            "ix_agreement_end_date",
            "end_date",
            "start_date",
            "status",
            "kind",
            "enterprise_id",
            "major_id",
            "deleted_at",
        ),
        Index(
            "uq_agreement_number_live",
            "number",
            unique=True,
            sqlite_where=text("deleted_at IS NULL"),
            postgresql_where=text("deleted_at IS NULL"),
        ),
        trash_index(__tablename__),
    )


class Placement(Record, Base):
    __tablename__ = "placement"

    agreement_id: Mapped[int] = mapped_column(ForeignKey("agreement.id"), index=True)
    student_id: Mapped[int] = mapped_column(ForeignKey("student.id"), index=True)
    post: Mapped[str | None] = mapped_column(String(200))
    enterprise_mentor_id: Mapped[int | None] = mapped_column(ForeignKey("contact.id"))
    college_tutor: Mapped[str | None] = mapped_column(String(100))
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    monthly_pay_fen: Mapped[int | None] = mapped_column(BigInteger)
    status: Mapped[str] = mapped_column(String(20), default="planned", index=True)
    hired_afterwards: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str | None] = mapped_column(Text)

    agreement: Mapped[Agreement] = relationship(back_populates="placements")
    student: Mapped[Student] = relationship()
    enterprise_mentor: Mapped[Contact | None] = relationship()
