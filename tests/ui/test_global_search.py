"""Search everything (Ctrl+K): hits grouped by kind, Enter opens the record."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from ui.dialogs.global_search import GlobalSearch
from ui.shell import Shell

from . import shell_support
from .shell_support import Seeded, open_in, wait_idle

# Fixtures shared by the app-level tests.
db_path, seeded, shell = shell_support.db_path, shell_support.seeded, shell_support.shell


@pytest.fixture
def opened(
    shell: Shell, qtbot: QtBot, seeded: Seeded, monkeypatch: pytest.MonkeyPatch
) -> list[tuple[str, int]]:
    """Records the shell was asked to open."""
    calls: list[tuple[str, int]] = []
    monkeypatch.setattr(shell, "open_record", lambda e, i: calls.append((e, i)))
    open_in(shell, qtbot, seeded.path)
    return calls


@pytest.fixture
def palette(shell: Shell, qtbot: QtBot, opened: list[tuple[str, int]]) -> GlobalSearch:
    window = shell.window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keySequence(window, QKeySequence("Ctrl+K"))
    found = shell.search_palette
    assert isinstance(found, GlobalSearch) and found.isVisible()
    qtbot.waitUntil(found.box.hasFocus)
    return found


def rows(palette: GlobalSearch) -> list[str]:
    items = (palette.results.item(i) for i in range(palette.results.count()))
    return [item.text().strip() for item in items if item is not None]


def test_hits_are_grouped_by_kind_and_enter_opens_the_first(
    palette: GlobalSearch, qtbot: QtBot, seeded: Seeded, opened: list[tuple[str, int]]
) -> None:
    qtbot.keyClicks(palette.box, "alpha")
    qtbot.waitUntil(lambda: bool(palette.hit_items()), timeout=5000)
    assert rows(palette) == [
        "Enterprises",
        "Alpha Precision Ltd  —  Wuxi",
    ]
    qtbot.keyClick(palette.box, Qt.Key.Key_Return)
    assert opened == [("enterprise", seeded.alpha)]
    assert not palette.isVisible()


def test_arrows_move_between_hits_across_groups(
    palette: GlobalSearch, qtbot: QtBot, seeded: Seeded, opened: list[tuple[str, int]]
) -> None:
    palette.box.setText("l")  # Alpha Precision Ltd, Beta Logistics, Wang Li
    palette.box.flush()
    wait_idle(qtbot)
    kinds = [t for t in rows(palette) if t in ("Enterprises", "Contacts", "Projects")]
    assert kinds[:2] == ["Enterprises", "Contacts"]
    headings = len(kinds)
    assert len(palette.hit_items()) == len(rows(palette)) - headings
    for _ in range(len(palette.hit_items())):  # past the last hit it stays there
        qtbot.keyClick(palette.box, Qt.Key.Key_Down)
    assert palette.results.currentItem() is palette.hit_items()[-1]
    qtbot.keyClick(palette.box, Qt.Key.Key_Up)
    assert palette.results.currentItem() is palette.hit_items()[-2]


def test_a_contact_hit_opens_the_contact(
    palette: GlobalSearch, qtbot: QtBot, seeded: Seeded, opened: list[tuple[str, int]]
) -> None:
    qtbot.keyClicks(palette.box, "wang")
    qtbot.waitUntil(lambda: bool(palette.hit_items()), timeout=5000)
    assert rows(palette) == ["Contacts", "Wang Li  —  Alpha Precision Ltd"]
    palette.results.itemClicked.emit(palette.hit_items()[0])
    assert opened == [("contact", seeded.contact)]


def test_enter_before_the_answer_opens_it_when_it_comes(
    palette: GlobalSearch, qtbot: QtBot, seeded: Seeded, opened: list[tuple[str, int]]
) -> None:
    palette.box.setText("XQ-2024")
    qtbot.keyClick(palette.box, Qt.Key.Key_Return)  # searches at once and waits for it
    wait_idle(qtbot)
    assert opened == [("agreement", seeded.agreement)]


def test_nothing_found_is_said(palette: GlobalSearch, qtbot: QtBot) -> None:
    palette.box.setText("no such thing")
    palette.box.flush()
    wait_idle(qtbot)
    assert palette.hit_items() == []
    assert palette.hint.text() == "Nothing matches “no such thing”."
    qtbot.keyClick(palette.box, Qt.Key.Key_Return)  # nothing to open, nothing breaks
    assert palette.isVisible()


def test_escape_closes_the_palette(palette: GlobalSearch, qtbot: QtBot) -> None:
    qtbot.keyClick(palette.box, Qt.Key.Key_Escape)
    assert not palette.isVisible()
