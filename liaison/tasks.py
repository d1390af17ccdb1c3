"""How long work (demo build, import, export, report, backup) reports progress and stops early.

Core functions take ``progress: Progress | None`` and call :func:`step` between units of work.
The desktop app passes an object that moves a progress bar and answers ``cancelled()`` from its
Cancel button; the CLI passes ``None`` or a printer. The core never learns which.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable


class Cancelled(Exception):
    """The officer cancelled long work; the function stops and rolls back what it began."""


@runtime_checkable
class Progress(Protocol):
    def __call__(self, done: int, total: int | None, text: str = "") -> None:
        """Report ``done`` of ``total`` units (``total=None`` when unknown) with a short text."""

    def cancelled(self) -> bool:
        """Whether the officer asked to stop."""


def step(progress: Progress | None, done: int, total: int | None, text: str = "") -> None:
    """Report progress and raise :class:`Cancelled` if a stop was asked for.

    One call per unit of work keeps cancellation prompt without the caller testing for ``None``.
    """
    if progress is None:
        return
    if progress.cancelled():
        raise Cancelled
    progress(done, total, text)
