"""The areas of the app, in navigation order: key, label, icon, and what the empty area says.

Texts are English sources marked for lupdate in the "areas" context; :func:`translated` gives
them in the current language.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QCoreApplication

from ui.i18n import QT_TRANSLATE_NOOP


# A NamedTuple rather than a dataclass, like ui.theme.Colours (for the start-up time).
class Area(NamedTuple):
    key: str
    label: str  # English source texts, translated in the "areas" context
    icon: str
    empty_title: str
    empty_message: str


AREAS: tuple[Area, ...] = (
    Area(
        "dashboard",
        QT_TRANSLATE_NOOP("areas", "Dashboard"),
        "layout-dashboard",
        QT_TRANSLATE_NOOP("areas", "Nothing to sum up yet"),
        QT_TRANSLATE_NOOP(
            "areas",
            "Once enterprises, agreements and projects are recorded, the dashboard shows "
            "this year's cooperation at a glance.",
        ),
    ),
    Area(
        "enterprises",
        QT_TRANSLATE_NOOP("areas", "Enterprises"),
        "building-2",
        QT_TRANSLATE_NOOP("areas", "No enterprises yet"),
        QT_TRANSLATE_NOOP(
            "areas", "Import a spreadsheet of your partner enterprises, or add one by hand."
        ),
    ),
    Area(
        "visits",
        QT_TRANSLATE_NOOP("areas", "Visits & follow-ups"),
        "footprints",
        QT_TRANSLATE_NOOP("areas", "No visits recorded yet"),
        QT_TRANSLATE_NOOP(
            "areas", "Record every visit and call, and the follow-ups agreed, to keep track."
        ),
    ),
    Area(
        "agreements",
        QT_TRANSLATE_NOOP("areas", "Agreements"),
        "file-signature",
        QT_TRANSLATE_NOOP("areas", "No agreements yet"),
        QT_TRANSLATE_NOOP(
            "areas",
            "Add apprenticeship, order-class and internship-base agreements with partner "
            "enterprises.",
        ),
    ),
    Area(
        "students",
        QT_TRANSLATE_NOOP("areas", "Students & placements"),
        "graduation-cap",
        QT_TRANSLATE_NOOP("areas", "No placements yet"),
        QT_TRANSLATE_NOOP(
            "areas", "Place students with partner enterprises and record their mentors."
        ),
    ),
    Area(
        "projects",
        QT_TRANSLATE_NOOP("areas", "Projects"),
        "flask-conical",
        QT_TRANSLATE_NOOP("areas", "No joint projects yet"),
        QT_TRANSLATE_NOOP(
            "areas",
            "Record technical services and joint R&D with their funds, milestones and outcomes.",
        ),
    ),
    Area(
        "graduates",
        QT_TRANSLATE_NOOP("areas", "Graduates & training"),
        "briefcase",
        QT_TRANSLATE_NOOP("areas", "No graduates or training recorded yet"),
        QT_TRANSLATE_NOOP(
            "areas",
            "Record graduates employed by partner enterprises and enterprise staff trained by "
            "the college.",
        ),
    ),
    Area(
        "reports",
        QT_TRANSLATE_NOOP("areas", "Reports"),
        "file-text",
        QT_TRANSLATE_NOOP("areas", "Nothing to report yet"),
        QT_TRANSLATE_NOOP(
            "areas",
            "Cooperation reports, agreements and visit sheets are printed here from the "
            "recorded data.",
        ),
    ),
    Area(
        "trash",
        QT_TRANSLATE_NOOP("areas", "Trash"),
        "trash-2",
        QT_TRANSLATE_NOOP("areas", "The trash is empty"),
        QT_TRANSLATE_NOOP("areas", "Deleted records stay here until you restore them."),
    ),
)
AREA_KEYS = tuple(area.key for area in AREAS)


def translated(text: str) -> str:
    """An area's text in the current language."""
    return QCoreApplication.translate("areas", text)
