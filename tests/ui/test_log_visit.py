"""Log a visit (Ctrl+L) as an officer does: find the firm, fill the form, save."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from liaison.model import Interaction
from ui.dialogs.log_visit import LogVisitDialog, to_qdate
from ui.shell import Shell

from . import shell_support
from .shell_support import TODAY, Seeded, open_in, wait_idle

# Fixtures shared by the app-level tests.
db_path, seeded, shell = shell_support.db_path, shell_support.seeded, shell_support.shell


@pytest.fixture
def dialog(shell: Shell, qtbot: QtBot, seeded: Seeded) -> LogVisitDialog:
    open_in(shell, qtbot, seeded.path)
    window = shell.window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keySequence(window, QKeySequence("Ctrl+L"))
    found = shell.log_visit_dialog
    assert isinstance(found, LogVisitDialog) and found.isVisible()
    return found


def pick_enterprise(dialog: LogVisitDialog, qtbot: QtBot, typed: str) -> None:
    picker = dialog.enterprise
    qtbot.keyClicks(picker.box, typed)
    qtbot.waitUntil(lambda: picker.hits.isVisible() and picker.hits.count() > 0, timeout=5000)
    qtbot.keyClick(picker.box, Qt.Key.Key_Down)
    qtbot.keyClick(picker.hits, Qt.Key.Key_Return)


def test_an_officer_logs_a_visit_with_a_follow_up(
    dialog: LogVisitDialog, shell: Shell, seeded: Seeded, qtbot: QtBot
) -> None:
    assert dialog.occurred_on.date() == to_qdate(TODAY)  # the date defaults to today
    assert dialog.kind.currentData() == "visit"
    pick_enterprise(dialog, qtbot, "alpha")
    assert dialog.enterprise.chosen_id() == seeded.alpha
    assert dialog.enterprise.box.text() == "Alpha Precision Ltd"
    qtbot.waitUntil(lambda: dialog.contact.count() == 2, timeout=5000)
    assert dialog.contact.currentData() == seeded.contact  # the firm's contact is suggested
    qtbot.keyClicks(dialog.summary, "Checked the new workshop for placements")
    qtbot.keyClicks(dialog.follow_up_action, "Send the student list")
    assert dialog.follow_up_has_due.isChecked()  # typing a follow-up suggests a due date
    dialog.follow_up_due.setDate(to_qdate(TODAY + timedelta(days=5)))
    with qtbot.waitSignal(dialog.logged, timeout=10_000) as logged:
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    with shell.session.services.db.reading() as session:
        saved = session.get(Interaction, logged.args[0])
        assert saved is not None
        assert (saved.enterprise_id, saved.contact_id, saved.kind) == (
            seeded.alpha,
            seeded.contact,
            "visit",
        )
        assert saved.occurred_on == TODAY
        assert saved.summary == "Checked the new workshop for placements"
        assert saved.follow_up_action == "Send the student list"
        assert saved.follow_up_due == TODAY + timedelta(days=5)
        assert saved.officer == shell.session.services.officer
    assert shell.window.statusBar().currentMessage() == "Visit logged."


def test_what_the_core_rejects_is_shown_next_to_the_field(
    dialog: LogVisitDialog, qtbot: QtBot, shell: Shell
) -> None:
    dialog.follow_up_has_due.setChecked(True)
    dialog.follow_up_due.setDate(to_qdate(TODAY - timedelta(days=1)))  # before the visit
    dialog.save()
    qtbot.waitUntil(lambda: not dialog.saving, timeout=10_000)
    assert dialog.isVisible()
    errors = {name: label.text() for name, label in dialog.errors.items() if label.isVisible()}
    assert errors == {"enterprise_id": "is required", "summary": "is required"}
    pick_enterprise(dialog, qtbot, "alpha")
    qtbot.keyClicks(dialog.summary, "Phone call")
    dialog.save()
    qtbot.waitUntil(lambda: not dialog.saving, timeout=10_000)
    assert dialog.isVisible()
    assert dialog.errors["summary"].isHidden()
    assert dialog.errors["follow_up_due"].isVisible()
    assert dialog.errors["follow_up_due"].text() != ""
    assert shell.session.services.interactions is not None


def test_an_old_answer_does_not_replace_a_newer_search(
    dialog: LogVisitDialog, qtbot: QtBot
) -> None:
    picker = dialog.enterprise
    picker.search("gamma")
    picker.search("beta")
    wait_idle(qtbot)
    texts = [picker.hits.item(i).text() for i in range(picker.hits.count())]  # type: ignore[union-attr]
    assert texts == ["Beta Logistics"]


def test_no_match_is_said_and_cannot_be_picked(dialog: LogVisitDialog, qtbot: QtBot) -> None:
    picker = dialog.enterprise
    picker.search("zzz")
    wait_idle(qtbot)
    item = picker.hits.item(0)
    assert item is not None and item.text() == "No enterprise matches"
    picker.hits.itemActivated.emit(item)
    assert picker.chosen_id() is None


def test_editing_the_name_again_drops_the_choice(
    dialog: LogVisitDialog, qtbot: QtBot, seeded: Seeded
) -> None:
    pick_enterprise(dialog, qtbot, "beta")
    assert dialog.enterprise.chosen_id() == seeded.beta
    qtbot.keyClick(dialog.enterprise.box, Qt.Key.Key_Backspace)
    assert dialog.enterprise.chosen_id() is None
    assert dialog.contact.count() == 1  # only "no particular contact" is left


def test_the_form_keeps_its_content_when_the_language_changes(
    dialog: LogVisitDialog, shell: Shell, qtbot: QtBot, seeded: Seeded
) -> None:
    pick_enterprise(dialog, qtbot, "alpha")
    qtbot.keyClicks(dialog.summary, "Discussed an order class")
    shell.window.switch_language("zh_CN")
    qtbot.waitUntil(lambda: dialog.windowTitle() == "记录走访", timeout=2000)
    assert dialog.labels["summary"].text() == "摘要 *"
    assert dialog.kind.currentText() == "走访"
    assert dialog.summary.text() == "Discussed an order class"
    assert dialog.enterprise.chosen_id() == seeded.alpha


def test_on_an_enterprise_record_the_visit_is_for_that_enterprise(
    shell: Shell, qtbot: QtBot, seeded: Seeded
) -> None:
    open_in(shell, qtbot, seeded.path)
    shell.open_record("enterprise", seeded.beta)
    wait_idle(qtbot)
    dialog = shell.log_visit()
    assert dialog is not None
    assert dialog.enterprise.chosen_id() == seeded.beta
    assert dialog.enterprise.box.text() == "Beta Logistics"
    wait_idle(qtbot)
    dialog.reject()
    shell.window.show_area("dashboard")
    other = shell.log_visit()
    assert other is not None and other.enterprise.chosen_id() is None
    other.reject()


def test_ctrl_l_needs_an_open_database(shell: Shell) -> None:
    assert not shell.window.log_visit_action.isEnabled()
    assert shell.log_visit() is None
