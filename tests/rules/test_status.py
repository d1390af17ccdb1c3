"""Status workflows of agreements, placements and projects."""

from __future__ import annotations

from itertools import pairwise, product
from typing import Any

import pytest

from liaison.enums import AgreementStatus, PlacementStatus, ProjectStatus
from liaison.errors import ValidationError
from liaison.rules.status import (
    TransitionError,
    allowed_transitions,
    check_transition,
    is_terminal,
)

A, P, J = AgreementStatus, PlacementStatus, ProjectStatus

# Every allowed change, written out; any pair not listed (other than staying put) is refused.
ALLOWED: set[tuple[Any, Any]] = {
    (A.DRAFT, A.SIGNED),
    (A.DRAFT, A.TERMINATED),
    (A.SIGNED, A.ACTIVE),
    (A.SIGNED, A.TERMINATED),
    (A.SIGNED, A.EXPIRED),
    (A.ACTIVE, A.COMPLETED),
    (A.ACTIVE, A.TERMINATED),
    (A.ACTIVE, A.EXPIRED),
    (P.PLANNED, P.ACTIVE),
    (P.PLANNED, P.WITHDRAWN),
    (P.ACTIVE, P.COMPLETED),
    (P.ACTIVE, P.WITHDRAWN),
    (J.PROPOSED, J.CONTRACTED),
    (J.CONTRACTED, J.IN_PROGRESS),
    (J.IN_PROGRESS, J.COMPLETED),
    (J.PROPOSED, J.CANCELLED),
    (J.CONTRACTED, J.CANCELLED),
    (J.IN_PROGRESS, J.CANCELLED),
}

TERMINAL = {
    A.COMPLETED,
    A.TERMINATED,
    A.EXPIRED,
    P.COMPLETED,
    P.WITHDRAWN,
    J.COMPLETED,
    J.CANCELLED,
}

PAIRS = [pair for enum in (A, P, J) for pair in product(enum, enum)]


@pytest.mark.parametrize(("old", "new"), PAIRS, ids=lambda s: f"{type(s).__name__}.{s}")
def test_transition_table(old: Any, new: Any) -> None:
    if (old, new) in ALLOWED or old == new:
        check_transition(old, new)
    else:
        with pytest.raises(TransitionError) as caught:
            check_transition(old, new)
        assert caught.value.field == "status"
        assert isinstance(caught.value, ValidationError)
    assert (new in allowed_transitions(old)) == ((old, new) in ALLOWED)


@pytest.mark.parametrize(
    "status", [s for enum in (A, P, J) for s in enum], ids=lambda s: f"{type(s).__name__}.{s}"
)
def test_terminal_states(status: Any) -> None:
    assert is_terminal(status) == (status in TERMINAL)
    assert status not in allowed_transitions(status)
    assert all(type(s) is type(status) for s in allowed_transitions(status))


def test_the_main_path_of_an_agreement_is_open() -> None:
    path = [A.DRAFT, A.SIGNED, A.ACTIVE, A.COMPLETED]
    for old, new in pairwise(path):
        check_transition(old, new)


def test_same_values_in_different_enums_do_not_mix() -> None:
    # "active" is both an agreement and a placement status, with different successors.
    assert allowed_transitions(A.ACTIVE) == {A.COMPLETED, A.TERMINATED, A.EXPIRED}
    assert allowed_transitions(P.ACTIVE) == {P.COMPLETED, P.WITHDRAWN}
    with pytest.raises(TypeError):
        check_transition(A.ACTIVE, P.COMPLETED)  # type: ignore[type-var]


@pytest.mark.parametrize(
    ("old", "new", "en", "zh"),
    [
        (
            A.DRAFT,
            A.ACTIVE,
            "The status cannot change from “Draft” to “Active”;"
            " from “Draft” it can only become “Signed”, “Terminated”",
            "状态不能从“草拟”改为“执行中”；“草拟”只能改为“已签署”、“已解除”",
        ),
        (
            A.EXPIRED,
            A.ACTIVE,
            "The status cannot change from “Expired” to “Active”: “Expired” is final",
            "状态不能从“已到期”改为“执行中”：“已到期”为最终状态",
        ),
        (
            P.PLANNED,
            P.COMPLETED,
            "The status cannot change from “Planned” to “Completed”;"
            " from “Planned” it can only become “On placement”, “Withdrawn”",
            "状态不能从“计划中”改为“已结束”；“计划中”只能改为“在岗”、“已退出”",
        ),
        (
            J.CANCELLED,
            J.PROPOSED,
            "The status cannot change from “Cancelled” to “Proposed”: “Cancelled” is final",
            "状态不能从“已取消”改为“洽谈中”：“已取消”为最终状态",
        ),
    ],
)
def test_messages_name_both_states_in_the_language_asked(
    old: Any, new: Any, en: str, zh: str
) -> None:
    with pytest.raises(TransitionError) as caught:
        check_transition(old, new)
    assert caught.value.message("en") == en
    assert caught.value.message("zh_CN") == zh
    assert caught.value.message("zh") == zh
    assert (caught.value.old, caught.value.new) == (old, new)
