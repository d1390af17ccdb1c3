"""Field specifications shared by services, editors, import templates and exports.

One list per entity says what each field is, what it accepts and what it is called in both
languages; coercion turns what an officer typed or a spreadsheet held into the stored value.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from functools import cache
from typing import Any

from liaison.enums import Labelled, Theme
from liaison.errors import ValidationError
from liaison.i18n import Catalog, language
from liaison.rules.dates import parse_date
from liaison.rules.money import parse_money
from liaison.rules.numbers import normalise_text, parse_bool, parse_int, single_line

_ = Catalog(
    {
        "field.required": ("is required", "必填"),
        "field.too_long": (
            "is too long ({length} characters, at most {limit})",
            "过长（{length} 个字符，最多 {limit} 个）",
        ),
        "field.bad_choice": (
            "“{value}” is not one of: {choices}",
            "“{value}”不在可选值中：{choices}",
        ),
        "field.negative": ("must not be negative", "不能为负数"),
    }
)


class Kind(StrEnum):
    TEXT = "text"
    LONGTEXT = "longtext"
    INT = "int"
    MONEY_YUAN = "money_yuan"  # entered in 元, stored in fen
    MONEY_WAN = "money_wan"  # entered in 万元, stored in fen
    DATE = "date"
    BOOL = "bool"
    CHOICE = "choice"  # one value of a Labelled enum
    THEMES = "themes"  # a set of Theme values, stored comma-separated
    REF = "ref"  # id of another record


@dataclass(frozen=True)
class Field:
    name: str
    kind: Kind
    label_en: str
    label_zh: str
    required: bool = False
    max_length: int | None = None
    choices: type[Labelled] | None = None
    ref: str | None = None  # entity the id refers to
    aliases: tuple[str, ...] = field(default=())  # other headers seen in officers' sheets
    # A rule that checks and normalises non-blank text (credit code, industry section …).
    parser: Callable[[str], Any] | None = None

    def label(self, lang: str | None = None) -> str:
        return self.label_zh if (lang or language()) == "zh_CN" else self.label_en

    def coerce(self, raw: Any) -> Any:
        """The stored value for ``raw``, or ValidationError naming this field."""
        try:
            value = _coerce(self, raw)
        except ValidationError as exc:
            # A rule names its own concept ("industry"); the editor needs this field's name.
            exc.field = self.name
            raise
        if value is None:
            if self.required:
                raise ValidationError(self.name, "field.required")
            return self.default()
        return value

    def default(self) -> Any:
        if self.kind is Kind.BOOL:
            return False if self.required else None
        return None


def _coerce(spec: Field, raw: Any) -> Any:
    kind = spec.kind
    if kind in (Kind.TEXT, Kind.LONGTEXT):
        if raw is None:
            return None
        # Long text keeps its line breaks; single-line text is folded to one line.
        value = str(raw).strip() if kind is Kind.LONGTEXT else single_line(raw)
        if not value:
            return None
        if spec.parser is not None:
            return spec.parser(value)
        if spec.max_length is not None and len(value) > spec.max_length:
            raise ValidationError(
                spec.name, "field.too_long", length=len(value), limit=spec.max_length
            )
        return value
    if kind is Kind.INT:
        number = parse_int(raw, spec.name)
        if number is not None and number < 0:
            raise ValidationError(spec.name, "field.negative")
        return number
    if kind is Kind.MONEY_YUAN:
        return parse_money(raw, spec.name, "yuan")
    if kind is Kind.MONEY_WAN:
        return parse_money(raw, spec.name, "wan")
    if kind is Kind.DATE:
        return parse_date(raw, spec.name)
    if kind is Kind.BOOL:
        return parse_bool(raw, spec.name)
    if kind is Kind.CHOICE:
        return _choice(spec, raw)
    if kind is Kind.THEMES:
        return _themes(spec, raw)
    if kind is Kind.REF:
        if raw is None or raw == "":
            return None
        return int(raw)
    raise AssertionError(kind)


@cache
def _lookup(choices: type[Labelled]) -> dict[str, str]:
    """Every spelling :meth:`Labelled.parse` accepts, folded as it folds them, to the value:
    an import reads a closed-list cell per row, and parse compares against every label."""
    found: dict[str, str] = {}
    for member in choices:
        for name in (member.value, member.value.replace("_", ""), *member._labels()[member.value]):
            found.setdefault("".join(name.split()).casefold(), member.value)
    return found


def _choice(spec: Field, raw: Any) -> str | None:
    assert spec.choices is not None
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None
    if isinstance(raw, str):
        value = _lookup(spec.choices).get("".join(raw.split()).casefold())
        if value is not None:
            return value
    member = spec.choices.parse(raw)
    if member is None:
        names = ", ".join(m.label() for m in spec.choices)
        raise ValidationError(spec.name, "field.bad_choice", value=raw, choices=names)
    return member.value


def _themes(spec: Field, raw: Any) -> str | None:
    if raw is None:
        return None
    items: Sequence[Any]
    if isinstance(raw, str):
        items = list(normalise_text(raw).replace("、", ",").replace("，", ",").split(","))
    else:
        items = list(raw)
    found: list[str] = []
    for item in items:
        if isinstance(item, str) and not item.strip():
            continue
        member = Theme.parse(item)
        if member is None:
            names = ", ".join(m.label() for m in Theme)
            raise ValidationError(spec.name, "field.bad_choice", value=item, choices=names)
        if member.value not in found:
            found.append(member.value)
    # Stored in the enum's order so equal sets compare equal.
    ordered = [t.value for t in Theme if t.value in found]
    return ",".join(ordered) or None


def to_json(value: Any) -> Any:
    """A JSON-safe form of a stored value, for the audit trail."""
    if isinstance(value, date):
        return value.isoformat()
    return value


def from_json(spec: Field, value: Any) -> Any:
    if value is not None and spec.kind is Kind.DATE:
        return date.fromisoformat(value)
    return value
