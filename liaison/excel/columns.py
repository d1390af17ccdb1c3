"""What each kind of sheet holds: its columns, taken from the services' field specs.

A *kind* (``enterprises``, ``contacts`` …) is one sheet of an export, one import template and
one thing ``liaison import KIND`` reads. Its columns are the fields of one service, in their
order, with their English and Chinese labels and aliases; nothing here repeats a label.

Fields that hold the id of another record are written and read by a *natural key* the officer
knows instead (:class:`Target`): an enterprise by its name or credit code, a student by number,
an agreement by number, a project by code or title, a major or a contact by name (a contact
within the row's enterprise). Majors named by a student or agreement row are created when they
do not exist yet. Projects carry one extra column, their partner enterprises (lead first).

Export-only columns (the record's id, an enterprise's size class and cooperation depth …) are
recognised on import and ignored, so an exported sheet imports again as it is.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Final

from liaison.excel.headers import normalise_header
from liaison.i18n import Catalog, language
from liaison.services.agreements import AgreementService, PlacementService
from liaison.services.base import EntityService
from liaison.services.enterprises import ContactService, EnterpriseService
from liaison.services.fields import Field, Kind
from liaison.services.interactions import InteractionService
from liaison.services.people import EmploymentService, TrainingService
from liaison.services.projects import (
    MilestoneService,
    OutcomeService,
    PaymentService,
    ProjectService,
)
from liaison.services.students import MajorService, StudentService

_ = Catalog(
    {
        "kind.enterprises": ("Enterprises", "企业"),
        "kind.contacts": ("Contacts", "联系人"),
        "kind.visits": ("Visits and calls", "走访联络"),
        "kind.majors": ("Majors", "专业"),
        "kind.students": ("Students", "学生"),
        "kind.agreements": ("Agreements", "合作协议"),
        "kind.placements": ("Placements", "学生岗位"),
        "kind.projects": ("Projects", "合作项目"),
        "kind.milestones": ("Milestones", "项目节点"),
        "kind.payments": ("Funds received", "到账经费"),
        "kind.outcomes": ("Outcomes", "项目成果"),
        "kind.employment": ("Graduates employed", "毕业生就业"),
        "kind.training": ("Staff training", "员工培训"),
        "column.id": ("ID", "记录ID"),
        "column.size_class": ("Size class", "企业规模"),
        "column.depth": ("Cooperation depth", "合作深度"),
        "column.partners": ("Partners", "合作企业"),
        "column.student_name": ("Student name", "学生姓名"),
        "column.enterprise_name": ("Enterprise name", "企业名称"),
        "column.funds": ("Funds received (10k CNY)", "到账经费（万元）"),
    }
)


class Target(StrEnum):
    """What a reference column names, and by which key."""

    ENTERPRISE = "enterprise"  # name or credit code
    CONTACT = "contact"  # name, within the row's enterprise
    MAJOR = "major"  # name; created when missing
    STUDENT = "student"  # student number
    AGREEMENT = "agreement"  # agreement number
    PROJECT = "project"  # code, else title


@dataclass(frozen=True)
class Column:
    """One importable column: a service field, or the projects' partner list."""

    field: Field
    target: Target | None = None  # for references
    # For a contact: the reference field of the row whose record gives the enterprise.
    scope: str | None = None
    many: bool = False  # a list of references (a project's partners, lead first)

    @property
    def name(self) -> str:
        return self.field.name

    def header(self, lang: str | None = None) -> str:
        return self.field.label(lang)

    def texts(self) -> tuple[str, ...]:
        """Every header text that names this column."""
        return (self.field.label_en, self.field.label_zh, *self.field.aliases)


class Extra(StrEnum):
    """Export-only columns."""

    ID = "id"
    SIZE_CLASS = "size_class"
    DEPTH = "depth"
    STUDENT_NAME = "student_name"
    ENTERPRISE_NAME = "enterprise_name"
    FUNDS = "funds"

    def header(self, lang: str | None = None) -> str:
        return _(f"column.{self.value}", lang)

    def texts(self) -> tuple[str, ...]:
        return (self.header("en"), self.header("zh_CN"))


@dataclass(frozen=True)
class SheetSpec:
    kind: str
    service: type[EntityService[Any]]
    columns: tuple[Column, ...]
    #: Export-only columns written before the importable ones (the id) and after them.
    leading: tuple[Extra, ...] = (Extra.ID,)
    trailing: tuple[Extra, ...] = ()
    refs: dict[str, Column] = field(default_factory=dict, compare=False)

    @property
    def entity(self) -> str:
        return str(self.service.model.__tablename__)  # type: ignore[attr-defined]

    def title(self, lang: str | None = None) -> str:
        return _(f"kind.{self.kind}", lang)

    def column(self, name: str) -> Column:
        for column in self.columns:
            if column.name == name:
                return column
        raise KeyError(name)

    def known_headers(self) -> dict[str, str]:
        """Header text → column name, export-only columns as ``"(export)<name>"``."""
        found: dict[str, str] = {}
        for column in self.columns:
            for text in column.texts():
                found.setdefault(text, column.name)
        for extra in (*self.leading, *self.trailing):
            for text in extra.texts():
                found.setdefault(text, EXPORT_ONLY + extra.value)
        return found

    def headers(self, lang: str | None = None) -> list[str]:
        """The export's header row."""
        lang = lang or language()
        return [
            *(e.header(lang) for e in self.leading),
            *(c.header(lang) for c in self.columns),
            *(e.header(lang) for e in self.trailing),
        ]


#: Prefix of the keys export-only columns get from :meth:`SheetSpec.known_headers`.
EXPORT_ONLY: Final = "(export)"

# The projects' partner list: a column of its own, not a field of the project record.
PARTNERS: Final = Field(
    "partners",
    Kind.TEXT,
    _("column.partners", "en"),
    _("column.partners", "zh_CN"),
    aliases=("Partner enterprises", "Partner", "合作单位", "牵头企业"),
)

_REFERENCES: Final[dict[str, Target]] = {t.value: t for t in Target}
_SCOPES: Final[dict[tuple[str, str], str]] = {
    ("interaction", "contact_id"): "enterprise_id",
    ("placement", "enterprise_mentor_id"): "agreement_id",
}


def _columns(service: type[EntityService[Any]], *extra: Column) -> tuple[Column, ...]:
    entity = str(service.model.__tablename__)  # type: ignore[attr-defined]
    columns = []
    for spec in service.fields:
        if spec.kind is Kind.REF:
            assert spec.ref is not None
            target = _REFERENCES[spec.ref]
            columns.append(Column(spec, target, _SCOPES.get((entity, spec.name))))
        else:
            columns.append(Column(spec))
    return (*columns, *extra)


def _spec(
    kind: str, service: type[EntityService[Any]], *extra: Column, trailing: tuple[Extra, ...] = ()
) -> SheetSpec:
    columns = _columns(service, *extra)
    refs = {c.name: c for c in columns if c.target is not None}
    return SheetSpec(kind, service, columns, trailing=trailing, refs=refs)


#: Every kind, in the order a full workbook holds them and imports them (parents first).
SHEETS: Final[dict[str, SheetSpec]] = {
    spec.kind: spec
    for spec in (
        _spec("enterprises", EnterpriseService, trailing=(Extra.SIZE_CLASS, Extra.DEPTH)),
        _spec("contacts", ContactService),
        _spec("visits", InteractionService),
        _spec("majors", MajorService),
        _spec("students", StudentService),
        _spec("agreements", AgreementService),
        _spec("placements", PlacementService, trailing=(Extra.STUDENT_NAME, Extra.ENTERPRISE_NAME)),
        _spec(
            "projects",
            ProjectService,
            Column(PARTNERS, Target.ENTERPRISE, many=True),
            trailing=(Extra.FUNDS,),
        ),
        _spec("milestones", MilestoneService),
        _spec("payments", PaymentService),
        _spec("outcomes", OutcomeService),
        _spec("employment", EmploymentService, trailing=(Extra.STUDENT_NAME,)),
        _spec("training", TrainingService),
    )
}

#: The kinds DESIGN.md's command line names; the others are accepted too.
CORE_KINDS: Final = (
    "enterprises",
    "contacts",
    "students",
    "agreements",
    "placements",
    "projects",
    "visits",
)


def sheet_spec(kind: str) -> SheetSpec:
    """The spec of ``kind``; KeyError names the kinds there are."""
    try:
        return SHEETS[kind]
    except KeyError:
        raise KeyError(f"unknown kind {kind!r} (known: {', '.join(SHEETS)})") from None


def kind_of_sheet(name: str) -> str | None:
    """The kind whose sheet title (either language) or kind name ``name`` is, if any."""
    wanted = normalise_header(name)
    for spec in SHEETS.values():
        if wanted in {
            normalise_header(spec.kind),
            normalise_header(spec.title("en")),
            normalise_header(spec.title("zh_CN")),
        }:
            return spec.kind
    return None
