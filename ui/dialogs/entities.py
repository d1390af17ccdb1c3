"""What each kind of record is called, for window titles and messages ("New enterprise")."""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QCoreApplication

from ui.i18n import QT_TRANSLATE_NOOP

CONTEXT = "entities"

ENTITY_NAMES: Final[dict[str, str]] = {
    "enterprise": QT_TRANSLATE_NOOP("entities", "enterprise"),
    "contact": QT_TRANSLATE_NOOP("entities", "contact"),
    "interaction": QT_TRANSLATE_NOOP("entities", "visit or contact"),
    "major": QT_TRANSLATE_NOOP("entities", "major"),
    "student": QT_TRANSLATE_NOOP("entities", "student"),
    "agreement": QT_TRANSLATE_NOOP("entities", "agreement"),
    "placement": QT_TRANSLATE_NOOP("entities", "placement"),
    "project": QT_TRANSLATE_NOOP("entities", "project"),
    "project_partner": QT_TRANSLATE_NOOP("entities", "project partner"),
    "milestone": QT_TRANSLATE_NOOP("entities", "milestone"),
    "payment": QT_TRANSLATE_NOOP("entities", "payment received"),
    "outcome": QT_TRANSLATE_NOOP("entities", "outcome"),
    "employment": QT_TRANSLATE_NOOP("entities", "graduate employed"),
    "training_session": QT_TRANSLATE_NOOP("entities", "staff training"),
}


def entity_name(entity: str) -> str:
    """``enterprise`` → "enterprise" / "企业" in the current language."""
    return QCoreApplication.translate(CONTEXT, ENTITY_NAMES[entity])
