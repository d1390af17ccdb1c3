"""Every kind's columns come from its service's fields, and every header names one column."""

from __future__ import annotations

import pytest

from liaison.excel.columns import CORE_KINDS, EXPORT_ONLY, SHEETS, Target, kind_of_sheet
from liaison.excel.headers import normalise_header
from liaison.services.fields import Kind


@pytest.mark.parametrize("kind", list(SHEETS))
def test_headers_name_one_column_each(kind: str) -> None:
    spec = SHEETS[kind]
    seen: dict[str, str] = {}
    for column in spec.columns:
        for text in column.texts():
            key = normalise_header(text)
            assert seen.setdefault(key, column.name) == column.name, (kind, text)
    for extra in (*spec.leading, *spec.trailing):
        for text in extra.texts():
            assert normalise_header(text) not in seen, (kind, text)
    known = spec.known_headers()
    for column in spec.columns:
        assert {known[t] for t in column.texts()} == {column.name}
    assert {known[e.header("zh_CN")] for e in spec.leading} == {EXPORT_ONLY + "id"}


@pytest.mark.parametrize("kind", list(SHEETS))
def test_columns_are_the_service_fields(kind: str) -> None:
    spec = SHEETS[kind]
    names = [c.name for c in spec.columns if not c.many]
    assert names == [f.name for f in spec.service.fields]
    for column in spec.columns:
        if column.field.kind is Kind.REF:
            assert column.target is Target(column.field.ref)


def test_contacts_are_looked_up_within_an_enterprise() -> None:
    assert SHEETS["visits"].column("contact_id").scope == "enterprise_id"
    assert SHEETS["placements"].column("enterprise_mentor_id").scope == "agreement_id"


def test_every_kind_of_the_command_line_is_there() -> None:
    assert set(CORE_KINDS) <= set(SHEETS)
    assert list(SHEETS)[:1] == ["enterprises"]


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("企业", "enterprises"),
        ("Enterprises", "enterprises"),
        (" visits and CALLS ", "visits"),
        ("走访联络", "visits"),
        ("training", "training"),
        ("合作指标", None),
        ("Sheet1", None),
    ],
)
def test_sheets_are_recognised_by_name(name: str, kind: str | None) -> None:
    assert kind_of_sheet(name) == kind
