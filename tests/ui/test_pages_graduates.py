"""Graduates & training: employment and training lists with period, enterprise and related
filters; editors; delete, restore, undo; open_record lands on each."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from liaison.services.hub import Services
from tests.ui import lists_support
from tests.ui.areas_support import TODAY, college, pick, search, task_done
from tests.ui.lists_support import show, shown, wait_loaded
from ui import messages
from ui.dialogs.ref_picker import RefPicker
from ui.main_window import MainWindow
from ui.pages import install_pages, open_record, undo_last
from ui.pages.graduates import GraduatesArea

officer = lists_support.officer
worker_stopped_after_module = lists_support.worker_stopped_after_module


@pytest.fixture
def ids(officer: Services) -> dict[str, int]:
    return college(officer)


@pytest.fixture
def area(
    qtbot: QtBot, officer: Services, settings: QSettings, ids: dict[str, int]
) -> GraduatesArea:
    page = GraduatesArea(officer, settings)
    show(qtbot, page)
    wait_loaded(qtbot, page.employments, 1)
    wait_loaded(qtbot, page.trainings, 1)
    return page


def test_two_tabs(area: GraduatesArea, qtmodeltester: ModelTester) -> None:
    assert shown(area.employments, "student") == ["Wang Fang", "Liu Yang"]
    assert area.employments.count_label.text() == "2 graduates employed"
    assert shown(area.trainings, "person_hours") == ["96"]
    assert [area.tabs.tabText(i) for i in range(2)] == ["Graduates employed", "Staff training"]
    qtmodeltester.check(area.employments.model)


@pytest.mark.parametrize(
    ("key", "label", "expected"),
    [
        ("related", "Not related", ["Liu Yang"]),
        ("enterprise", "Wuxi Green Energy", ["Wang Fang"]),
        ("period", "Last year", ["Liu Yang"]),
    ],
)
def test_employment_filters(
    qtbot: QtBot, area: GraduatesArea, key: str, label: str, expected: list[str]
) -> None:
    pick(area.employments, key, label)
    wait_loaded(qtbot, area.employments)
    assert shown(area.employments, "student") == expected


def test_training_filters_offer_only_firms_that_trained(qtbot: QtBot, area: GraduatesArea) -> None:
    combo = area.trainings.filter_combos["enterprise"]
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Enterprise: all",
        "Kunshan Mould Works",
    ]
    pick(area.trainings, "period", "Last year")
    wait_loaded(qtbot, area.trainings)
    assert area.trainings.row_count() == 0


def test_search(qtbot: QtBot, area: GraduatesArea) -> None:
    search(qtbot, area.employments, "kunshan")
    assert shown(area.employments, "student") == ["Liu Yang"]


def test_a_training_session_needs_its_hours_next_to_the_field(
    qtbot: QtBot, area: GraduatesArea, officer: Services
) -> None:
    area.tabs.show_list("trainings")
    editor = area.trainings.new_record()
    assert editor.form.value("held_on") == TODAY
    firm = editor.form.widget("enterprise_id")
    assert isinstance(firm, RefPicker)
    firm.search_now("Wuxi")
    firm.choose(0)
    editor.form.widget("topic").set_value("Safety")
    editor.form.widget("participants").set_value(5)
    editor.save()
    task_done(qtbot, editor)
    assert "hours" in editor.form.errors()
    editor.form.widget("hours").set_value(4)
    with qtbot.waitSignal(editor.saved, timeout=10_000) as saved:
        editor.save()
    wait_loaded(qtbot, area.trainings)
    assert area.trainings.current_id() == saved.args[0]
    assert officer.trainings.get(saved.args[0]).hours == 4


def test_edit_delete_restore_undo(
    qtbot: QtBot, officer: Services, settings: QSettings, ids: dict[str, int]
) -> None:
    window = MainWindow(settings)
    qtbot.addWidget(window)
    install_pages(window, officer)
    window.show()
    area = window.page("graduates")
    assert isinstance(area, GraduatesArea)
    page = area.employments
    wait_loaded(qtbot, page, 1)
    editor = page.edit_record(ids["hired"])
    editor.form.widget("hired_on").set_value(TODAY - timedelta(days=3))
    editor.form.widget("position").set_value("Engineer")
    with qtbot.waitSignal(editor.saved, timeout=10_000):
        editor.save()
    wait_loaded(qtbot, page)
    assert shown(page, "position")[0] == "Engineer"
    page.select_id(ids["hired"])
    with messages.answering(True):
        page.delete_selected()
    wait_loaded(qtbot, page)
    assert shown(page, "student") == ["Liu Yang"]
    page.restore_button.click()
    wait_loaded(qtbot, page)
    assert shown(page, "student") == ["Wang Fang", "Liu Yang"]
    loads = page.loads
    task = undo_last(window, officer)
    wait_loaded(qtbot, page, loads + 1)  # refreshed once undone
    assert task.done
    assert shown(page, "student") == ["Liu Yang"]


def test_open_record_and_enter(
    qtbot: QtBot, officer: Services, settings: QSettings, ids: dict[str, int]
) -> None:
    window = MainWindow(settings)
    qtbot.addWidget(window)
    install_pages(window, officer)
    window.show()
    area = window.page("graduates")
    assert isinstance(area, GraduatesArea)
    wait_loaded(qtbot, area.trainings, 1)
    assert open_record(window, officer, "training_session", ids["training"]) is area
    assert window.current_area() == "graduates"
    assert area.tabs.current_list() is area.trainings
    editor = area.trainings.editor
    assert editor is not None and editor.record_id == ids["training"]
    editor.close()
    open_record(window, officer, "employment", ids["hired elsewhere"])
    area.employments.editor.close()  # type: ignore[union-attr]
    wait_loaded(qtbot, area.employments)
    qtbot.keyClick(area.employments.view, Qt.Key.Key_Return)
    assert area.employments.editor is not None
    assert area.employments.editor.record_id == ids["hired elsewhere"]
    area.employments.editor.close()
