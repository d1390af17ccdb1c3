"""What each kind of record is called on screen, one and many (trash, search results …).

The core names records by table (``"enterprise"``, ``"training_session"``); texts are English
sources in the "entities" context, translated where they are shown.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ui.i18n import QT_TRANSLATE_NOOP

_ONE: dict[str, str] = {
    "enterprise": QT_TRANSLATE_NOOP("entities", "Enterprise"),
    "contact": QT_TRANSLATE_NOOP("entities", "Contact"),
    "interaction": QT_TRANSLATE_NOOP("entities", "Visit or contact"),
    "major": QT_TRANSLATE_NOOP("entities", "Major"),
    "student": QT_TRANSLATE_NOOP("entities", "Student"),
    "agreement": QT_TRANSLATE_NOOP("entities", "Agreement"),
    "placement": QT_TRANSLATE_NOOP("entities", "Placement"),
    "project": QT_TRANSLATE_NOOP("entities", "Project"),
    "project_partner": QT_TRANSLATE_NOOP("entities", "Project partner"),
    "milestone": QT_TRANSLATE_NOOP("entities", "Milestone"),
    "payment": QT_TRANSLATE_NOOP("entities", "Payment"),
    "outcome": QT_TRANSLATE_NOOP("entities", "Outcome"),
    "employment": QT_TRANSLATE_NOOP("entities", "Graduate employed"),
    "training_session": QT_TRANSLATE_NOOP("entities", "Staff training"),
}

_MANY: dict[str, str] = {
    "enterprise": QT_TRANSLATE_NOOP("entities", "Enterprises"),
    "contact": QT_TRANSLATE_NOOP("entities", "Contacts"),
    "student": QT_TRANSLATE_NOOP("entities", "Students"),
    "agreement": QT_TRANSLATE_NOOP("entities", "Agreements"),
    "project": QT_TRANSLATE_NOOP("entities", "Projects"),
}

# The area that lists each kind of record (for navigation when a record has no page of its own).
AREA_OF_ENTITY: dict[str, str] = {
    "enterprise": "enterprises",
    "contact": "enterprises",
    "interaction": "visits",
    "major": "students",
    "student": "students",
    "agreement": "agreements",
    "placement": "students",
    "project": "projects",
    "project_partner": "projects",
    "milestone": "projects",
    "payment": "projects",
    "outcome": "projects",
    "employment": "graduates",
    "training_session": "graduates",
}


def entity_name(entity: str) -> str:
    """One record of ``entity`` in the current language ("Enterprise" / "企业")."""
    source = _ONE.get(entity)
    return QCoreApplication.translate("entities", source) if source else entity


def entity_plural(entity: str) -> str:
    """A group heading for ``entity`` ("Enterprises" / "企业"); the singular where none is set."""
    source = _MANY.get(entity)
    return QCoreApplication.translate("entities", source) if source else entity_name(entity)
