"""The Enterprises list driven as an officer would: search, filter, sort, delete, restore."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from liaison.services.hub import Services
from tests.ui import lists_support
from tests.ui.lists_support import add_firms, add_visit, show, shown, speak, wait_loaded
from ui import messages
from ui.pages.enterprises import ENTERPRISE_LIST
from ui.pages.list_page import ListPage

officer = lists_support.officer
worker_stopped_after_module = lists_support.worker_stopped_after_module


def enterprise_list(qtbot: QtBot, services: Services, settings: QSettings) -> ListPage:  # type: ignore[type-arg]
    page: ListPage = ListPage(ENTERPRISE_LIST, services, settings=settings)  # type: ignore[type-arg]
    show(qtbot, page)
    wait_loaded(qtbot, page, 1)
    return page


def test_the_list_opens_with_every_firm_by_name_and_a_count(
    qtbot: QtBot, officer: Services, settings: QSettings, qtmodeltester: ModelTester
) -> None:
    add_firms(officer)
    page = enterprise_list(qtbot, officer, settings)
    assert shown(page) == sorted(shown(page))
    assert len(shown(page)) == 5
    assert page.count_label.text() == "5 enterprises"
    assert shown(page, "size_class")[shown(page).index("Suzhou Precision Tools")] == "Small"
    assert page.stack.currentWidget() is page.view
    qtmodeltester.check(page.model)


def test_search_as_you_type_narrows_the_list(
    qtbot: QtBot, officer: Services, settings: QSettings
) -> None:
    add_firms(officer)
    page = enterprise_list(qtbot, officer, settings)
    page.search.setFocus()
    qtbot.keyClicks(page.search, "wux")
    wait_loaded(qtbot, page)
    assert shown(page) == ["Wuxi Green Energy"]
    assert page.count_label.text() == "1 enterprise"
    qtbot.keyClick(page.search, Qt.Key.Key_Escape)  # Esc clears the search
    wait_loaded(qtbot, page)
    assert len(shown(page)) == 5


def test_a_newer_search_is_never_overwritten_by_an_older_answer(
    qtbot: QtBot, officer: Services, settings: QSettings
) -> None:
    add_firms(officer)
    page = enterprise_list(qtbot, officer, settings)
    for text in ("s", "su", "suz"):
        page.search.setText(text)
        page.search.flush()  # each one queued at once, as fast typing would
    wait_loaded(qtbot, page)
    assert shown(page) == ["Suzhou Precision Tools"]
    assert page.current_query().search == "suz"


def test_filters_combine_and_are_part_of_the_query(
    qtbot: QtBot, officer: Services, settings: QSettings
) -> None:
    add_firms(officer)
    page = enterprise_list(qtbot, officer, settings)
    status = page.filter_combos["status"]
    status.setCurrentIndex(status.findText("Active"))
    wait_loaded(qtbot, page)
    assert set(shown(page)) == {
        "Suzhou Precision Tools",
        "Wuxi Green Energy",
        "Kunshan Mould Works",
    }
    industry = page.filter_combos["industry"]
    industry.setCurrentIndex(industry.findText("C Manufacturing"))
    wait_loaded(qtbot, page)
    assert set(shown(page)) == {"Suzhou Precision Tools", "Kunshan Mould Works"}
    query = page.current_query()
    assert query.filters == {"status": "active", "industry": "C"}
    assert query.area == "enterprises"
    assert query.columns[0] == "name" and "tags" not in query.columns


def test_no_matches_is_told_apart_from_no_enterprises_at_all(
    qtbot: QtBot, officer: Services, settings: QSettings
) -> None:
    page = enterprise_list(qtbot, officer, settings)
    assert page.stack.currentWidget() is page.empty_none
    assert page.empty_none.title_label.text() == "No enterprises yet"
    add_firms(officer)
    page.search.setText("no such firm")
    page.search.flush()
    wait_loaded(qtbot, page)
    assert page.stack.currentWidget() is page.empty_matches
    page.clear_action.click()
    wait_loaded(qtbot, page)
    assert page.search.text() == ""
    assert len(shown(page)) == 5


def test_clicking_a_header_sorts_in_sql_numbers_as_numbers(
    qtbot: QtBot, officer: Services, settings: QSettings
) -> None:
    ids = add_firms(officer)
    for n, firm in enumerate(("Wuxi Green Energy", "Wuxi Green Energy", "Kunshan Mould Works")):
        officer.contacts.create({"enterprise_id": ids[firm], "name": f"Contact {n}"})
    page = enterprise_list(qtbot, officer, settings)
    contacts = page.model.column_index("contacts")
    page.view.sortByColumn(contacts, Qt.SortOrder.DescendingOrder)
    wait_loaded(qtbot, page)
    assert shown(page)[:2] == ["Wuxi Green Energy", "Kunshan Mould Works"]
    assert shown(page, "contacts")[:2] == ["2", "1"]
    assert page.current_query().order_by == "contacts"
    assert page.current_query().descending


def test_the_column_layout_is_remembered(
    qtbot: QtBot, officer: Services, settings: QSettings
) -> None:
    page = enterprise_list(qtbot, officer, settings)
    page.set_column_visible("tags", True)
    page.set_column_visible("uscc", False)
    page.view.sortByColumn(page.model.column_index("city"), Qt.SortOrder.AscendingOrder)
    wait_loaded(qtbot, page)
    page.save_layout()
    again = enterprise_list(qtbot, officer, settings)
    assert again.column_visible("tags") and not again.column_visible("uscc")
    assert again.current_query().order_by == "city"


def test_delete_moves_to_the_trash_and_restore_brings_it_back(
    qtbot: QtBot, officer: Services, settings: QSettings
) -> None:
    ids = add_firms(officer)
    page = enterprise_list(qtbot, officer, settings)
    assert page.select_id(ids["Changzhou Logistics"])
    with messages.answering(False):
        page.trigger_action("delete")
    assert messages.history()[-1].text == "Move “Changzhou Logistics” to the Trash?"
    assert len(shown(page)) == 5  # the officer said no
    page.view.setFocus()
    with messages.answering(True):
        qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    wait_loaded(qtbot, page)
    assert "Changzhou Logistics" not in shown(page)
    assert page.restore_button.isVisible()
    assert [item.id for item in officer.trash.items()] == [ids["Changzhou Logistics"]]
    page.restore_button.click()
    wait_loaded(qtbot, page)
    assert "Changzhou Logistics" in shown(page)
    assert page.current_id() == ids["Changzhou Logistics"]
    assert not page.restore_button.isVisible()


def test_enter_opens_and_f2_edits_the_selected_record(
    qtbot: QtBot, officer: Services, settings: QSettings
) -> None:
    ids = add_firms(officer)
    page = enterprise_list(qtbot, officer, settings)
    opened: list[int] = []
    page.opener = opened.append
    assert page.select_id(ids["Wuxi Green Energy"])
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    qtbot.keyClick(page.view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert opened == [ids["Wuxi Green Energy"]]  # Ctrl+Enter is not the table's
    qtbot.keyClick(page.view, Qt.Key.Key_F2)
    assert page.editor is not None and page.editor.record_id == ids["Wuxi Green Energy"]
    page.editor.close()


def test_scrolling_to_the_end_fetches_only_the_pages_shown(
    qtbot: QtBot, officer: Services, settings: QSettings
) -> None:
    for n in range(450):
        officer.enterprises.create({"name": f"Firm {n:04d}"})
    page = enterprise_list(qtbot, officer, settings)
    assert page.count_label.text() == "450 enterprises"
    fetched = page.model.rows_fetched
    page.view.scrollToBottom()
    qtbot.waitUntil(lambda: page.model.rows_fetched > fetched)
    QApplication.processEvents()
    # The last page (and at most its neighbour), never the 250 rows in between.
    assert page.model.rows_fetched - fetched <= 2 * page.model.page_size
    assert shown(page)[-1] == "Firm 0449"


def test_switching_to_chinese_retranslates_the_page(
    qtbot: QtBot, qapp: QApplication, officer: Services, settings: QSettings
) -> None:
    add_firms(officer)
    page = enterprise_list(qtbot, officer, settings)
    speak(qapp, "zh_CN")
    header = page.model.headerData(page.model.column_index("status"), Qt.Orientation.Horizontal)
    assert header == "合作状态"
    assert page.model.headerData(0, Qt.Orientation.Horizontal) == "企业名称"
    assert page.count_label.text() == "共 5 家企业"
    assert page.filter_combos["status"].itemText(0) == "状态：全部"
    assert "合作中" in [
        page.filter_combos["status"].itemText(i)
        for i in range(page.filter_combos["status"].count())
    ]


def test_a_long_list_shows_its_first_page_before_it_is_counted(
    qtbot: QtBot, officer: Services, settings: QSettings
) -> None:
    for n in range(250):
        officer.enterprises.create({"name": f"Firm {n:04d}"})
    page: ListPage = ListPage(ENTERPRISE_LIST, officer, settings=settings)  # type: ignore[type-arg]
    show(qtbot, page)
    qtbot.waitUntil(lambda: page.first_pages == 1)
    assert page.count_label.text() == "Counting…"
    assert page.row_count() == page.model.page_size
    assert shown(page)[:2] == ["Firm 0000", "Firm 0001"]
    wait_loaded(qtbot, page, 1)
    assert page.row_count() == 250
    assert page.count_label.text() == "250 enterprises"
    assert shown(page)[:2] == ["Firm 0000", "Firm 0001"]  # the same order, the whole list


def test_a_long_search_result_shows_its_first_page_before_it_is_counted(
    qtbot: QtBot, officer: Services, settings: QSettings
) -> None:
    for n in range(250):
        officer.enterprises.create({"name": f"Firm {n:04d}" if n % 5 else f"Works {n:04d}"})
    page: ListPage = ListPage(ENTERPRISE_LIST, officer, settings=settings)  # type: ignore[type-arg]
    show(qtbot, page)
    wait_loaded(qtbot, page, 1)
    page.search.setText("firm")
    page.search.flush()
    qtbot.waitUntil(lambda: page.first_pages == 2)  # the unsearched list's and the search's
    assert page.count_label.text() == "Counting…"
    assert shown(page)[:2] == ["Firm 0001", "Firm 0002"]
    assert page.row_count() == page.model.page_size
    wait_loaded(qtbot, page, 2)
    assert page.row_count() == 200
    assert page.count_label.text() == "200 enterprises"
    assert shown(page)[99:101] == ["Firm 0124", "Firm 0126"]  # no Works among them


def test_cooperation_depth_is_read_only_when_its_column_is_shown(
    qtbot: QtBot, officer: Services, settings: QSettings
) -> None:
    ids = add_firms(officer)
    add_visit(officer, ids["Wuxi Green Energy"], occurred_on=date.today())
    page = enterprise_list(qtbot, officer, settings)
    assert not page.column_visible("depth")
    assert set(shown(page, "depth")) == {""}  # not read
    page.set_column_visible("depth", True)
    depth = dict(zip(shown(page), shown(page, "depth"), strict=True))
    assert depth["Wuxi Green Energy"] == "1 · Contact only"
    assert depth["Kunshan Mould Works"] == "0 · No contact"


_OPEN_LIST = """
import json, sys
from pathlib import Path
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from liaison.db import open_database
from liaison.services.hub import Services
from ui.pages.enterprises import ENTERPRISE_LIST
from ui.pages.list_page import ListPage
from ui.tasks import shutdown_runner
app = QApplication([])
folder = Path(sys.argv[1])
services = Services(open_database(folder / "x.db"), "tester")
settings = QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat)
page = ListPage(ENTERPRISE_LIST, services, settings=settings)
page.show()
app.processEvents()
opened = "openpyxl" in sys.modules
menu = page.excel_button.menu()
menu.aboutToShow.emit()
importable = [a.isVisible() for a in menu.actions()]
print(json.dumps({"openpyxl_on_open": opened, "visible": importable}))
page.close()
shutdown_runner()
"""


def test_opening_a_list_does_not_load_the_excel_code(tmp_path: Path) -> None:
    """The Excel menu learns whether its list can be imported only when it opens."""
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run(
        [sys.executable, "-c", _OPEN_LIST, str(tmp_path)],
        env=dict(os.environ, PYTHONPATH=str(root), QT_QPA_PLATFORM="offscreen"),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout.strip().splitlines()[-1])
    assert found == {"openpyxl_on_open": False, "visible": [True, True]}
