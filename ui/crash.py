"""Bugs end in a crash dialog with details to copy, never in a silent exit or a frozen window.

:func:`install` routes uncaught exceptions of the GUI thread (``sys.excepthook``) and of other
Python threads (``threading.excepthook``, handed over to the GUI thread by a queued signal) to
:func:`report`. With ``LIAISON_NO_DIALOGS=1`` the report is logged and kept in
:func:`last_report` instead of shown.
"""

from __future__ import annotations

import logging
import platform
import sys
import threading
import traceback
from dataclasses import dataclass
from types import TracebackType

import PySide6
from PySide6.QtCore import QObject, Qt, Signal, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

import liaison
from ui.messages import dialogs_suppressed

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class CrashReport:
    summary: str  # "ValueError: bad thing"
    traceback: str
    versions: str

    def details(self) -> str:
        """The text the officer copies into a bug report."""
        return f"{self.summary}\n\n{self.versions}\n\n{self.traceback}"


def versions() -> str:
    return "\n".join(
        (
            f"Liaison {liaison.__version__}",
            f"Python {platform.python_version()} ({platform.python_implementation()})",
            f"PySide6 {PySide6.__version__}, Qt {qVersion()}",
            f"OS {platform.platform()}",
        )
    )


def make_report(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> CrashReport:
    summary = "".join(traceback.format_exception_only(exc_type, exc)).strip()
    text = "".join(traceback.format_exception(exc_type, exc, tb))
    return CrashReport(summary, text, versions())


class CrashDialog(QDialog):
    """A friendly apology, the details in a read-only box, and a button to copy them."""

    def __init__(self, report: CrashReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.setWindowTitle(self.tr("Liaison ran into a problem"))
        self.setMinimumSize(560, 380)
        intro = QLabel(
            self.tr(
                "Something went wrong that Liaison did not expect. Your saved data is safe: "
                "every change is saved completely or not at all.\n\n"
                "Please copy the details below and send them to whoever looks after Liaison."
            )
        )
        intro.setWordWrap(True)
        self.details = QPlainTextEdit(report.details())
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details.setAccessibleName(self.tr("Error details"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("Copy details"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.report.details())
        self.copy_button.setText(self.tr("Copied"))


_last: CrashReport | None = None
_showing = False


def last_report() -> CrashReport | None:
    """The most recent report (shown or, with dialogs suppressed, only logged)."""
    return _last


def clear_last_report() -> None:
    global _last
    _last = None


def report(
    exc_type: type[BaseException],
    exc: BaseException,
    tb: TracebackType | None,
    parent: QWidget | None = None,
) -> CrashReport:
    """Log an unexpected exception and show the crash dialog (unless suppressed)."""
    global _last, _showing
    crash = make_report(exc_type, exc, tb)
    _last = crash
    log.error("unexpected error\n%s", crash.details())
    # A bug in painting would raise again while the dialog paints; one dialog at a time.
    if dialogs_suppressed() or _showing or QGuiApplication.instance() is None:
        return crash
    _showing = True
    try:
        CrashDialog(crash, parent).exec()
    finally:
        _showing = False
    return crash


class _ThreadBridge(QObject):
    """Carries exceptions of other threads to the GUI thread, where windows may be shown."""

    raised = Signal(object, object, object)

    def on_raised(self, exc_type: object, exc: object, tb: object) -> None:
        assert isinstance(exc_type, type) and isinstance(exc, BaseException)
        report(exc_type, exc, tb if isinstance(tb, TracebackType) else None)


_bridge: _ThreadBridge | None = None
_previous: tuple[object, object] | None = None


def _excepthook(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    report(exc_type, exc, tb)


def _thread_excepthook(args: threading.ExceptHookArgs) -> None:
    if args.exc_value is None or issubclass(args.exc_type, SystemExit):
        return
    if _bridge is None:
        log.error("unexpected error in thread %s", args.thread, exc_info=args.exc_value)
        return
    _bridge.raised.emit(args.exc_type, args.exc_value, args.exc_traceback)


def install() -> None:
    """Route uncaught exceptions (GUI thread and other threads) to :func:`report`.

    Call after the QApplication exists; :func:`uninstall` restores the previous hooks.
    """
    global _bridge, _previous
    if _previous is None:
        _previous = (sys.excepthook, threading.excepthook)
    if _bridge is None:
        _bridge = _ThreadBridge()
        _bridge.raised.connect(_bridge.on_raised, Qt.ConnectionType.QueuedConnection)
    sys.excepthook = _excepthook
    threading.excepthook = _thread_excepthook


def uninstall() -> None:
    global _previous
    if _previous is not None:
        sys.excepthook, threading.excepthook = _previous  # type: ignore[assignment]
        _previous = None
