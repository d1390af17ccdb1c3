"""Visits & follow-ups: filter by kind, period and open follow-ups; log a visit; mark done."""

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
from ui.dialogs.ref_picker import RefPicker
from ui.pages.cooperation_lists import period_options
from ui.pages.visits import VisitsArea

officer = lists_support.officer
worker_stopped_after_module = lists_support.worker_stopped_after_module

TODAY = date.today()


@pytest.fixture
def visits(officer: Services) -> dict[str, int]:
    ids = add_firms(officer)
    wuxi, kunshan = ids["Wuxi Green Energy"], ids["Kunshan Mould Works"]
    return {
        "old call": add_visit(
            officer, wuxi, kind="call", occurred_on=date(TODAY.year - 1, 6, 1), summary="Old call"
        ),
        "open": add_visit(
            officer,
            kunshan,
            occurred_on=TODAY - timedelta(days=1),
            summary="Order class talk",
            follow_up_action="Send the draft",
            follow_up_due=TODAY + timedelta(days=5),
        ),
        "done": add_visit(
            officer,
            wuxi,
            kind="meeting",
            occurred_on=TODAY,
            summary="Signed the minutes",
            follow_up_action="File them",
            follow_up_due=TODAY,
            follow_up_done=True,
        ),
        "wuxi": wuxi,
    }


def visits_area(qtbot: QtBot, services: Services, settings: QSettings) -> VisitsArea:
    area = VisitsArea(services, settings)
    show(qtbot, area)
    wait_loaded(qtbot, area.list_page, 1)
    return area


def pick(area: VisitsArea, key: str, label: str) -> None:
    combo = area.list_page.filter_combos[key]
    index = combo.findText(label)
    assert index > 0, [combo.itemText(i) for i in range(combo.count())]
    combo.setCurrentIndex(index)


def test_newest_first_with_a_count(
    qtbot: QtBot,
    officer: Services,
    settings: QSettings,
    visits: dict[str, int],
    qtmodeltester: ModelTester,
) -> None:
    area = visits_area(qtbot, officer, settings)
    page = area.list_page
    assert shown(page, "summary") == ["Signed the minutes", "Order class talk", "Old call"]
    assert page.count_label.text() == "3 visits and contacts"
    assert shown(page, "kind") == ["Meeting", "Field visit", "Call"]
    assert shown(page, "done") == ["Yes", "No", ""]
    qtmodeltester.check(page.model)


def test_dates_are_never_cut_off_in_either_language(
    qtbot: QtBot, qapp: QApplication, officer: Services, settings: QSettings, visits: dict[str, int]
) -> None:
    area = visits_area(qtbot, officer, settings)
    page = area.list_page
    header = page.view.horizontalHeader()
    metrics = page.view.fontMetrics()
    for lang, widest in (("zh_CN", "2026年12月28日"), ("en", "28 Sep 2026")):
        for key in ("date", "due"):
            header.resizeSection(page.model.column_index(key), 30)  # too narrow for a date
        speak(qapp, lang)
        for key in ("date", "due"):
            width = header.sectionSize(page.model.column_index(key))
            assert width > metrics.horizontalAdvance(widest), (lang, key, width)
    header.resizeSection(page.model.column_index("date"), 400)  # the officer's choice stays
    speak(qapp, "zh_CN")
    assert header.sectionSize(page.model.column_index("date")) == 400


def test_a_long_list_of_visits_shows_its_newest_page_first(
    qtbot: QtBot, officer: Services, settings: QSettings
) -> None:
    firm = add_firms(officer)["Wuxi Green Energy"]
    for n in range(150):
        add_visit(officer, firm, occurred_on=TODAY - timedelta(days=n), summary=f"Visit {n:03d}")
    area = VisitsArea(services=officer, settings=settings)
    show(qtbot, area)
    page = area.list_page
    qtbot.waitUntil(lambda: page.first_pages == 1)
    assert page.count_label.text() == "Counting…"
    assert shown(page, "summary")[:2] == ["Visit 000", "Visit 001"]
    wait_loaded(qtbot, page, 1)
    assert page.count_label.text() == "150 visits and contacts"
    assert shown(page, "summary")[-1] == "Visit 149"


@pytest.mark.parametrize(
    ("key", "label", "expected"),
    [
        ("kind", "Call", ["Old call"]),
        ("kind", "Meeting", ["Signed the minutes"]),
        ("follow_ups", "Open follow-ups only", ["Order class talk"]),
        ("follow_ups", "No open follow-up", ["Signed the minutes", "Old call"]),
        ("period", "Last year", ["Old call"]),
    ],
)
def test_filters_fit_the_area(
    qtbot: QtBot,
    officer: Services,
    settings: QSettings,
    visits: dict[str, int],
    key: str,
    label: str,
    expected: list[str],
) -> None:
    area = visits_area(qtbot, officer, settings)
    pick(area, key, label)
    wait_loaded(qtbot, area.list_page)
    assert shown(area.list_page, "summary") == expected


def test_period_options_are_calendar_periods() -> None:
    options = dict(period_options(date(2026, 3, 15)))
    assert options["This month"] == {"start": date(2026, 3, 1), "end": date(2026, 3, 15)}
    assert options["Last three months"]["start"] == date(2026, 1, 1)
    assert options["Last year"] == {"start": date(2025, 1, 1), "end": date(2025, 12, 31)}


def test_searching_finds_summaries_and_firms(
    qtbot: QtBot, officer: Services, settings: QSettings, visits: dict[str, int]
) -> None:
    area = visits_area(qtbot, officer, settings)
    area.list_page.search.setText("wuxi")
    area.list_page.search.flush()
    wait_loaded(qtbot, area.list_page)
    assert shown(area.list_page, "summary") == ["Signed the minutes", "Old call"]


def test_marking_a_follow_up_done(
    qtbot: QtBot, officer: Services, settings: QSettings, visits: dict[str, int]
) -> None:
    area = visits_area(qtbot, officer, settings)
    page = area.list_page
    [mark] = page.added_actions()
    page.select_id(visits["done"])
    assert not mark.isEnabled()  # nothing open to mark
    page.select_id(visits["open"])
    assert mark.isEnabled()
    assert mark.text() == "Mark follow-up done"
    mark.click()
    wait_loaded(qtbot, page)
    assert officer.interactions.get(visits["open"]).follow_up_done


def test_logging_a_visit(
    qtbot: QtBot, officer: Services, settings: QSettings, visits: dict[str, int]
) -> None:
    area = visits_area(qtbot, officer, settings)
    page = area.list_page
    assert page.new_button.text() == "Log a visit"
    page.new_button.click()
    editor = page.editor
    assert editor is not None
    assert editor.form.value("kind") == "visit"
    assert editor.form.value("occurred_on") == TODAY
    firm = editor.form.widget("enterprise_id")
    assert isinstance(firm, RefPicker)
    firm.search_now("Wuxi")
    firm.choose(0)
    editor.form.widget("summary").set_value("Looked at the new line")
    editor.form.widget("occurred_on").set_value(TODAY - timedelta(days=10))
    editor.form.widget("follow_up_due").set_value(TODAY - timedelta(days=1))
    with qtbot.waitSignal(editor.saved, timeout=10_000) as saved:
        editor.save()
    assert officer.interactions.get(saved.args[0]).enterprise_id == visits["wuxi"]
    wait_loaded(qtbot, page)
    assert page.current_id() == saved.args[0]
    due = page.model.column_index("due")
    row = page.model.row_of(saved.args[0])
    assert row is not None
    colour = page.model.data(page.model.index(row, due), Qt.ItemDataRole.ForegroundRole)
    assert colour is not None  # overdue


def test_a_follow_up_before_the_visit_is_refused_next_to_its_field(
    qtbot: QtBot, officer: Services, settings: QSettings, visits: dict[str, int]
) -> None:
    area = visits_area(qtbot, officer, settings)
    editor = area.list_page.edit_record(visits["open"])
    editor.form.widget("follow_up_due").set_value(TODAY - timedelta(days=30))
    editor.save()
    qtbot.waitUntil(lambda: editor.task is not None and editor.task.done)
    assert editor.form.errors()["follow_up_due"].startswith("The end date")
