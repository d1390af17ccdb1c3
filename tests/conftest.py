"""Shared fixtures: isolated user folders, a fresh database per test on SQLite and PostgreSQL."""

from __future__ import annotations

import os
import shutil

# Before anything imports Qt: no screen in tests, and error windows log instead of blocking.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["LIAISON_NO_DIALOGS"] = "1"

from collections.abc import Iterator
from pathlib import Path

import pytest

from liaison import i18n
from liaison.db import Database, open_database
from liaison.services.hub import Services

PG_URL = os.environ.get("LIAISON_TEST_PG_URL")
NO_PG = (
    "no PostgreSQL server for this run: set LIAISON_TEST_PG_URL "
    "(`python3 packaging/dev.py test` starts one)"
)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    # Benchmarks run on demand only: `pytest tests/perf -m perf -s`.
    if "perf" in (config.getoption("-m") or ""):
        return
    skip = pytest.mark.skip(reason="benchmark: run with -m perf")
    for item in items:
        if "perf" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(autouse=True)
def isolated_user_dirs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """platformdirs and Qt settings point into a temporary home; the real profile is untouched."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    for var, sub in (
        ("XDG_DATA_HOME", ".local/share"),
        ("XDG_CONFIG_HOME", ".config"),
        ("XDG_CACHE_HOME", ".cache"),
        ("XDG_STATE_HOME", ".local/state"),
    ):
        monkeypatch.setenv(var, str(home / sub))
    monkeypatch.delenv("LIAISON_DB", raising=False)
    return home


@pytest.fixture(autouse=True)
def english() -> Iterator[None]:
    i18n.set_language("en")
    yield
    i18n.set_language("en")


_pg_fresh = False


def reset_postgres(url: str) -> None:
    """Empty the test server: the schema is dropped once a run, then tables are truncated."""
    global _pg_fresh
    from sqlalchemy import create_engine, inspect

    engine = create_engine(url)
    with engine.begin() as conn:
        if not _pg_fresh:
            conn.exec_driver_sql("DROP SCHEMA public CASCADE")
            conn.exec_driver_sql("CREATE SCHEMA public")
            _pg_fresh = True
        else:
            tables = [t for t in inspect(conn).get_table_names() if t != "alembic_version"]
            if tables:
                names = ", ".join(f'"{t}"' for t in tables)
                conn.exec_driver_sql(f"TRUNCATE {names} RESTART IDENTITY CASCADE")
    engine.dispose()


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty database at the current schema, copied for each test (migrating takes time)."""
    path = tmp_path_factory.mktemp("template") / "template.db"
    open_database(path).close()
    return path


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path, migrated_template: Path) -> str:
    """A fresh, empty database: an SQLite file, and the same on the PostgreSQL server."""
    if request.param == "sqlite":
        target = tmp_path / "liaison.db"
        shutil.copyfile(migrated_template, target)
        return str(target)
    if not PG_URL:
        pytest.skip(NO_PG)
    reset_postgres(PG_URL)
    return PG_URL


@pytest.fixture
def database(db_url: str) -> Iterator[Database]:
    db = open_database(db_url)
    yield db
    db.close()


@pytest.fixture
def sqlite_db(tmp_path: Path, migrated_template: Path) -> Iterator[Database]:
    shutil.copyfile(migrated_template, tmp_path / "liaison.db")
    db = open_database(tmp_path / "liaison.db")
    yield db
    db.close()


@pytest.fixture
def services(database: Database) -> Services:
    return Services(database, "tester")
