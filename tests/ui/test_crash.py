from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

import liaison
from ui import crash


def raise_and_catch() -> tuple[type[BaseException], BaseException, object]:
    try:
        {}["missing-key"]
    except KeyError:
        info = sys.exc_info()
        assert info[0] is not None and info[1] is not None
        return info[0], info[1], info[2]
    raise AssertionError("unreachable")


@pytest.fixture
def hooks_installed(qapp: QApplication) -> Iterator[None]:
    before = (sys.excepthook, threading.excepthook)
    crash.install()
    yield
    crash.uninstall()
    assert (sys.excepthook, threading.excepthook) == before


def test_report_holds_summary_traceback_and_versions() -> None:
    exc_type, exc, tb = raise_and_catch()
    report = crash.make_report(exc_type, exc, tb)  # type: ignore[arg-type]
    assert report.summary == "KeyError: 'missing-key'"
    assert "raise_and_catch" in report.traceback
    for needle in (f"Liaison {liaison.__version__}", "Python 3.", "PySide6 6.", "Qt 6.", "OS "):
        assert needle in report.versions
    assert report.details().startswith(report.summary)


def test_suppressed_report_is_logged_and_kept(caplog: pytest.LogCaptureFixture) -> None:
    exc_type, exc, tb = raise_and_catch()
    with caplog.at_level(logging.ERROR, logger="ui.crash"):
        report = crash.report(exc_type, exc, tb)  # type: ignore[arg-type]
    assert crash.last_report() is report
    assert "missing-key" in caplog.text
    crash.clear_last_report()
    assert crash.last_report() is None


def test_uncaught_exception_on_the_gui_thread_is_reported(hooks_installed: None) -> None:
    exc_type, exc, tb = raise_and_catch()
    sys.excepthook(exc_type, exc, tb)  # type: ignore[arg-type]
    report = crash.last_report()
    assert report is not None and "KeyError" in report.summary


def test_uncaught_exception_in_a_thread_reaches_the_gui_thread(
    qtbot: QtBot, hooks_installed: None
) -> None:
    def fail() -> None:
        raise ValueError("in a worker")

    worker = threading.Thread(target=fail)
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: crash.last_report() is not None, timeout=2000)
    report = crash.last_report()
    assert report is not None and report.summary == "ValueError: in a worker"


def test_crash_dialog_shows_and_copies_the_details(qtbot: QtBot, qapp: QApplication) -> None:
    report = crash.make_report(*raise_and_catch())  # type: ignore[arg-type]
    dialog = crash.CrashDialog(report)
    qtbot.addWidget(dialog)
    assert dialog.details.toPlainText() == report.details()
    assert dialog.details.isReadOnly()
    dialog.copy_button.click()
    assert qapp.clipboard().text() == report.details()
