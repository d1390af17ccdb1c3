"""The enterprise form's live helpers: credit code checked and size class explained as typed."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from liaison.services.hub import Services
from tests.ui import lists_support
from tests.ui.lists_support import speak
from ui.dialogs.editor import RecordEditor
from ui.dialogs.enterprise_form import helpers, size_explanation, uscc_feedback
from ui.dialogs.field_widgets import ComboField, TextField

officer = lists_support.officer
worker_stopped_after_module = lists_support.worker_stopped_after_module


@pytest.mark.parametrize(
    ("typed", "tone", "position", "says"),
    [
        ("", "note", None, ""),
        ("9135 0100", "note", None, "8 of 18 characters"),
        ("91350100M000100Y43", "ok", None, "Valid credit code"),
        ("９１３５０１００Ｍ０００１００Ｙ４３", "ok", None, "Valid credit code"),  # full width
        ("9135O1", "error", 5, "Character 5 is the letter O"),  # found while typing
        ("9135010*", "error", 8, "Character 8 (*) is not allowed"),
        ("91350100M000100Y4", "note", None, "17 of 18 characters"),
        ("91350100M000100Y44", "error", 18, "Check character 18 should be 3, not 4"),
        ("91350100M000200Y43", "error", 17, "The organisation code (characters 9–17)"),
        ("91350100M000100Y431", "error", None, "A credit code has 18 characters; this one has 19"),
    ],
)
def test_credit_code_feedback_while_typing(
    typed: str, tone: str, position: int | None, says: str
) -> None:
    text, found_tone, found_position = uscc_feedback(typed)
    assert (found_tone, found_position) == (tone, position)
    assert says in text


def test_the_faulty_character_is_marked_in_the_code(qtbot: QtBot, officer: Services) -> None:
    dialog = RecordEditor(officer, "enterprise")
    qtbot.addWidget(dialog)
    uscc = dialog.form.widget("uscc")
    assert isinstance(uscc, TextField)
    qtbot.keyClicks(uscc.edit, "91350100M000100Y4")
    assert dialog.form.message("uscc") == "17 of 18 characters"
    qtbot.keyClicks(uscc.edit, "4")
    label = dialog.form._messages["uscc"]
    assert "91350100M000100Y4" in dialog.form.message("uscc")
    assert 'font-weight:600">&nbsp;4&nbsp;</span>' in label.text()  # position 18 marked
    qtbot.keyClick(uscc.edit, "\b")
    qtbot.keyClicks(uscc.edit, "3")
    assert dialog.form.message("uscc") == "✓ Valid credit code"


def test_the_size_class_is_computed_and_explained_as_the_officer_types(
    qtbot: QtBot, officer: Services
) -> None:
    dialog = RecordEditor(officer, "enterprise")
    qtbot.addWidget(dialog)
    form = dialog.form
    size = helpers(form)
    assert size.size_text() == "Not classified: choose the industry first"
    form.widget("industry_section").set_value("C")
    assert size.size_text() == "Not classified: missing staff, revenue (Industry, 2011 rules)"
    qtbot.keyClicks(form.widget("employees").focusProxy(), "35")
    qtbot.keyClicks(form.widget("revenue_fen").focusProxy(), "800")
    assert size.size_text() == "Small: 35 staff, revenue 800 万元 (Industry, 2011 rules)"
    assert size.size_label.text().startswith("<b>Small</b>:")
    qtbot.keyClicks(form.widget("employees").focusProxy(), "0")  # 350 staff
    assert size.size_text().startswith("Small:")  # revenue keeps it small
    qtbot.keyClicks(form.widget("revenue_fen").focusProxy(), "0")  # 8000 万元
    assert size.size_text().startswith("Medium: 350 staff, revenue 8000 万元")


def test_a_split_section_offers_its_sizing_categories(qtbot: QtBot, officer: Services) -> None:
    dialog = RecordEditor(officer, "enterprise")
    qtbot.addWidget(dialog)
    form = dialog.form
    category = form.widget("sizing_category")
    assert isinstance(category, ComboField)
    form.widget("industry_section").set_value("F")
    offered = [category.combo.itemText(i) for i in range(category.combo.count())]
    assert offered == ["By the industry (default)", "Wholesale", "Retail"]
    qtbot.keyClicks(form.widget("employees").focusProxy(), "12")
    qtbot.keyClicks(form.widget("revenue_fen").focusProxy(), "150")
    assert helpers(form).size_text().startswith("Micro:")  # wholesale needs 1000 万元 for small
    category.set_value("retail")
    assert helpers(form).size_text() == "Small: 12 staff, revenue 150 万元 (Retail, 2011 rules)"


def test_overriding_the_size_class_needs_a_reason(qtbot: QtBot, officer: Services) -> None:
    dialog = RecordEditor(officer, "enterprise")
    qtbot.addWidget(dialog)
    form = dialog.form
    form.widget("name").set_value("Override Ltd")
    form.widget("size_override").set_value("medium")
    assert helpers(form).size_text() == "Medium: set by hand; give the reason below"
    dialog.save()
    qtbot.waitUntil(lambda: dialog.task is not None and dialog.task.done)
    assert form.errors() == {"size_reason": "give a reason for setting the size class by hand"}
    form.widget("size_reason").set_value("Group parent is medium-sized")
    assert helpers(form).size_text() == "Medium: set by hand (Group parent is medium-sized)"
    with qtbot.waitSignal(dialog.saved, timeout=10_000) as saved:
        dialog.save()
    firm = officer.enterprises.get(saved.args[0])
    assert (firm.size_class, firm.size_rule) == ("medium", "manual")


def test_figures_that_are_not_numbers_say_so(qtbot: QtBot) -> None:
    assert size_explanation({"industry_section": "C", "employees": "12x"}) == (
        "Correct the figures to see the size class."
    )


def test_the_explanation_follows_the_language(
    qtbot: QtBot, qapp: QApplication, officer: Services
) -> None:
    dialog = RecordEditor(officer, "enterprise")
    qtbot.addWidget(dialog)
    form = dialog.form
    form.widget("industry_section").set_value("C")
    form.widget("employees").set_value(35)
    form.widget("revenue_fen").set_value(800_000_000)
    form.widget("uscc").set_value("91350100M000100Y44")
    speak(qapp, "zh_CN")
    assert (
        helpers(form).size_text() == "小型：从业人员 35 人，营业收入 800 万元（工业，2011 年标准）"
    )
    assert form.message("uscc").startswith("第 18 位校验码应为 3，实际为 4")
    assert form._labels["uscc"].text() == "统一社会信用代码"
