from __future__ import annotations

from collections.abc import Collection

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

import liaison
import liaison.i18n
from ui import messages
from ui.areas import AREA_KEYS, AREAS
from ui.main_window import MainWindow
from ui.widgets.empty_state import EmptyState
from ui.widgets.search_box import SearchBox


@pytest.fixture
def window(qtbot: QtBot, settings: QSettings) -> MainWindow:
    main = MainWindow(settings)
    qtbot.addWidget(main)
    with qtbot.waitExposed(main):
        main.show()
    return main


class EditablePage(QWidget):
    """A page that supports some standard commands, as real pages will."""

    def __init__(self) -> None:
        super().__init__()
        self.triggered: list[str] = []
        self.supported = {"new", "delete"}

    def supported_actions(self) -> Collection[str]:
        return self.supported

    def trigger_action(self, name: str) -> None:
        self.triggered.append(name)


def test_every_area_has_a_rail_item_and_an_empty_state(window: MainWindow) -> None:
    assert (
        window.rail.item_keys()
        == list(AREA_KEYS)
        == [
            "dashboard",
            "enterprises",
            "visits",
            "agreements",
            "students",
            "projects",
            "graduates",
            "reports",
            "trash",
        ]
    )
    for area in AREAS:
        page = window.page(area.key)
        assert isinstance(page, EmptyState)
        assert page.title_label.text() == area.empty_title
    assert window.current_area() == "dashboard"


def test_only_the_area_on_show_has_its_empty_state_made_at_start(window: MainWindow) -> None:
    # The others are made when first shown: the first paint need not wait for them.
    assert [window.stack.widget(i) for i in range(window.stack.count())] == [
        window.stack.currentWidget()
    ]
    window.add_page("reports", QLabel("Reports page"))  # a page, and no empty state before it
    assert window.stack.count() == 2
    window.rail.button("visits").click()
    assert isinstance(window.stack.currentWidget(), EmptyState)
    assert window.stack.count() == 3


def test_choosing_an_area_shows_its_page(window: MainWindow, qtbot: QtBot) -> None:
    with qtbot.waitSignal(window.area_changed) as signal:
        window.rail.button("projects").click()
    assert signal.args == ["projects"]
    assert window.stack.currentWidget() is window.page("projects")
    assert window._area_actions["projects"].isChecked()


def test_view_menu_switches_areas_with_ctrl_digits(window: MainWindow) -> None:
    action = window._area_actions["agreements"]
    assert action.shortcut() == QKeySequence("Ctrl+4")
    action.trigger()
    assert window.current_area() == "agreements"
    assert window.rail.button("agreements").isChecked()


def test_add_page_replaces_the_placeholder(window: MainWindow) -> None:
    window.show_area("enterprises")
    placeholder = window.page("enterprises")
    count = window.stack.count()
    page = QLabel("Enterprises page")
    window.add_page("enterprises", page)
    assert window.page("enterprises") is page
    assert window.stack.currentWidget() is page
    assert window.stack.indexOf(placeholder) == -1
    assert window.stack.count() == count
    other = QLabel("Reports page")
    window.add_page("reports", other)
    assert window.stack.currentWidget() is page  # adding elsewhere does not switch areas
    with pytest.raises(KeyError, match="unknown area"):
        window.add_page("finance", QLabel())


def test_standard_actions_follow_the_current_page(window: MainWindow) -> None:
    actions = window.router.actions
    assert not any(action.isEnabled() for action in actions.values())
    page = EditablePage()
    window.add_page("enterprises", page)
    window.show_area("enterprises")
    enabled = {name for name, action in actions.items() if action.isEnabled()}
    assert enabled == {"new", "delete"}
    actions["new"].trigger()
    actions["save"].trigger()  # disabled: does nothing
    assert page.triggered == ["new"]
    page.supported = {"save"}
    window.router.refresh()
    assert actions["save"].isEnabled() and not actions["new"].isEnabled()
    window.show_area("dashboard")
    assert not actions["save"].isEnabled()


def test_find_focuses_a_pages_search_box(window: MainWindow, qtbot: QtBot) -> None:
    page = QWidget()
    layout = QVBoxLayout(page)
    box = SearchBox()
    layout.addWidget(box)
    window.add_page("visits", page)
    window.show_area("visits")
    find = window.router.actions["find"]
    assert find.isEnabled()
    assert find.shortcut() == QKeySequence(QKeySequence.StandardKey.Find)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    find.trigger()
    assert box.hasFocus()


def test_status_bar_shows_database_and_officer(window: MainWindow) -> None:
    assert window.database_label.text() == "Database: —"
    window.set_database("liaison.db")
    window.set_officer("王老师")
    assert window.database_label.text() == "Database: liaison.db"
    assert window.officer_label.text() == "Officer: 王老师"


def test_language_switches_at_runtime(
    window: MainWindow, qapp: QApplication, settings: QSettings, qtbot: QtBot
) -> None:
    window.set_officer("Li")
    window._language_actions["zh_CN"].trigger()
    qtbot.waitUntil(lambda: window.file_menu.title() == "文件(&F)", timeout=2000)
    assert window.rail.button("enterprises").accessibleName() == "合作企业"
    assert window.page("trash").title_label.text() == "回收站是空的"  # type: ignore[attr-defined]
    assert window.router.actions["new"].text() == "新建…"
    assert window.officer_label.text() == "联络员：Li"
    assert window._language_actions["zh_CN"].isChecked()
    assert liaison.i18n.language() == "zh_CN"
    assert settings.value("ui/language") == "zh_CN"
    window._language_actions["en"].trigger()
    qtbot.waitUntil(lambda: window.file_menu.title() == "&File", timeout=2000)
    assert window.rail.button("enterprises").accessibleName() == "Enterprises"


def test_language_menu_names_languages_in_their_own_language(window: MainWindow) -> None:
    titles = [a.text() for a in window.language_menu.actions()]
    assert titles == ["English", "简体中文"]


def test_geometry_and_area_are_restored(qtbot: QtBot, settings: QSettings) -> None:
    first = MainWindow(settings)
    qtbot.addWidget(first)
    first.resize(700, 520)  # inside the offscreen screen, which clamps
    first.show()
    first.show_area("students")
    first.close()
    second = MainWindow(settings)
    qtbot.addWidget(second)
    assert second.current_area() == "students"
    assert (second.width(), second.height()) == (700, 520)


def test_quit_and_about(window: MainWindow) -> None:
    assert not window.quit_action.shortcut().isEmpty()
    window.about_action.trigger()
    shown = messages.history()[-1]
    assert shown.kind == "info" and liaison.__version__ in shown.text
    window.quit_action.trigger()
    assert not window.isVisible()
