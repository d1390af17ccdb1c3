"""The area pages, and the three calls the window's shell makes on them.

``install_pages(window, services)`` has the window make each area page when the area is
first shown (or a record in it is opened);
``open_record(window, services, entity, record_id)`` shows one record wherever it lives (a
reminder on the dashboard, a hit of the global search, an entry of the Trash);
``undo_last(window, services)`` takes back the officer's last change (Ctrl+Z) and refreshes.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from typing import TYPE_CHECKING, Final

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QWidget

from liaison.i18n import LiaisonError
from ui import messages
from ui.dialogs.entities import entity_name
from ui.i18n import QT_TRANSLATE_NOOP
from ui.main_window import MainWindow
from ui.tasks import Task, run_in_background

if TYPE_CHECKING:
    from liaison.services.history import Change
    from liaison.services.hub import Services

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


# The pages made over the open database's services and the window's settings: module and
# class. A module is imported when its page is first made; together they bring in the editors,
# the Excel import, ReportLab … some 400 ms the dashboard need not wait for.
LIST_AREAS: Final[dict[str, str]] = {
    "enterprises": "ui.pages.enterprises:EnterprisesArea",
    "visits": "ui.pages.visits:VisitsArea",
    "agreements": "ui.pages.agreements:AgreementsArea",
    "students": "ui.pages.students:StudentsArea",
    "projects": "ui.pages.projects:ProjectsArea",
    "graduates": "ui.pages.graduates:GraduatesArea",
}
REPORTS = "ui.pages.reports:ReportsPage"


def _page_class(where: str) -> Callable[[Services, QSettings], QWidget]:
    module, _colon, name = where.partition(":")
    found: Callable[[Services, QSettings], QWidget] = getattr(import_module(module), name)
    return found


def install_pages(
    window: MainWindow,
    services: Services,
    on_made: Callable[[str, QWidget], object] | None = None,
) -> None:
    """Let ``window`` make the list areas and the Reports page over ``services`` when each is
    first shown or asked for (``window.page(key)``); ``on_made(key, page)`` hears of each list
    area made. A page not made yet costs the start nothing: no widgets, no query.
    """

    from ui import excel_commands

    def maker(key: str, where: str) -> Callable[[], QWidget]:
        def made() -> QWidget:
            from ui.pages.report_actions import add_report_actions

            page = _page_class(where)(services, window.settings)
            # The Reports area's actions on the Enterprises and Visits lists and records.
            add_report_actions(window, {key: page})
            if on_made is not None:
                on_made(key, page)
            return page

        return made

    for key, where in LIST_AREAS.items():
        window.set_page_maker(key, maker(key, where))
    window.set_page_maker("reports", lambda: _page_class(REPORTS)(services, window.settings))
    excel_commands.install(window, services)


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
    from ui.dialogs.editor import open_editor

    try:
        return open_editor(
            window, services, entity, record_id, on_saved=lambda _id: refresh_pages(window)
        )
    except LiaisonError as error:
        messages.show_error(window, error)
        return None


def refresh_pages(window: MainWindow) -> None:
    """Ask every area page made so far that can to query its data again (the others will
    query when made)."""
    for page in window.made_pages().values():
        refresh = getattr(page, "refresh", None)
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
