from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from liaison.errors import NotFound
from liaison.i18n import LiaisonError
from liaison.tasks import Cancelled, Progress, step
from ui import crash, messages, tasks


@pytest.fixture
def runner(qapp: object) -> Iterator[tasks.TaskRunner]:
    task_runner = tasks.TaskRunner()
    yield task_runner
    assert task_runner.shutdown(5000)


@pytest.fixture
def parent(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def test_task_satisfies_the_core_progress_protocol(runner: tasks.TaskRunner, qtbot: QtBot) -> None:
    task = runner.submit(lambda p: None)
    assert isinstance(task, Progress)
    qtbot.waitUntil(lambda: task.done)


def test_result_arrives_on_the_gui_thread(runner: tasks.TaskRunner, qtbot: QtBot) -> None:
    seen: list[tuple[int, bool]] = []

    def job(progress: Progress) -> int:
        assert threading.current_thread() is not threading.main_thread()
        return 42

    def on_success(result: int) -> None:
        seen.append((result, threading.current_thread() is threading.main_thread()))

    task = runner.submit(job, on_success=on_success)
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert seen == [(42, True)]
    assert task.outcome == "success"
    assert runner.pending() == 0


def test_jobs_run_in_order_on_one_thread(runner: tasks.TaskRunner, qtbot: QtBot) -> None:
    ran: list[tuple[int, int]] = []

    def job(n: int) -> None:
        time.sleep(0.005 * (5 - n))  # later jobs are quicker, and still wait their turn
        ran.append((n, threading.get_ident()))

    submitted = [runner.submit(lambda p, n=n: job(n)) for n in range(5)]
    qtbot.waitUntil(lambda: all(t.done for t in submitted), timeout=5000)
    assert [n for n, _ in ran] == [0, 1, 2, 3, 4]
    threads = {ident for _, ident in ran}
    assert len(threads) == 1 and threading.get_ident() not in threads


def test_progress_reaches_the_bar_and_the_window_appears_after_a_delay(
    runner: tasks.TaskRunner, qtbot: QtBot, parent: QWidget
) -> None:
    release = threading.Event()

    def job(progress: Progress) -> str:
        step(progress, 5, 10, "Row 5 of 10")
        release.wait(5)
        return "done"

    results: list[str] = []
    task = tasks.run_in_background(
        parent, job, on_success=results.append, title="Importing", task_runner=runner
    )
    dialog = task.dialog
    assert dialog is not None and not dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.bar.value() == tasks._BAR_STEPS // 2, timeout=2000)
    assert dialog.label.text() == "Row 5 of 10"
    qtbot.waitUntil(dialog.isVisible, timeout=2000)
    release.set()
    qtbot.waitUntil(lambda: results == ["done"], timeout=5000)
    assert task.dialog is None and not shiboken6.isValid(dialog)  # closed and deleted


def test_a_quick_job_never_shows_a_window(
    runner: tasks.TaskRunner, qtbot: QtBot, parent: QWidget
) -> None:
    shown: list[bool] = []
    task = tasks.run_in_background(parent, lambda p: 1, task_runner=runner)
    assert task.dialog is not None
    task.dialog.show = lambda: shown.append(True)  # type: ignore[method-assign]
    qtbot.waitUntil(lambda: task.done, timeout=2000)
    qtbot.wait(tasks.SHOW_DELAY_MS + 100)
    assert shown == []
    assert task.dialog is None


def test_unknown_totals_show_a_busy_bar(
    runner: tasks.TaskRunner, qtbot: QtBot, parent: QWidget
) -> None:
    release = threading.Event()

    def job(progress: Progress) -> None:
        step(progress, 3, None, "Counting")
        release.wait(5)

    task = tasks.run_in_background(parent, job, task_runner=runner)
    assert task.dialog is not None
    bar = task.dialog.bar
    qtbot.waitUntil(lambda: task.dialog is not None and task.dialog.label.text() == "Counting")
    assert (bar.minimum(), bar.maximum()) == (0, 0)
    release.set()
    qtbot.waitUntil(lambda: task.done)


def test_cancel_stops_the_job_quietly(
    runner: tasks.TaskRunner, qtbot: QtBot, parent: QWidget
) -> None:
    steps: list[int] = []
    outcome: list[str] = []

    def job(progress: Progress) -> None:
        for i in range(1000):
            step(progress, i, 1000)
            steps.append(i)
            time.sleep(0.005)

    task = tasks.run_in_background(
        parent,
        job,
        on_success=lambda _: outcome.append("success"),
        on_failure=lambda _: outcome.append("failure"),
        on_cancelled=lambda: outcome.append("cancelled"),
        task_runner=runner,
    )
    dialog = task.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=2000)
    dialog.cancel_button.click()
    assert task.cancelled()
    assert not dialog.cancel_button.isEnabled()
    qtbot.waitUntil(lambda: task.done, timeout=5000)
    assert outcome == ["cancelled"]
    assert task.outcome == "cancelled"
    assert 0 < len(steps) < 1000
    assert crash.last_report() is None and messages.history() == []


def test_escape_cancels_too(runner: tasks.TaskRunner, qtbot: QtBot, parent: QWidget) -> None:
    def job(progress: Progress) -> None:
        while True:
            step(progress, 0, None)
            time.sleep(0.005)

    task = tasks.run_in_background(parent, job, task_runner=runner)
    assert task.dialog is not None
    task.dialog.reject()
    qtbot.waitUntil(lambda: task.done, timeout=5000)
    assert task.outcome == "cancelled"


def test_a_task_cancelled_before_it_starts_never_runs(
    runner: tasks.TaskRunner, qtbot: QtBot
) -> None:
    release = threading.Event()
    ran: list[str] = []
    first = runner.submit(lambda p: release.wait(5))
    second = runner.submit(lambda p: ran.append("second"))
    second.cancel()
    release.set()
    qtbot.waitUntil(lambda: first.done and second.done, timeout=5000)
    assert ran == [] and second.outcome == "cancelled"


def test_known_errors_go_to_on_failure(runner: tasks.TaskRunner, qtbot: QtBot) -> None:
    errors: list[LiaisonError] = []

    def job(progress: Progress) -> None:
        raise NotFound("Enterprise", 9)

    task = runner.submit(job, on_failure=errors.append, on_success=lambda _: errors.clear())
    qtbot.waitUntil(lambda: task.done, timeout=5000)
    assert [e.message() for e in errors] == ["Enterprise #9 was not found"]
    assert messages.history() == [] and crash.last_report() is None


def test_known_errors_without_a_handler_get_a_message_box(
    runner: tasks.TaskRunner, qtbot: QtBot
) -> None:
    def job(progress: Progress) -> None:
        raise NotFound("Enterprise", 9)

    task = runner.submit(job)
    qtbot.waitUntil(lambda: task.done, timeout=5000)
    assert [s.text for s in messages.history()] == ["Enterprise #9 was not found"]


def test_bugs_go_to_the_crash_dialog_not_on_failure(runner: tasks.TaskRunner, qtbot: QtBot) -> None:
    failures: list[LiaisonError] = []

    def job(progress: Progress) -> None:
        raise ZeroDivisionError("oops")

    task = runner.submit(job, on_failure=failures.append)
    qtbot.waitUntil(lambda: task.done, timeout=5000)
    report = crash.last_report()
    assert report is not None and report.summary == "ZeroDivisionError: oops"
    assert "def job" not in report.summary and "job" in report.traceback
    assert failures == []
    assert task.outcome == "crashed"


def test_shutdown_cancels_what_is_queued(qapp: object) -> None:
    task_runner = tasks.TaskRunner()
    release = threading.Event()
    running = task_runner.submit(lambda p: (release.wait(5), step(p, 1, 1)))
    queued = task_runner.submit(lambda p: "never")
    release.set()
    assert task_runner.shutdown(5000)
    assert running.cancelled() and queued.cancelled()
    with pytest.raises(RuntimeError):
        task_runner.submit(lambda p: None)


def test_the_application_runner_is_shared_and_stops(qapp: object, qtbot: QtBot) -> None:
    shared = tasks.runner()
    assert tasks.runner() is shared
    task = tasks.run_in_background(None, lambda p: "ok", with_progress=False)
    assert task.dialog is None
    qtbot.waitUntil(lambda: task.done)
    assert shared.worker_thread().isRunning()
    tasks.shutdown_runner()
    assert not shared.worker_thread().isRunning()
    assert tasks.runner() is not shared
    tasks.shutdown_runner()


def test_cancelled_is_the_core_exception() -> None:
    assert tasks.Cancelled is Cancelled
