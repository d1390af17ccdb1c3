"""The Agreements area: filters, search, the record with its allowed status changes, its
placements (validated against the agreement's period), renewal, delete/restore/undo."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from liaison.reminders import reminders
from liaison.services.hub import Services
from tests.ui import lists_support
from tests.ui.areas_support import TODAY, college, pick, search, task_done
from tests.ui.lists_support import show, shown, wait_loaded
from ui import messages
from ui.dialogs.ref_picker import RefPicker
from ui.main_window import MainWindow
from ui.pages import install_pages, open_record, undo_last
from ui.pages.agreements import AgreementRecord, AgreementsArea, renewal_values

officer = lists_support.officer
worker_stopped_after_module = lists_support.worker_stopped_after_module


@pytest.fixture
def ids(officer: Services) -> dict[str, int]:
    return college(officer)


@pytest.fixture
def area(
    qtbot: QtBot, officer: Services, settings: QSettings, ids: dict[str, int]
) -> AgreementsArea:
    page = AgreementsArea(officer, settings)
    show(qtbot, page)
    wait_loaded(qtbot, page.list_page, 1)
    return page


def test_the_list_counts_and_tests_as_a_model(
    area: AgreementsArea, qtmodeltester: ModelTester
) -> None:
    page = area.list_page
    assert shown(page, "number") == ["A-1", "A-2"]
    assert shown(page, "placements") == ["1", "1"]
    assert page.count_label.text() == "2 agreements"
    qtmodeltester.check(page.model)


@pytest.mark.parametrize(
    ("key", "label", "expected"),
    [
        ("kind", "Order class", ["A-1"]),
        ("status", "Draft", ["A-2"]),
        ("status", "Signed", ["A-1"]),
        ("period", "Last year", ["A-2"]),
    ],
)
def test_filters(
    qtbot: QtBot, area: AgreementsArea, key: str, label: str, expected: list[str]
) -> None:
    pick(area.list_page, key, label)
    wait_loaded(qtbot, area.list_page)
    assert shown(area.list_page, "number") == expected


def test_search_finds_the_firm(qtbot: QtBot, area: AgreementsArea) -> None:
    search(qtbot, area.list_page, "kunshan")
    assert shown(area.list_page, "number") == ["A-2"]


def open_with_enter(qtbot: QtBot, area: AgreementsArea, record_id: int) -> AgreementRecord:
    area.list_page.select_id(record_id)
    qtbot.keyClick(area.list_page.view, Qt.Key.Key_Return)
    record = area.record()
    assert record is not None and record.record_id == record_id
    return record


def test_enter_opens_the_record_with_only_the_allowed_status_changes(
    qtbot: QtBot, area: AgreementsArea, ids: dict[str, int]
) -> None:
    record = open_with_enter(qtbot, area, ids["A-1"])
    assert record.title_label.text() == "A-1 Order class"
    assert "Wuxi Green Energy" in record.facts_label.text()
    visible = {v for v, b in record.status_buttons.items() if not b.isHidden()}
    assert visible == {"active", "terminated", "expired"}  # from signed
    record.status_buttons["active"].click()
    qtbot.waitUntil(lambda: record.values["status"] == "active", timeout=10_000)
    visible = {v for v, b in record.status_buttons.items() if not b.isHidden()}
    assert visible == {"completed", "terminated", "expired"}
    assert record.status_buttons["completed"].text() == "Mark “Completed”"


def test_a_status_jump_in_the_editor_is_refused_next_to_the_field(
    qtbot: QtBot, area: AgreementsArea, ids: dict[str, int]
) -> None:
    editor = area.list_page.edit_record(ids["A-2"])  # a draft
    editor.form.widget("status").set_value("completed")
    editor.save()
    task_done(qtbot, editor)
    assert "cannot change" in editor.form.errors()["status"]
    editor.form.mark_clean()
    editor.close()


def test_a_placement_outside_the_agreement_period_is_refused_next_to_its_field(
    qtbot: QtBot, area: AgreementsArea, ids: dict[str, int], officer: Services
) -> None:
    record = open_with_enter(qtbot, area, ids["A-1"])
    placements = record.placements
    wait_loaded(qtbot, placements)
    assert shown(placements, "student") == ["Wang Fang"]
    editor = placements.new_record()
    assert editor.form.value("agreement_id") == ids["A-1"]
    student = editor.form.widget("student_id")
    assert isinstance(student, RefPicker)
    student.search_now("Chen")
    student.choose(0)
    mentor = editor.form.widget("enterprise_mentor_id")
    assert isinstance(mentor, RefPicker)
    assert [label for _id, label in mentor.search_now("")] == ["Zhang Wei · Wuxi Green Energy"]
    editor.form.widget("start_date").set_value(date(TODAY.year - 1, 6, 1))
    editor.save()
    task_done(qtbot, editor)
    assert editor.form.errors()["start_date"]
    editor.form.widget("start_date").set_value(TODAY)
    with qtbot.waitSignal(editor.saved, timeout=10_000) as saved:
        editor.save()
    wait_loaded(qtbot, placements)
    assert sorted(shown(placements, "student")) == ["Chen Jie", "Wang Fang"]
    assert officer.placements.get(saved.args[0]).student_id == ids["Chen Jie"]


def test_renewing_makes_a_new_draft_with_the_period_moved_on(
    qtbot: QtBot, area: AgreementsArea, ids: dict[str, int], officer: Services
) -> None:
    record = open_with_enter(qtbot, area, ids["A-2"])
    editor = record.renew()
    assert editor.form.value("renewal_of_id") == ids["A-2"]
    assert editor.form.value("start_date") == date(TODAY.year, 1, 1)
    assert editor.form.value("status") == "draft"
    with qtbot.waitSignal(editor.saved, timeout=10_000) as saved:
        editor.save()
    renewed = officer.agreements.get(saved.args[0])
    assert (renewed.number, renewed.renewal_of_id) == ("A-2-R", ids["A-2"])
    assert renewed.end_date == date(TODAY.year + 1, 12, 31)
    qtbot.waitUntil(lambda: area.record() is not None and area.record().record_id == renewed.id)


def test_renewal_values_keep_the_terms_and_the_length() -> None:
    stored = {
        "id": 7,
        "number": "B-9",
        "kind": "apprenticeship",
        "enterprise_id": 3,
        "post": "Fitter",
        "start_date": date(2024, 9, 1),
        "end_date": date(2025, 8, 31),
        "insurance_policy": "X-1",
    }
    values = renewal_values(stored)
    assert (values["start_date"], values["end_date"]) == (date(2025, 9, 1), date(2026, 8, 31))
    odd = renewal_values({**stored, "start_date": date(2024, 9, 3)})
    assert odd["end_date"] - odd["start_date"] == date(2025, 8, 31) - date(2024, 9, 3)
    assert values["post"] == "Fitter" and "insurance_policy" not in values
    assert renewal_values({**stored, "start_date": None, "end_date": None}, date(2026, 1, 5))[
        "start_date"
    ] == date(2026, 1, 5)


def test_delete_restore_and_undo(
    qtbot: QtBot, officer: Services, settings: QSettings, ids: dict[str, int]
) -> None:
    window = MainWindow(settings)
    qtbot.addWidget(window)
    install_pages(window, officer)
    window.show()
    area = window.page("agreements")
    assert isinstance(area, AgreementsArea)
    page = area.list_page
    wait_loaded(qtbot, page, 1)
    page.select_id(ids["A-2"])
    with messages.answering(True):
        page.delete_selected()
    wait_loaded(qtbot, page)
    assert shown(page, "number") == ["A-1"]
    page.restore_button.click()
    wait_loaded(qtbot, page)
    assert shown(page, "number") == ["A-1", "A-2"]
    officer.agreements.update(ids["A-1"], {"title": "Renamed"})
    task = undo_last(window, officer)
    qtbot.waitUntil(lambda: task.done, timeout=10_000)
    assert officer.agreements.get(ids["A-1"]).title == "Order class"


def test_a_reminder_of_an_ending_agreement_opens_it(
    qtbot: QtBot, officer: Services, settings: QSettings, ids: dict[str, int]
) -> None:
    window = MainWindow(settings)
    qtbot.addWidget(window)
    install_pages(window, officer)
    window.show()
    with officer.db.reading() as session:
        [ending] = reminders(session, TODAY).agreements_ending
    assert open_record(window, officer, ending.entity, ending.id) is window.page("agreements")
    assert window.current_area() == "agreements"
    record = window.page("agreements").record()  # type: ignore[attr-defined]
    assert isinstance(record, AgreementRecord) and record.record_id == ids["A-1"]
