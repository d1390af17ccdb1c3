"""The enterprise form's live helpers: the credit code checked as it is typed, and the size
class computed and explained as the figures are typed.

Both use the core's rules (``liaison.rules.uscc``, ``liaison.rules.sizing``) on what the form
holds right now; nothing is saved until the officer saves.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from liaison.enums import EnterpriseStatus, SizeClass
from liaison.errors import ValidationError
from liaison.rules import sizing, uscc
from liaison.rules.industry import SECTIONS, section_label
from liaison.rules.money import parse_money
from liaison.rules.numbers import parse_int
from liaison.services.fields import Field
from ui.dialogs.field_widgets import ComboField, FieldWidget, Option, choice_options
from ui.dialogs.form import FormSpec, RecordForm, Tone
from ui.theme import colours

CONTEXT = "EnterpriseForm"

SIZE_INPUTS = (
    "industry_section",
    "sizing_category",
    "employees",
    "revenue_fen",
    "assets_fen",
    "size_override",
    "size_reason",
)


# --- the credit code ------------------------------------------------------------------------


def marked_code(code: str, position: int | None) -> str:
    """The code as rich text with the character at ``position`` (1-based) marked."""
    c = colours()
    parts = []
    for i, ch in enumerate(code, start=1):
        shown = html.escape(ch)
        if i == position:
            shown = (
                f'<span style="background:{c.negative}; color:{c.accent_text};'
                f' font-weight:600">&nbsp;{shown}&nbsp;</span>'
            )
        parts.append(shown)
    return f'<span style="font-family:monospace">{"".join(parts)}</span>'


def uscc_feedback(raw: str) -> tuple[str, Tone, int | None]:
    """What to show under the credit code while it is typed: text, tone, faulty position.

    Characters the code never uses are reported as soon as they are typed; the length and the
    two check characters once all 18 are there.
    """
    code = uscc.normalise(raw)
    if not code:
        return "", "note", None
    error: uscc.UsccError | None = None
    for position, ch in enumerate(code, start=1):
        if ch not in uscc.CHARSET:
            if ch in uscc.HINTS:
                error = uscc.UsccError("uscc.char_hint", position, char=ch, hint=uscc.HINTS[ch])
            else:
                error = uscc.UsccError("uscc.char", position, char=ch)
            break
    if error is None and len(code) < uscc.LENGTH:
        text = QCoreApplication.translate("EnterpriseForm", "%1 of 18 characters").replace(
            "%1", str(len(code))
        )
        return text, "note", None
    if error is None:
        try:
            uscc.validate(code)
        except uscc.UsccError as exc:
            error = exc
    if error is None:
        return "✓ " + QCoreApplication.translate("EnterpriseForm", "Valid credit code"), "ok", None
    text = html.escape(error.message())
    if error.position is not None:
        text += "<br>" + marked_code(code, error.position)
    return text, "error", error.position


# --- the size class -------------------------------------------------------------------------


def size_explanation(values: dict[str, Any]) -> str:
    """The size class the figures give now, and why (as the rules explain it)."""
    try:
        employees = parse_int(values.get("employees"), "employees")
        revenue = parse_money(values.get("revenue_fen"), "revenue_fen", "wan")
        assets = parse_money(values.get("assets_fen"), "assets_fen", "wan")
    except ValidationError:
        return QCoreApplication.translate(
            "EnterpriseForm", "Correct the figures to see the size class."
        )
    section = values.get("industry_section")
    chosen = values.get("sizing_category")
    category = (
        sizing.Category(chosen) if chosen else sizing.default_category(section) if section else None
    )
    override = values.get("size_override")
    if category is None and not section and not override:
        # The rules' own words would speak of finance and public bodies; the firm simply
        # has no industry yet.
        first = QCoreApplication.translate("EnterpriseForm", "choose the industry first")
        return f"{SizeClass.UNCLASSIFIED.label()}: {first}"
    result = sizing.classify(category, employees, revenue, assets)
    if override:
        reason = (values.get("size_reason") or "").strip()
        if not reason:
            label = SizeClass(override).label()
            reason = QCoreApplication.translate(
                "EnterpriseForm", "set by hand; give the reason below"
            )
            return f"{label}: {reason}"
        result = sizing.override(result, SizeClass(override), reason)
    return result.explain()


def _emphasised(explanation: str) -> str:
    """The size class in bold, the reasoning after it."""
    for colon in ("：", ":"):
        head, sep, tail = explanation.partition(colon)
        if sep:
            return f"<b>{html.escape(head)}</b>{sep}{html.escape(tail)}"
    return html.escape(explanation)


# --- widgets --------------------------------------------------------------------------------


def _section_widget(spec: Field, form: RecordForm) -> FieldWidget:
    return ComboField(lambda: [(section_label(letter), letter) for letter in SECTIONS])


def _category_options(form: RecordForm) -> list[Option]:
    section = form.value("industry_section") if form.has("industry_section") else None
    categories = sizing.categories_for_section(section) if section else list(sizing.Category)
    return [(c.label(), c.value) for c in categories]


def _category_widget(spec: Field, form: RecordForm) -> FieldWidget:
    return ComboField(
        lambda: _category_options(form),
        none_text=lambda: QCoreApplication.translate("EnterpriseForm", "By the industry (default)"),
    )


def _override_widget(spec: Field, form: RecordForm) -> FieldWidget:
    assert spec.choices is not None
    return ComboField(
        choice_options(spec.choices),
        none_text=lambda: QCoreApplication.translate("EnterpriseForm", "As computed"),
    )


class EnterpriseHelpers:
    """Keeps the credit-code check and the size explanation of one form up to date."""

    def __init__(self, form: RecordForm) -> None:
        self.form = form
        self.size_label = QLabel()
        self.size_label.setObjectName("size-explanation")
        self.size_label.setWordWrap(True)
        self.size_label.setAccessibleName(
            QCoreApplication.translate("EnterpriseForm", "Size class")
        )
        if form.has("assets_fen"):
            form.insert_row(
                "assets_fen",
                lambda: QCoreApplication.translate("EnterpriseForm", "Size class"),
                self.size_label,
            )
        form.widget("uscc").changed.connect(self.check_uscc)
        for name in SIZE_INPUTS:
            if form.has(name):
                form.widget(name).changed.connect(self.update_size)
        if form.has("industry_section") and form.has("sizing_category"):
            category = form.widget("sizing_category")
            assert isinstance(category, ComboField)
            form.widget("industry_section").changed.connect(category.reload)
        form.changed.connect(self.update_size)
        form.retranslated.connect(self.check_uscc)
        form.errors_shown.connect(self._mark_uscc_error)
        form.retranslated.connect(self.update_size)
        self.check_uscc()
        self.update_size()

    def check_uscc(self) -> None:
        text, tone, _position = uscc_feedback(self.form.value("uscc") or "")
        self.form.set_message("uscc", text, tone)

    def _mark_uscc_error(self) -> None:
        # The core's message names the position; the live check also marks it in the code.
        if "uscc" in self.form.errors():
            text, tone, _position = uscc_feedback(self.form.value("uscc") or "")
            if tone == "error":
                self.form.set_message("uscc", text, "error")

    def update_size(self) -> None:
        self.size_label.setText(_emphasised(size_explanation(self.form.values())))
        self.size_label.setAccessibleDescription(self.size_label.text())

    def size_text(self) -> str:
        """The explanation as plain text."""
        return size_explanation(self.form.values())


def extend_enterprise_form(form: RecordForm) -> None:
    form.extras["enterprise"] = EnterpriseHelpers(form)


def helpers(form: RecordForm) -> EnterpriseHelpers:
    found = form.extras.get("enterprise")
    assert isinstance(found, EnterpriseHelpers)
    return found


ENTERPRISE_FORM = FormSpec(
    order=(
        "name",
        "uscc",
        "industry_section",
        "sizing_category",
        "employees",
        "revenue_fen",
        "assets_fen",
        "size_override",
        "size_reason",
        "status",
        "city",
        "address",
        "website",
        "tags",
        "notes",
    ),
    widgets={
        "industry_section": _section_widget,
        "sizing_category": _category_widget,
        "size_override": _override_widget,
    },
    defaults=lambda: {"status": EnterpriseStatus.PROSPECT.value},
    extend=extend_enterprise_form,
)
