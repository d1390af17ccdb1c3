"""Background work: one long-lived worker thread runs jobs in order, results come back by signal.

A job is a plain callable ``fn(progress) -> result`` from the core; ``progress`` satisfies
:class:`liaison.tasks.Progress`, so the job reports ``(done, total, text)`` and stops by raising
:class:`liaison.tasks.Cancelled` when ``progress.cancelled()`` (``liaison.tasks.step`` does both).
One thread for all database work keeps SQLite connections on the thread that made them and
keeps writes in the order the officer asked for them.

    run_in_background(self, lambda p: export(session, path, progress=p),
                      on_success=self.exported, title=self.tr("Exporting"))

The callbacks run on the GUI thread. Known errors (``LiaisonError``) go to ``on_failure`` or,
without one, to a message box; anything else is a bug and goes to the crash dialog. A cancelled
job ends quietly (``on_cancelled`` if given).
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, QTimer, Signal, Slot
from PySide6.QtWidgets import QDialog, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from liaison.i18n import LiaisonError
from liaison.tasks import Cancelled
from ui import crash, messages

log = logging.getLogger(__name__)

T = TypeVar("T")

SHOW_DELAY_MS = 300  # quick jobs finish before a progress window could flash up
_BAR_STEPS = 1000  # the bar counts per mille, so any total fits its int range


class Task(QObject, Generic[T]):
    """One queued job: its progress reporter, its cancel flag, and its outcome.

    Calling the task (from the worker thread) reports progress. Reports are coalesced: the
    GUI thread always receives the latest one through ``progressed``, however fast the job
    reports, and never a flood. ``finished`` fires on the GUI thread after the callbacks ran.
    """

    progressed = Signal(int, object, str)  # done, total (int or None), text
    finished = Signal()
    _report_waiting = Signal()

    def __init__(
        self,
        fn: Callable[[Task[T]], T],
        on_success: Callable[[T], None] | None,
        on_failure: Callable[[LiaisonError], None] | None,
        on_cancelled: Callable[[], None] | None,
        parent_widget: QWidget | None,
    ) -> None:
        super().__init__()
        self.fn = fn
        self.on_success = on_success
        self.on_failure = on_failure
        self.on_cancelled = on_cancelled
        self.parent_widget = parent_widget
        self._cancel = threading.Event()
        self._lock = threading.Lock()
        self._latest: tuple[int, int | None, str] = (0, None, "")
        self._waiting = False
        self._report_waiting.connect(self._deliver_report)
        self.done = False
        self.outcome: str = "pending"  # then: success, failure, cancelled, crashed
        self.result: Any = None
        self.error: BaseException | None = None
        self.dialog: ProgressDialog | None = None  # set when shown with progress

    # liaison.tasks.Progress, called from the worker thread
    def __call__(self, done: int, total: int | None, text: str = "") -> None:
        with self._lock:
            self._latest = (done, total, text)
            if self._waiting:
                return  # the GUI thread has not taken the previous report yet
            self._waiting = True
        self._report_waiting.emit()

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        """Ask the job to stop; it stops at its next ``step`` (or before it starts)."""
        self._cancel.set()

    @Slot()
    def _deliver_report(self) -> None:
        with self._lock:
            done, total, text = self._latest
            self._waiting = False
        self.progressed.emit(done, total, text)


class _Worker(QThread):
    """Runs queued tasks one after another until it receives ``None``."""

    task_done = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("liaison-db-worker")
        self.jobs: queue.Queue[Task[Any] | None] = queue.Queue()

    def run(self) -> None:
        while (task := self.jobs.get()) is not None:
            try:
                if task.cancelled():
                    raise Cancelled
                task.result = task.fn(task)
                task.outcome = "success"
            except Cancelled:
                task.outcome = "cancelled"
            except LiaisonError as exc:
                task.outcome, task.error = "failure", exc
            except BaseException as exc:
                task.outcome, task.error = "crashed", exc
            self.task_done.emit(task)


class TaskRunner(QObject):
    """Owns the worker thread; submit jobs here, get callbacks on the GUI thread."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._worker = _Worker()
        self._worker.task_done.connect(self._deliver)
        self._pending: list[Task[Any]] = []
        self._worker.start()

    def submit(
        self,
        fn: Callable[[Task[T]], T],
        *,
        on_success: Callable[[T], None] | None = None,
        on_failure: Callable[[LiaisonError], None] | None = None,
        on_cancelled: Callable[[], None] | None = None,
        parent: QWidget | None = None,
    ) -> Task[T]:
        if not self._worker.isRunning():
            raise RuntimeError("the task runner was shut down")
        task: Task[T] = Task(fn, on_success, on_failure, on_cancelled, parent)
        self._pending.append(task)
        self._worker.jobs.put(task)
        return task

    def pending(self) -> int:
        """Tasks queued or running."""
        return len(self._pending)

    def worker_thread(self) -> QThread:
        """The worker thread (not the thread this object lives in)."""
        return self._worker

    @Slot(object)
    def _deliver(self, task: Task[Any]) -> None:
        self._pending.remove(task)
        task.done = True
        try:
            if task.outcome == "success":
                if task.on_success is not None:
                    task.on_success(task.result)
            elif task.outcome == "cancelled":
                log.info("task cancelled: %r", task.fn)
                if task.on_cancelled is not None:
                    task.on_cancelled()
            elif task.outcome == "failure":
                assert isinstance(task.error, LiaisonError)
                if task.on_failure is not None:
                    task.on_failure(task.error)
                else:
                    messages.show_error(task.parent_widget, task.error)
            else:
                exc = task.error
                assert exc is not None
                crash.report(type(exc), exc, exc.__traceback__, task.parent_widget)
        finally:
            task.finished.emit()

    def shutdown(self, timeout_ms: int = 30_000) -> bool:
        """Cancel every task, let the running one stop at its next step, end the thread.

        Returns False if the running job did not stop within ``timeout_ms``.
        """
        for task in self._pending:
            task.cancel()
        if self._worker.isRunning():
            self._worker.jobs.put(None)
        return self._worker.wait(timeout_ms)


_runner: TaskRunner | None = None


def runner() -> TaskRunner:
    """The application's single runner, made on first use and shut down when the app quits."""
    global _runner
    if _runner is None:
        app = QCoreApplication.instance()
        if app is None:
            raise RuntimeError("create the QApplication before running background tasks")
        _runner = TaskRunner(app)
        app.aboutToQuit.connect(shutdown_runner)
    return _runner


def shutdown_runner() -> None:
    """Stop the application's runner (done automatically when the application quits)."""
    global _runner
    if _runner is not None:
        if not _runner.shutdown():
            log.warning("a background task did not stop before the application quit")
        _runner = None


class ProgressDialog(QDialog):
    """A progress bar and a Cancel button for one task; closes itself when the task ends."""

    def __init__(self, task: Task[Any], title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.task = task
        self.setWindowTitle(title or self.tr("Working"))
        # Modal to its window only: the rest of the app and the event loop keep running.
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(380)
        self.label = QLabel(title)
        self.label.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # busy until the job says how much there is
        self.bar.setAccessibleName(self.tr("Progress"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.request_cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        task.progressed.connect(self.update_progress)
        task.finished.connect(self.close)

    @Slot(int, object, str)
    def update_progress(self, done: int, total: int | None, text: str) -> None:
        if total:
            self.bar.setRange(0, _BAR_STEPS)
            self.bar.setValue(min(done, total) * _BAR_STEPS // total)
        else:
            self.bar.setRange(0, 0)
        if text:
            self.label.setText(text)

    def request_cancel(self) -> None:
        self.task.cancel()
        self.cancel_button.setEnabled(False)
        self.label.setText(self.tr("Cancelling…"))

    def reject(self) -> None:
        """Escape and the window's close button cancel; the window closes when the job stops."""
        if not self.task.done:
            self.request_cancel()
        else:
            super().reject()

    def closeEvent(self, event: Any) -> None:
        if self.task.done:
            super().closeEvent(event)
        else:
            self.request_cancel()
            event.ignore()


def run_in_background(
    parent: QWidget | None,
    fn: Callable[[Task[T]], T],
    *,
    on_success: Callable[[T], None] | None = None,
    on_failure: Callable[[LiaisonError], None] | None = None,
    on_cancelled: Callable[[], None] | None = None,
    title: str = "",
    with_progress: bool = True,
    task_runner: TaskRunner | None = None,
) -> Task[T]:
    """Queue ``fn`` on the database worker; show a progress window if it takes a while.

    The window appears after :data:`SHOW_DELAY_MS`, is modal to ``parent``'s window only (the
    event loop keeps running), and its Cancel button asks the job to stop.
    """
    task = (task_runner or runner()).submit(
        fn,
        on_success=on_success,
        on_failure=on_failure,
        on_cancelled=on_cancelled,
        parent=parent,
    )
    if with_progress:
        dialog = ProgressDialog(task, title, parent)

        def dispose() -> None:
            task.dialog = None
            dialog.deleteLater()

        task.finished.connect(dispose)

        def show_if_still_running() -> None:
            if not task.done:
                dialog.show()

        QTimer.singleShot(SHOW_DELAY_MS, dialog, show_if_still_running)
        task.dialog = dialog
    return task
