"""indexes for indicators

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-04 18:00:00.000000

The indicators count a period's rows from indexes alone: four indexes gain the columns those
queries read, and the trash of the parent tables gets small partial indexes.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

TRASHED = sa.text("deleted_at IS NOT NULL")
TRASH_TABLES = ("enterprise", "agreement", "student", "project")

# (table, index name, columns before, columns after)
WIDENED = (
    (
        "agreement",
        "ix_agreement_end_date",
        ["end_date"],
        ["end_date", "start_date", "status", "kind", "enterprise_id", "major_id", "deleted_at"],
    ),
    (
        "employment",
        "ix_employment_hired_on",
        ["hired_on"],
        [
            "hired_on",
            "enterprise_id",
            "student_id",
            "related_field",
            "employed_6m",
            "employed_12m",
            "deleted_at",
        ],
    ),
    (
        "interaction",
        "ix_interaction_occurred_on",
        ["occurred_on"],
        ["occurred_on", "kind", "enterprise_id", "deleted_at"],
    ),
    (
        "interaction",
        "ix_interaction_enterprise_date",
        ["enterprise_id", "occurred_on"],
        ["enterprise_id", "occurred_on", "deleted_at"],
    ),
)


def upgrade() -> None:
    for table, name, _before, after in WIDENED:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_index(name)
            batch_op.create_index(name, after, unique=False)

    for table in TRASH_TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.create_index(
                f"ix_{table}_trashed",
                ["deleted_at"],
                unique=False,
                sqlite_where=TRASHED,
                postgresql_where=TRASHED,
            )


def downgrade() -> None:
    for table in reversed(TRASH_TABLES):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_index(
                f"ix_{table}_trashed", sqlite_where=TRASHED, postgresql_where=TRASHED
            )

    for table, name, before, _after in reversed(WIDENED):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_index(name)
            batch_op.create_index(name, before, unique=False)
