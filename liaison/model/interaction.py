"""Every field visit, call, meeting, email and event, with its follow-up."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from liaison.model.base import Base, Record
from liaison.model.enterprise import Contact, Enterprise


class Interaction(Record, Base):
    __tablename__ = "interaction"

    enterprise_id: Mapped[int] = mapped_column(ForeignKey("enterprise.id"), index=True)
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contact.id"))
    kind: Mapped[str] = mapped_column(String(20))
    occurred_on: Mapped[date] = mapped_column(Date)
    officer: Mapped[str | None] = mapped_column(String(100))
    summary: Mapped[str] = mapped_column(String(500))
    details: Mapped[str | None] = mapped_column(Text)
    follow_up_action: Mapped[str | None] = mapped_column(String(500))
    follow_up_due: Mapped[date | None] = mapped_column(Date)
    follow_up_done: Mapped[bool] = mapped_column(Boolean, default=False)

    enterprise: Mapped[Enterprise] = relationship()
    contact: Mapped[Contact | None] = relationship()

    __table_args__ = (
        Index("ix_interaction_follow_up", "follow_up_done", "follow_up_due"),
        # Last contact per firm and the depth window read interactions by firm and date; with
        # deleted_at the index answers "live?" itself, without reading each row.
        Index("ix_interaction_enterprise_date", "enterprise_id", "occurred_on", "deleted_at"),
        # Lists sort by date; the college's figures count a period's interactions by kind,
        # firm and liveness from this index alone (the table is ten times its size).
        Index("ix_interaction_occurred_on", "occurred_on", "kind", "enterprise_id", "deleted_at"),
    )
