"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-28 19:11:32.290367
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import liaison.model.base

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "enterprise",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("name_key", sa.String(length=200), nullable=False),
        sa.Column("uscc", sa.String(length=18), nullable=True),
        sa.Column("industry_section", sa.String(length=1), nullable=True),
        sa.Column("sizing_category", sa.String(length=40), nullable=True),
        sa.Column("employees", sa.Integer(), nullable=True),
        sa.Column("revenue_fen", sa.BigInteger(), nullable=True),
        sa.Column("assets_fen", sa.BigInteger(), nullable=True),
        sa.Column("size_class", sa.String(length=20), nullable=False),
        sa.Column("size_rule", sa.String(length=20), nullable=True),
        sa.Column("size_override", sa.String(length=20), nullable=True),
        sa.Column("size_reason", sa.Text(), nullable=True),
        sa.Column("city", sa.String(length=100), nullable=True),
        sa.Column("address", sa.String(length=300), nullable=True),
        sa.Column("website", sa.String(length=300), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("tags", sa.String(length=300), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("search_text", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", liaison.model.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", liaison.model.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=100), nullable=True),
        sa.Column("deleted_at", liaison.model.base.UTCDateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_enterprise")),
        sa.UniqueConstraint("uuid", name=op.f("uq_enterprise_uuid")),
    )
    with op.batch_alter_table("enterprise", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_enterprise_deleted_at"), ["deleted_at"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_enterprise_industry_section"), ["industry_section"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_enterprise_name_key"), ["name_key"], unique=False)
        batch_op.create_index(batch_op.f("ix_enterprise_size_class"), ["size_class"], unique=False)
        batch_op.create_index(batch_op.f("ix_enterprise_status"), ["status"], unique=False)
        batch_op.create_index(
            "uq_enterprise_uscc_live",
            ["uscc"],
            unique=True,
            sqlite_where=sa.text("deleted_at IS NULL AND uscc IS NOT NULL"),
            postgresql_where=sa.text("deleted_at IS NULL AND uscc IS NOT NULL"),
        )

    op.create_table(
        "import_batch",
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("file_name", sa.String(length=300), nullable=False),
        sa.Column("officer", sa.String(length=100), nullable=True),
        sa.Column("created", sa.Integer(), nullable=False),
        sa.Column("updated", sa.Integer(), nullable=False),
        sa.Column("skipped", sa.Integer(), nullable=False),
        sa.Column("undone_at", liaison.model.base.UTCDateTime(timezone=True), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", liaison.model.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", liaison.model.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=100), nullable=True),
        sa.Column("deleted_at", liaison.model.base.UTCDateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_batch")),
        sa.UniqueConstraint("uuid", name=op.f("uq_import_batch_uuid")),
    )
    with op.batch_alter_table("import_batch", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_import_batch_deleted_at"), ["deleted_at"], unique=False
        )

    op.create_table(
        "major",
        sa.Column("code", sa.String(length=20), nullable=True),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("department", sa.String(length=100), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", liaison.model.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", liaison.model.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=100), nullable=True),
        sa.Column("deleted_at", liaison.model.base.UTCDateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_major")),
        sa.UniqueConstraint("uuid", name=op.f("uq_major_uuid")),
    )
    with op.batch_alter_table("major", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_major_deleted_at"), ["deleted_at"], unique=False)

    op.create_table(
        "officer",
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=True),
        sa.Column("login", sa.String(length=100), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", liaison.model.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", liaison.model.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=100), nullable=True),
        sa.Column("deleted_at", liaison.model.base.UTCDateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_officer")),
        sa.UniqueConstraint("uuid", name=op.f("uq_officer_uuid")),
    )
    with op.batch_alter_table("officer", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_officer_deleted_at"), ["deleted_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_officer_login"), ["login"], unique=False)

    op.create_table(
        "project",
        sa.Column("code", sa.String(length=60), nullable=True),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("lead_teacher", sa.String(length=100), nullable=True),
        sa.Column("contract_value_fen", sa.BigInteger(), nullable=True),
        sa.Column("themes", sa.String(length=100), nullable=True),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", liaison.model.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", liaison.model.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=100), nullable=True),
        sa.Column("deleted_at", liaison.model.base.UTCDateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_project")),
        sa.UniqueConstraint("uuid", name=op.f("uq_project_uuid")),
    )
    with op.batch_alter_table("project", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_project_code"), ["code"], unique=False)
        batch_op.create_index(batch_op.f("ix_project_deleted_at"), ["deleted_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_project_kind"), ["kind"], unique=False)
        batch_op.create_index(batch_op.f("ix_project_status"), ["status"], unique=False)

    op.create_table(
        "setting",
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("value", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_setting")),
    )
    op.create_table(
        "agreement",
        sa.Column("number", sa.String(length=60), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=True),
        sa.Column("enterprise_id", sa.Integer(), nullable=False),
        sa.Column("major_id", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("renewal_of_id", sa.Integer(), nullable=True),
        sa.Column("themes", sa.String(length=100), nullable=True),
        sa.Column("post", sa.String(length=200), nullable=True),
        sa.Column("place", sa.String(length=300), nullable=True),
        sa.Column("planned_students", sa.Integer(), nullable=True),
        sa.Column("weekly_hours", sa.Integer(), nullable=True),
        sa.Column("monthly_pay_fen", sa.BigInteger(), nullable=True),
        sa.Column("meals_lodging", sa.String(length=300), nullable=True),
        sa.Column("insurance_policy", sa.String(length=100), nullable=True),
        sa.Column("assessment_method", sa.Text(), nullable=True),
        sa.Column("enterprise_signatory", sa.String(length=100), nullable=True),
        sa.Column("college_signatory", sa.String(length=100), nullable=True),
        sa.Column("enterprise_signed_on", sa.Date(), nullable=True),
        sa.Column("college_signed_on", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", liaison.model.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", liaison.model.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=100), nullable=True),
        sa.Column("deleted_at", liaison.model.base.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["enterprise_id"], ["enterprise.id"], name=op.f("fk_agreement_enterprise_id_enterprise")
        ),
        sa.ForeignKeyConstraint(
            ["major_id"], ["major.id"], name=op.f("fk_agreement_major_id_major")
        ),
        sa.ForeignKeyConstraint(
            ["renewal_of_id"], ["agreement.id"], name=op.f("fk_agreement_renewal_of_id_agreement")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agreement")),
        sa.UniqueConstraint("uuid", name=op.f("uq_agreement_uuid")),
    )
    with op.batch_alter_table("agreement", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_agreement_deleted_at"), ["deleted_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_agreement_end_date"), ["end_date"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_agreement_enterprise_id"), ["enterprise_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_agreement_kind"), ["kind"], unique=False)
        batch_op.create_index(batch_op.f("ix_agreement_status"), ["status"], unique=False)
        batch_op.create_index(
            "uq_agreement_number_live",
            ["number"],
            unique=True,
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )

    op.create_table(
        "audit_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", liaison.model.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("officer", sa.String(length=100), nullable=True),
        sa.Column("action", sa.String(length=20), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=False),
        sa.Column("entity_uuid", sa.String(length=36), nullable=False),
        sa.Column("changes", sa.JSON(), nullable=False),
        sa.Column("batch_id", sa.Integer(), nullable=True),
        sa.Column("summary", sa.String(length=300), nullable=True),
        sa.Column("undone", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["batch_id"], ["import_batch.id"], name=op.f("fk_audit_entry_batch_id_import_batch")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_entry")),
    )
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_entry_at"), ["at"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_entry_batch_id"), ["batch_id"], unique=False)
        batch_op.create_index("ix_audit_entry_entity", ["entity", "entity_id"], unique=False)

    op.create_table(
        "contact",
        sa.Column("enterprise_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("title", sa.String(length=100), nullable=True),
        sa.Column("phone", sa.String(length=50), nullable=True),
        sa.Column("mobile", sa.String(length=50), nullable=True),
        sa.Column("email", sa.String(length=200), nullable=True),
        sa.Column("wechat", sa.String(length=100), nullable=True),
        sa.Column("is_primary", sa.Boolean(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("search_text", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", liaison.model.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", liaison.model.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=100), nullable=True),
        sa.Column("deleted_at", liaison.model.base.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["enterprise_id"], ["enterprise.id"], name=op.f("fk_contact_enterprise_id_enterprise")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact")),
        sa.UniqueConstraint("uuid", name=op.f("uq_contact_uuid")),
    )
    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_contact_deleted_at"), ["deleted_at"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_contact_enterprise_id"), ["enterprise_id"], unique=False
        )

    op.create_table(
        "milestone",
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", liaison.model.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", liaison.model.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=100), nullable=True),
        sa.Column("deleted_at", liaison.model.base.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["project_id"], ["project.id"], name=op.f("fk_milestone_project_id_project")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_milestone")),
        sa.UniqueConstraint("uuid", name=op.f("uq_milestone_uuid")),
    )
    with op.batch_alter_table("milestone", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_milestone_deleted_at"), ["deleted_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_milestone_due_date"), ["due_date"], unique=False)
        batch_op.create_index(batch_op.f("ix_milestone_project_id"), ["project_id"], unique=False)

    op.create_table(
        "outcome",
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("identifier", sa.String(length=100), nullable=True),
        sa.Column("achieved_on", sa.Date(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", liaison.model.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", liaison.model.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=100), nullable=True),
        sa.Column("deleted_at", liaison.model.base.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["project_id"], ["project.id"], name=op.f("fk_outcome_project_id_project")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outcome")),
        sa.UniqueConstraint("uuid", name=op.f("uq_outcome_uuid")),
    )
    with op.batch_alter_table("outcome", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_outcome_deleted_at"), ["deleted_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_outcome_kind"), ["kind"], unique=False)
        batch_op.create_index(batch_op.f("ix_outcome_project_id"), ["project_id"], unique=False)

    op.create_table(
        "payment",
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("amount_fen", sa.BigInteger(), nullable=False),
        sa.Column("reference", sa.String(length=100), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", liaison.model.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", liaison.model.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=100), nullable=True),
        sa.Column("deleted_at", liaison.model.base.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["project_id"], ["project.id"], name=op.f("fk_payment_project_id_project")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_payment")),
        sa.UniqueConstraint("uuid", name=op.f("uq_payment_uuid")),
    )
    with op.batch_alter_table("payment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_payment_deleted_at"), ["deleted_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_payment_project_id"), ["project_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_payment_received_on"), ["received_on"], unique=False)

    op.create_table(
        "project_partner",
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("enterprise_id", sa.Integer(), nullable=False),
        sa.Column("is_lead", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", liaison.model.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", liaison.model.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=100), nullable=True),
        sa.Column("deleted_at", liaison.model.base.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["enterprise_id"],
            ["enterprise.id"],
            name=op.f("fk_project_partner_enterprise_id_enterprise"),
        ),
        sa.ForeignKeyConstraint(
            ["project_id"], ["project.id"], name=op.f("fk_project_partner_project_id_project")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_project_partner")),
        sa.UniqueConstraint(
            "project_id", "enterprise_id", name=op.f("uq_project_partner_project_id")
        ),
        sa.UniqueConstraint("uuid", name=op.f("uq_project_partner_uuid")),
    )
    with op.batch_alter_table("project_partner", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_project_partner_deleted_at"), ["deleted_at"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_project_partner_enterprise_id"), ["enterprise_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_project_partner_project_id"), ["project_id"], unique=False
        )

    op.create_table(
        "student",
        sa.Column("student_no", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("major_id", sa.Integer(), nullable=True),
        sa.Column("cohort", sa.Integer(), nullable=True),
        sa.Column("class_name", sa.String(length=100), nullable=True),
        sa.Column("gender", sa.String(length=10), nullable=True),
        sa.Column("birth_date", sa.Date(), nullable=True),
        sa.Column("phone", sa.String(length=50), nullable=True),
        sa.Column("guardian_name", sa.String(length=100), nullable=True),
        sa.Column("guardian_phone", sa.String(length=50), nullable=True),
        sa.Column("graduation_year", sa.Integer(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("search_text", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", liaison.model.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", liaison.model.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=100), nullable=True),
        sa.Column("deleted_at", liaison.model.base.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["major_id"], ["major.id"], name=op.f("fk_student_major_id_major")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_student")),
        sa.UniqueConstraint("uuid", name=op.f("uq_student_uuid")),
    )
    with op.batch_alter_table("student", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_student_deleted_at"), ["deleted_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_student_major_id"), ["major_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_student_student_no"), ["student_no"], unique=False)

    op.create_table(
        "training_session",
        sa.Column("enterprise_id", sa.Integer(), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("topic", sa.String(length=300), nullable=False),
        sa.Column("participants", sa.Integer(), nullable=False),
        sa.Column("hours", sa.Integer(), nullable=False),
        sa.Column("trainer", sa.String(length=100), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", liaison.model.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", liaison.model.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=100), nullable=True),
        sa.Column("deleted_at", liaison.model.base.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["enterprise_id"],
            ["enterprise.id"],
            name=op.f("fk_training_session_enterprise_id_enterprise"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_training_session")),
        sa.UniqueConstraint("uuid", name=op.f("uq_training_session_uuid")),
    )
    with op.batch_alter_table("training_session", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_training_session_deleted_at"), ["deleted_at"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_training_session_enterprise_id"), ["enterprise_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_training_session_held_on"), ["held_on"], unique=False)

    op.create_table(
        "employment",
        sa.Column("student_id", sa.Integer(), nullable=False),
        sa.Column("enterprise_id", sa.Integer(), nullable=False),
        sa.Column("hired_on", sa.Date(), nullable=False),
        sa.Column("position", sa.String(length=200), nullable=True),
        sa.Column("related_field", sa.Boolean(), nullable=False),
        sa.Column("employed_6m", sa.Boolean(), nullable=True),
        sa.Column("employed_12m", sa.Boolean(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", liaison.model.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", liaison.model.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=100), nullable=True),
        sa.Column("deleted_at", liaison.model.base.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["enterprise_id"],
            ["enterprise.id"],
            name=op.f("fk_employment_enterprise_id_enterprise"),
        ),
        sa.ForeignKeyConstraint(
            ["student_id"], ["student.id"], name=op.f("fk_employment_student_id_student")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_employment")),
        sa.UniqueConstraint("uuid", name=op.f("uq_employment_uuid")),
    )
    with op.batch_alter_table("employment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_employment_deleted_at"), ["deleted_at"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_employment_enterprise_id"), ["enterprise_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_employment_hired_on"), ["hired_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_employment_student_id"), ["student_id"], unique=False)

    op.create_table(
        "interaction",
        sa.Column("enterprise_id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("occurred_on", sa.Date(), nullable=False),
        sa.Column("officer", sa.String(length=100), nullable=True),
        sa.Column("summary", sa.String(length=500), nullable=False),
        sa.Column("details", sa.Text(), nullable=True),
        sa.Column("follow_up_action", sa.String(length=500), nullable=True),
        sa.Column("follow_up_due", sa.Date(), nullable=True),
        sa.Column("follow_up_done", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", liaison.model.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", liaison.model.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=100), nullable=True),
        sa.Column("deleted_at", liaison.model.base.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["contact_id"], ["contact.id"], name=op.f("fk_interaction_contact_id_contact")
        ),
        sa.ForeignKeyConstraint(
            ["enterprise_id"],
            ["enterprise.id"],
            name=op.f("fk_interaction_enterprise_id_enterprise"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_interaction")),
        sa.UniqueConstraint("uuid", name=op.f("uq_interaction_uuid")),
    )
    with op.batch_alter_table("interaction", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_interaction_deleted_at"), ["deleted_at"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_interaction_enterprise_id"), ["enterprise_id"], unique=False
        )
        batch_op.create_index(
            "ix_interaction_follow_up", ["follow_up_done", "follow_up_due"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_interaction_occurred_on"), ["occurred_on"], unique=False
        )

    op.create_table(
        "placement",
        sa.Column("agreement_id", sa.Integer(), nullable=False),
        sa.Column("student_id", sa.Integer(), nullable=False),
        sa.Column("post", sa.String(length=200), nullable=True),
        sa.Column("enterprise_mentor_id", sa.Integer(), nullable=True),
        sa.Column("college_tutor", sa.String(length=100), nullable=True),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("monthly_pay_fen", sa.BigInteger(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("hired_afterwards", sa.Boolean(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", liaison.model.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", liaison.model.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=100), nullable=True),
        sa.Column("deleted_at", liaison.model.base.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["agreement_id"], ["agreement.id"], name=op.f("fk_placement_agreement_id_agreement")
        ),
        sa.ForeignKeyConstraint(
            ["enterprise_mentor_id"],
            ["contact.id"],
            name=op.f("fk_placement_enterprise_mentor_id_contact"),
        ),
        sa.ForeignKeyConstraint(
            ["student_id"], ["student.id"], name=op.f("fk_placement_student_id_student")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_placement")),
        sa.UniqueConstraint("uuid", name=op.f("uq_placement_uuid")),
    )
    with op.batch_alter_table("placement", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_placement_agreement_id"), ["agreement_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_placement_deleted_at"), ["deleted_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_placement_status"), ["status"], unique=False)
        batch_op.create_index(batch_op.f("ix_placement_student_id"), ["student_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("placement", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_placement_student_id"))
        batch_op.drop_index(batch_op.f("ix_placement_status"))
        batch_op.drop_index(batch_op.f("ix_placement_deleted_at"))
        batch_op.drop_index(batch_op.f("ix_placement_agreement_id"))

    op.drop_table("placement")
    with op.batch_alter_table("interaction", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_interaction_occurred_on"))
        batch_op.drop_index("ix_interaction_follow_up")
        batch_op.drop_index(batch_op.f("ix_interaction_enterprise_id"))
        batch_op.drop_index(batch_op.f("ix_interaction_deleted_at"))

    op.drop_table("interaction")
    with op.batch_alter_table("employment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_employment_student_id"))
        batch_op.drop_index(batch_op.f("ix_employment_hired_on"))
        batch_op.drop_index(batch_op.f("ix_employment_enterprise_id"))
        batch_op.drop_index(batch_op.f("ix_employment_deleted_at"))

    op.drop_table("employment")
    with op.batch_alter_table("training_session", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_training_session_held_on"))
        batch_op.drop_index(batch_op.f("ix_training_session_enterprise_id"))
        batch_op.drop_index(batch_op.f("ix_training_session_deleted_at"))

    op.drop_table("training_session")
    with op.batch_alter_table("student", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_student_student_no"))
        batch_op.drop_index(batch_op.f("ix_student_major_id"))
        batch_op.drop_index(batch_op.f("ix_student_deleted_at"))

    op.drop_table("student")
    with op.batch_alter_table("project_partner", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_project_partner_project_id"))
        batch_op.drop_index(batch_op.f("ix_project_partner_enterprise_id"))
        batch_op.drop_index(batch_op.f("ix_project_partner_deleted_at"))

    op.drop_table("project_partner")
    with op.batch_alter_table("payment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_payment_received_on"))
        batch_op.drop_index(batch_op.f("ix_payment_project_id"))
        batch_op.drop_index(batch_op.f("ix_payment_deleted_at"))

    op.drop_table("payment")
    with op.batch_alter_table("outcome", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_outcome_project_id"))
        batch_op.drop_index(batch_op.f("ix_outcome_kind"))
        batch_op.drop_index(batch_op.f("ix_outcome_deleted_at"))

    op.drop_table("outcome")
    with op.batch_alter_table("milestone", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_milestone_project_id"))
        batch_op.drop_index(batch_op.f("ix_milestone_due_date"))
        batch_op.drop_index(batch_op.f("ix_milestone_deleted_at"))

    op.drop_table("milestone")
    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contact_enterprise_id"))
        batch_op.drop_index(batch_op.f("ix_contact_deleted_at"))

    op.drop_table("contact")
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.drop_index("ix_audit_entry_entity")
        batch_op.drop_index(batch_op.f("ix_audit_entry_batch_id"))
        batch_op.drop_index(batch_op.f("ix_audit_entry_at"))

    op.drop_table("audit_entry")
    with op.batch_alter_table("agreement", schema=None) as batch_op:
        batch_op.drop_index(
            "uq_agreement_number_live",
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.drop_index(batch_op.f("ix_agreement_status"))
        batch_op.drop_index(batch_op.f("ix_agreement_kind"))
        batch_op.drop_index(batch_op.f("ix_agreement_enterprise_id"))
        batch_op.drop_index(batch_op.f("ix_agreement_end_date"))
        batch_op.drop_index(batch_op.f("ix_agreement_deleted_at"))

    op.drop_table("agreement")
    op.drop_table("setting")
    with op.batch_alter_table("project", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_project_status"))
        batch_op.drop_index(batch_op.f("ix_project_kind"))
        batch_op.drop_index(batch_op.f("ix_project_deleted_at"))
        batch_op.drop_index(batch_op.f("ix_project_code"))

    op.drop_table("project")
    with op.batch_alter_table("officer", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_officer_login"))
        batch_op.drop_index(batch_op.f("ix_officer_deleted_at"))

    op.drop_table("officer")
    with op.batch_alter_table("major", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_major_deleted_at"))

    op.drop_table("major")
    with op.batch_alter_table("import_batch", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_import_batch_deleted_at"))

    op.drop_table("import_batch")
    with op.batch_alter_table("enterprise", schema=None) as batch_op:
        batch_op.drop_index(
            "uq_enterprise_uscc_live",
            sqlite_where=sa.text("deleted_at IS NULL AND uscc IS NOT NULL"),
            postgresql_where=sa.text("deleted_at IS NULL AND uscc IS NOT NULL"),
        )
        batch_op.drop_index(batch_op.f("ix_enterprise_status"))
        batch_op.drop_index(batch_op.f("ix_enterprise_size_class"))
        batch_op.drop_index(batch_op.f("ix_enterprise_name_key"))
        batch_op.drop_index(batch_op.f("ix_enterprise_industry_section"))
        batch_op.drop_index(batch_op.f("ix_enterprise_deleted_at"))

    op.drop_table("enterprise")
