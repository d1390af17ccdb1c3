"""Writing the demo into a database: one transaction, bulk inserts, progress and cancel.

The rows bypass the per-row services (100,000 firms would take hours through them) but carry
exactly what the services would store. No audit entries are written: an audit trail of invented
data would only bury the officer's own history, and an import batch would offer an "undo" with
no per-row entries behind it. Each row carries ``updated_by`` = the officer passed in, as a
service write would.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date

from sqlalchemy import delete, func, insert, select, text
from sqlalchemy.orm import Session

from liaison.db import Database
from liaison.demo.generator import generate_rows
from liaison.demo.world import TABLE_ORDER, Existing, Row
from liaison.i18n import Catalog, LiaisonError
from liaison.model import Base, Enterprise
from liaison.tasks import Progress, step

INSERT_CHUNK = 5000
# SQLite page cache during the build, in KiB. Every table has a unique index on random UUIDs;
# past a few hundred thousand rows the default 2 MB cache thrashes on it.
BULK_CACHE_KIB = 65536

_ = Catalog(
    {
        "demo.bad_count": (
            "The number of enterprises must be zero or more, not {count}",
            "企业数量不能为负数（当前为 {count}）",
        ),
        "demo.progress": (
            "Writing demo data: {done:,} of {total:,} enterprises",
            "正在写入演示数据：{done:,} / {total:,} 家企业",
        ),
        "demo.nothing": ("nothing", "无数据"),
        "demo.separator": (", ", "，"),
        "demo.count.major": ("{n} majors", "专业 {n} 个"),
        "demo.count.student": ("{n} students", "学生 {n} 名"),
        "demo.count.enterprise": ("{n} enterprises", "企业 {n} 家"),
        "demo.count.contact": ("{n} contacts", "联系人 {n} 人"),
        "demo.count.agreement": ("{n} agreements", "协议 {n} 份"),
        "demo.count.placement": ("{n} placements", "实习安置 {n} 人次"),
        "demo.count.employment": ("{n} graduates employed", "就业毕业生 {n} 人"),
        "demo.count.interaction": ("{n} visits and contacts", "走访联络 {n} 次"),
        "demo.count.training_session": ("{n} staff trainings", "员工培训 {n} 期"),
        "demo.count.project": ("{n} joint projects", "合作项目 {n} 项"),
        "demo.count.project_partner": ("{n} project partners", "项目合作企业 {n} 家次"),
        "demo.count.milestone": ("{n} milestones", "项目节点 {n} 个"),
        "demo.count.payment": ("{n} payments received", "到账 {n} 笔"),
        "demo.count.outcome": ("{n} outcomes", "成果 {n} 项"),
    }
)

# Business tables, children first, emptied by ``replace``; officers and settings stay. The
# audit trail and import batches go too: they describe rows that no longer exist, and SQLite
# would hand those rows' ids to new ones.
_CLEARED = (*reversed(TABLE_ORDER), "audit_entry", "import_batch")


@dataclass(frozen=True)
class DemoSummary:
    """Rows written per table (tables with none are left out)."""

    counts: dict[str, int]

    def describe(self, lang: str | None = None) -> str:
        """E.g. "200 enterprises, 431 contacts, …" / "企业 200 家，联系人 431 人，…"."""
        parts = [
            _(f"demo.count.{table}", lang, n=f"{self.counts[table]:,}")
            for table in TABLE_ORDER
            if self.counts.get(table)
        ]
        return _("demo.separator", lang).join(parts) or _("demo.nothing", lang)


def count_enterprises(db: Database) -> int:
    """Enterprises in the database, not counting the trash."""
    with db.reading() as session:
        return session.scalar(select(func.count()).where(Enterprise.deleted_at.is_(None))) or 0


def build(
    db: Database,
    *,
    enterprises: int = 200,
    seed: int = 2026,
    officer: str = "demo",
    replace: bool = False,
    progress: Progress | None = None,
    today: date | None = None,
) -> DemoSummary:
    """Fill the database with demo data for ``enterprises`` firms, all in one transaction.

    ``replace`` first removes all business data (officers and settings stay); otherwise the
    demo is added beside what is there. The same seed, size and ``today`` give the same rows
    in an empty database. :class:`liaison.tasks.Cancelled` from ``progress`` rolls everything
    back. Raises LiaisonError for a negative size.
    """
    if enterprises < 0:
        raise LiaisonError("demo.bad_count", count=enterprises)
    counts = dict.fromkeys(TABLE_ORDER, 0)
    with db.transaction() as session, _bulk_cache(session):
        if replace:
            clear(session)
        existing = Existing.read(session)
        step(progress, 0, enterprises, _("demo.progress", done=0, total=enterprises))
        for table, rows in generate_rows(
            enterprises=enterprises,
            seed=seed,
            today=today or date.today(),
            officer=officer,
            existing=existing,
        ):
            write(session, table, rows)
            counts[table] += len(rows)
            done = counts["enterprise"]
            step(progress, done, enterprises, _("demo.progress", done=done, total=enterprises))
        _advance_sequences(session, [t for t, n in counts.items() if n])
    return DemoSummary({table: n for table, n in counts.items() if n})


def write(session: Session, table: str, rows: Sequence[Row]) -> None:
    """Insert rows through SQLAlchemy Core, a few thousand per executemany."""
    statement = insert(Base.metadata.tables[table])
    for first in range(0, len(rows), INSERT_CHUNK):
        session.execute(statement, list(rows[first : first + INSERT_CHUNK]))


def clear(session: Session) -> None:
    for table in _CLEARED:
        session.execute(delete(Base.metadata.tables[table]))


@contextmanager
def _bulk_cache(session: Session) -> Iterator[None]:
    """A larger SQLite page cache while the demo is written, the usual one afterwards."""
    if session.get_bind().dialect.name != "sqlite":
        yield
        return
    connection = session.connection()
    usual = connection.exec_driver_sql("PRAGMA cache_size").scalar()
    connection.exec_driver_sql(f"PRAGMA cache_size=-{BULK_CACHE_KIB}")
    try:
        yield
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_size={int(usual or -2000)}")


def _advance_sequences(session: Session, tables: list[str]) -> None:
    """PostgreSQL: move each id sequence past the ids the demo assigned itself."""
    if session.get_bind().dialect.name != "postgresql":
        return
    for table in tables:
        session.execute(
            text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), max(id)) FROM {table}")
        )
