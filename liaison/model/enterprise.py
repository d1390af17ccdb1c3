"""Partner enterprises and their contacts."""

from __future__ import annotations

from sqlalchemy import BigInteger, Boolean, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from liaison.model.base import Base, Record, trash_index


class Enterprise(Record, Base):
    __tablename__ = "enterprise"

    name: Mapped[str] = mapped_column(String(200))
    # Casefolded, width-folded name without spaces or punctuation: duplicate detection.
    name_key: Mapped[str] = mapped_column(String(200), index=True)
    uscc: Mapped[str | None] = mapped_column(String(18))
    industry_section: Mapped[str | None] = mapped_column(String(1), index=True)
    sizing_category: Mapped[str | None] = mapped_column(String(40))
    employees: Mapped[int | None] = mapped_column(Integer)
    revenue_fen: Mapped[int | None] = mapped_column(BigInteger)
    assets_fen: Mapped[int | None] = mapped_column(BigInteger)
    size_class: Mapped[str] = mapped_column(String(20), default="unclassified", index=True)
    # Which rule set classified the firm ("CN-2011", "EU-2003", or "manual").
    size_rule: Mapped[str | None] = mapped_column(String(20))
    # The officer's own classification, which wins over the rules, and why.
    size_override: Mapped[str | None] = mapped_column(String(20))
    size_reason: Mapped[str | None] = mapped_column(Text)
    city: Mapped[str | None] = mapped_column(String(100))
    address: Mapped[str | None] = mapped_column(String(300))
    website: Mapped[str | None] = mapped_column(String(300))
    status: Mapped[str] = mapped_column(String(20), default="prospect", index=True)
    tags: Mapped[str | None] = mapped_column(String(300))
    notes: Mapped[str | None] = mapped_column(Text)
    # Lower-cased concatenation of name, credit code, city and tags: one LIKE serves search.
    search_text: Mapped[str] = mapped_column(Text, default="")

    contacts: Mapped[list[Contact]] = relationship(back_populates="enterprise")

    __table_args__ = (
        # Lists sort live firms by name; a partial index serves that without the trash.
        Index(
            "ix_enterprise_name_key_live",
            "name_key",
            sqlite_where=text("deleted_at IS NULL"),
            postgresql_where=text("deleted_at IS NULL"),
        ),
        # A credit code identifies one live firm; a firm in the trash does not block re-entry.
        Index(
            "uq_enterprise_uscc_live",
            "uscc",
            unique=True,
            sqlite_where=text("deleted_at IS NULL AND uscc IS NOT NULL"),
            postgresql_where=text("deleted_at IS NULL AND uscc IS NOT NULL"),
        ),
        trash_index(__tablename__),
    )


class Contact(Record, Base):
    __tablename__ = "contact"

    enterprise_id: Mapped[int] = mapped_column(ForeignKey("enterprise.id"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    title: Mapped[str | None] = mapped_column(String(100))
    phone: Mapped[str | None] = mapped_column(String(50))
    mobile: Mapped[str | None] = mapped_column(String(50))
    email: Mapped[str | None] = mapped_column(String(200))
    wechat: Mapped[str | None] = mapped_column(String(100))
    is_primary: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str | None] = mapped_column(Text)
    search_text: Mapped[str] = mapped_column(Text, default="")

    enterprise: Mapped[Enterprise] = relationship(back_populates="contacts")
