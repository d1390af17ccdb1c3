"""The enterprise record: opened from the list with Enter, every tab filled, edited in place."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from liaison.services.hub import Services
from tests.ui import lists_support
from tests.ui.lists_support import add_firms, add_visit, show, shown, speak, wait_loaded
from ui import messages
from ui.dialogs.field_widgets import TextField
from ui.pages.enterprise_record import TAB_KEYS, EnterpriseRecord
from ui.pages.enterprises import EnterprisesArea

officer = lists_support.officer
worker_stopped_after_module = lists_support.worker_stopped_after_module

TODAY = date.today()


def cooperation(services: Services, firm: int) -> dict[str, int]:
    """One of everything with ``firm``: the record's tabs have something to show."""
    major = services.majors.create({"name": "Mechatronics"})
    student = services.students.create(
        {"student_no": "2024001", "name": "Wang Fang", "major_id": major, "graduation_year": 2026}
    )
    mentor = services.contacts.create(
        {"enterprise_id": firm, "name": "Zhang Wei", "title": "Workshop head", "is_primary": True}
    )
    agreement = services.agreements.create(
        {
            "number": "XT-2026-001",
            "kind": "apprenticeship",
            "enterprise_id": firm,
            "status": "draft",
            "start_date": TODAY - timedelta(days=60),
            "end_date": TODAY + timedelta(days=300),
        }
    )
    services.agreements.update(agreement, {"status": "signed"})
    services.agreements.update(agreement, {"status": "active"})
    placement = services.placements.create(
        {
            "agreement_id": agreement,
            "student_id": student,
            "enterprise_mentor_id": mentor,
            "start_date": TODAY - timedelta(days=30),
            "status": "planned",
        }
    )
    services.placements.update(placement, {"status": "active"})
    visit = add_visit(
        services,
        firm,
        occurred_on=TODAY - timedelta(days=10),
        contact_id=mentor,
        follow_up_action="Send the draft syllabus",
        follow_up_due=TODAY - timedelta(days=2),
    )
    project = services.projects.create(
        {"title": "Fixture redesign", "kind": "technical_service", "status": "contracted"}
    )
    services.partners.create({"project_id": project, "enterprise_id": firm, "is_lead": True})
    services.payments.create(
        {"project_id": project, "received_on": TODAY - timedelta(days=15), "amount_fen": "12"}
    )
    services.employments.create(
        {"student_id": student, "enterprise_id": firm, "hired_on": TODAY - timedelta(days=5)}
    )
    services.trainings.create(
        {
            "enterprise_id": firm,
            "held_on": TODAY - timedelta(days=20),
            "topic": "PLC basics",
            "participants": 12,
            "hours": 8,
        }
    )
    return {"agreement": agreement, "visit": visit, "mentor": mentor, "project": project}


@pytest.fixture
def firm(officer: Services) -> int:
    return add_firms(officer)["Kunshan Mould Works"]


def open_record(
    qtbot: QtBot, services: Services, settings: QSettings, firm: int
) -> tuple[EnterprisesArea, EnterpriseRecord]:
    area = EnterprisesArea(services, settings)
    show(qtbot, area)
    wait_loaded(qtbot, area.list_page, 1)
    area.list_page.select_id(firm)
    area.list_page.view.setFocus()
    qtbot.keyClick(area.list_page.view, Qt.Key.Key_Return)  # Enter opens the record
    record = area.record()
    assert record is not None and record.enterprise_id == firm
    for page in record.lists.values():
        wait_loaded(qtbot, page, 1)
    qtbot.waitUntil(lambda: record.indicators.loads >= 1 and record.history.loads >= 1)
    return area, record


def test_enter_opens_the_record_with_every_tab_filled(
    qtbot: QtBot, officer: Services, settings: QSettings, firm: int
) -> None:
    ids = cooperation(officer, firm)
    area, record = open_record(qtbot, officer, settings, firm)
    assert area.current() is record
    assert record.title_label.text() == "Kunshan Mould Works"
    assert record.facts_label.text() == (
        "no credit code  ·  C Manufacturing  ·  Kunshan  ·  Active  ·  Small"
    )
    titles = [record.tabs.tabText(i) for i in range(record.tabs.count())]
    assert len(titles) == len(TAB_KEYS) == 8
    assert shown(record.lists["contacts"]) == ["Zhang Wei"]
    assert shown(record.lists["contacts"], "primary") == ["Yes"]
    assert shown(record.lists["visits"], "summary") == ["Talked about the order class"]
    assert shown(record.lists["agreements"], "number") == ["XT-2026-001"]
    assert shown(record.lists["placements"], "student") == ["Wang Fang"]
    assert shown(record.lists["projects"], "title") == ["Fixture redesign"]
    assert shown(record.lists["employments"], "student") == ["Wang Fang"]
    assert shown(record.lists["trainings"], "topic") == ["PLC basics"]
    assert not record.lists["visits"].column_visible("enterprise")  # it is this firm's
    assert record.lists["visits"].current_query().filters == {"enterprise_id": firm}
    assert ids["agreement"] in record.lists["agreements"].model.ids()


def test_the_indicators_say_what_the_depth_rests_on(
    qtbot: QtBot, officer: Services, settings: QSettings, firm: int, qtmodeltester: ModelTester
) -> None:
    cooperation(officer, firm)
    _area, record = open_record(qtbot, officer, settings, firm)
    record.show_tab("indicators")
    tab = record.indicators
    assert tab.depth_label.text() == "Cooperation depth: 5 · Deep cooperation"
    reasons = tab.reasons()
    assert "Vertical integration: 1 agreement(s) in force" in reasons
    assert "Depth marker: graduates employed by the firm" in reasons
    assert "Contacts (visits, calls, meetings …): 1" in reasons
    assert "Depth marker: funds received of at least 10 万元" in reasons
    figures = {
        tab.model.data(tab.model.index(r, 0)): tab.model.data(tab.model.index(r, 1))
        for r in range(tab.model.rowCount())
    }
    assert figures["Graduates employed"] == "1"
    assert figures["Staff training sessions"] == "1" or TODAY.month == 1
    assert tab.model.headerData(1, Qt.Orientation.Horizontal) == str(TODAY.year)
    qtmodeltester.check(tab.model)


def test_the_profile_is_edited_in_place_and_the_history_shows_the_change(
    qtbot: QtBot, officer: Services, settings: QSettings, firm: int, qtmodeltester: ModelTester
) -> None:
    _area, record = open_record(qtbot, officer, settings, firm)
    profile = record.profile
    assert not profile.save_button.isEnabled()
    assert "save" not in record.supported_actions()
    city = profile.form.widget("city")
    assert isinstance(city, TextField)
    city.edit.selectAll()
    qtbot.keyClicks(city.edit, "Suzhou")
    assert profile.save_button.isEnabled()
    assert "save" in record.supported_actions()
    loads = record.history.loads
    record.trigger_action("save")  # what Ctrl+S does in the window
    qtbot.waitUntil(lambda: record.history.loads > loads, timeout=10_000)
    assert not profile.form.is_dirty()
    assert "Suzhou" in record.facts_label.text()
    assert record.history.shown()[0] == ("Changed", "City", "Kunshan → Suzhou")
    assert record.history.shown()[-1][0] == "Added"
    qtmodeltester.check(record.history.model)


def test_a_profile_error_is_shown_under_its_field(
    qtbot: QtBot, officer: Services, settings: QSettings, firm: int
) -> None:
    _area, record = open_record(qtbot, officer, settings, firm)
    form = record.profile.form
    form.widget("employees").set_value("")
    form.widget("uscc").set_value("91350100M000100Y4")
    record.profile.save()
    qtbot.waitUntil(lambda: record.profile.task is not None and record.profile.task.done)
    assert form.errors() == {"uscc": "A credit code has 18 characters; this one has 17"}
    assert officer.enterprises.get(firm).employees == 150  # nothing was saved


def test_leaving_a_record_with_unsaved_changes_asks_first(
    qtbot: QtBot, officer: Services, settings: QSettings, firm: int
) -> None:
    area, record = open_record(qtbot, officer, settings, firm)
    record.profile.form.widget("city").set_value("Somewhere else")
    with messages.answering(False):
        record.back_button.click()
    assert area.current() is record
    with messages.answering(True):
        area.request_list()  # Alt+Left
    assert area.current() is area.list_page
    assert area.record() is None


def test_a_contact_is_added_from_the_contacts_tab(
    qtbot: QtBot, officer: Services, settings: QSettings, firm: int
) -> None:
    _area, record = open_record(qtbot, officer, settings, firm)
    record.show_tab("contacts")
    contacts = record.lists["contacts"]
    assert contacts.stack.currentWidget() is contacts.empty_none
    assert record.supported_actions() >= {"new", "refresh"}
    record.trigger_action("new")  # Ctrl+N on the Contacts tab
    editor = contacts.editor
    assert editor is not None and editor.entity == "contact"
    assert editor.form.value("enterprise_id") == firm
    editor.form.widget("name").set_value("李娜")
    editor.form.widget("mobile").set_value("13800000000")
    loads = contacts.loads
    with qtbot.waitSignal(editor.saved, timeout=10_000):
        editor.save()
    wait_loaded(qtbot, contacts, loads + 1)
    assert shown(contacts) == ["李娜"]
    assert contacts.current_id() is not None


def test_a_follow_up_is_marked_done_on_the_visits_tab(
    qtbot: QtBot, officer: Services, settings: QSettings, firm: int
) -> None:
    ids = cooperation(officer, firm)
    _area, record = open_record(qtbot, officer, settings, firm)
    visits = record.lists["visits"]
    due = visits.model.column_index("due")
    colour = visits.model.data(visits.model.index(0, due), Qt.ItemDataRole.ForegroundRole)
    assert colour is not None  # overdue: shown in the warning colour
    visits.select_id(ids["visit"])
    [mark] = visits.added_actions()
    assert mark.isEnabled()
    loads = visits.loads
    mark.click()
    wait_loaded(qtbot, visits, loads + 1)
    assert officer.interactions.get(ids["visit"]).follow_up_done
    assert shown(visits, "done") == ["Yes"]
    assert not mark.isEnabled()


def test_a_project_added_from_the_record_has_the_firm_as_partner(
    qtbot: QtBot, officer: Services, settings: QSettings, firm: int
) -> None:
    _area, record = open_record(qtbot, officer, settings, firm)
    record.show_tab("projects")
    projects = record.lists["projects"]
    editor = projects.new_record()
    editor.form.widget("title").set_value("Energy audit")
    editor.form.widget("kind").set_value("green_upgrade")
    loads = projects.loads
    with qtbot.waitSignal(editor.saved, timeout=10_000):
        editor.save()
    qtbot.waitUntil(lambda: projects.loads > loads and shown(projects, "title") != [])
    assert shown(projects, "title") == ["Energy audit"]


def test_the_enterprise_is_moved_to_the_trash_from_its_record(
    qtbot: QtBot, officer: Services, settings: QSettings, firm: int
) -> None:
    area, record = open_record(qtbot, officer, settings, firm)
    # Counted before the click: the list may reload before the record has even closed.
    loads = area.list_page.loads + 1
    with messages.answering(True):
        record.delete_button.click()
    qtbot.waitUntil(lambda: area.record() is None, timeout=10_000)
    wait_loaded(qtbot, area.list_page, loads)
    assert "Kunshan Mould Works" not in shown(area.list_page)
    assert [item.id for item in officer.trash.items()] == [firm]


def test_switching_to_chinese_retranslates_the_record(
    qtbot: QtBot, qapp: QApplication, officer: Services, settings: QSettings, firm: int
) -> None:
    cooperation(officer, firm)
    _area, record = open_record(qtbot, officer, settings, firm)
    speak(qapp, "zh_CN")
    titles = [record.tabs.tabText(i) for i in range(record.tabs.count())]
    assert titles[0] == "基本信息"
    assert titles[-1] == "变更记录"
    assert record.facts_label.text().endswith("合作中  ·  小型")
    assert record.indicators.depth_label.text() == "合作深度：5 · 深度融合"
    assert record.indicators.reasons()[0] == "联系（走访、电话、会议等）1 次"
    assert record.lists["visits"].model.headerData(0, Qt.Orientation.Horizontal) == "日期"
