"""Step 1 of an import: each row's references resolved to the ids of live records.

A reference column names a record by its natural key (an enterprise by credit code or name, a
student by number …); :mod:`.resolve` turns a whole sheet's keys into ids with one query per
kind. This module puts the ids on the rows, in the order the scopes need (an enterprise before
the contacts looked up among its own), and records an error on the row for each key that
names nothing. A major that does not exist yet is noted for creation (:mod:`.fates`), and an
agreement renewing one further down the same sheet is settled after writing (:mod:`.writes`).
"""

from __future__ import annotations

from liaison.excel.columns import Target
from liaison.excel.importing import resolve
from liaison.excel.importing.attempt import Attempt, RowState
from liaison.excel.importing.parse import ParsedSheet
from liaison.i18n import Catalog, LiaisonError

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
    }
)


def resolve_references(attempt: Attempt, sheet: ParsedSheet, rows: list[RowState]) -> None:
    """Put the ids of the records the rows name into their values; an error for each name
    that matches nothing."""
    spec = sheet.layout.spec
    # Scopes (the enterprise or agreement) before the contacts looked up in them.
    ordered = sorted(spec.refs.values(), key=lambda c: c.target is Target.CONTACT)
    for column in ordered:
        if column.many:
            _partners(attempt, sheet, rows, column.name)
            continue
        given = [
            (row, row.parsed.refs[column.name]) for row in rows if column.name in row.parsed.refs
        ]
        if column.target is Target.CONTACT:
            _contacts(attempt, sheet, given, column.name)
        elif column.target is Target.AGREEMENT:
            _agreements(attempt, sheet, rows, given, column.name)
        elif column.target is Target.MAJOR:
            found = resolve.majors(attempt.session, {key for _row, key in given})
            for row, key in given:
                if key in found:
                    row.values[column.name] = found[key]
                else:
                    row.majors[column.name] = key  # created if the row goes ahead
        else:
            _simple(attempt, sheet, given, column.name, column.target)


def _simple(
    attempt: Attempt,
    sheet: ParsedSheet,
    given: list[tuple[RowState, str]],
    name: str,
    target: Target | None,
) -> None:
    lookup = {
        Target.ENTERPRISE: resolve.enterprises,
        Target.STUDENT: resolve.students,
        Target.PROJECT: resolve.projects,
    }
    assert target in lookup
    found = lookup[target](attempt.session, {key for _row, key in given})
    for row, key in given:
        if key not in found:
            _ref_error(sheet, row, name, target, key)
            continue
        row.values[name] = found[key]
        if target is Target.ENTERPRISE and name == "enterprise_id":
            row.firm = found[key]


def _contacts(
    attempt: Attempt, sheet: ParsedSheet, given: list[tuple[RowState, str]], name: str
) -> None:
    pairs = {(row.firm, key) for row, key in given if row.firm is not None}
    found = resolve.contacts(attempt.session, pairs)
    for row, key in given:
        if row.firm is None:
            continue  # the enterprise itself was not found: reported there
        if (row.firm, key) in found:
            row.values[name] = found[(row.firm, key)]
        else:
            _ref_error(sheet, row, name, Target.CONTACT, key)


def _agreements(
    attempt: Attempt,
    sheet: ParsedSheet,
    rows: list[RowState],
    given: list[tuple[RowState, str]],
    name: str,
) -> None:
    found = resolve.agreements(attempt.session, {key for _row, key in given})
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
            _ref_error(sheet, row, name, Target.AGREEMENT, key)


def _partners(attempt: Attempt, sheet: ParsedSheet, rows: list[RowState], name: str) -> None:
    keys = {key for row in rows for key in row.parsed.lists.get(name, ())}
    found = resolve.enterprises(attempt.session, keys)
    for row in rows:
        for key in row.parsed.lists.get(name, ()):
            if key not in found:
                _ref_error(sheet, row, name, Target.ENTERPRISE, key)
            elif found[key] not in row.partners:
                row.partners.append(found[key])


def _ref_error(sheet: ParsedSheet, row: RowState, name: str, target: Target, key: str) -> None:
    row.errors.append(
        sheet.error(row.parsed.row, name, LiaisonError(f"import.ref.{target.value}", value=key))
    )
