"""How each entity's form is laid out: field order, special widgets, starting values."""

from __future__ import annotations

from datetime import date
from typing import Final

from liaison.enums import InteractionKind
from ui.dialogs.enterprise_form import ENTERPRISE_FORM
from ui.dialogs.form import FormSpec

FORM_SPECS: Final[dict[str, FormSpec]] = {
    "enterprise": ENTERPRISE_FORM,
    "interaction": FormSpec(
        order=(
            "enterprise_id",
            "contact_id",
            "kind",
            "occurred_on",
            "summary",
            "details",
            "follow_up_action",
            "follow_up_due",
            "follow_up_done",
            "officer",
        ),
        defaults=lambda: {"occurred_on": date.today(), "kind": InteractionKind.VISIT.value},
    ),
    "agreement": FormSpec(
        order=("number", "kind", "title", "enterprise_id", "major_id", "status"),
    ),
    "placement": FormSpec(order=("agreement_id", "student_id", "post", "enterprise_mentor_id")),
    "training_session": FormSpec(defaults=lambda: {"held_on": date.today()}),
    "payment": FormSpec(defaults=lambda: {"received_on": date.today()}),
}


def form_spec(entity: str) -> FormSpec:
    return FORM_SPECS.get(entity, FormSpec())
