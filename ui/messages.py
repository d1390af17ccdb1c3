"""Message boxes for known errors, information and confirmations.

With ``LIAISON_NO_DIALOGS=1`` (set by the tests) nothing is shown: each call logs, records what
would have been shown in :func:`history`, and ``confirm`` returns its default, so no test can
block on a modal window.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Literal

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from liaison.i18n import LiaisonError

log = logging.getLogger(__name__)

Kind = Literal["error", "info", "confirm"]


@dataclass(frozen=True)
class Shown:
    """One message that was shown, or would have been with dialogs suppressed."""

    kind: Kind
    title: str
    text: str


_history: list[Shown] = []
_forced_answer: bool | None = None


def dialogs_suppressed() -> bool:
    """True when windows that wait for a click must log instead (tests, headless runs)."""
    return os.environ.get("LIAISON_NO_DIALOGS", "") not in ("", "0")


def history() -> list[Shown]:
    """Messages shown since the last :func:`clear_history`, oldest first."""
    return list(_history)


def clear_history() -> None:
    _history.clear()


@contextmanager
def answering(answer: bool) -> Iterator[None]:
    """While suppressed, make every :func:`confirm` return ``answer`` instead of its default."""
    global _forced_answer
    previous = _forced_answer
    _forced_answer = answer
    try:
        yield
    finally:
        _forced_answer = previous


def _record(kind: Kind, title: str, text: str) -> None:
    _history.append(Shown(kind, title, text))
    log.info("%s: %s — %s", kind, title, text)


def show_error(parent: QWidget | None, error: LiaisonError | str, title: str = "") -> None:
    """Tell the officer about a known error (nothing was changed); wait for OK."""
    text = error.message() if isinstance(error, LiaisonError) else error
    title = title or QCoreApplication.translate("messages", "Cannot continue")
    _record("error", title, text)
    if not dialogs_suppressed():
        QMessageBox.warning(parent, title, text)


def show_info(parent: QWidget | None, text: str, title: str = "") -> None:
    title = title or QGuiApplication.applicationDisplayName() or "Liaison"
    _record("info", title, text)
    if not dialogs_suppressed():
        QMessageBox.information(parent, title, text)


def confirm(
    parent: QWidget | None,
    text: str,
    *,
    title: str = "",
    ok_text: str = "",
    default: bool = False,
) -> bool:
    """Ask a yes/no question; ``ok_text`` names the action (e.g. "Delete") on its button.

    ``default`` is the button Enter presses, and the answer while dialogs are suppressed.
    """
    title = title or QCoreApplication.translate("messages", "Please confirm")
    _record("confirm", title, text)
    if dialogs_suppressed():
        return default if _forced_answer is None else _forced_answer
    box = QMessageBox(
        QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent
    )
    ok = box.addButton(
        ok_text or QCoreApplication.translate("messages", "OK"), QMessageBox.ButtonRole.AcceptRole
    )
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(ok if default else cancel)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is ok
