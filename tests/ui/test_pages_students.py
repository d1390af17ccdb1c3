"""Students & placements: two tabs with their filters, student/major/placement editors,
delete, restore, undo, open from a search hit."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from liaison.services.hub import Services
from tests.ui import lists_support
from tests.ui.areas_support import college, pick, search, task_done
from tests.ui.lists_support import show, shown, wait_loaded
from ui import messages
from ui.dialogs.ref_picker import RefPicker
from ui.main_window import MainWindow
from ui.pages import install_pages, open_record, undo_last
from ui.pages.students import StudentsArea

officer = lists_support.officer
worker_stopped_after_module = lists_support.worker_stopped_after_module


@pytest.fixture
def ids(officer: Services) -> dict[str, int]:
    return college(officer)


@pytest.fixture
def area(qtbot: QtBot, officer: Services, settings: QSettings, ids: dict[str, int]) -> StudentsArea:
    page = StudentsArea(officer, settings)
    show(qtbot, page)
    wait_loaded(qtbot, page.students, 1)
    wait_loaded(qtbot, page.placements, 1)
    return page


def test_two_tabs_with_counts(area: StudentsArea, qtmodeltester: ModelTester) -> None:
    assert shown(area.students, "name") == ["Wang Fang", "Chen Jie", "Liu Yang"]
    assert shown(area.students, "placements") == ["1", "0", "1"]
    assert area.students.count_label.text() == "3 students"
    assert area.tabs.tabText(1) == "Placements"
    assert area.placements.count_label.text() == "2 placements"
    qtmodeltester.check(area.students.model)


@pytest.mark.parametrize(
    ("key", "label", "expected"),
    [("major", "Software", ["Liu Yang"]), ("cohort", "2024", ["Chen Jie", "Liu Yang"])],
)
def test_student_filters(
    qtbot: QtBot, area: StudentsArea, key: str, label: str, expected: list[str]
) -> None:
    pick(area.students, key, label)
    wait_loaded(qtbot, area.students)
    assert shown(area.students, "name") == expected


@pytest.mark.parametrize(
    ("key", "label", "expected"),
    [
        ("status", "Planned", ["Wang Fang", "Liu Yang"]),
        ("major", "Mechatronics", ["Wang Fang"]),
        ("agreement", "A-2", ["Liu Yang"]),
    ],
)
def test_placement_filters(
    qtbot: QtBot, area: StudentsArea, key: str, label: str, expected: list[str]
) -> None:
    area.tabs.show_list("placements")
    pick(area.placements, key, label)
    wait_loaded(qtbot, area.placements)
    assert shown(area.placements, "student") == expected


def test_search_students(qtbot: QtBot, area: StudentsArea) -> None:
    search(qtbot, area.students, "S002")
    assert shown(area.students, "name") == ["Chen Jie"]


def test_a_new_student_with_a_new_major(
    qtbot: QtBot, area: StudentsArea, officer: Services
) -> None:
    major_editor = area.new_major()
    major_editor.form.widget("name").set_value("Logistics")
    with qtbot.waitSignal(major_editor.saved, timeout=10_000):
        major_editor.save()
    wait_loaded(qtbot, area.students)
    assert area.students.filter_combos["major"].findText("Logistics") > 0
    editor = area.students.new_record()
    editor.save()  # nothing typed: the required fields say so
    task_done(qtbot, editor)
    assert set(editor.form.errors()) >= {"student_no", "name"}
    editor.form.widget("student_no").set_value("S010")
    editor.form.widget("name").set_value("Sun Li")
    major = editor.form.widget("major_id")
    assert isinstance(major, RefPicker)
    major.search_now("Logis")
    major.choose(0)
    with qtbot.waitSignal(editor.saved, timeout=10_000) as saved:
        editor.save()
    wait_loaded(qtbot, area.students)
    assert area.students.current_id() == saved.args[0]
    assert "Sun Li" in shown(area.students, "name")
    [row] = area.students.selected_rows()
    assert row.major_name == "Logistics"
    area.students.select_id(saved.args[0])
    assert area.edit_major() is not None
    assert area.editor is not None and area.editor.form.value("name") == "Logistics"
    area.editor.close()


def test_edit_delete_restore_and_undo(
    qtbot: QtBot, officer: Services, settings: QSettings, ids: dict[str, int]
) -> None:
    window = MainWindow(settings)
    qtbot.addWidget(window)
    install_pages(window, officer)
    window.show()
    area = window.page("students")
    assert isinstance(area, StudentsArea)
    page = area.students
    wait_loaded(qtbot, page, 1)
    editor = page.edit_record(ids["Chen Jie"])
    editor.form.widget("class_name").set_value("Mech 2401")
    with qtbot.waitSignal(editor.saved, timeout=10_000):
        editor.save()
    wait_loaded(qtbot, page)
    assert "Mech 2401" in shown(page, "class")
    page.select_id(ids["Chen Jie"])
    with messages.answering(True):
        page.delete_selected()
    wait_loaded(qtbot, page)
    assert "Chen Jie" not in shown(page, "name")
    page.restore_button.click()
    wait_loaded(qtbot, page)
    assert "Chen Jie" in shown(page, "name")
    loads = page.loads
    task = undo_last(window, officer)  # takes back the restore
    wait_loaded(qtbot, page, loads + 1)  # refreshed once undone
    assert task.done
    assert "Chen Jie" not in shown(page, "name")


def test_open_record_lands_on_a_placement_and_enter_opens_it(
    qtbot: QtBot, officer: Services, settings: QSettings, ids: dict[str, int]
) -> None:
    window = MainWindow(settings)
    qtbot.addWidget(window)
    install_pages(window, officer)
    window.show()
    area = window.page("students")
    assert isinstance(area, StudentsArea)
    wait_loaded(qtbot, area.placements, 1)
    assert open_record(window, officer, "placement", ids["p2"]) is area
    assert area.tabs.current_list() is area.placements
    editor = area.placements.editor
    assert editor is not None and editor.record_id == ids["p2"]
    editor.close()
    open_record(window, officer, "student", ids["Liu Yang"])
    assert area.tabs.current_list() is area.students
    wait_loaded(qtbot, area.students)
    assert area.students.current_id() == ids["Liu Yang"]
    area.students.editor.close()  # type: ignore[union-attr]
    qtbot.keyClick(area.students.view, Qt.Key.Key_Return)
    assert area.students.editor is not None
    assert area.students.editor.record_id == ids["Liu Yang"]
    area.students.editor.close()
