"""The Graduates & training area: graduates hired by partner firms (by period, enterprise and
whether the job fits the major) and the firms' staff trained by the college (by period and
enterprise), in two tabs. Enter opens the record in its editor."""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QWidget

from liaison.lists import EmploymentRow, TrainingRow
from liaison.model import Employment, TrainingSession
from liaison.services.hub import Services
from ui.dialogs.editor import RecordEditor
from ui.pages.area_page import AreaPage
from ui.pages.cooperation_lists import EMPLOYMENT_LIST, TRAINING_LIST
from ui.pages.list_page import ListPage
from ui.pages.lookup_filters import enterprise_filter, with_filters
from ui.pages.tabbed_lists import TabbedLists

CONTEXT: Final = "GraduatesArea"


class GraduatesArea(AreaPage):
    def __init__(
        self, services: Services, settings: QSettings | None = None, parent: QWidget | None = None
    ) -> None:
        self.services = services
        self.settings = settings or QSettings()
        db = services.db
        self.employments: ListPage[EmploymentRow] = ListPage(
            with_filters(EMPLOYMENT_LIST, enterprise_filter(db, Employment)),
            services,
            settings=self.settings,
        )
        self.trainings: ListPage[TrainingRow] = ListPage(
            with_filters(TRAINING_LIST, enterprise_filter(db, TrainingSession)),
            services,
            settings=self.settings,
        )
        self.tabs = TabbedLists(
            {
                "employments": (
                    self.employments,
                    lambda: QCoreApplication.translate("GraduatesArea", "Graduates employed"),
                ),
                "trainings": (
                    self.trainings,
                    lambda: QCoreApplication.translate("GraduatesArea", "Staff training"),
                ),
            }
        )
        super().__init__("graduates", self.employments, parent, home=self.tabs)
        self.openers["employment"] = lambda i: self._open("employments", i)
        self.openers["training_session"] = lambda i: self._open("trainings", i)

    def _open(self, key: str, record_id: int) -> RecordEditor:
        page = self.tabs.show_list(key)
        page.reload(select=record_id)
        return page.edit_record(record_id)
