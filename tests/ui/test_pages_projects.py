"""Projects: filters, the record with partners (lead), milestones (mark done), payments and
outcomes; an overdue milestone's reminder opens it; delete, restore, undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from liaison import project_parts
from liaison.reminders import reminders
from liaison.services.hub import Services
from tests.ui import lists_support
from tests.ui.areas_support import TODAY, college, pick, search, task_done
from tests.ui.lists_support import show, shown, wait_loaded
from ui import messages
from ui.dialogs.ref_picker import RefPicker
from ui.main_window import MainWindow
from ui.pages import install_pages, open_record
from ui.pages.projects import ProjectRecord, ProjectsArea

officer = lists_support.officer
worker_stopped_after_module = lists_support.worker_stopped_after_module


@pytest.fixture
def ids(officer: Services) -> dict[str, int]:
    return college(officer)


@pytest.fixture
def area(qtbot: QtBot, officer: Services, settings: QSettings, ids: dict[str, int]) -> ProjectsArea:
    page = ProjectsArea(officer, settings)
    show(qtbot, page)
    wait_loaded(qtbot, page.list_page, 1)
    return page


def test_the_list_shows_money_in_wan(area: ProjectsArea, qtmodeltester: ModelTester) -> None:
    page = area.list_page
    assert shown(page, "code") == ["P-2", "P-1"]  # by title
    assert shown(page, "lead_partner") == ["", "Wuxi Green Energy"]
    assert page.count_label.text() == "2 projects"
    qtmodeltester.check(page.model)


@pytest.mark.parametrize(
    ("key", "label", "expected"),
    [("kind", "Joint R&D", ["P-2"]), ("status", "Contracted", ["P-2"])],
)
def test_filters(
    qtbot: QtBot, area: ProjectsArea, key: str, label: str, expected: list[str]
) -> None:
    pick(area.list_page, key, label)
    wait_loaded(qtbot, area.list_page)
    assert shown(area.list_page, "code") == expected


def test_search(qtbot: QtBot, area: ProjectsArea) -> None:
    search(qtbot, area.list_page, "Zhou")
    assert shown(area.list_page, "code") == ["P-1"]


def opened(qtbot: QtBot, area: ProjectsArea, project_id: int) -> ProjectRecord:
    area.list_page.select_id(project_id)
    qtbot.keyClick(area.list_page.view, Qt.Key.Key_Return)
    record = area.record()
    assert record is not None and record.record_id == project_id
    for page in record.lists.values():
        wait_loaded(qtbot, page, 1)
    return record


def test_the_record_with_its_parts(
    qtbot: QtBot, area: ProjectsArea, ids: dict[str, int], officer: Services
) -> None:
    record = opened(qtbot, area, ids["P-1"])
    assert record.title_label.text() == "P-1 Smart line"
    assert [record.tabs.tabText(i) for i in range(4)] == [
        "Partners",
        "Milestones",
        "Funds received",
        "Outcomes",
    ]
    assert shown(record.partners, "enterprise") == ["Wuxi Green Energy"]
    assert shown(record.payments, "amount") == ["3.00 (10k CNY)"]  # typed in 万元, exact
    colour = record.milestones.model.data(
        record.milestones.model.index(0, record.milestones.model.column_index("due")),
        Qt.ItemDataRole.ForegroundRole,
    )
    assert colour is not None  # overdue
    visible = {v for v, b in record.status_buttons.items() if not b.isHidden()}
    assert visible == {"contracted", "cancelled"}  # from proposed


def test_partners_lead_and_milestones_done(
    qtbot: QtBot, area: ProjectsArea, ids: dict[str, int], officer: Services
) -> None:
    record = opened(qtbot, area, ids["P-1"])
    editor = record.partners.new_record()
    assert editor.form.value("project_id") == ids["P-1"]
    firm = editor.form.widget("enterprise_id")
    assert isinstance(firm, RefPicker)
    firm.search_now("Kunshan")
    firm.choose(0)
    with qtbot.waitSignal(editor.saved, timeout=10_000) as saved:
        editor.save()
    wait_loaded(qtbot, record.partners)
    record.partners.select_id(saved.args[0])
    [make_lead] = record.partners.added_actions()
    assert make_lead.isEnabled()
    loads = record.partners.loads
    make_lead.click()
    wait_loaded(qtbot, record.partners, loads + 1)  # reloaded once the change is written
    assert officer.partners.get(saved.args[0]).is_lead
    assert not officer.partners.get(ids["partner"]).is_lead  # one lead per project
    assert shown(record.partners, "enterprise")[0] == "Kunshan Mould Works"

    record.milestones.select_id(ids["late"])
    [mark] = record.milestones.added_actions()
    loads = record.milestones.loads
    mark.click()
    wait_loaded(qtbot, record.milestones, loads + 1)
    assert officer.milestones.get(ids["late"]).done_on == TODAY
    assert not mark.isEnabled()


def test_a_payment_must_be_positive_next_to_its_field(
    qtbot: QtBot, area: ProjectsArea, ids: dict[str, int]
) -> None:
    record = opened(qtbot, area, ids["P-1"])
    record.tabs.setCurrentWidget(record.payments)
    editor = record.payments.new_record()
    assert editor.form.value("received_on") == TODAY
    editor.form.widget("amount_fen").set_value(0)
    editor.save()
    task_done(qtbot, editor)
    assert editor.form.errors()["amount_fen"]
    editor.form.mark_clean()
    editor.close()


def test_an_outcome_is_added_deleted_and_restored(
    qtbot: QtBot, area: ProjectsArea, ids: dict[str, int]
) -> None:
    record = opened(qtbot, area, ids["P-1"])
    page = record.outcomes
    editor = page.new_record()
    editor.form.widget("kind").set_value("patent")
    editor.form.widget("title").set_value("Clamp")
    with qtbot.waitSignal(editor.saved, timeout=10_000):
        editor.save()
    wait_loaded(qtbot, page)
    assert shown(page, "title") == ["Clamp"]
    page.select_row(0)
    with messages.answering(True):
        page.delete_selected()
    wait_loaded(qtbot, page)
    assert page.row_count() == 0
    page.restore_button.click()
    wait_loaded(qtbot, page)
    assert shown(page, "kind") == ["Patent"]


def test_a_reminder_of_an_overdue_milestone_opens_it_in_its_project(
    qtbot: QtBot, officer: Services, settings: QSettings, ids: dict[str, int]
) -> None:
    window = MainWindow(settings)
    qtbot.addWidget(window)
    install_pages(window, officer)
    window.show()
    with officer.db.reading() as session:
        [late] = reminders(session, TODAY).milestones_overdue
    area = window.page("projects")
    assert isinstance(area, ProjectsArea)
    assert open_record(window, officer, late.entity, late.id) is area
    record = area.record()
    assert record is not None and record.record_id == ids["P-1"]
    assert record.tabs.currentWidget() is record.milestones
    wait_loaded(qtbot, record.milestones)
    assert record.milestones.current_id() == ids["late"]


def test_project_parts_read_side(officer: Services, ids: dict[str, int]) -> None:
    with officer.db.reading() as session:
        found = project_parts.partner_ids(session, project_id=ids["P-1"])
        assert [r.enterprise_name for r in project_parts.partner_rows(session, found)] == [
            "Wuxi Green Energy"
        ]
        assert project_parts.milestone_ids(session, project_id=ids["P-2"]) == []
        with pytest.raises(ValueError, match="cannot sort"):
            project_parts.payment_ids(session, project_id=ids["P-1"], order_by="nope")
