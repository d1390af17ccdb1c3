from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QLocale, QPoint, QSize, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from ui import theme
from ui.widgets.card import Card, change_text
from ui.widgets.empty_state import EmptyState
from ui.widgets.nav_rail import NavRail
from ui.widgets.search_box import SearchBox

# nav rail


@pytest.fixture
def rail(qtbot: QtBot) -> NavRail:
    widget = NavRail()
    qtbot.addWidget(widget)
    widget.add_item("dashboard", "Dashboard", "layout-dashboard")
    widget.add_item("enterprises", "Enterprises", "building-2")
    widget.add_item("visits", "Visits & follow-ups", "footprints")
    widget.add_stretch()
    widget.add_item("trash", "Trash", "trash-2")
    with qtbot.waitExposed(widget):
        widget.show()
    return widget


def test_rail_starts_on_the_first_item(rail: NavRail) -> None:
    assert rail.item_keys() == ["dashboard", "enterprises", "visits", "trash"]
    assert rail.current_key() == "dashboard"
    assert rail.button("dashboard").isChecked()


def test_clicking_an_item_makes_it_current(rail: NavRail, qtbot: QtBot) -> None:
    with qtbot.waitSignal(rail.current_changed) as signal:
        qtbot.mouseClick(rail.button("visits"), Qt.MouseButton.LeftButton)
    assert signal.args == ["visits"]
    assert rail.current_key() == "visits"
    assert [k for k in rail.item_keys() if rail.button(k).isChecked()] == ["visits"]


def test_setting_the_current_item_again_emits_nothing(rail: NavRail, qtbot: QtBot) -> None:
    with qtbot.assertNotEmitted(rail.current_changed):
        rail.set_current("dashboard")


@pytest.mark.parametrize(
    ("start", "key", "expected"),
    [
        ("dashboard", Qt.Key.Key_Down, "enterprises"),
        ("enterprises", Qt.Key.Key_Up, "dashboard"),
        ("dashboard", Qt.Key.Key_Up, "dashboard"),
        ("trash", Qt.Key.Key_Down, "trash"),
        ("enterprises", Qt.Key.Key_End, "trash"),
        ("trash", Qt.Key.Key_Home, "dashboard"),
    ],
)
def test_arrow_keys_move_between_items(
    rail: NavRail, qtbot: QtBot, start: str, key: Qt.Key, expected: str
) -> None:
    rail.set_current(start)
    rail.button(start).setFocus()
    qtbot.keyClick(rail.button(start), key)
    assert rail.current_key() == expected
    assert rail.button(expected).hasFocus()


def test_only_the_current_item_takes_tab_focus(rail: NavRail) -> None:
    rail.set_current("visits")
    policies = {k: rail.button(k).focusPolicy() for k in rail.item_keys()}
    assert policies.pop("visits") == Qt.FocusPolicy.StrongFocus
    assert set(policies.values()) == {Qt.FocusPolicy.NoFocus}


def test_items_have_accessible_names_and_tooltips(rail: NavRail) -> None:
    button = rail.button("visits")
    assert button.accessibleName() == "Visits & follow-ups"
    assert button.toolTip() == "Visits & follow-ups"
    assert button.text() == "Visits && follow-ups"  # a literal ampersand, not a mnemonic
    rail.set_text("visits", "走访与跟进")
    assert button.accessibleName() == "走访与跟进"
    assert not button.icon().isNull()


def test_duplicate_keys_are_refused(rail: NavRail) -> None:
    with pytest.raises(ValueError, match="enterprises"):
        rail.add_item("enterprises", "Again", "building-2")


def test_the_stretch_puts_trash_at_the_bottom(rail: NavRail) -> None:
    rail.resize(rail.width(), 600)
    rail.layout().activate()
    gap = rail.button("trash").y() - rail.button("visits").geometry().bottom()
    assert gap > 200


# card


@pytest.mark.parametrize(
    ("value", "previous", "text", "trend"),
    [
        (12, 10, "▲ 2 (+20%)", "up"),
        (8, 10, "▼ 2 (−20%)", "down"),
        (5, 5, "= 0", "flat"),
        (3, 0, "▲ 3", "up"),
        (1200, 1000, "▲ 200 (+20%)", "up"),
        (0, 3, "▼ 3 (−100%)", "down"),
    ],
)
def test_change_text(value: int, previous: int, text: str, trend: str) -> None:
    assert change_text(value, previous) == (text, trend)


def test_change_uses_locale_digit_grouping() -> None:
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    try:
        assert change_text(12_000, 1_000) == ("▲ 11,000 (+1,100%)", "up")
    finally:
        QLocale.setDefault(previous)


@pytest.fixture
def card(qtbot: QtBot) -> Card:
    widget = Card("Partner enterprises")
    qtbot.addWidget(widget)
    with qtbot.waitExposed(widget):
        widget.show()
    return widget


def test_card_shows_figure_and_change(card: Card) -> None:
    card.set_value(128, previous=100)
    assert card.figure_label.text() == "128"
    assert card.change_label.text() == "▲ 28 (+28%) vs last year"
    assert card.trend() == "up"
    assert card.accessibleName() == "Partner enterprises — 128 — ▲ 28 (+28%) vs last year"


def test_card_change_colour_follows_the_trend(card: Card, qapp: QApplication) -> None:
    theme.apply(qapp, "light")
    card.set_value(90, previous=100)
    colour = card.change_label.palette().color(card.change_label.foregroundRole())
    assert colour.name() == theme.LIGHT.negative
    card.set_value(110, previous=100)
    colour = card.change_label.palette().color(card.change_label.foregroundRole())
    assert colour.name() == theme.LIGHT.positive


def test_card_without_previous_hides_the_change(card: Card) -> None:
    card.set_value(7, previous=3)
    card.set_value(7)
    assert not card.change_label.isVisible()
    assert card.trend() == ""


def wan_yuan(fen: int) -> str:
    return f"{fen / 1_000_000:,.2f} 万元"  # display only; the value itself stays integer fen


def test_card_formatter_writes_figure_and_change(card: Card) -> None:
    card.set_value(120_000_000, previous=80_000_000, formatter=wan_yuan)
    assert card.figure_label.text() == "120.00 万元"
    assert card.change_label.text() == "▲ 40.00 万元 (+50%) vs last year"
    card.set_value(5)
    assert card.figure_label.text() == "5"  # the formatter does not stick


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Space])
def test_card_clicks_by_keyboard(card: Card, qtbot: QtBot, key: Qt.Key) -> None:
    with qtbot.waitSignal(card.clicked, timeout=1000):
        qtbot.keyClick(card, key)


def test_card_clicks_by_mouse_inside_only(card: Card, qtbot: QtBot) -> None:
    with qtbot.waitSignal(card.clicked, timeout=1000):
        qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
    with qtbot.assertNotEmitted(card.clicked):
        qtbot.mouseClick(card, Qt.MouseButton.RightButton)
        qtbot.mouseRelease(card, Qt.MouseButton.LeftButton, pos=QPoint(-5, -5))


# empty state


def test_empty_state_shows_texts_and_actions(qtbot: QtBot) -> None:
    state = EmptyState("building-2", "No enterprises yet", "Import a spreadsheet or add one.")
    qtbot.addWidget(state)
    clicked: list[str] = []
    first = state.add_action("Import…", lambda: clicked.append("import"), "upload")
    second = state.add_action("Add enterprise", lambda: clicked.append("add"))
    state.show()
    assert state.buttons() == [first, second]
    assert first.property("primary") is True and second.property("primary") is None
    assert state.title_label.text() == "No enterprises yet"
    assert state.accessibleDescription() == "Import a spreadsheet or add one."
    qtbot.mouseClick(second, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(first, Qt.MouseButton.LeftButton)
    assert clicked == ["add", "import"]
    pixmap = state.icon_label.pixmap()
    assert not pixmap.isNull()


def test_empty_state_gives_wrapped_text_the_height_it_needs(qtbot: QtBot) -> None:
    long_message = "Record graduates employed by partner enterprises. " * 4
    state = EmptyState("briefcase", "Nothing yet", long_message)
    qtbot.addWidget(state)
    state.resize(900, 600)
    with qtbot.waitExposed(state):
        state.show()
    label = state.message_label
    assert label.width() <= 560
    assert label.height() >= label.heightForWidth(label.width()) > label.fontMetrics().height()


def test_primary_button_icon_uses_the_accent_text_colour(qtbot: QtBot) -> None:
    state = EmptyState("building-2", "No enterprises yet")
    qtbot.addWidget(state)
    primary = state.add_action("Import…", lambda: None, "upload")
    image = primary.icon().pixmap(QSize(16, 16)).toImage()
    opaque = {
        image.pixelColor(x, y).name()
        for x in range(16)
        for y in range(16)
        if image.pixelColor(x, y).alpha() == 255
    }
    assert opaque == {theme.colours().accent_text}


def test_empty_state_hides_an_empty_message(qtbot: QtBot) -> None:
    state = EmptyState("trash-2", "The trash is empty")
    qtbot.addWidget(state)
    state.show()
    assert not state.message_label.isVisible()
    state.set_texts("回收站是空的", "已删除的记录会保留在这里")
    assert state.message_label.isVisible() and state.accessibleName() == "回收站是空的"


def test_empty_state_redraws_its_icon_when_the_scheme_changes(
    qtbot: QtBot, qapp: QApplication
) -> None:
    state = EmptyState("inbox", "Nothing")
    qtbot.addWidget(state)
    before = state.icon_label.pixmap().toImage()
    try:
        theme.apply(qapp, "dark")
        QApplication.sendEvent(state, QEvent(QEvent.Type.PaletteChange))
        assert state.icon_label.pixmap().toImage() != before
    finally:
        theme.apply(qapp, "light")


# search box


@pytest.fixture
def search(qtbot: QtBot) -> SearchBox:
    box = SearchBox(debounce_ms=50)
    qtbot.addWidget(box)
    box.show()
    return box


def test_typing_emits_once_after_a_pause(search: SearchBox, qtbot: QtBot) -> None:
    received: list[str] = []
    search.search_changed.connect(received.append)
    qtbot.keyClicks(search, "acme")
    assert received == []  # still waiting for the pause
    qtbot.waitUntil(lambda: received == ["acme"], timeout=1000)
    qtbot.wait(100)
    assert received == ["acme"]


def test_enter_searches_at_once_and_escape_clears(search: SearchBox, qtbot: QtBot) -> None:
    received: list[str] = []
    search.search_changed.connect(received.append)
    search.setText("  华为  ")  # Chinese is set, never typed: keyClicks is ASCII only
    qtbot.keyClick(search, Qt.Key.Key_Return)
    assert received == ["华为"]
    qtbot.keyClick(search, Qt.Key.Key_Escape)
    assert search.text() == "" and received == ["华为", ""]
    qtbot.wait(100)
    assert received == ["华为", ""]  # the pending pause emits nothing new


def test_search_box_has_icon_clear_button_and_names(search: SearchBox) -> None:
    assert search.isClearButtonEnabled()
    assert search.placeholderText() == "Search…"
    assert search.accessibleName() == "Search"
    assert len(search.actions()) >= 1


def test_ctrl_f_focuses_the_box(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    box = SearchBox(window)
    box.setText("old")
    other = SearchBox(window)
    shortcut = box.install_shortcut(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    other.setFocus()
    assert other.hasFocus()
    assert shortcut.key() == QKeySequence(QKeySequence.StandardKey.Find)
    shortcut.activated.emit()  # what Qt does on Ctrl+F
    assert box.hasFocus()
    assert box.selectedText() == "old"
