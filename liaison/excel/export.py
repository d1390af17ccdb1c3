"""Exporting to Excel: the whole database as one workbook, or one list as the app shows it.

:func:`export_workbook` writes one sheet per kind (the import columns of :mod:`columns`, with
references by natural key, plus the export-only columns) and an indicators sheet; it is what
``liaison export`` and the app's "Export everything" call. :func:`export_list` writes the rows
of a list as shown (its filter, columns and order), which the app hands over as plain rows.

Rows stream from the database into openpyxl's write-only workbook, so memory stays flat as rows
grow. The file is written beside the target and moved into place at the end: a failed or
cancelled export leaves no half-written workbook behind.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Final

from sqlalchemy import ColumnElement, Select, Table, func, literal, select
from sqlalchemy.orm import Session

from liaison.db import Database
from liaison.enums import SizeClass
from liaison.excel.cells import CellType, cell_type, list_separator, plain
from liaison.excel.columns import SHEETS, Extra, SheetSpec, Target
from liaison.excel.files import replacing
from liaison.excel.indicators_sheet import write_indicators
from liaison.excel.writing import OutColumn, write_only_workbook, write_sheet
from liaison.i18n import Catalog, LiaisonError, language
from liaison.indicators import depth_for_all
from liaison.model import Enterprise, Payment, ProjectPartner
from liaison.services.fields import Field, Kind
from liaison.tasks import Progress, step

_ = Catalog(
    {
        "export.progress": ("Exporting {sheet}", "正在导出{sheet}"),
        "export.unknown_kind": (
            'There is no kind "{kind}". Kinds: {kinds}.',
            "没有“{kind}”这一类数据。可选：{kinds}。",
        ),
    }
)

#: Rows fetched from the database at a time while streaming.
FETCH: Final = 2000

_SIZE_CLASS: Final = Field("size_class", Kind.CHOICE, "", "", choices=SizeClass)


@dataclass(frozen=True)
class ExportResult:
    path: Path
    #: Data rows written per sheet: kind names, and "indicators" for the indicators sheet.
    sheets: dict[str, int]


# --- one kind as one sheet ----------------------------------------------------------------


def _table(model: Any) -> Table:
    table: Table = model.__table__
    return table


def _key_of(target: Target, table: Any) -> ColumnElement[Any]:
    """The natural key a reference is written as."""
    if target is Target.STUDENT:
        return table.c.student_no  # type: ignore[no-any-return]
    if target is Target.AGREEMENT:
        return table.c.number  # type: ignore[no-any-return]
    if target is Target.PROJECT:
        return func.coalesce(table.c.code, table.c.title)
    return table.c.name  # type: ignore[no-any-return]


@dataclass
class _Query:
    """A kind's SELECT with its columns in sheet order, and the values filled in afterwards."""

    statement: Select[Any]
    columns: list[OutColumn]
    #: (column index, function of the row's id) for values computed outside the SELECT.
    patches: list[tuple[int, Callable[[int], Any]]]


def _sheet_query(session: Session, spec: SheetSpec, lang: str, as_of: date) -> _Query:
    from liaison.services.registry import MODELS

    main = _table(spec.service.model).alias("main")
    selected: list[Any] = []
    columns: list[OutColumn] = []
    patches: list[tuple[int, Callable[[int], Any]]] = []
    joined: Any = main
    aliases: dict[str, Any] = {}
    text = plain(Kind.TEXT)

    def add(expression: Any, header: str, kind: CellType) -> int:
        selected.append(expression.label(f"c{len(selected)}"))
        columns.append(OutColumn(header, kind))
        return len(selected) - 1

    def join(name: str, target_table: Table, on_column: Any) -> Any:
        nonlocal joined
        if name not in aliases:
            alias = target_table.alias(name)
            joined = joined.outerjoin(
                alias, (alias.c.id == on_column) & alias.c.deleted_at.is_(None)
            )
            aliases[name] = alias
        return aliases[name]

    def patch(header: str, kind: CellType, compute: Callable[[int], Any]) -> None:
        patches.append((add(literal(None), header, kind), compute))

    for extra in spec.leading:
        assert extra is Extra.ID
        add(main.c.id, extra.header(lang), plain(Kind.INT))
    for column in spec.columns:
        header = column.header(lang)
        if column.many:
            patch(header, text, _partners(session, lang).get)
        elif column.target is not None:
            target = _table(MODELS[column.target.value])
            alias = join(column.name, target, main.c[column.name])
            add(_key_of(column.target, alias), header, text)
        else:
            add(main.c[column.name], header, cell_type(column.field, lang))
    for extra in spec.trailing:
        header = extra.header(lang)
        if extra is Extra.SIZE_CLASS:
            add(main.c.size_class, header, cell_type(_SIZE_CLASS, lang))
        elif extra is Extra.DEPTH:
            depths = depth_for_all(session, as_of)
            patch(header, plain(Kind.INT), depths.get)
        elif extra is Extra.STUDENT_NAME:
            student = aliases["student_id"]
            add(student.c.name, header, text)
        elif extra is Extra.ENTERPRISE_NAME:
            agreement = aliases["agreement_id"]
            firm = join("firm", _table(Enterprise), agreement.c.enterprise_id)
            add(firm.c.name, header, text)
        elif extra is Extra.FUNDS:
            patch(header, plain(Kind.MONEY_WAN), _funds(session))
    statement = (
        select(*selected).select_from(joined).where(main.c.deleted_at.is_(None)).order_by(main.c.id)
    )
    return _Query(statement, columns, patches)


def _partners(session: Session, lang: str) -> dict[int, str]:
    """Each project's live partner firms, lead first, as one cell's text."""
    found: dict[int, list[str]] = {}
    rows = session.execute(
        select(ProjectPartner.project_id, Enterprise.name)
        .join(Enterprise, Enterprise.id == ProjectPartner.enterprise_id)
        .where(ProjectPartner.deleted_at.is_(None), Enterprise.deleted_at.is_(None))
        .order_by(ProjectPartner.project_id, ProjectPartner.is_lead.desc(), ProjectPartner.id)
    )
    for project_id, name in rows:
        found.setdefault(project_id, []).append(name)
    separator = list_separator(lang, names=True)
    return {pid: separator.join(names) for pid, names in found.items()}


def _funds(session: Session) -> Callable[[int], int]:
    """Funds received per project, in fen (0 when none)."""
    rows = session.execute(
        select(Payment.project_id, func.sum(Payment.amount_fen))
        .where(Payment.deleted_at.is_(None))
        .group_by(Payment.project_id)
    )
    totals = {pid: int(total) for pid, total in rows}
    return lambda project_id: totals.get(project_id, 0)


def _rows(session: Session, query: _Query) -> Iterator[list[Any]]:
    result = session.execute(query.statement.execution_options(yield_per=FETCH))
    patches = query.patches
    for row in result:
        values = list(row)
        for index, compute in patches:
            values[index] = compute(values[0])
        yield values


def count_rows(session: Session, spec: SheetSpec) -> int:
    model = spec.service.model
    return int(
        session.scalar(select(func.count()).select_from(model).where(model.deleted_at.is_(None)))
        or 0
    )


# --- workbooks ------------------------------------------------------------------------------


def export_kinds(kind: str | None) -> list[str]:
    """The kinds ``--kind`` names (``None`` or ``"all"``: every kind)."""
    if kind in (None, "all"):
        return list(SHEETS)
    if kind not in SHEETS:
        raise LiaisonError("export.unknown_kind", kind=kind, kinds=", ".join(["all", *SHEETS]))
    return [kind]


def export_workbook(
    db: Database,
    path: Path,
    *,
    kinds: Sequence[str] | None = None,
    lang: str | None = None,
    as_of: date | None = None,
    indicators: bool | None = None,
    progress: Progress | None = None,
) -> ExportResult:
    """Write the kinds asked for (default: all) to ``path``, one sheet each, in ``lang``.

    Cooperation depth and the indicators sheet are computed as of ``as_of`` (default: today;
    the indicators cover the calendar year up to that day). The indicators sheet is added when
    every kind is exported, unless ``indicators`` says otherwise. Raises
    :class:`~liaison.tasks.Cancelled` when the officer cancels (nothing is left behind) and
    LiaisonError when the file cannot be written.
    """
    lang = lang or language()
    as_of = as_of or date.today()
    chosen = list(kinds) if kinds is not None else list(SHEETS)
    for kind in chosen:
        export_kinds(kind)
    with_indicators = indicators if indicators is not None else len(chosen) == len(SHEETS)
    counts: dict[str, int] = {}
    with replacing(path) as temporary, db.reading() as session, write_only_workbook() as workbook:
        if session.get_bind().dialect.name == "postgresql":
            # One snapshot for the counts and the rows, as SQLite's read transaction gives.
            session.connection(execution_options={"isolation_level": "REPEATABLE READ"})
        totals = {kind: count_rows(session, SHEETS[kind]) for kind in chosen}
        grand = sum(totals.values())
        done = 0
        step(progress, 0, grand)
        for kind in chosen:
            spec = SHEETS[kind]
            query = _sheet_query(session, spec, lang, as_of)
            title = spec.title(lang)
            counts[kind] = write_sheet(
                workbook,
                title,
                query.columns,
                _rows(session, query),
                progress=progress,
                done_before=done,
                grand_total=grand,
                text=_("export.progress", lang, sheet=title),
                exact_total=totals[kind],
            )
            done += counts[kind]
            step(progress, done, grand, _("export.progress", lang, sheet=title))
        if with_indicators:
            counts["indicators"] = write_indicators(
                workbook, session, date(as_of.year, 1, 1), as_of, lang
            )
        workbook.save(temporary)
    return ExportResult(Path(path), counts)


# --- a list as shown --------------------------------------------------------------------------


@dataclass(frozen=True)
class ListColumn:
    """A column of a list as the app shows it: header text, the value of a row, its type."""

    header: str
    value: Callable[[Any], Any]
    type: CellType

    @classmethod
    def of_kind(
        cls,
        header: str,
        value: Callable[[Any], Any] | str,
        kind: Kind,
        *,
        choices: Any = None,
        lang: str | None = None,
    ) -> ListColumn:
        """A column of values of ``kind`` (``choices``: the Labelled enum of a CHOICE)."""
        spec = Field("", kind, "", "", choices=choices)
        return cls(header, _getter(value), cell_type(spec, lang))

    @classmethod
    def of_field(
        cls, header: str, value: Callable[[Any], Any] | str, spec: Field, lang: str | None = None
    ) -> ListColumn:
        """A column typed like a service field (labels for its closed list, money units …)."""
        return cls(header, _getter(value), cell_type(spec, lang))


def _getter(value: Callable[[Any], Any] | str) -> Callable[[Any], Any]:
    if isinstance(value, str):
        name = value
        return lambda row: getattr(row, name)
    return value


def export_list(
    path: Path,
    title: str,
    columns: Sequence[ListColumn],
    rows: Iterable[Any],
    *,
    total: int | None = None,
    progress: Progress | None = None,
) -> int:
    """Write ``rows`` (any objects, e.g. the rows of :mod:`liaison.lists`) as one sheet, in
    their order, with ``columns``; returns the number of rows written."""
    out = [OutColumn(c.header, c.type) for c in columns]
    getters = [c.value for c in columns]
    stored = ([get(row) for get in getters] for row in rows)
    with replacing(path) as temporary, write_only_workbook() as workbook:
        count = write_sheet(workbook, title, out, stored, progress=progress, total=total)
        workbook.save(temporary)
    return count


def export_list_ids(
    db: Database,
    path: Path,
    title: str,
    columns: Sequence[ListColumn],
    ids: Sequence[int],
    fetch: Callable[[Session, Sequence[int]], Sequence[Any]],
    *,
    progress: Progress | None = None,
) -> int:
    """:func:`export_list` for a list held as ordered ids (as the app's table models hold
    them): rows are fetched ``FETCH`` ids at a time with ``fetch`` (e.g.
    ``lists.enterprise_rows``) in one reading session."""

    def rows(session: Session) -> Iterator[Any]:
        for start in range(0, len(ids), FETCH):
            yield from fetch(session, ids[start : start + FETCH])

    with db.reading() as session:
        return export_list(path, title, columns, rows(session), total=len(ids), progress=progress)
