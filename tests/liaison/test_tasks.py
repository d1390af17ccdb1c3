from __future__ import annotations

import pytest

from liaison.tasks import Cancelled, Progress, step


class Recorder:
    def __init__(self, cancel_after: int | None = None) -> None:
        self.calls: list[tuple[int, int | None, str]] = []
        self.cancel_after = cancel_after

    def __call__(self, done: int, total: int | None, text: str = "") -> None:
        self.calls.append((done, total, text))

    def cancelled(self) -> bool:
        return self.cancel_after is not None and len(self.calls) >= self.cancel_after


def test_recorder_satisfies_the_protocol() -> None:
    assert isinstance(Recorder(), Progress)
    assert not isinstance(object(), Progress)


def test_step_without_progress_does_nothing() -> None:
    step(None, 1, 2, "ignored")


def test_step_reports_each_unit() -> None:
    recorder = Recorder()
    for i in range(3):
        step(recorder, i + 1, 3, f"row {i + 1}")
    assert recorder.calls == [(1, 3, "row 1"), (2, 3, "row 2"), (3, 3, "row 3")]


def test_step_raises_cancelled_once_asked_and_reports_nothing_more() -> None:
    recorder = Recorder(cancel_after=2)
    step(recorder, 1, None)
    step(recorder, 2, None)
    with pytest.raises(Cancelled):
        step(recorder, 3, None)
    assert [done for done, _, _ in recorder.calls] == [1, 2]
