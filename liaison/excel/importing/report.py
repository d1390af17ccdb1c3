"""What an import did, or would do: each row's fate, every error, the counts.

Everything is plain data for the app's wizard (preview and summary pages) and the command line.
Messages are kept as bilingual errors and rendered in whichever language is asked for.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from liaison.i18n import Catalog, LiaisonError, language

_ = Catalog(
    {
        "import.fate.create": ("new", "新增"),
        "import.fate.update": ("update", "更新"),
        "import.fate.unchanged": ("unchanged", "无变化"),
        "import.fate.skip": ("skipped", "跳过"),
        "import.fate.error": ("rejected", "有错误"),
        "import.where": ("row {row}, column {column}", "第 {row} 行，{column} 列"),
        "import.where_row": ("row {row}", "第 {row} 行"),
        "import.where_sheet": ('sheet "{sheet}", {where}', "工作表“{sheet}”，{where}"),
        "import.summary": (
            "{created} created, {updated} updated, {skipped} skipped, {rejected} rejected.",
            "新增 {created} 条，更新 {updated} 条，跳过 {skipped} 条，有错误 {rejected} 条。",
        ),
        "import.summary_dry": (
            "Dry run, nothing written: would create {created}, update {updated}, skip "
            "{skipped}; {rejected} rejected.",
            "试运行，未写入：将新增 {created} 条，更新 {updated} 条，跳过 {skipped} 条；"
            "有错误 {rejected} 条。",
        ),
        "import.rejected": (
            "Nothing was imported: {rejected} row(s) have errors. Correct them, or import the "
            "valid rows only.",
            "未导入任何数据：{rejected} 行有错误。请更正后重试，或选择只导入无误的行。",
        ),
        "import.done": (
            "Imported as batch #{batch}: {summary}",
            "已作为批次 #{batch} 导入：{summary}",
        ),
        "import.also": ("Also created: {items}.", "另外新建：{items}。"),
        "import.also.major": ("{n} major(s)", "专业 {n} 个"),
        "import.also.project_partner": ("{n} project partner(s)", "项目合作企业 {n} 个"),
    }
)


class DuplicatePolicy(StrEnum):
    """What happens to a row that matches an existing record (``--on-duplicate``)."""

    ERROR = "error"  # reject the row
    SKIP = "skip"  # leave the existing record alone
    UPDATE = "update"  # write the file's non-blank cells into it


class Fate(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    UNCHANGED = "unchanged"  # matched a record that already holds the same values
    SKIP = "skip"
    ERROR = "error"

    def label(self, lang: str | None = None) -> str:
        return _(f"import.fate.{self.value}", lang)


@dataclass(frozen=True)
class RowError:
    """One reason a row (or the file) was rejected, located as the spreadsheet shows it."""

    sheet: str
    row: int | None  # the row number Excel shows; None for the file as a whole
    column: str | None  # the column letter ("C"); None when the sheet has no such column
    header: str | None  # the column's header as written, or the field's label
    field: str | None  # the field at fault
    error: LiaisonError

    def reason(self, lang: str | None = None) -> str:
        text = self.error.message(lang)
        if self.header:
            return _("error.validation", lang, field=self.header, reason=text)
        return text

    def where(self, lang: str | None = None) -> str:
        if self.row is None:
            return ""
        if self.column:
            return _("import.where", lang, row=self.row, column=self.column)
        return _("import.where_row", lang, row=self.row)

    def to_json(self, lang: str | None = None) -> dict[str, Any]:
        return {
            "sheet": self.sheet,
            "row": self.row,
            "column": self.column or "",
            "header": self.header or "",
            "message": self.reason(lang),
        }


@dataclass(frozen=True)
class Duplicate:
    """The row or record a row collides with."""

    field: str  # the identity shared (uscc, name, student_no …)
    row: int | None = None  # an earlier row of the same sheet
    record_id: int | None = None  # a record already in the database
    label: str | None = None


@dataclass
class RowFate:
    """What happens to one data row."""

    sheet: str
    row: int
    fate: Fate
    label: str
    errors: list[RowError] = field(default_factory=list)
    duplicate_of: Duplicate | None = None
    record_id: int | None = None  # the record created or updated (None in a dry run)


@dataclass
class ImportReport:
    """The outcome of an import, a dry run or a preview."""

    kind: str  # a kind name, or "all" for a whole workbook
    file: str
    dry_run: bool
    #: Whether the import goes through: no row has errors, or only valid rows were asked for.
    accepted: bool
    written: bool  # whether it was committed (never in a dry run)
    batch_id: int | None
    rows: list[RowFate]
    also_created: dict[str, int] = field(default_factory=dict)
    #: Errors about the file rather than a row (a sheet missing from a workbook).
    file_errors: list[RowError] = field(default_factory=list)

    def count(self, *fates: Fate) -> int:
        return sum(1 for r in self.rows if r.fate in fates)

    @property
    def rejected(self) -> int:
        return self.count(Fate.ERROR)

    def _done(self, *fates: Fate) -> int:
        return self.count(*fates) if self.accepted else 0

    @property
    def created(self) -> int:
        return self._done(Fate.CREATE)

    @property
    def updated(self) -> int:
        return self._done(Fate.UPDATE)

    @property
    def skipped(self) -> int:
        return self._done(Fate.SKIP, Fate.UNCHANGED)

    @property
    def errors(self) -> list[RowError]:
        return [*self.file_errors, *(e for r in self.rows for e in r.errors)]

    def summary(self, lang: str | None = None) -> str:
        lang = lang or language()
        counts = {
            "created": self.created,
            "updated": self.updated,
            "skipped": self.skipped,
            "rejected": self.rejected,
        }
        if self.dry_run:
            return _("import.summary_dry", lang, **counts)
        if not self.written:
            return _("import.rejected", lang, rejected=self.rejected)
        text = _(
            "import.done", lang, batch=self.batch_id, summary=_("import.summary", lang, **counts)
        )
        also = [_(f"import.also.{k}", lang, n=n) for k, n in self.also_created.items() if n]
        if also:
            text += " " + _("import.also", lang, items=", ".join(also))
        return text

    def to_json(self, lang: str | None = None) -> dict[str, Any]:
        """The command line's JSON (DESIGN.md) and a little more: batch, dry_run, rejected."""
        return {
            "created": self.created,
            "updated": self.updated,
            "skipped": self.skipped,
            "rejected": self.rejected,
            "errors": [e.to_json(lang) for e in self.errors],
            "batch": self.batch_id,
            "dry_run": self.dry_run,
            "also_created": {k: n for k, n in self.also_created.items() if n},
        }
