"""Importing parsed sheets: references, duplicates, each row's fate, and the writes — all in
one transaction, so a preview is the import itself rolled back and shows exactly what an import
would do.

For each sheet (a workbook's sheets in the order of :data:`~liaison.excel.columns.SHEETS`,
parents first, so later sheets find the records earlier ones create):

1. references are resolved set-wise (:mod:`.resolve`); a major that does not exist yet is
   created for the rows that name it;
2. duplicates are found: rows sharing an identity (credit code, normalised name, number …) with
   an earlier row of the sheet, and rows sharing one with a live record (one query per identity);
3. each row gets its fate — create, update (``--on-duplicate update``: only the file's
   non-blank cells are written), unchanged, skip, or error — through the services' own
   coercion, defaults and rules (:class:`~liaison.services.batch.BatchWriter`);
4. the rows are written in bulk, a project's partners after it, a renewal after the agreement
   it renews; then the rules that look across records (placements that overlap …) run on what
   was written.

All or nothing: when any row has an error, the transaction is rolled back and the report lists
every error. With ``valid_only`` the valid rows are written instead; rows that fail only the
rules run after writing are then taken out and the sheet written again (in a savepoint).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Final

from sqlalchemy import select
from sqlalchemy.orm import Session

from liaison.errors import ValidationError, ValidationErrors
from liaison.excel.columns import Target
from liaison.excel.importing import resolve
from liaison.excel.importing.parse import ParsedRow, ParsedSheet
from liaison.excel.importing.report import (
    Duplicate,
    DuplicatePolicy,
    Fate,
    ImportReport,
    RowError,
    RowFate,
)
from liaison.i18n import Catalog, LiaisonError
from liaison.model import ProjectPartner
from liaison.rules.names import name_key
from liaison.services.base import EntityService
from liaison.services.batch import BatchWriter, Draft, Existing, errors_of
from liaison.services.hub import Services
from liaison.tasks import Progress, step

_ = Catalog(
    {
        "import.ref.enterprise": (
            "no enterprise in Liaison is called “{value}” or has that credit code",
            "Liaison 中没有名称或统一社会信用代码为“{value}”的企业",
        ),
        "import.ref.contact": (
            "“{value}” is not a contact of this row's enterprise",
            "“{value}”不是本行所属企业的联系人",
        ),
        "import.ref.student": (
            "no student in Liaison has the number “{value}”",
            "Liaison 中没有学号为“{value}”的学生",
        ),
        "import.ref.agreement": (
            "no agreement in Liaison or in this file has the number “{value}”",
            "Liaison 和本文件中都没有编号为“{value}”的协议",
        ),
        "import.ref.project": (
            "no project in Liaison has the code or title “{value}”",
            "Liaison 中没有编号或名称为“{value}”的项目",
        ),
        "import.ref.row_failed": (
            "refers to row {row}, which is not imported",
            "引用的第 {row} 行未能导入",
        ),
        "import.dup.file": ("the same as row {row} of this sheet", "与本表第 {row} 行重复"),
        "import.dup.db": (
            "already in Liaison as “{label}” (#{id})",
            "Liaison 中已有“{label}”（#{id}）",
        ),
        "import.dup.two": (
            "matches two records in Liaison: “{first}” (#{first_id}) and “{second}” (#{second_id})",
            "与 Liaison 中的两条记录都相符：“{first}”（#{first_id}）和“{second}”（#{second_id}）",
        ),
        "import.progress.resolve": ("Checking references: {sheet}", "正在核对引用：{sheet}"),
        "import.progress.plan": ("Checking rows: {sheet}", "正在检查数据：{sheet}"),
        "import.progress.write": ("Writing: {sheet}", "正在写入：{sheet}"),
    }
)

#: How often ``valid_only`` may take out rows that failed after writing and write again.
MAX_ATTEMPTS: Final = 5

# The attributes a record is known by, in the order the trash tries them.
_LABELS: Final = ("name", "title", "number", "summary", "topic", "student_no")


def label_of(values: dict[str, Any] | Any) -> str:
    getter = values.get if isinstance(values, dict) else lambda k: getattr(values, k, None)
    for attr in _LABELS:
        value = getter(attr)
        if value:
            return str(value)
    return ""


@dataclass(frozen=True)
class ImportOptions:
    on_duplicate: DuplicatePolicy = DuplicatePolicy.ERROR
    valid_only: bool = False


@dataclass
class _Row:
    """A row's working state during one attempt."""

    parsed: ParsedRow
    fate: Fate = Fate.CREATE
    values: dict[str, Any] = field(default_factory=dict)  # stored values, references as ids
    errors: list[RowError] = field(default_factory=list)
    duplicate: Duplicate | None = None
    existing: Existing | None = None
    draft: Draft | None = None
    diff: dict[str, tuple[Any, Any]] = field(default_factory=dict)
    record_id: int | None = None
    firm: int | None = None  # the enterprise a contact reference is looked up in
    majors: dict[str, str] = field(default_factory=dict)  # field → name of a major to create
    deferred: dict[str, int] = field(default_factory=dict)  # field → index of a row here
    partners: list[int] = field(default_factory=list)


_LateErrors = dict[tuple[int, int], list[RowError]]  # (sheet index, row) → errors


class _Rollback(Exception):
    def __init__(self, report: ImportReport) -> None:
        self.report = report


def run_import(
    services: Services,
    sheets: Sequence[ParsedSheet],
    options: ImportOptions,
    *,
    kind: str,
    file_name: str,
    dry_run: bool = False,
    progress: Progress | None = None,
) -> ImportReport:
    """Import ``sheets`` as one batch (see the module docstring); with ``dry_run`` nothing is
    kept. Raises Cancelled when the officer cancels (nothing is kept either)."""
    excluded: _LateErrors = {}
    spared: set[tuple[int, int]] = set()
    try:
        with services.db.transaction() as session:
            batch_id = services.imports.start(session, kind, file_name)
            for attempt in range(MAX_ATTEMPTS):
                savepoint = session.begin_nested()
                writer = BatchWriter(services.ctx, session, batch_id)
                run = _Attempt(services, session, writer, options, excluded, progress)
                results, late = run.sheets(sheets)
                if late and options.valid_only and attempt < MAX_ATTEMPTS - 1:
                    savepoint.rollback()
                    # Records loaded in the rolled-back attempt must not stand for new rows
                    # that get the same ids.
                    session.expire_all()
                    last_try = attempt == MAX_ATTEMPTS - 2
                    excluded.update(_to_exclude(late, spared, everything=last_try))
                    continue
                savepoint.commit()
                # Rows that still fail after writing were written: only a rollback undoes them.
                still_failing = bool(late)
                for index, rows in enumerate(results):
                    for row in rows:
                        found = late.get((index, row.parsed.row))
                        if found:
                            row.fate = Fate.ERROR
                            row.errors.extend(found)
                break
            report = _report(
                kind, file_name, sheets, results, run.also_created, options, dry_run, batch_id
            )
            if still_failing:
                report.accepted = False
                report.batch_id = None
                report.also_created = {}
            if dry_run or not report.accepted:
                raise _Rollback(report)
            services.imports.finish(
                session, batch_id, report.created, report.updated, report.skipped
            )
            report.written = True
            return report
    except _Rollback as stop:
        return stop.report


def _to_exclude(
    late: _LateErrors, spared: set[tuple[int, int]], *, everything: bool
) -> _LateErrors:
    """The failing rows to take out before writing again. Rows count in file order: the
    earliest failing row of each sheet is kept for one more try, since it may fail only
    because of a later row (two placements of one student that overlap)."""
    if everything:
        return late
    keep: set[tuple[int, int]] = set()
    for sheet in {index for index, _row in late}:
        earliest = min(key for key in late if key[0] == sheet)
        if earliest not in spared:
            keep.add(earliest)
    spared.update(keep)
    return {key: errors for key, errors in late.items() if key not in keep}


def _report(
    kind: str,
    file_name: str,
    sheets: Sequence[ParsedSheet],
    results: list[list[_Row]],
    also_created: dict[str, int],
    options: ImportOptions,
    dry_run: bool,
    batch_id: int,
) -> ImportReport:
    fates: list[RowFate] = []
    for sheet, rows in zip(sheets, results, strict=True):
        for row in rows:
            fates.append(
                RowFate(
                    sheet.sheet,
                    row.parsed.row,
                    row.fate,
                    label_of(row.values) or label_of(row.parsed.refs),
                    row.errors,
                    row.duplicate,
                    None if dry_run else row.record_id,
                )
            )
    rejected = any(f.fate is Fate.ERROR for f in fates)
    accepted = options.valid_only or not rejected
    return ImportReport(
        kind,
        file_name,
        dry_run,
        accepted,
        False,
        None if dry_run or not accepted else batch_id,
        fates,
        {k: n for k, n in also_created.items() if n} if accepted else {},
    )


class _Attempt:
    """One pass over the sheets inside a savepoint."""

    def __init__(
        self,
        services: Services,
        session: Session,
        writer: BatchWriter,
        options: ImportOptions,
        excluded: _LateErrors,
        progress: Progress | None,
    ) -> None:
        self.services = services
        self.session = session
        self.writer = writer
        self.options = options
        self.excluded = excluded
        self.progress = progress
        self.also_created: dict[str, int] = {"major": 0, "project_partner": 0}

    def sheets(self, sheets: Sequence[ParsedSheet]) -> tuple[list[list[_Row]], _LateErrors]:
        results: list[list[_Row]] = []
        late: _LateErrors = {}
        total = 3 * len(sheets)
        for index, sheet in enumerate(sheets):
            rows = [_Row(parsed) for parsed in sheet.rows]
            title = sheet.sheet
            step(self.progress, 3 * index, total, _("import.progress.resolve", sheet=title))
            for row in rows:
                row.errors.extend(row.parsed.errors)
                row.errors.extend(self.excluded.get((index, row.parsed.row), []))
                row.values.update(row.parsed.values)
            self._resolve(sheet, rows)
            step(self.progress, 3 * index + 1, total, _("import.progress.plan", sheet=title))
            self._plan(sheet, rows)
            step(self.progress, 3 * index + 2, total, _("import.progress.write", sheet=title))
            for row_number, errors in self._write(sheet, rows).items():
                late[(index, row_number)] = errors
            results.append(rows)
        step(self.progress, total, total)
        return results, late

    # --- 1. references -------------------------------------------------------------------

    def _resolve(self, sheet: ParsedSheet, rows: list[_Row]) -> None:
        spec = sheet.layout.spec
        # Scopes (the enterprise or agreement) before the contacts looked up in them.
        ordered = sorted(spec.refs.values(), key=lambda c: c.target is Target.CONTACT)
        for column in ordered:
            if column.many:
                self._resolve_partners(sheet, rows, column.name)
                continue
            given = [
                (row, row.parsed.refs[column.name])
                for row in rows
                if column.name in row.parsed.refs
            ]
            if column.target is Target.CONTACT:
                self._resolve_contacts(sheet, given, column.name)
            elif column.target is Target.AGREEMENT:
                self._resolve_agreements(sheet, rows, given, column.name)
            elif column.target is Target.MAJOR:
                found = resolve.majors(self.session, {key for _row, key in given})
                for row, key in given:
                    if key in found:
                        row.values[column.name] = found[key]
                    else:
                        row.majors[column.name] = key  # created if the row goes ahead
            else:
                self._resolve_simple(sheet, given, column.name, column.target)

    def _resolve_simple(
        self,
        sheet: ParsedSheet,
        given: list[tuple[_Row, str]],
        name: str,
        target: Target | None,
    ) -> None:
        lookup = {
            Target.ENTERPRISE: resolve.enterprises,
            Target.STUDENT: resolve.students,
            Target.PROJECT: resolve.projects,
        }
        assert target in lookup
        found = lookup[target](self.session, {key for _row, key in given})
        for row, key in given:
            if key not in found:
                self._ref_error(sheet, row, name, target, key)
                continue
            row.values[name] = found[key]
            if target is Target.ENTERPRISE and name == "enterprise_id":
                row.firm = found[key]

    def _resolve_contacts(
        self, sheet: ParsedSheet, given: list[tuple[_Row, str]], name: str
    ) -> None:
        pairs = {(row.firm, key) for row, key in given if row.firm is not None}
        found = resolve.contacts(self.session, pairs)
        for row, key in given:
            if row.firm is None:
                continue  # the enterprise itself was not found: reported there
            if (row.firm, key) in found:
                row.values[name] = found[(row.firm, key)]
            else:
                self._ref_error(sheet, row, name, Target.CONTACT, key)

    def _resolve_agreements(
        self, sheet: ParsedSheet, rows: list[_Row], given: list[tuple[_Row, str]], name: str
    ) -> None:
        found = resolve.agreements(self.session, {key for _row, key in given})
        # An agreement may renew one further down the same sheet: settled after writing.
        here: dict[str, int] = {}
        if sheet.layout.spec.entity == "agreement":
            for index, row in enumerate(rows):
                here.setdefault(row.parsed.values.get("number") or "", index)
        for row, key in given:
            if key in found:
                row.values[name], firm = found[key]
                if name == "agreement_id":  # a placement: its enterprise scopes the mentor
                    row.firm = firm
            elif key in here:
                row.deferred[name] = here[key]
            else:
                self._ref_error(sheet, row, name, Target.AGREEMENT, key)

    def _resolve_partners(self, sheet: ParsedSheet, rows: list[_Row], name: str) -> None:
        keys = {key for row in rows for key in row.parsed.lists.get(name, ())}
        found = resolve.enterprises(self.session, keys)
        for row in rows:
            for key in row.parsed.lists.get(name, ()):
                if key not in found:
                    self._ref_error(sheet, row, name, Target.ENTERPRISE, key)
                elif found[key] not in row.partners:
                    row.partners.append(found[key])

    @staticmethod
    def _ref_error(sheet: ParsedSheet, row: _Row, name: str, target: Target, key: str) -> None:
        row.errors.append(
            sheet.error(row.parsed.row, name, LiaisonError(f"import.ref.{target.value}", value=key))
        )

    # --- 2. and 3. duplicates and fates ----------------------------------------------------

    def _plan(self, sheet: ParsedSheet, rows: list[_Row]) -> None:
        spec = sheet.layout.spec
        service = self.services.service(spec.entity)
        policy = self.options.on_duplicate
        for row in rows:
            if row.parsed.example:
                row.fate = Fate.SKIP
        live = [r for r in rows if not r.parsed.example]
        self._find_duplicates(sheet, service, live)
        candidates: list[_Row] = []
        for row in live:
            if row.errors:
                row.fate = Fate.ERROR
                continue
            if row.duplicate is not None and row.duplicate.row is not None:
                if policy is DuplicatePolicy.SKIP:
                    row.fate = Fate.SKIP
                else:
                    self._duplicate_error(sheet, row, "import.dup.file", row=row.duplicate.row)
                continue
            if row.duplicate is not None:
                if policy is DuplicatePolicy.SKIP:
                    row.fate = Fate.SKIP
                    continue
                if policy is DuplicatePolicy.ERROR:
                    self._duplicate_error(
                        sheet,
                        row,
                        "import.dup.db",
                        label=row.duplicate.label,
                        id=row.duplicate.record_id,
                    )
                    continue
                row.fate = Fate.UPDATE
            candidates.append(row)
        self._create_majors(candidates)
        for row in candidates:
            if row.fate is Fate.UPDATE:
                self._prepare_update(sheet, service, row)
            else:
                self._prepare_create(sheet, service, row)

    def _find_duplicates(
        self, sheet: ParsedSheet, service: EntityService[Any], rows: list[_Row]
    ) -> None:
        seen: dict[tuple[str, Any], int] = {}
        for row in rows:
            for identity in service.identities:
                key = identity.key(row.values)
                if key is None:
                    continue
                earlier = seen.setdefault((identity.field, key), row.parsed.row)
                if earlier != row.parsed.row and row.duplicate is None:
                    row.duplicate = Duplicate(identity.field, row=earlier)
        clashes = self.writer.existing(service, [r.values for r in rows])
        for row, found in zip(rows, clashes, strict=True):
            if not found or row.duplicate is not None:
                continue
            records = {c.existing.id: c for c in found}
            if len(records) > 1:
                first, second = list(records.values())[:2]
                row.errors.append(
                    sheet.error(
                        row.parsed.row,
                        second.field,
                        LiaisonError(
                            "import.dup.two",
                            first=label_of(dict(first.existing.values)),
                            first_id=first.existing.id,
                            second=label_of(dict(second.existing.values)),
                            second_id=second.existing.id,
                        ),
                    )
                )
                continue
            clash = found[0]
            row.existing = clash.existing
            row.duplicate = Duplicate(
                clash.field,
                record_id=clash.existing.id,
                label=label_of(dict(clash.existing.values)),
            )

    @staticmethod
    def _duplicate_error(sheet: ParsedSheet, target: _Row, message: str, **params: Any) -> None:
        assert target.duplicate is not None
        target.fate = Fate.ERROR
        target.errors.append(
            sheet.error(target.parsed.row, target.duplicate.field, LiaisonError(message, **params))
        )

    def _create_majors(self, rows: list[_Row]) -> None:
        names: dict[str, str] = {}
        for row in rows:
            for name in row.majors.values():
                names.setdefault(name_key(name), name)
        if not names:
            return
        service = self.services.majors
        drafts = [
            self.writer.new_draft(service, service.clean({"name": n}, partial=False))
            for n in names.values()
        ]
        ids = dict(zip(names, self.writer.insert(service, drafts), strict=True))
        self.also_created["major"] += len(ids)
        for row in rows:
            for field_name, name in row.majors.items():
                row.values[field_name] = ids[name_key(name)]

    def _prepare_create(self, sheet: ParsedSheet, service: EntityService[Any], row: _Row) -> None:
        cleaned: dict[str, Any] = {}
        errors: list[RowError] = []
        for spec in service.fields:
            if spec.name in row.values:
                cleaned[spec.name] = row.values[spec.name]
            elif spec.name in row.deferred:
                cleaned[spec.name] = None
            else:
                try:
                    cleaned[spec.name] = spec.coerce(None)
                except ValidationError as error:
                    errors.append(sheet.error(row.parsed.row, spec.name, error))
        if not errors:
            try:
                row.draft = self.writer.new_draft(service, cleaned)
            except (ValidationError, ValidationErrors) as exc:
                errors.extend(sheet.error(row.parsed.row, e.field, e) for e in errors_of(exc))
        if errors:
            row.fate = Fate.ERROR
            row.errors.extend(errors)
        else:
            row.fate = Fate.CREATE

    def _prepare_update(self, sheet: ParsedSheet, service: EntityService[Any], row: _Row) -> None:
        assert row.existing is not None
        fields = {f.name for f in service.fields}
        changes = {k: v for k, v in row.values.items() if k in fields}
        try:
            row.draft, row.diff = self.writer.changed_draft(service, row.existing.values, changes)
        except (ValidationError, ValidationErrors) as exc:
            row.fate = Fate.ERROR
            row.errors.extend(sheet.error(row.parsed.row, e.field, e) for e in errors_of(exc))
            return
        row.record_id = row.existing.id
        row.fate = Fate.UPDATE if row.diff or row.deferred else Fate.UNCHANGED

    # --- 4. writing ----------------------------------------------------------------------

    def _write(self, sheet: ParsedSheet, rows: list[_Row]) -> dict[int, list[RowError]]:
        """Write the rows' fates; the errors of rules that ran after writing, by row."""
        spec = sheet.layout.spec
        service = self.services.service(spec.entity)
        writer = self.writer
        created = [r for r in rows if r.fate is Fate.CREATE]
        ids = writer.insert(service, [r.draft for r in created if r.draft is not None])
        for row, record_id in zip(created, ids, strict=True):
            row.record_id = record_id
        updated = [r for r in rows if r.fate is Fate.UPDATE]
        writer.update(
            service,
            [(r.existing.id, r.draft, r.diff) for r in updated if r.existing and r.draft],
        )
        late: dict[int, list[RowError]] = {}
        self._settle_deferred(sheet, service, rows, late)
        if spec.kind == "projects":
            self._write_partners(rows)
        written = [r for r in rows if r.fate in (Fate.CREATE, Fate.UPDATE) and r.record_id]
        by_id = {r.record_id: r for r in written}
        failures = writer.cross_check(service, [r.record_id for r in written if r.record_id])
        for record_id, exc in failures.items():
            row = by_id[record_id]
            late.setdefault(row.parsed.row, []).extend(
                sheet.error(row.parsed.row, e.field, e) for e in errors_of(exc)
            )
        return late

    def _settle_deferred(
        self,
        sheet: ParsedSheet,
        service: EntityService[Any],
        rows: list[_Row],
        late: dict[int, list[RowError]],
    ) -> None:
        """Point references to rows of the same sheet (a renewal) at what they became."""
        changes: list[tuple[int, Draft, dict[str, tuple[Any, Any]]]] = []
        pending = [r for r in rows if r.deferred and r.record_id is not None]
        if not pending:
            return
        current = self.writer.load(service, [r.record_id for r in pending if r.record_id])
        for row in pending:
            assert row.record_id is not None
            update: dict[str, Any] = {}
            for name, index in row.deferred.items():
                target = rows[index]
                target_id = target.record_id or (
                    target.duplicate.record_id if target.duplicate else None
                )
                if target_id is None or target.fate is Fate.ERROR:
                    late.setdefault(row.parsed.row, []).append(
                        sheet.error(
                            row.parsed.row,
                            name,
                            LiaisonError("import.ref.row_failed", row=target.parsed.row),
                        )
                    )
                else:
                    update[name] = target_id
            if update:
                draft, diff = self.writer.changed_draft(
                    service, current[row.record_id], update, checked=False
                )
                changes.append((row.record_id, draft, diff))
        # One statement per set of fields changed.
        for names in {frozenset(c[2]) for c in changes}:
            self.writer.update(service, [c for c in changes if frozenset(c[2]) == names])

    def _write_partners(self, rows: list[_Row]) -> None:
        """Add each project's listed partners it lacks; the first listed becomes the lead."""
        wanted = [
            r
            for r in rows
            if r.partners and r.record_id and r.fate in (Fate.CREATE, Fate.UPDATE, Fate.UNCHANGED)
        ]
        if not wanted:
            return
        service = self.services.partners
        project_ids = [r.record_id for r in wanted]
        existing: dict[tuple[int, int], Any] = {}
        for part_start in range(0, len(project_ids), 1000):
            part = project_ids[part_start : part_start + 1000]
            for partner in self.session.execute(
                select(ProjectPartner.__table__).where(
                    ProjectPartner.project_id.in_(part), ProjectPartner.deleted_at.is_(None)
                )
            ).mappings():
                existing[(partner["project_id"], partner["enterprise_id"])] = dict(partner)
        new: list[Draft] = []
        leads: list[tuple[int, Draft, dict[str, tuple[Any, Any]]]] = []
        for row in wanted:
            assert row.record_id is not None
            for position, firm in enumerate(row.partners):
                lead = position == 0
                found = existing.get((row.record_id, firm))
                if found is None:
                    values = {"project_id": row.record_id, "enterprise_id": firm, "is_lead": lead}
                    new.append(self.writer.new_draft(service, service.clean(values, partial=False)))
                elif lead and not found["is_lead"]:
                    draft, diff = self.writer.changed_draft(service, found, {"is_lead": True})
                    leads.append((found["id"], draft, diff))
                else:
                    continue
                if row.fate is Fate.UNCHANGED:
                    row.fate = Fate.UPDATE
        self.writer.insert(service, new)
        self.writer.update(service, leads)
        self.also_created["project_partner"] += len(new)
