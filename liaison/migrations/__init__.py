"""Alembic migrations, shipped in the package.

``SCHEMA_HEAD`` is the newest revision; opening a database that is already there does not need
to load Alembic at all. A test checks it against the scripts.
"""

SCHEMA_HEAD = "0003"
