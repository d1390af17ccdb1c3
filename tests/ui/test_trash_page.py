"""The trash page: what was deleted, by whom, and Restore."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from liaison.errors import NotFound
from ui import messages
from ui.pages.trash import TrashPage
from ui.shell import Shell

from . import shell_support
from .shell_support import Seeded, open_in, wait_idle

# Fixtures shared by the app-level tests.
db_path, seeded, shell = shell_support.db_path, shell_support.seeded, shell_support.shell


def trash_of(shell: Shell, qtbot: QtBot) -> TrashPage:
    page = shell.trash
    assert page is not None
    shell.window.show_area("trash")
    wait_idle(qtbot)
    return page


def listed(page: TrashPage) -> list[list[str]]:
    items = (page.table.topLevelItem(i) for i in range(page.table.topLevelItemCount()))
    return [[item.text(c) for c in range(4)] for item in items if item is not None]


def test_an_empty_trash_says_so(shell: Shell, qtbot: QtBot, seeded: Seeded) -> None:
    open_in(shell, qtbot, seeded.path)
    page = trash_of(shell, qtbot)
    assert page.stack.currentWidget() is page.empty
    assert page.empty.title_label.text() == "The trash is empty"


def test_deleted_records_are_listed_newest_first_and_restored(
    shell: Shell, qtbot: QtBot, seeded: Seeded
) -> None:
    open_in(shell, qtbot, seeded.path)
    services = shell.session.services
    services.enterprises.delete(seeded.gamma)
    services.agreements.delete(seeded.agreement)
    page = trash_of(shell, qtbot)
    rows = listed(page)
    assert [r[:2] for r in rows] == [
        ["Agreement", "XQ-2024-001"],
        ["Enterprise", "Gamma Foods"],
    ]
    assert rows[0][3] == services.officer
    assert not page.restore_button.isEnabled()
    page.table.selectAll()
    assert page.restore_button.text() == "Restore 2 records"
    with qtbot.waitSignal(page.restored, timeout=10_000) as restored:
        page.restore_button.click()
    assert sorted(restored.args[0]) == [
        ("agreement", seeded.agreement),
        ("enterprise", seeded.gamma),
    ]
    wait_idle(qtbot)
    assert services.enterprises.get(seeded.gamma).name == "Gamma Foods"
    assert page.stack.currentWidget() is page.empty


def test_restoring_refreshes_the_dashboard(shell: Shell, qtbot: QtBot, seeded: Seeded) -> None:
    open_in(shell, qtbot, seeded.path)
    services = shell.session.services
    services.enterprises.delete(seeded.beta)
    page = trash_of(shell, qtbot)
    page.table.topLevelItem(0).setSelected(True)  # type: ignore[union-attr]
    page.restore_selected()
    wait_idle(qtbot)
    dashboard = shell.dashboard
    assert dashboard is not None
    shell.window.show_area("dashboard")  # a stale dashboard computes again when shown
    qtbot.waitUntil(lambda: not dashboard.loading, timeout=10_000)
    wait_idle(qtbot)
    assert dashboard.value_of("partners") == "2"


def test_a_refused_restore_is_explained_and_the_rest_come_back(
    shell: Shell, qtbot: QtBot, seeded: Seeded
) -> None:
    open_in(shell, qtbot, seeded.path)
    services = shell.session.services
    services.enterprises.delete(seeded.gamma)
    services.enterprises.delete(seeded.beta)
    # A new firm takes Beta's name while Beta is in the trash: Beta cannot come back as is.
    services.enterprises.create({"name": "Beta Logistics"})
    page = trash_of(shell, qtbot)
    page.table.selectAll()
    page.restore_selected()
    wait_idle(qtbot)
    shown = messages.history()[-1]
    assert shown.kind == "error"
    assert shown.text.startswith("Some records could not be restored:\n• Beta Logistics: ")
    assert [r[1] for r in listed(page)] == ["Beta Logistics"]
    assert services.enterprises.get(seeded.gamma).deleted_at is None
    with pytest.raises(NotFound):
        services.enterprises.get(seeded.beta)  # still in the trash


def test_a_record_deleted_in_its_area_shows_in_the_trash(
    shell: Shell, qtbot: QtBot, seeded: Seeded
) -> None:
    from ui.pages.enterprises import EnterprisesArea

    open_in(shell, qtbot, seeded.path)
    page = trash_of(shell, qtbot)
    assert page.stack.currentWidget() is page.empty
    shell.window.show_area("enterprises")
    area = shell.window.page("enterprises")
    assert isinstance(area, EnterprisesArea)
    wait_idle(qtbot)
    area.list_page.select_id(seeded.gamma)
    with messages.answering(True):
        area.list_page.delete_selected()
    wait_idle(qtbot)
    shell.window.show_area("trash")  # out of date since the delete: read again when shown
    wait_idle(qtbot)
    assert [r[1] for r in listed(page)] == ["Gamma Foods"]


def test_the_trash_opens_nothing(shell: Shell, qtbot: QtBot, seeded: Seeded) -> None:
    open_in(shell, qtbot, seeded.path)
    shell.session.services.enterprises.delete(seeded.gamma)
    page = trash_of(shell, qtbot)
    area = shell.window.current_area()
    item = page.table.topLevelItem(0)
    assert item is not None
    page.table.itemActivated.emit(item, 0)
    page.table.itemDoubleClicked.emit(item, 0)
    assert shell.window.current_area() == area == "trash"
    with pytest.raises(NotFound):
        shell.session.services.enterprises.get(seeded.gamma)
