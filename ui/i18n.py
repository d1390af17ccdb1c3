"""The app's language: Qt translators for the widgets, ``liaison.i18n`` for the core's texts.

The choice is the saved setting, else the system locale. Switching at runtime removes the old
translators and installs new ones; Qt then sends every widget a ``LanguageChange`` event, and
widgets retranslate themselves in ``changeEvent``.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from liaison import i18n, resources

log = logging.getLogger(__name__)

SETTINGS_KEY = "ui/language"
# Language names are shown in their own language, so an officer can always find theirs.
LANGUAGE_NAMES: dict[str, str] = {"en": "English", "zh_CN": "简体中文"}
_LOCALES: dict[str, QLocale] = {
    "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
    "zh_CN": QLocale(QLocale.Language.Chinese, QLocale.Country.China),
}

_installed: list[QTranslator] = []


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for lupdate in ``context``; it is translated where it is shown.

    Qt's own version is typed as returning ``object``; lupdate goes by the name alone.
    """
    return text


def translations_dir() -> Path:
    """Where the compiled ``liaison_<lang>.qm`` files live (``resources/translations``)."""
    return resources.root() / "translations"


def _load(translator: QTranslator, path: Path) -> bool:
    if path.is_file() and translator.load(str(path)):
        return True
    log.warning("translation not loaded: %s", path)
    return False


def translators_for(lang: str) -> list[QTranslator]:
    """Loaded translators for ``lang``: Liaison's own, then Qt's standard dialogs and buttons."""
    if lang == "en":
        return []  # the source texts are English
    found = []
    own = QTranslator()
    if _load(own, translations_dir() / f"liaison_{lang}.qm"):
        found.append(own)
    qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    qtbase = QTranslator()
    if _load(qtbase, qt_dir / f"qtbase_{lang}.qm"):
        found.append(qtbase)
    return found


def install_language(app: QCoreApplication, lang: str) -> str:
    """Speak ``lang`` from now on (widgets, Qt dialogs, number formats, the core); return it.

    Any spelling ``liaison.i18n.normalise_language`` understands is accepted.
    """
    lang = i18n.normalise_language(lang)
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    for translator in translators_for(lang):
        app.installTranslator(translator)
        _installed.append(translator)
    QLocale.setDefault(_LOCALES[lang])
    i18n.set_language(lang)
    return lang


def current_language() -> str:
    return i18n.language()


def chosen_language(settings: QSettings | None = None) -> str:
    """The saved choice, else what the system locale asks for."""
    saved = (settings or QSettings()).value(SETTINGS_KEY)
    if isinstance(saved, str) and saved in LANGUAGE_NAMES:
        return saved
    return i18n.system_language()


def save_language(lang: str, settings: QSettings | None = None) -> None:
    (settings or QSettings()).setValue(SETTINGS_KEY, i18n.normalise_language(lang))
