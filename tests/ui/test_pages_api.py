"""What the window's shell calls: install_pages, open_record (reminders, search, trash), undo."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
import shiboken6
from PySide6.QtCore import QSettings
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from liaison.reminders import reminders
from liaison.services.hub import Services
from tests.ui import lists_support
from tests.ui.lists_support import add_firms, add_visit, shown, wait_loaded
from ui import messages
from ui.dialogs.editor import RecordEditor
from ui.main_window import MainWindow
from ui.pages import LIST_AREAS, install_pages, open_record, undo_last
from ui.pages.enterprises import EnterprisesArea
from ui.pages.reports import ReportsPage
from ui.pages.visits import VisitsArea
from ui.widgets.empty_state import EmptyState

officer = lists_support.officer
worker_stopped_after_module = lists_support.worker_stopped_after_module


@pytest.fixture
def window(qtbot: QtBot, settings: QSettings, officer: Services) -> MainWindow:
    main = MainWindow(settings)
    qtbot.addWidget(main)
    main.show()
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow)
    return main


def areas(window: MainWindow) -> tuple[EnterprisesArea, VisitsArea]:
    enterprises, visits = window.page("enterprises"), window.page("visits")
    assert isinstance(enterprises, EnterprisesArea) and isinstance(visits, VisitsArea)
    return enterprises, visits


def test_install_pages_puts_the_areas_in_the_window(
    qtbot: QtBot, window: MainWindow, officer: Services
) -> None:
    add_firms(officer)
    made: list[str] = []
    install_pages(window, officer, on_made=lambda key, _page: made.append(key))
    assert made == []  # each page is made when its area is first shown or asked for
    window.show_area("visits")
    assert made == ["visits"] and isinstance(window.stack.currentWidget(), VisitsArea)
    for key in ("enterprises", "agreements", "students", "projects", "graduates"):
        page = window.page(key)
        assert window.page(key) is page and not isinstance(page, EmptyState)
    assert sorted(made) == sorted(LIST_AREAS)
    assert isinstance(window.page("reports"), ReportsPage)
    assert set(window.made_pages()) >= {*LIST_AREAS, "reports"}
    enterprises, _visits = areas(window)
    wait_loaded(qtbot, enterprises.list_page, 1)
    window.show_area("enterprises")
    assert window.router.actions["new"].isEnabled()
    assert not window.router.actions["edit"].isEnabled()  # nothing selected yet
    enterprises.list_page.select_row(0)
    assert window.router.actions["edit"].isEnabled()
    assert window.router.actions["delete"].isEnabled()


def test_ctrl_n_in_the_window_opens_a_new_enterprise(
    qtbot: QtBot, window: MainWindow, officer: Services
) -> None:
    install_pages(window, officer)
    enterprises, _visits = areas(window)
    wait_loaded(qtbot, enterprises.list_page, 1)
    window.show_area("enterprises")
    qtbot.keySequence(window, QKeySequence.StandardKey.New)
    editor = enterprises.list_page.editor
    assert isinstance(editor, RecordEditor) and editor.isVisible()
    assert editor.windowTitle() == "New enterprise"
    editor.form.widget("name").set_value("Brand New Ltd")
    with qtbot.waitSignal(editor.saved, timeout=10_000):
        editor.save()
    wait_loaded(qtbot, enterprises.list_page)
    assert shown(enterprises.list_page) == ["Brand New Ltd"]
    assert enterprises.list_page.current_id() is not None


def test_a_reminder_opens_its_record(qtbot: QtBot, window: MainWindow, officer: Services) -> None:
    ids = add_firms(officer)
    visit = add_visit(
        officer,
        ids["Wuxi Green Energy"],
        occurred_on=date.today() - timedelta(days=20),
        follow_up_action="Send the quote",
        follow_up_due=date.today() - timedelta(days=3),
    )
    install_pages(window, officer)
    with officer.db.reading() as session:
        [due] = reminders(session, date.today()).follow_ups_overdue
    shown_now = open_record(window, officer, due.entity, due.id)
    _enterprises, visits = areas(window)
    assert shown_now is visits
    assert window.current_area() == "visits"
    editor = visits.list_page.editor
    assert isinstance(editor, RecordEditor) and editor.record_id == visit
    assert editor.form.value("follow_up_action") == "Send the quote"


def test_a_search_hit_opens_an_enterprise_or_a_contact_in_its_record(
    qtbot: QtBot, window: MainWindow, officer: Services
) -> None:
    ids = add_firms(officer)
    contact = officer.contacts.create({"enterprise_id": ids["Wuxi Green Energy"], "name": "Li Na"})
    install_pages(window, officer)
    enterprises, _visits = areas(window)
    open_record(window, officer, "enterprise", ids["Nanjing Software Studio"])
    assert window.current_area() == "enterprises"
    record = enterprises.record()
    assert record is not None and record.title_label.text() == "Nanjing Software Studio"
    open_record(window, officer, "contact", contact)
    record = enterprises.record()
    assert record is not None and record.enterprise_id == ids["Wuxi Green Energy"]
    assert record.current_tab() == "contacts"
    wait_loaded(qtbot, record.lists["contacts"])
    assert record.lists["contacts"].current_id() == contact


def test_a_record_without_a_view_of_its_own_opens_in_its_editor(
    qtbot: QtBot, window: MainWindow, officer: Services
) -> None:
    major = officer.majors.create({"name": "Mechatronics"})
    install_pages(window, officer)
    editor = open_record(window, officer, "major", major)
    assert editor is window.page("students")
    opened = window.page("students").editor  # type: ignore[attr-defined]
    assert isinstance(opened, RecordEditor)
    assert opened.windowTitle() == "Edit major — Mechatronics"
    opened.close()


def test_a_record_that_is_gone_is_reported_not_opened(
    qtbot: QtBot, window: MainWindow, officer: Services
) -> None:
    install_pages(window, officer)
    assert open_record(window, officer, "agreement", 999) is None
    assert open_record(window, officer, "enterprise", 999) is None
    assert [m.kind for m in messages.history()] == ["error", "error"]
    assert "#999" in messages.history()[0].text


def test_undo_takes_back_a_delete_and_refreshes_the_list(
    qtbot: QtBot, window: MainWindow, officer: Services
) -> None:
    ids = add_firms(officer)
    install_pages(window, officer)
    enterprises, _visits = areas(window)
    page = enterprises.list_page
    wait_loaded(qtbot, page, 1)
    window.show_area("enterprises")
    page.select_id(ids["Wuxi Green Energy"])
    with messages.answering(True):
        window.router.trigger("delete")
    wait_loaded(qtbot, page)
    assert "Wuxi Green Energy" not in shown(page)
    loads = page.loads
    task = undo_last(window, officer)
    qtbot.waitUntil(lambda: task.done and page.loads > loads, timeout=10_000)
    assert "Wuxi Green Energy" in shown(page)
    firm = ids["Wuxi Green Energy"]
    assert window.statusBar().currentMessage() == f"Undone: deleting enterprise #{firm}"


def test_undo_of_an_edit_refreshes_the_record_on_show(
    qtbot: QtBot, window: MainWindow, officer: Services
) -> None:
    ids = add_firms(officer)
    firm = ids["Changzhou Logistics"]
    install_pages(window, officer)
    enterprises, _visits = areas(window)
    open_record(window, officer, "enterprise", firm)
    officer.enterprises.update(firm, {"city": "Nantong"})
    record = enterprises.record()
    assert record is not None
    task = undo_last(window, officer)
    qtbot.waitUntil(lambda: task.done, timeout=10_000)
    assert record.profile.form.value("city") == "Changzhou"
    assert "Changzhou" in record.facts_label.text()


def test_nothing_to_undo_is_told_as_a_known_error(
    qtbot: QtBot, window: MainWindow, officer: Services
) -> None:
    install_pages(window, officer)
    task = undo_last(window, officer)
    qtbot.waitUntil(lambda: task.done, timeout=10_000)
    assert task.outcome == "failure"
    assert messages.history()[-1].text == "There is nothing to undo."


def test_deleted_editors_are_gone_for_good(
    qtbot: QtBot, window: MainWindow, officer: Services
) -> None:
    ids = add_firms(officer)
    install_pages(window, officer)
    open_record(window, officer, "interaction", add_visit(officer, ids["Wuxi Green Energy"]))
    editor = areas(window)[1].list_page.editor
    assert isinstance(editor, RecordEditor)
    editor.close()
    qtbot.waitUntil(lambda: not shiboken6.isValid(editor))  # deleted on close, not leaked


def test_changes_made_in_an_area_are_announced_for_the_dashboard_and_trash(
    qtbot: QtBot, window: MainWindow, officer: Services
) -> None:
    ids = add_firms(officer)
    install_pages(window, officer)
    enterprises, _visits = areas(window)
    wait_loaded(qtbot, enterprises.list_page, 1)
    enterprises.list_page.select_id(ids["Wuxi Green Energy"])
    with (
        qtbot.waitSignal(enterprises.data_changed, timeout=10_000) as deleted,
        messages.answering(True),
    ):
        enterprises.list_page.delete_selected()
    assert deleted.args == ["enterprise"]
    open_record(window, officer, "enterprise", ids["Kunshan Mould Works"])
    record = enterprises.record()
    assert record is not None
    record.profile.form.widget("city").set_value("Taicang")
    with qtbot.waitSignal(enterprises.data_changed, timeout=10_000) as saved:
        record.profile.save()
    assert saved.args == ["enterprise"]
