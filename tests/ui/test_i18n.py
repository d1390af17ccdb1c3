from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings
from PySide6.QtWidgets import QApplication

import liaison.i18n
from ui import build_translations, i18n

TS = i18n.translations_dir() / "liaison_zh_CN.ts"
# A keyboard mnemonic starts a word in English ("&File", "About &Qt"; not "R&D"), and may
# sit anywhere in Chinese ("文件(&F)").
SOURCE_MNEMONIC = re.compile(r"(?:^|\s)&\w")
TRANSLATED_MNEMONIC = re.compile(r"(?<!&)&\w")


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    found = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message.find("translation")
    return found  # type: ignore[return-value]


def test_every_message_has_a_finished_chinese_translation() -> None:
    found = messages(TS)
    assert len(found) > 50
    for (context, source), translation in found.items():
        assert translation is not None and (translation.text or "").strip(), (context, source)
        assert translation.get("type") is None, (context, source)  # not unfinished/obsolete
        text = translation.text or ""
        assert re.findall(r"%\d", source) == re.findall(r"%\d", text), (context, source)
        has_mnemonic = bool(SOURCE_MNEMONIC.search(source))
        assert has_mnemonic == bool(TRANSLATED_MNEMONIC.search(text)), (context, source)


def test_the_ts_file_holds_every_text_of_the_sources(tmp_path: Path) -> None:
    """Fails when a new tr() text was not extracted (run ``ui.build_translations --update``)."""
    shutil.copy(TS, tmp_path / TS.name)
    build_translations.update(tmp_path)
    assert set(messages(tmp_path / TS.name)) == set(messages(TS))


def test_chinese_translates_widgets_qt_dialogs_and_the_core(qapp: QApplication) -> None:
    assert i18n.install_language(qapp, "zh-CN") == "zh_CN"
    assert QCoreApplication.translate("areas", "Enterprises") == "合作企业"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"  # qtbase
    assert liaison.i18n.language() == "zh_CN"
    assert QLocale().language() == QLocale.Language.Chinese
    assert i18n.current_language() == "zh_CN"


def test_switching_back_removes_the_translators(qapp: QApplication) -> None:
    i18n.install_language(qapp, "zh_CN")
    i18n.install_language(qapp, "en")
    assert QCoreApplication.translate("areas", "Enterprises") == "Enterprises"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    assert liaison.i18n.language() == "en"
    assert QLocale().language() == QLocale.Language.English


def test_a_missing_translation_file_leaves_english_and_warns(
    qapp: QApplication,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    monkeypatch.setattr(i18n, "translations_dir", lambda: tmp_path)
    i18n.install_language(qapp, "zh_CN")
    assert QCoreApplication.translate("areas", "Enterprises") == "Enterprises"
    assert "liaison_zh_CN.qm" in caplog.text


@pytest.mark.parametrize(
    ("saved", "system", "expected"),
    [
        ("zh_CN", "en_GB.UTF-8", "zh_CN"),
        ("en", "zh_CN.UTF-8", "en"),
        (None, "zh_CN.UTF-8", "zh_CN"),
        (None, "de_DE.UTF-8", "en"),
        ("klingon", "zh_TW", "zh_CN"),
    ],
)
def test_chosen_language_is_the_saved_one_else_the_system_one(
    settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
    saved: str | None,
    system: str,
    expected: str,
) -> None:
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", system)
    if saved is not None:
        settings.setValue(i18n.SETTINGS_KEY, saved)
    assert i18n.chosen_language(settings) == expected


def test_save_language_normalises(settings: QSettings) -> None:
    i18n.save_language("zh-CN", settings)
    assert settings.value(i18n.SETTINGS_KEY) == "zh_CN"
    assert i18n.chosen_language(settings) == "zh_CN"
