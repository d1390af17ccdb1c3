"""Progress of long commands on stderr, when it is a terminal."""

from __future__ import annotations

import sys


class StderrProgress:
    """Progress for long commands: a line on stderr when the share done moves on."""

    def __init__(self) -> None:
        self._last = -1

    def __call__(self, done: int, total: int | None, text: str = "") -> None:
        if not total or not sys.stderr.isatty():
            return
        percent = done * 100 // total
        if percent != self._last:
            self._last = percent
            print(f"\r{percent:3d}% {text}", end="", file=sys.stderr, flush=True)

    def cancelled(self) -> bool:
        return False


def end_progress_line() -> None:
    if sys.stderr.isatty():
        print(file=sys.stderr)
