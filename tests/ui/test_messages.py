from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from liaison.errors import NotFound
from ui import i18n, messages


@pytest.mark.parametrize(
    ("value", "suppressed"), [("", False), ("0", False), ("1", True), ("yes", True)]
)
def test_the_switch_reads_the_environment(
    monkeypatch: pytest.MonkeyPatch, value: str, suppressed: bool
) -> None:
    monkeypatch.setenv("LIAISON_NO_DIALOGS", value)
    assert messages.dialogs_suppressed() is suppressed


def test_tests_run_with_dialogs_suppressed() -> None:
    assert messages.dialogs_suppressed()


def test_show_error_records_the_message_in_the_current_language(qapp: QApplication) -> None:
    messages.show_error(None, NotFound("Enterprise", 7))
    i18n.install_language(qapp, "zh_CN")
    messages.show_error(None, NotFound("企业", 7))
    first, second = messages.history()
    assert first == messages.Shown("error", "Cannot continue", "Enterprise #7 was not found")
    assert second.title == "无法继续"
    assert second.text == "未找到企业“7”"


def test_show_info_and_plain_text_errors_are_recorded() -> None:
    messages.show_info(None, "Saved", title="Export")
    messages.show_error(None, "Disk full")
    assert [(s.kind, s.text) for s in messages.history()] == [
        ("info", "Saved"),
        ("error", "Disk full"),
    ]
    messages.clear_history()
    assert messages.history() == []


@pytest.mark.parametrize("default", [True, False])
def test_confirm_returns_its_default_while_suppressed(default: bool) -> None:
    assert messages.confirm(None, "Delete 3 enterprises?", default=default) is default
    assert messages.history()[-1] == messages.Shown(
        "confirm", "Please confirm", "Delete 3 enterprises?"
    )


def test_answering_overrides_the_default_and_is_restored() -> None:
    with messages.answering(True):
        assert messages.confirm(None, "Restore?", default=False) is True
        with messages.answering(False):
            assert messages.confirm(None, "Restore?", default=True) is False
        assert messages.confirm(None, "Restore?") is True
    assert messages.confirm(None, "Restore?") is False
