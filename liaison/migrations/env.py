"""Alembic environment: always run by liaison.db with a connection handed in."""

from __future__ import annotations

from alembic import context

from liaison.model import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - only `alembic` on the command line lands here
    raise RuntimeError("Run migrations through liaison.db.open_database, not the alembic CLI.")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    # SQLite cannot ALTER most things; batch mode rebuilds the table instead.
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
