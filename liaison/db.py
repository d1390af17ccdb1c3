"""Opening a Liaison database (SQLite file or PostgreSQL URL), migrating it, backing it up.

Everything that could refuse a file happens before anything writes to it: the header is read,
the schema is inspected through a read-only connection, and only then is the file opened for
writing, copied aside and migrated. A foreign, corrupt or newer file is left byte-for-byte as it
was.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from liaison import paths
from liaison.i18n import Catalog, LiaisonError
from liaison.migrations import SCHEMA_HEAD

if TYPE_CHECKING:
    from alembic.config import Config

# Written into the SQLite header (offset 68) so a Liaison file is recognised without guessing.
APPLICATION_ID = 0x4C49414E  # "LIAN"
SQLITE_MAGIC = b"SQLite format 3\x00"
MIGRATIONS = Path(__file__).resolve().parent / "migrations"

_ = Catalog(
    {
        "db.not_sqlite": (
            "{path} is not a Liaison database. The file was left untouched.",
            "{path} 不是 Liaison 数据库。该文件未被改动。",
        ),
        "db.foreign": (
            "{path} is a database of another program, not of Liaison. The file was left untouched.",
            "{path} 是其他程序的数据库，不是 Liaison 数据库。该文件未被改动。",
        ),
        "db.corrupt": (
            "{path} is damaged ({detail}). The file was left untouched; "
            "restore a backup with “liaison restore”.",
            "{path} 已损坏（{detail}）。该文件未被改动；请用“liaison restore”从备份恢复。",
        ),
        "db.newer": (
            "{path} was saved by a newer version of Liaison (schema {revision}). "
            "Update Liaison to open it; the file was left untouched.",
            "{path} 由更新版本的 Liaison 保存（结构版本 {revision}）。"
            "请升级 Liaison 后再打开；该文件未被改动。",
        ),
        "db.locked": (
            "{path} is busy: another program holds it locked. Try again in a moment.",
            "{path} 正被其他程序锁定，请稍后再试。",
        ),
        "db.unreachable": (
            "Cannot connect to the database server: {detail}",
            "无法连接数据库服务器：{detail}",
        ),
        "db.cannot_create": (
            "Cannot create the database {path}: {detail}",
            "无法创建数据库 {path}：{detail}",
        ),
        "db.backup_sqlite_only": (
            "Backup and restore work on SQLite files; back up a PostgreSQL server with pg_dump.",
            "备份与恢复仅适用于 SQLite 文件；PostgreSQL 服务器请使用 pg_dump 备份。",
        ),
    }
)


class DatabaseRefused(LiaisonError):
    """The database cannot be opened; nothing was written."""


@dataclass(frozen=True)
class CheckReport:
    ok: bool
    problems: list[str]
    revision: str | None
    head: str


def to_url(path_or_url: str | os.PathLike[str]) -> str:
    """A file path becomes an SQLite URL; a URL (``scheme://``) is kept."""
    raw = os.fspath(path_or_url)
    if "://" in raw:
        return raw
    return "sqlite:///" + str(Path(raw).expanduser().resolve())


def _alembic_config() -> Config:
    # Alembic is imported only when a schema has to be inspected or changed: opening a
    # database that is already current must stay quick (the app's start-up time).
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    """The schema this build writes (a test checks it against the migration scripts)."""
    return SCHEMA_HEAD


@cache
def known_revisions() -> frozenset[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_alembic_config())
    return frozenset(rev.revision for rev in script.walk_revisions())


def script_head() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    assert head is not None
    return head


def _current_revision(conn: Any) -> str | None:
    from alembic.runtime.migration import MigrationContext

    revision: str | None = MigrationContext.configure(conn).get_current_revision()
    return revision


class Database:
    """An open database: an engine and the two ways of using it, reading and writing."""

    def __init__(self, engine: Engine, path: Path | None) -> None:
        self.engine = engine
        self.path = path
        self.url = engine.url.render_as_string(hide_password=True)
        # Writers take the write lock up front (BEGIN IMMEDIATE on SQLite): a deferred
        # transaction that upgrades from read to write cannot wait for another writer and
        # fails at once, which two processes sharing one file would hit.
        self._reader = sessionmaker(engine, expire_on_commit=False)
        self._writer = sessionmaker(
            engine.execution_options(liaison_write=True), expire_on_commit=False
        )

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @contextmanager
    def reading(self) -> Iterator[Session]:
        with self._reader() as session:
            yield session

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: commits when the block ends, rolls back if it raises."""
        with self._writer() as session, session.begin():
            yield session

    def close(self) -> None:
        if self.is_sqlite and self.path is not None:
            # Keep the planner's statistics current (cheap with a limit): without them SQLite
            # picks poor indexes on large tables after a demo build or a big import.
            try:
                with self.engine.connect() as conn:
                    conn.exec_driver_sql("PRAGMA analysis_limit=400")
                    conn.exec_driver_sql("PRAGMA optimize")
            except OperationalError:
                pass  # a busy file: the statistics can wait for the next close
        self.engine.dispose()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _sqlite_engine(url: str) -> Engine:
    engine = create_engine(url, connect_args={"timeout": 30, "check_same_thread": False})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy's "begin" event issue BEGIN itself (see below).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        write = conn.get_execution_options().get("liaison_write", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

    return engine


def _probe_sqlite_file(path: Path) -> str | None:
    """Refuse a foreign, corrupt or newer file; return its schema revision (None: empty).

    Only reads: the header directly, the rest through a read-only connection.
    """
    shown = str(path)
    with path.open("rb") as fh:
        header = fh.read(100)
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        raise DatabaseRefused("db.not_sqlite", path=shown)
    try:
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, timeout=30)
    except sqlite3.Error as exc:
        raise DatabaseRefused("db.corrupt", path=shown, detail=str(exc)) from exc
    try:
        try:
            rows = conn.execute("PRAGMA quick_check").fetchall()
            tables = {
                r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
        except sqlite3.OperationalError as exc:
            if "locked" in str(exc) or "busy" in str(exc):
                raise DatabaseRefused("db.locked", path=shown) from exc
            raise DatabaseRefused("db.corrupt", path=shown, detail=str(exc)) from exc
        except sqlite3.DatabaseError as exc:
            raise DatabaseRefused("db.corrupt", path=shown, detail=str(exc)) from exc
        if rows != [("ok",)]:
            detail = "; ".join(str(r[0]) for r in rows[:3])
            raise DatabaseRefused("db.corrupt", path=shown, detail=detail)
        # Asked through SQLite, not read from the header: a file another process has just
        # created may still hold its header in the write-ahead log.
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        if app_id != APPLICATION_ID:
            if tables:
                raise DatabaseRefused("db.foreign", path=shown)
            return None
        if "alembic_version" not in tables:
            return None
        found = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    finally:
        conn.close()
    revision = found[0] if found else None
    if revision is not None and revision != head_revision() and revision not in known_revisions():
        raise DatabaseRefused("db.newer", path=shown, revision=revision)
    return revision


def _probe_server(engine: Engine) -> str | None:
    try:
        with engine.connect() as conn:
            tables = set(inspect(conn).get_table_names())
            if not tables:
                return None
            if "alembic_version" not in tables or "enterprise" not in tables:
                raise DatabaseRefused("db.foreign", path=engine.url.database or "")
            revision = _current_revision(conn)
    except OperationalError as exc:
        raise DatabaseRefused("db.unreachable", detail=str(exc.orig)) from exc
    if revision is not None and revision != head_revision() and revision not in known_revisions():
        raise DatabaseRefused("db.newer", path=engine.url.database or "", revision=revision)
    return revision


def _copy_aside(path: Path, revision: str) -> Path:
    """Keep the file as it was before a migration, next to it."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.before-{revision}-{stamp}{path.suffix}")
    _sqlite_copy(path, target)
    return target


def _sqlite_copy(source: Path, target: Path) -> None:
    """A consistent copy of a live SQLite file (WAL included), written atomically."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=".liaison-", suffix=".tmp", dir=target.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        src = sqlite3.connect(f"{source.as_uri()}?mode=ro", uri=True, timeout=30)
        dst = sqlite3.connect(tmp)
        try:
            src.backup(dst)
            # A copy is a plain single file: no WAL left beside it.
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
            src.close()
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)


def migrate(engine: Engine) -> None:
    from alembic import command

    cfg = _alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
        if conn.dialect.name == "sqlite":
            conn.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")


def open_database(
    path_or_url: str | os.PathLike[str] | None = None, *, create: bool = True
) -> Database:
    """Open (and create or migrate) a database; refuse it untouched if it is not ours.

    Raises DatabaseRefused with a message in the current language.
    """
    url = to_url(path_or_url if path_or_url is not None else paths.default_database())
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return _open_sqlite(url, parsed.database)
    engine = create_engine(url, pool_pre_ping=True)
    revision = _probe_server(engine)
    if revision != head_revision():
        migrate(engine)
    return Database(engine, None)


def _open_sqlite(url: str, database: str | None) -> Database:
    if not database or database == ":memory:":
        engine = _sqlite_engine("sqlite://")
        migrate(engine)
        return Database(engine, None)
    path = Path(database)
    revision: str | None = None
    if path.exists() and path.stat().st_size > 0:
        revision = _probe_sqlite_file(path)
    else:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DatabaseRefused("db.cannot_create", path=str(path), detail=str(exc)) from exc
    if revision is not None and revision != head_revision():
        _copy_aside(path, revision)
    engine = _sqlite_engine(url)
    try:
        if revision != head_revision():
            migrate(engine)
    except OperationalError as exc:
        engine.dispose()
        if "locked" in str(exc):
            raise DatabaseRefused("db.locked", path=str(path)) from exc
        raise
    return Database(engine, path)


def backup(db: Database, to_dir: Path | None = None) -> Path:
    """Write a consistent copy of the database into ``to_dir`` (default: the backups folder)."""
    if db.path is None:
        raise LiaisonError("db.backup_sqlite_only")
    folder = to_dir or paths.backups_dir()
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = folder / f"{db.path.stem}-{stamp}.db"
    counter = 1
    while target.exists():
        counter += 1
        target = folder / f"{db.path.stem}-{stamp}-{counter}.db"
    _sqlite_copy(db.path, target)
    return target


def restore(db: Database, source: Path) -> Path:
    """Replace the database's content with a backup; the current state is backed up first.

    The backup is checked like any file we open, so a foreign or damaged one changes nothing.
    Returns the path of the safety copy of the state before the restore.
    """
    if db.path is None:
        raise LiaisonError("db.backup_sqlite_only")
    if not source.exists() or source.stat().st_size == 0:
        raise DatabaseRefused("db.not_sqlite", path=str(source))
    revision = _probe_sqlite_file(source)
    if revision is None:
        raise DatabaseRefused("db.foreign", path=str(source))
    safety = backup(db, paths.backups_dir())
    src = sqlite3.connect(f"{source.as_uri()}?mode=ro", uri=True)
    try:
        with db.engine.connect() as conn:
            raw = conn.connection.dbapi_connection
            assert raw is not None
            src.backup(raw)  # type: ignore[arg-type]
    finally:
        src.close()
    db.engine.dispose()
    if revision != head_revision():
        migrate(db.engine)
    return safety


def check(db: Database) -> CheckReport:
    """Integrity, foreign keys and schema version; an empty problem list means sound."""
    problems: list[str] = []
    head = head_revision()
    with db.engine.connect() as conn:
        revision = _current_revision(conn)
        if revision != head:
            problems.append(f"schema {revision} is not the current {head}")
        if db.is_sqlite:
            integrity = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check").fetchall()]
            if integrity != ["ok"]:
                problems.extend(str(x) for x in integrity[:20])
            fk = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            problems.extend(f"foreign key: {tuple(r)}" for r in fk[:20])
        else:
            try:
                conn.execute(text("SELECT count(*) FROM enterprise"))
            except SQLAlchemyError as exc:
                problems.append(str(exc))
    return CheckReport(ok=not problems, problems=problems, revision=revision, head=head)
