"""The first-run dialog on its own: what each choice asks for."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from ui.dialogs.first_run import FirstRunDialog


def make(qtbot: QtBot, problem: str = "") -> FirstRunDialog:
    dialog = FirstRunDialog("/data/liaison.db", problem)
    qtbot.addWidget(dialog)
    dialog.open()
    return dialog


def test_create_asks_for_the_default_file_and_closes(qtbot: QtBot) -> None:
    dialog = make(qtbot)
    assert "/data/liaison.db" in dialog.create_button.accessibleDescription()
    with qtbot.waitSignal(dialog.create_requested) as asked:
        dialog.create_button.click()
    assert asked.args == ["/data/liaison.db"]
    assert not dialog.isVisible()


def test_open_asks_for_a_file_first(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = make(qtbot)
    opened: list[str] = []
    dialog.open_requested.connect(opened.append)
    dialog.open_button.click()
    picker = dialog.findChild(QFileDialog)
    assert picker is not None and picker.isVisible()
    assert picker.directory().absolutePath() == "/data" or not Path("/data").exists()
    assert dialog.isVisible()  # nothing chosen yet
    picker.fileSelected.emit(str(tmp_path / "college.db"))
    assert opened == [str(tmp_path / "college.db")]
    assert not dialog.isVisible()


def test_cancelling_the_file_dialog_keeps_the_choices(qtbot: QtBot) -> None:
    dialog = make(qtbot)
    opened: list[str] = []
    dialog.open_requested.connect(opened.append)
    dialog.open_button.click()
    picker = dialog.findChild(QFileDialog)
    assert picker is not None
    picker.reject()
    assert opened == [] and dialog.isVisible()


def test_demo_and_not_now(qtbot: QtBot) -> None:
    dialog = make(qtbot)
    with qtbot.waitSignal(dialog.demo_requested):
        dialog.demo_button.click()
    again = make(qtbot)
    with (
        qtbot.assertNotEmitted(again.create_requested),
        qtbot.assertNotEmitted(again.demo_requested),
    ):
        again.quit_button.click()
    assert not again.isVisible()


def test_a_problem_is_shown_above_the_choices(qtbot: QtBot) -> None:
    dialog = make(qtbot, "x.db is damaged")
    assert dialog.problem.isVisible() and dialog.problem.text() == "x.db is damaged"
    dialog.set_problem("")
    assert not dialog.problem.isVisible()
