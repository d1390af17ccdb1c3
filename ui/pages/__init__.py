"""The area pages, and the three calls the window's shell makes on them.

``build_pages(window, services)`` makes the area pages and puts them in the window;
``open_record(window, services, entity, record_id)`` shows one record wherever it lives (a
reminder on the dashboard, a hit of the global search, an entry of the Trash);
``undo_last(window, services)`` takes back the officer's last change (Ctrl+Z) and refreshes.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from liaison.i18n import LiaisonError
from liaison.services.history import Change
from liaison.services.hub import Services
from ui import messages
from ui.areas import AREA_KEYS
from ui.dialogs.editor import open_editor
from ui.dialogs.entities import entity_name
from ui.i18n import QT_TRANSLATE_NOOP
from ui.main_window import MainWindow
from ui.pages.enterprises import EnterprisesArea
from ui.pages.visits import VisitsArea
from ui.tasks import Task, run_in_background

CONTEXT = "pages"

# Where each kind of record is shown: the area whose page can open it.
AREA_OF_ENTITY: Final[dict[str, str]] = {
    "enterprise": "enterprises",
    "contact": "enterprises",
    "interaction": "visits",
    "agreement": "agreements",
    "placement": "students",
    "student": "students",
    "major": "students",
    "project": "projects",
    "project_partner": "projects",
    "milestone": "projects",
    "payment": "projects",
    "outcome": "projects",
    "employment": "graduates",
    "training_session": "graduates",
}

_ACTIONS: Final[dict[str, str]] = {
    "create": QT_TRANSLATE_NOOP("pages", "adding"),
    "update": QT_TRANSLATE_NOOP("pages", "changing"),
    "delete": QT_TRANSLATE_NOOP("pages", "deleting"),
    "restore": QT_TRANSLATE_NOOP("pages", "restoring"),
}


def build_pages(window: MainWindow, services: Services) -> dict[str, QWidget]:
    """Make this package's area pages, put each in its slot of ``window``; return them."""
    pages: dict[str, QWidget] = {
        "enterprises": EnterprisesArea(services, window.settings),
        "visits": VisitsArea(services, window.settings),
    }
    for key, page in pages.items():
        window.add_page(key, page)
    return pages


def open_record(
    window: MainWindow, services: Services, entity: str, record_id: int
) -> QWidget | None:
    """Show record ``record_id`` of ``entity`` (``"enterprise"``, ``"interaction"`` …).

    The area that holds it shows it in place when its page can (an enterprise's record, a
    contact within it); otherwise the record's editor opens over the window. Returns the page
    or editor shown, or None when the record is gone (the officer is told).
    """
    area = AREA_OF_ENTITY.get(entity)
    if area is not None:
        page = window.page(area)
        opener = getattr(page, "open_record", None)
        if opener is not None:
            window.show_area(area)
            try:
                if opener(entity, record_id):
                    return page
            except LiaisonError as error:
                messages.show_error(window, error)
                return None
    try:
        return open_editor(
            window, services, entity, record_id, on_saved=lambda _id: refresh_pages(window)
        )
    except LiaisonError as error:
        messages.show_error(window, error)
        return None


def refresh_pages(window: MainWindow) -> None:
    """Ask every area page that can to query its data again."""
    for key in AREA_KEYS:
        refresh = getattr(window.page(key), "refresh", None)
        if callable(refresh):
            refresh()


def describe_change(change: Change) -> str:
    action = QCoreApplication.translate(CONTEXT, _ACTIONS.get(change.action, change.action))
    return (
        QCoreApplication.translate("pages", "Undone: %1 %2 #%3")
        .replace("%1", action)
        .replace("%2", entity_name(change.entity))
        .replace("%3", str(change.entity_id))
    )


def undo_last(window: MainWindow, services: Services) -> Task[Change]:
    """Take back the officer's last change on the database worker, then refresh the pages.

    "Nothing to undo" is told like any known error; the status bar says what was undone.
    """

    def done(change: Change) -> None:
        refresh_pages(window)
        window.statusBar().showMessage(describe_change(change), 8000)

    return run_in_background(
        window,
        lambda _task: services.history.undo_last(),
        on_success=done,
        with_progress=False,
    )
