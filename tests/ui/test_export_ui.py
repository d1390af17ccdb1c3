"""Export from the app: the whole database, a list as shown, an import template; the File
menu entries; "Open folder" after saving. File dialogs are replaced through ui.saving's seams."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from liaison.excel.columns import SHEETS
from liaison.services.hub import Services
from tests.ui import lists_support
from tests.ui.lists_support import add_firms, show, wait_loaded
from ui import excel_commands, messages, saving
from ui.dialogs.templates import TemplatesDialog
from ui.main_window import MainWindow
from ui.pages.enterprises import ENTERPRISE_LIST
from ui.pages.list_page import ListPage
from ui.tasks import runner

officer = lists_support.officer
worker_stopped_after_module = lists_support.worker_stopped_after_module


@pytest.fixture
def save_to(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Callable[[str], Path]:
    """Answer every "save as" with ``tmp_path / name``; returns a function naming the file."""
    chosen: dict[str, Path] = {}

    def choose(name: str) -> Path:
        chosen["path"] = tmp_path / name
        return chosen["path"]

    def ask(_parent: Any, _title: str, _suggested: str, _filter: str, on_chosen: Any) -> None:
        on_chosen(str(chosen["path"]))

    monkeypatch.setattr(saving, "ask_save_path", ask)
    return choose


def idle(qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: not runner().pending(), timeout=10_000)
    qtbot.wait(50)  # the result's callback runs on the GUI thread


def rows_of(path: Path) -> list[tuple[Any, ...]]:
    book = openpyxl.load_workbook(path, read_only=True)
    try:
        return [tuple(row) for row in book.worksheets[0].iter_rows(values_only=True)]
    finally:
        book.close()


def test_a_list_is_exported_as_shown(
    qtbot: QtBot, officer: Services, settings: QSettings, save_to: Callable[[str], Path]
) -> None:
    add_firms(officer)
    page: ListPage = ListPage(ENTERPRISE_LIST, officer, settings=settings)  # type: ignore[type-arg]
    show(qtbot, page)
    wait_loaded(qtbot, page, 1)
    page.set_filter("status", 1 + [m.value for m in _status()].index("active"))
    wait_loaded(qtbot, page)
    page.view.sortByColumn(page.model.column_index("name"), Qt.SortOrder.DescendingOrder)
    wait_loaded(qtbot, page)
    page.set_column_visible("uscc", False)
    header = page.view.horizontalHeader()
    header.moveSection(header.visualIndex(page.model.column_index("city")), 0)
    path = save_to("active.xlsx")
    page.export_list()
    idle(qtbot)
    rows = rows_of(path)
    visible = page.current_query().columns
    assert visible[0] == "city" and "uscc" not in visible
    assert rows[0] == tuple(c.header() for k in visible for c in page.spec.columns if c.key == k)
    names = [row[visible.index("name")] for row in rows[1:]]
    assert names == ["Wuxi Green Energy", "Suzhou Precision Tools", "Kunshan Mould Works"]
    assert rows[1][0] == "Wuxi"
    status = rows[1][visible.index("status")]
    assert status == "Active"
    assert messages.history()[-1].text == f"3 rows were exported to {path}."


def _status() -> Any:
    from liaison.enums import EnterpriseStatus

    return EnterpriseStatus


def test_export_everything_writes_every_kind(
    qtbot: QtBot, officer: Services, save_to: Callable[[str], Path]
) -> None:
    add_firms(officer)
    parent = QWidget()
    qtbot.addWidget(parent)
    path = save_to("all.xlsx")
    excel_commands.ask_export_everything(parent, officer)
    idle(qtbot)
    book = openpyxl.load_workbook(path, read_only=True)
    try:
        titles = book.sheetnames
        firms = list(book[SHEETS["enterprises"].title("en")].iter_rows(values_only=True))
    finally:
        book.close()
    assert titles[: len(SHEETS)] == [spec.title("en") for spec in SHEETS.values()]
    name = firms[0].index("Name")
    assert sorted(row[name] for row in firms[1:]) == sorted(n for n, *_ in lists_support.FIRMS)
    assert "was exported to" in messages.history()[-1].text


def test_a_template_is_saved_in_the_current_language(
    qtbot: QtBot, save_to: Callable[[str], Path]
) -> None:
    dialog = TemplatesDialog(kind="visits")
    qtbot.addWidget(dialog)
    path = save_to("visits.xlsx")
    dialog.ask_save()
    idle(qtbot)
    header = rows_of(path)[0]
    assert header[0] is not None
    assert [str(h).rstrip("*") for h in header if h] == [
        c.header("en") for c in SHEETS["visits"].columns
    ]
    assert messages.history()[-1].text == f"The template was saved to {path}."


def test_the_file_menu_gets_the_excel_entries_once(
    qtbot: QtBot, officer: Services, settings: QSettings
) -> None:
    window = MainWindow(settings)
    qtbot.addWidget(window)
    first = excel_commands.install(window, officer)
    again = excel_commands.install(window, officer)
    assert first is again
    texts = [a.text() for a in window.file_menu.actions()]
    assert texts.count("&Import from Excel…") == 1
    assert "&Export everything…" in texts and "Im&ports…" in texts
    wizard = first.import_file()
    qtbot.addWidget(wizard)
    assert wizard.isVisible() and wizard.kind == "enterprises"
    wizard.reject()


def test_open_folder_is_offered_after_saving(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("LIAISON_NO_DIALOGS", "0")
    opened: list[Path] = []

    def open_folder(path: Path) -> bool:
        opened.append(path)
        return True

    monkeypatch.setattr(saving, "open_folder", open_folder)
    target = tmp_path / "x.xlsx"
    box = saving.tell_saved(None, "Saved it", target)
    assert box is not None
    qtbot.addWidget(box)
    folder = next(b for b in box.buttons() if b.text() == "Open folder")
    folder.click()
    assert opened == [target]
