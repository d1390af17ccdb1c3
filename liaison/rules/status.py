"""Which status changes an agreement, a placement and a project may go through.

Terminal states (no outgoing edge) stay terminal: a renewed agreement is a new agreement, a
returning student is a new placement. Keeping the same status is always allowed, so a service can
check every save without knowing whether the status was touched.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final, TypeVar

from liaison.enums import AgreementStatus, Labelled, PlacementStatus, ProjectStatus
from liaison.errors import ValidationError
from liaison.i18n import Catalog, normalise_language, text

S = TypeVar("S", AgreementStatus, PlacementStatus, ProjectStatus)

_A, _P, _J = AgreementStatus, PlacementStatus, ProjectStatus

AGREEMENT_TRANSITIONS: Final[Mapping[AgreementStatus, frozenset[AgreementStatus]]] = {
    # A draft that never gets signed is terminated (cancelled), not deleted: it stays on file.
    _A.DRAFT: frozenset({_A.SIGNED, _A.TERMINATED}),
    # Signed but never started: it can be called off, or run past its end date unused.
    _A.SIGNED: frozenset({_A.ACTIVE, _A.TERMINATED, _A.EXPIRED}),
    _A.ACTIVE: frozenset({_A.COMPLETED, _A.TERMINATED, _A.EXPIRED}),
    _A.COMPLETED: frozenset(),
    _A.TERMINATED: frozenset(),
    _A.EXPIRED: frozenset(),
}

PLACEMENT_TRANSITIONS: Final[Mapping[PlacementStatus, frozenset[PlacementStatus]]] = {
    _P.PLANNED: frozenset({_P.ACTIVE, _P.WITHDRAWN}),
    _P.ACTIVE: frozenset({_P.COMPLETED, _P.WITHDRAWN}),
    _P.COMPLETED: frozenset(),
    _P.WITHDRAWN: frozenset(),
}

PROJECT_TRANSITIONS: Final[Mapping[ProjectStatus, frozenset[ProjectStatus]]] = {
    _J.PROPOSED: frozenset({_J.CONTRACTED, _J.CANCELLED}),
    _J.CONTRACTED: frozenset({_J.IN_PROGRESS, _J.CANCELLED}),
    _J.IN_PROGRESS: frozenset({_J.COMPLETED, _J.CANCELLED}),
    _J.COMPLETED: frozenset(),
    _J.CANCELLED: frozenset(),
}

# Keyed by enum type: the StrEnum values overlap ("active", "completed") across the three.
_TABLES: Final[Mapping[type[Labelled], Mapping[Any, frozenset[Any]]]] = {
    AgreementStatus: AGREEMENT_TRANSITIONS,
    PlacementStatus: PLACEMENT_TRANSITIONS,
    ProjectStatus: PROJECT_TRANSITIONS,
}

_ = Catalog(
    {
        "status.transition": (
            "The status cannot change from “{old}” to “{new}”;"
            " from “{old}” it can only become {allowed}",
            "状态不能从“{old}”改为“{new}”；“{old}”只能改为{allowed}",
        ),
        "status.final": (
            "The status cannot change from “{old}” to “{new}”: “{old}” is final",
            "状态不能从“{old}”改为“{new}”：“{old}”为最终状态",
        ),
        "status.list_separator": (", ", "、"),
    }
)


class TransitionError(ValidationError):
    """A refused status change; the labels in its message follow the language asked for."""

    def __init__(self, old: Labelled, new: Labelled, allowed: frozenset[Any]) -> None:
        key = "status.transition" if allowed else "status.final"
        super().__init__("status", key, old=old, new=new)
        self.old = old
        self.new = new
        # Listed in declaration order so the message reads like the workflow.
        self.allowed = [s for s in type(old) if s in allowed]

    def message(self, lang: str | None = None) -> str:
        lang = normalise_language(lang) if lang else None
        allowed = text("status.list_separator", lang).join(
            f"“{s.label(lang)}”" for s in self.allowed
        )
        return text(
            self.key, lang, old=self.old.label(lang), new=self.new.label(lang), allowed=allowed
        )


def allowed_transitions(status: S) -> frozenset[S]:
    """The statuses ``status`` may change to (not counting itself); empty when terminal."""
    table: Mapping[S, frozenset[S]] = _TABLES[type(status)]
    return table[status]


def is_terminal(status: S) -> bool:
    return not allowed_transitions(status)


def check_transition(old: S, new: S) -> None:
    """Raise :class:`TransitionError` (field "status") unless ``old`` may become ``new``."""
    if type(old) is not type(new):
        raise TypeError(f"cannot compare {type(old).__name__} with {type(new).__name__}")
    if old == new:
        return
    allowed = allowed_transitions(old)
    if new not in allowed:
        raise TransitionError(old, new, allowed)
