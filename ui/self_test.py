"""``liaison self-test``: a headless smoke test of an installed app or a built bundle.

It exercises what a broken installation would break first: the database and its migrations,
demo data, the main window with its pages, Qt's plug-ins, translations and fonts, a workbook
and a PDF (fonts embedded from the bundle), each checked after writing. Exit status 0 when all
pass; the first failure is printed and gives 1.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path


def _step(name: str, action: Callable[[], str]) -> None:
    started = time.perf_counter()
    detail = action()
    print(f"ok   {name:<14} {time.perf_counter() - started:6.2f} s  {detail}", flush=True)


def run(args: argparse.Namespace) -> int:
    if sys.platform.startswith("linux") and not os.environ.get("DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["LIAISON_NO_DIALOGS"] = "1"  # nothing may wait for a click here
    with tempfile.TemporaryDirectory(prefix="liaison-self-test-") as folder:
        try:
            _checks(Path(folder), args.lang or "en")
        except Exception as exc:  # report anything, known or not: this is the test's verdict
            print(f"FAIL {type(exc).__name__}: {exc}", file=sys.stderr)
            return 1
    print("self-test passed")
    return 0


def _checks(folder: Path, lang: str) -> None:
    from liaison import demo, resources
    from liaison.db import check, open_database

    db_path = folder / "self-test.db"
    database = open_database(db_path)

    def database_ok() -> str:
        summary = demo.build(database, enterprises=30, seed=7, officer="self-test")
        report = check(database)
        if not report.ok:
            raise RuntimeError("; ".join(report.problems))
        return summary.describe()

    _step("database", database_ok)
    database.close()  # the window opens the file itself, as the app does
    _step("resources", lambda: str(resources.cjk_font().name))
    _step("window", lambda: _window(str(db_path), lang))
    with open_database(db_path) as database:
        _step("workbook", lambda: _workbook(database, folder / "export.xlsx", lang))
        _step("pdf", lambda: _pdf(database, folder / "annual.pdf", lang))


def _window(db_url: str, lang: str) -> str:
    from PySide6.QtCore import QEventLoop, QTimer

    from ui.app import application, start
    from ui.shell import Shell
    from ui.tasks import shutdown_runner

    application([sys.argv[0]])  # before the event loop below, which needs the application
    loop = QEventLoop()
    shells: list[Shell] = []

    def made(shell: Shell) -> None:  # the shell is made after the window's first paint
        shells.append(shell)
        shell.pages_ready.connect(loop.quit)

    window = start([sys.argv[0]], db_url=db_url, lang=lang, on_shell=made)
    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(loop.quit)
    timer.start(60_000)
    loop.exec()
    if not timer.isActive() or not shells:
        raise RuntimeError("the main window did not open its database within 60 s")
    shell = shells[0]
    opened = shell.session.is_open()
    title = window.windowTitle()
    shell.shut_down()
    window.close()
    shutdown_runner()
    if not opened:
        raise RuntimeError("the main window has no open database")
    return repr(title)


def _workbook(database: object, path: Path, lang: str) -> str:
    import openpyxl

    from liaison.db import Database
    from liaison.excel.export import export_workbook

    assert isinstance(database, Database)
    export_workbook(database, path, lang=lang)
    book = openpyxl.load_workbook(path, read_only=True)
    try:
        rows = {ws.title: sum(1 for _ in ws.iter_rows(values_only=True)) for ws in book.worksheets}
    finally:
        book.close()
    if len(rows) < 2 or max(rows.values()) < 2:
        raise RuntimeError(f"the workbook has no data: {rows}")
    return f"{len(rows)} sheets, {sum(rows.values())} rows"


def _pdf(database: object, path: Path, lang: str) -> str:
    from PySide6.QtPdf import QPdfDocument

    from liaison.db import Database
    from liaison.reports.annual import annual_report

    assert isinstance(database, Database)
    annual_report(database, date.today().year, path, lang=lang)
    document = QPdfDocument()
    document.load(str(path))
    pages = document.pageCount()
    document.close()
    data = path.read_bytes()
    if pages < 1 or b"/FontFile2" not in data:
        raise RuntimeError(f"the PDF is not sound: {pages} pages")
    return f"{pages} pages, {len(data) // 1024} KB"
