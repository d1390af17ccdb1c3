"""Majors and students of the college."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from liaison.model.base import Base, Record, trash_index


class Major(Record, Base):
    __tablename__ = "major"

    code: Mapped[str | None] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(100))
    department: Mapped[str | None] = mapped_column(String(100))


class Student(Record, Base):
    __tablename__ = "student"

    student_no: Mapped[str] = mapped_column(String(40), index=True)
    name: Mapped[str] = mapped_column(String(100))
    major_id: Mapped[int | None] = mapped_column(ForeignKey("major.id"), index=True)
    cohort: Mapped[int | None] = mapped_column(Integer)  # year of entry
    class_name: Mapped[str | None] = mapped_column(String(100))
    gender: Mapped[str | None] = mapped_column(String(10))
    birth_date: Mapped[date | None] = mapped_column(Date)
    phone: Mapped[str | None] = mapped_column(String(50))
    # A minor's internship agreement needs a guardian (教职成〔2021〕4号).
    guardian_name: Mapped[str | None] = mapped_column(String(100))
    guardian_phone: Mapped[str | None] = mapped_column(String(50))
    graduation_year: Mapped[int | None] = mapped_column(Integer)
    notes: Mapped[str | None] = mapped_column(Text)
    search_text: Mapped[str] = mapped_column(Text, default="")

    major: Mapped[Major | None] = relationship()

    __table_args__ = (trash_index(__tablename__),)
