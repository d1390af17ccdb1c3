"""Opening, refusing, migrating, backing up and checking databases."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import func, select

from liaison import db as dbmod
from liaison.db import APPLICATION_ID, DatabaseRefused, backup, check, open_database, restore
from liaison.i18n import using
from liaison.model import Base, Enterprise
from liaison.services.hub import Services


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def make_liaison_file(path: Path, enterprises: int = 3) -> None:
    with open_database(path) as database:
        services = Services(database, "tester")
        for i in range(enterprises):
            services.enterprises.create({"name": f"企业{i}", "city": "苏州"})


def test_new_database_is_created_at_head(database: dbmod.Database) -> None:
    with database.engine.connect() as conn:
        assert MigrationContext.configure(conn).get_current_revision() == dbmod.head_revision()
    assert check(database).ok


def test_models_and_migrations_agree(database: dbmod.Database) -> None:
    with database.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []


def test_sqlite_file_is_marked_and_in_wal_mode(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    make_liaison_file(path)
    header = path.read_bytes()[:100]
    assert int.from_bytes(header[68:72], "big") == APPLICATION_ID
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()


def test_data_survives_reopening(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    make_liaison_file(path, enterprises=5)
    with open_database(path) as database, database.reading() as s:
        assert s.scalar(select(func.count()).select_from(Enterprise)) == 5


@pytest.mark.parametrize(
    ("content", "key"),
    [
        (b"name,city\nACME,Suzhou\n" * 20, "db.not_sqlite"),
        (b"PK\x03\x04" + b"\x00" * 400, "db.not_sqlite"),
        (b"SQLite format 3", "db.not_sqlite"),  # too short to be a database
    ],
)
def test_non_sqlite_files_are_refused_untouched(tmp_path: Path, content: bytes, key: str) -> None:
    path = tmp_path / "not-a-db.db"
    path.write_bytes(content)
    with pytest.raises(DatabaseRefused) as info:
        open_database(path)
    assert info.value.key == key
    assert path.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["not-a-db.db"]


def test_other_programs_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
    conn.execute("INSERT INTO customers (name) VALUES ('x')")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(DatabaseRefused) as info:
        open_database(path)
    assert info.value.key == "db.foreign"
    assert digest(path) == before
    with using("zh_CN"):
        assert "不是 Liaison 数据库" in info.value.message()


def test_newer_schema_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "newer.db"
    make_liaison_file(path)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(DatabaseRefused) as info:
        open_database(path)
    assert info.value.key == "db.newer"
    assert "9999_future" in info.value.message()
    assert digest(path) == before


def test_corrupt_file_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "corrupt.db"
    make_liaison_file(path, enterprises=400)
    data = bytearray(path.read_bytes())
    page = 4096
    assert len(data) > 4 * page
    # Wreck the pages after the schema page; the header stays valid.
    data[2 * page : 4 * page] = b"\xa5" * (2 * page)
    path.write_bytes(bytes(data))
    before = digest(path)
    with pytest.raises(DatabaseRefused) as info:
        open_database(path)
    assert info.value.key == "db.corrupt"
    assert digest(path) == before


def test_truncated_file_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "truncated.db"
    make_liaison_file(path, enterprises=400)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    before = digest(path)
    with pytest.raises(DatabaseRefused) as info:
        open_database(path)
    assert info.value.key == "db.corrupt"
    assert digest(path) == before


def test_an_older_schema_is_copied_aside_then_migrated(tmp_path: Path) -> None:
    """A real upgrade: a file at the first revision, with data, opened by this build."""
    from alembic import command
    from sqlalchemy import create_engine

    path = tmp_path / "old.db"
    engine = create_engine(f"sqlite:///{path}")
    cfg = dbmod._alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
        conn.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
        conn.exec_driver_sql(
            "INSERT INTO enterprise (name, name_key, size_class, status, search_text, uuid, "
            "created_at, updated_at) VALUES ('老企业', '老企业', 'unclassified', 'active', '', "
            "'u-1', '2025-01-01', '2025-01-01')"
        )
    engine.dispose()
    with open_database(path) as database:
        with database.engine.connect() as conn:
            assert dbmod._current_revision(conn) == dbmod.head_revision() != "0001"
        assert check(database).ok
        assert Services(database, "tester").enterprises.get(1).name == "老企业"
    copies = list(tmp_path.glob("old.before-0001-*.db"))
    assert len(copies) == 1
    conn = sqlite3.connect(copies[0])
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
    assert conn.execute("SELECT count(*) FROM enterprise").fetchone()[0] == 1
    conn.close()


def test_backup_and_restore_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    make_liaison_file(path, enterprises=3)
    with open_database(path) as database:
        copy = backup(database, tmp_path / "backups")
        Services(database, "tester").enterprises.create({"name": "后来加的企业"})
        with database.reading() as s:
            assert s.scalar(select(func.count()).select_from(Enterprise)) == 4
        safety = restore(database, copy)
        with database.reading() as s:
            assert s.scalar(select(func.count()).select_from(Enterprise)) == 3
        assert safety.exists()
        assert check(database).ok
    conn = sqlite3.connect(safety)
    assert conn.execute("SELECT count(*) FROM enterprise").fetchone()[0] == 4
    conn.close()


def test_restore_refuses_a_foreign_file_and_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    make_liaison_file(path, enterprises=3)
    foreign = tmp_path / "foreign.db"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    with open_database(path) as database:
        with pytest.raises(DatabaseRefused):
            restore(database, foreign)
        with database.reading() as s:
            assert s.scalar(select(func.count()).select_from(Enterprise)) == 3


def test_check_reports_broken_foreign_keys(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    make_liaison_file(path, enterprises=1)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys=OFF")
    conn.execute(
        "INSERT INTO contact (enterprise_id, name, is_primary, search_text, uuid, created_at, "
        "updated_at) VALUES (999, 'ghost', 0, '', 'u-1', '2026-01-01', '2026-01-01')"
    )
    conn.commit()
    conn.close()
    with open_database(path) as database:
        report = check(database)
    assert not report.ok
    assert any("foreign key" in p for p in report.problems)


WRITER = """
import sys
from liaison.db import open_database
from liaison.services.hub import Services
db = open_database(sys.argv[1])
services = Services(db, sys.argv[2])
for i in range(int(sys.argv[3])):
    services.enterprises.create({"name": f"{sys.argv[2]}-{i}"})
db.close()
"""


def test_two_processes_writing_one_file_both_succeed(tmp_path: Path) -> None:
    path = tmp_path / "shared.db"
    make_liaison_file(path, enterprises=0)
    script = tmp_path / "writer.py"
    script.write_text(WRITER)
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path))
    procs = [
        subprocess.Popen(
            [sys.executable, str(script), str(path), name, "150"], env=env, stderr=subprocess.PIPE
        )
        for name in ("alpha", "beta")
    ]
    for proc in procs:
        _, err = proc.communicate(timeout=240)
        assert proc.returncode == 0, err.decode()
    with open_database(path) as database, database.reading() as s:
        assert s.scalar(select(func.count()).select_from(Enterprise)) == 300


BIG_WRITE = """
import sys
from sqlalchemy import insert
from liaison.db import open_database
from liaison.model import Enterprise
db = open_database(sys.argv[1])
with db.transaction() as s:
    print("writing", flush=True)
    for chunk in range(10_000):
        s.execute(insert(Enterprise), [
            {"name": f"n{chunk}-{i}", "name_key": f"n{chunk}-{i}", "search_text": "x" * 200}
            for i in range(500)
        ])
"""


def test_kill_during_a_large_write_leaves_a_sound_file(tmp_path: Path) -> None:
    path = tmp_path / "killed.db"
    make_liaison_file(path, enterprises=7)
    script = tmp_path / "big.py"
    script.write_text(BIG_WRITE)
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path))
    proc = subprocess.Popen(
        [sys.executable, str(script), str(path)], env=env, stdout=subprocess.PIPE
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == b"writing"
    time.sleep(1.5)  # well inside the write, which takes far longer
    proc.kill()
    proc.wait()
    proc.stdout.close()
    assert proc.returncode != 0
    with open_database(path) as database:
        assert check(database).ok
        with database.reading() as s:
            assert s.scalar(select(func.count()).select_from(Enterprise)) == 7
        Services(database, "tester").enterprises.create({"name": "after the crash"})


def test_schema_head_constant_matches_the_migration_scripts() -> None:
    assert dbmod.head_revision() == dbmod.script_head()


def test_a_new_file_is_recognised_by_a_second_connection_at_once(tmp_path: Path) -> None:
    """The header of a just-created file may still be in the WAL: ask SQLite, not the bytes."""
    path = tmp_path / "fresh.db"
    first = open_database(path)
    Services(first, "tester").enterprises.create({"name": "甲"})
    second = open_database(path)  # while the first is still open
    with second.reading() as s:
        assert s.scalar(select(func.count()).select_from(Enterprise)) == 1
    second.close()
    first.close()
