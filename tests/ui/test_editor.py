"""The record editor, driven as an officer would: type, save, see the core's errors, close."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from liaison.services.hub import Services
from liaison.services.registry import SERVICE_OF_ENTITY
from tests.ui import lists_support
from tests.ui.lists_support import add_firms, speak
from ui import messages
from ui.dialogs.editor import RecordEditor
from ui.dialogs.field_widgets import (
    BoolField,
    ComboField,
    DateField,
    MoneyField,
    TextField,
    ThemesField,
)
from ui.dialogs.ref_picker import RefPicker

officer = lists_support.officer
worker_stopped_after_module = lists_support.worker_stopped_after_module


def editor(
    qtbot: QtBot, services: Services, entity: str, record_id: int | None = None, **kw: Any
) -> RecordEditor:
    dialog = RecordEditor(services, entity, record_id, **kw)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()  # shortcuts (Ctrl+S) reach the active window only
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def text_field(dialog: RecordEditor, name: str) -> TextField:
    widget = dialog.form.widget(name)
    assert isinstance(widget, TextField)
    return widget


def save_and_wait(qtbot: QtBot, dialog: RecordEditor) -> None:
    dialog.save()
    assert dialog.task is not None
    qtbot.waitUntil(lambda: dialog.task is not None and dialog.task.done, timeout=10_000)


def test_an_enterprise_is_created_by_typing_and_saving(qtbot: QtBot, officer: Services) -> None:
    dialog = editor(qtbot, officer, "enterprise")
    assert dialog.windowTitle() == "New enterprise"
    qtbot.keyClicks(text_field(dialog, "name").edit, "Suzhou Precision Tools")
    qtbot.keyClicks(text_field(dialog, "uscc").edit, "91350100m000100y43")
    dialog.form.widget("industry_section").set_value("C")
    qtbot.keyClicks(dialog.form.widget("employees").focusProxy(), "35")
    money = dialog.form.widget("revenue_fen")
    assert isinstance(money, MoneyField)
    qtbot.keyClicks(money.edit, "800.5")
    text_field(dialog, "city").edit.setText("苏州")  # Chinese goes in with setText
    assert dialog.form.is_dirty()
    assert dialog.windowTitle().startswith("• ")
    with qtbot.waitSignal(dialog.saved, timeout=10_000) as saved:
        qtbot.keySequence(dialog, QKeySequence.StandardKey.Save)
    firm = officer.enterprises.get(saved.args[0])
    assert (firm.name, firm.uscc, firm.city) == (
        "Suzhou Precision Tools",
        "91350100M000100Y43",
        "苏州",
    )
    assert firm.revenue_fen == 800_500_000  # 800.5 万元, exactly
    assert firm.size_class == "small"
    assert firm.status == "prospect"


def test_a_validation_error_is_shown_next_to_its_field(qtbot: QtBot, officer: Services) -> None:
    dialog = editor(qtbot, officer, "enterprise")
    qtbot.keyClicks(text_field(dialog, "uscc").edit, "91350100M000100Y44")
    qtbot.keyClicks(dialog.form.widget("employees").focusProxy(), "12")
    save_and_wait(qtbot, dialog)
    errors = dialog.form.errors()
    assert errors["name"] == "is required"
    assert errors["uscc"].startswith("Check character 18 should be 3, not 4")
    assert shiboken6.isValid(dialog) and dialog.isVisible()  # nothing saved, still open
    assert officer.enterprises.get  # the database is untouched:
    with officer.db.reading() as session:
        from liaison.lists import enterprise_ids

        assert enterprise_ids(session) == []
    name = text_field(dialog, "name").edit
    assert "is required" in name.accessibleDescription()
    text_field(dialog, "uscc").edit.setText("91350100M000100Y43")
    name.setText("Fixed Ltd")
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.save()


def test_a_clash_found_by_the_core_comes_back_under_the_field(
    qtbot: QtBot, officer: Services
) -> None:
    add_firms(officer)
    dialog = editor(qtbot, officer, "enterprise")
    text_field(dialog, "name").edit.setText("wuxi green  energy")
    save_and_wait(qtbot, dialog)
    assert dialog.form.errors()["name"] == (
        "an enterprise with this name already exists (“Wuxi Green Energy”)"
    )
    assert dialog.form.general_message() == ""
    assert messages.history() == []  # under the field, not in a message box


def test_editing_saves_only_what_changed_and_is_audited(qtbot: QtBot, officer: Services) -> None:
    ids = add_firms(officer)
    firm = ids["Kunshan Mould Works"]
    dialog = editor(qtbot, officer, "enterprise", firm)
    assert dialog.windowTitle() == "Edit enterprise — Kunshan Mould Works"
    assert text_field(dialog, "city").value() == "Kunshan"
    assert not dialog.form.is_dirty()
    money = dialog.form.widget("revenue_fen")
    assert isinstance(money, MoneyField)
    assert money.value() == "2500"  # exact, no float noise, no trailing zeros
    text_field(dialog, "city").edit.setText("Suzhou")
    assert dialog.form.changed_values() == {"city": "Suzhou"}
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.save_button.click()
    change = officer.history.of("enterprise", firm)[0]
    assert (change.action, change.changes) == ("update", {"city": ["Kunshan", "Suzhou"]})


def test_closing_with_unsaved_changes_asks_first(qtbot: QtBot, officer: Services) -> None:
    dialog = editor(qtbot, officer, "enterprise")
    text_field(dialog, "name").edit.setText("Half typed")
    with messages.answering(False):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()
    assert messages.history()[-1].text == "Discard the changes you made to this enterprise?"
    with messages.answering(True):
        dialog.close()
    assert not dialog.isVisible()


def test_closing_an_untouched_editor_asks_nothing(qtbot: QtBot, officer: Services) -> None:
    dialog = editor(qtbot, officer, "interaction")
    dialog.reject()
    assert not dialog.isVisible()
    assert messages.history() == []


def test_required_fields_are_marked_and_described(qtbot: QtBot, officer: Services) -> None:
    dialog = editor(qtbot, officer, "interaction")
    labels = {spec.name: dialog.form._labels[spec.name].text() for spec in dialog.form.fields}
    assert labels["summary"] == "Summary *"
    assert labels["details"] == "Details"
    summary = text_field(dialog, "summary").edit
    assert summary.accessibleName() == "Summary"
    assert summary.accessibleDescription() == "Required"


def test_tab_goes_through_the_fields_in_order(qtbot: QtBot, officer: Services) -> None:
    dialog = editor(qtbot, officer, "contact")
    name = text_field(dialog, "name").edit
    name.setFocus()
    qtbot.waitUntil(name.hasFocus)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is text_field(dialog, "title").edit


def test_dates_have_an_explicit_no_date_state(qtbot: QtBot) -> None:
    field = DateField()
    qtbot.addWidget(field)
    field.show()
    assert field.value() is None
    assert field.edit.text() == "No date"
    assert not field.clear_button.isVisible()
    field.set_value(date(2026, 3, 1))
    assert field.value() == date(2026, 3, 1)
    assert field.clear_button.isVisible()
    field.clear_button.click()
    assert field.value() is None
    qtbot.keyClick(field.edit, Qt.Key.Key_Up)  # the first key starts from today
    assert field.value() is not None
    assert abs((field.value() - date.today()).days) <= 366  # type: ignore[operator]
    assert field.edit.calendarPopup()
    assert field.edit.minimumDate() == QDate(1900, 1, 1)


def test_money_fields_take_exact_amounts_only(qtbot: QtBot) -> None:
    field = MoneyField("yuan")
    qtbot.addWidget(field)
    qtbot.keyClicks(field.edit, "3,456.789x")  # a third decimal and letters are refused
    assert field.value() == "3456.78"
    assert field.unit_label.text() == "CNY"
    field.set_value(12)
    assert field.value() == "0.12"


def test_nullable_yes_no_fields_have_a_third_state(qtbot: QtBot, officer: Services) -> None:
    dialog = editor(qtbot, officer, "employment")
    six_months = dialog.form.widget("employed_6m")
    related = dialog.form.widget("related_field")
    assert isinstance(six_months, BoolField) and isinstance(related, BoolField)
    assert six_months.box.isTristate() and six_months.value() is None
    assert six_months.box.text() == "Not known"
    assert not related.box.isTristate()
    six_months.box.click()
    assert six_months.value() is not None


def test_choices_show_labels_and_store_values(
    qtbot: QtBot, qapp: QApplication, officer: Services
) -> None:
    dialog = editor(qtbot, officer, "agreement")
    kind = dialog.form.widget("kind")
    assert isinstance(kind, ComboField)
    labels = [kind.combo.itemText(i) for i in range(kind.combo.count())]
    assert labels[:3] == ["—", "Modern apprenticeship", "Order class"]
    kind.combo.setCurrentIndex(2)
    assert kind.value() == "order_class"
    themes = dialog.form.widget("themes")
    assert isinstance(themes, ThemesField)
    themes.boxes["green"].click()
    assert themes.value() == ["green"]
    speak(qapp, "zh_CN")
    assert kind.combo.currentText() == "订单班"
    assert kind.value() == "order_class"
    assert themes.boxes["green"].text() == "绿色"
    assert dialog.form._labels["kind"].text() == "协议类型 *"


def test_a_reference_is_picked_by_searching(qtbot: QtBot, officer: Services) -> None:
    ids = add_firms(officer)
    contact = officer.contacts.create(
        {"enterprise_id": ids["Wuxi Green Energy"], "name": "Li Na", "title": "HR manager"}
    )
    officer.contacts.create({"enterprise_id": ids["Kunshan Mould Works"], "name": "Li Wei"})
    dialog = editor(qtbot, officer, "interaction")
    firm = dialog.form.widget("enterprise_id")
    assert isinstance(firm, RefPicker)
    firm.combo.setFocus()
    line = firm.combo.lineEdit()
    assert line is not None
    qtbot.keyClicks(line, "wuxi")
    qtbot.waitUntil(lambda: firm.searches == 1)
    assert [label for _id, label in firm.hits()] == ["Wuxi Green Energy · Wuxi"]
    assert firm.value() is None  # typing is not choosing
    firm.choose(0)
    assert firm.value() == ids["Wuxi Green Energy"]
    who = dialog.form.widget("contact_id")
    assert isinstance(who, RefPicker)
    # The contact picker offers the people of the firm chosen, not everybody called Li.
    assert who.search_now("li") == [(contact, "Li Na · HR manager · Wuxi Green Energy")]
    who.choose(0)
    text_field(dialog, "summary").edit.setText("Order class for 2026")
    with qtbot.waitSignal(dialog.saved, timeout=10_000) as saved:
        dialog.save()
    visit = officer.interactions.get(saved.args[0])
    assert (visit.enterprise_id, visit.contact_id, visit.kind) == (
        ids["Wuxi Green Energy"],
        contact,
        "visit",
    )
    assert visit.occurred_on == date.today()
    assert visit.officer == "tester"


def test_an_existing_reference_is_shown_by_name(qtbot: QtBot, officer: Services) -> None:
    ids = add_firms(officer)
    dialog = editor(
        qtbot,
        officer,
        "contact",
        presets={"enterprise_id": ids["Nanjing Software Studio"]},
        locked=("enterprise_id",),
    )
    picker = dialog.form.widget("enterprise_id")
    assert isinstance(picker, RefPicker)
    assert picker.combo.currentText() == "Nanjing Software Studio"
    assert not picker.combo.isEnabled()
    assert not dialog.form.is_dirty()  # presets are where a new record starts


@pytest.mark.parametrize("entity", sorted(SERVICE_OF_ENTITY))
def test_every_entity_has_an_editor_that_reports_missing_required_fields(
    qtbot: QtBot, officer: Services, entity: str
) -> None:
    dialog = editor(qtbot, officer, entity)
    required = {f.name for f in dialog.form.fields if f.required}
    defaults = {k for k, v in dialog.form.values().items() if v not in (None, "", [])}
    save_and_wait(qtbot, dialog)
    assert set(dialog.form.errors()) == required - defaults
    for name in required - defaults:
        assert dialog.form.errors()[name] == "is required"
