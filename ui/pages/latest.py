"""Queries whose newest answer is the only one that counts (search as you type).

Each :meth:`Latest.run` goes to the database worker; when an answer comes back after a newer
query was asked, it is dropped, so a slow search for "ab" can never overwrite the list for
"abc". A query not started yet when a newer one arrives is cancelled and never runs.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from liaison.i18n import LiaisonError
from ui import messages
from ui.tasks import Task, run_in_background

T = TypeVar("T")


class Latest(QObject):
    """Runs one kind of query for a widget; delivers only the newest answer."""

    busy_changed = Signal(bool)

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self._widget = widget
        self._generation = 0
        self._task: Task[Any] | None = None
        self.delivered = 0  # answers handed over (tests)
        self.dropped = 0  # stale answers thrown away

    def busy(self) -> bool:
        return self._task is not None and not self._task.done

    def invalidate(self) -> None:
        """Drop whatever answer is still to come (a newer question is on its way elsewhere)."""
        self._generation += 1
        if self._task is not None and not self._task.done:
            self._task.cancel()

    def run(
        self,
        query: Callable[[], T],
        on_result: Callable[[T], None],
        on_failure: Callable[[LiaisonError], None] | None = None,
    ) -> Task[T]:
        self._generation += 1
        generation = self._generation
        if self._task is not None and not self._task.done:
            self._task.cancel()  # if it has not started, it never will

        def deliver(result: T) -> None:
            if not shiboken6.isValid(self) or generation != self._generation:
                self.dropped += 1
                return
            self.delivered += 1
            on_result(result)

        def failed(error: LiaisonError) -> None:
            if not shiboken6.isValid(self) or generation != self._generation:
                return
            if on_failure is not None:
                on_failure(error)
            else:
                messages.show_error(self._widget, error)

        task: Task[T] = run_in_background(
            self._widget,
            lambda _task: query(),
            on_success=deliver,
            on_failure=failed,
            with_progress=False,
        )
        self._task = task
        self.busy_changed.emit(True)
        task.finished.connect(self._finished)
        return task

    def _finished(self) -> None:
        if shiboken6.isValid(self) and not self.busy():
            self.busy_changed.emit(False)
