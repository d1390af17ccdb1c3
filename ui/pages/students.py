"""The Students & placements area: the students (by major and cohort) and their placements
(by status, major and agreement) in two tabs; majors are added and edited from the students.

Enter opens a student or a placement in its editor, in place in the list it belongs to.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QWidget

from liaison import lists
from liaison.lists import PlacementRow, StudentRow
from liaison.services.hub import Services
from liaison.services.students import STUDENT_FIELDS
from ui.dialogs.editor import RecordEditor, open_editor
from ui.i18n import QT_TRANSLATE_NOOP
from ui.models.columns import Column, Format
from ui.pages.area_page import AreaPage
from ui.pages.cooperation_lists import MAJOR, PLACEMENT_LIST
from ui.pages.list_page import ListPage
from ui.pages.list_spec import AreaList, ListSource
from ui.pages.lookup_filters import agreement_filter, cohort_filter, major_filter, with_filters
from ui.pages.tabbed_lists import TabbedLists

_S = {f.name: f for f in STUDENT_FIELDS}

STUDENT_LIST: Final[AreaList[StudentRow]] = AreaList(
    key="students",
    entity="student",
    source=ListSource(lists.student_ids, lists.student_rows),
    columns=(
        Column(
            "student_no", _S["student_no"], lambda r: r.student_no, sort_key="student_no", width=120
        ),
        Column("name", _S["name"], lambda r: r.name, sort_key="name", width=120),
        Column("major", MAJOR, lambda r: r.major_name, sort_key="major", width=180),
        Column("cohort", _S["cohort"], lambda r: r.cohort, sort_key="cohort", width=80),
        Column("class", _S["class_name"], lambda r: r.class_name, sort_key="class", width=140),
        Column("gender", _S["gender"], lambda r: r.gender, width=70),
        Column(
            "graduation_year",
            _S["graduation_year"],
            lambda r: r.graduation_year,
            sort_key="graduation_year",
            width=110,
        ),
        Column(
            "placements",
            QT_TRANSLATE_NOOP("columns", "Placements"),
            lambda r: r.placements,
            Format.NUMBER,
        ),
    ),
    default_order="student_no",
    count_one=QT_TRANSLATE_NOOP("lists", "1 student"),
    count_many=QT_TRANSLATE_NOOP("lists", "%1 students"),
    empty_title=QT_TRANSLATE_NOOP("lists", "No students yet"),
    empty_message=QT_TRANSLATE_NOOP(
        "lists", "Import the class lists, or add the students you place with enterprises."
    ),
    new_text=QT_TRANSLATE_NOOP("lists", "New student"),
    icon="graduation-cap",
)

EDIT_MAJOR = QT_TRANSLATE_NOOP("lists", "Edit major")
NEW_MAJOR = QT_TRANSLATE_NOOP("lists", "New major")


class StudentsArea(AreaPage):
    """Students and placements in tabs; a record opens in its editor over the list."""

    def __init__(
        self, services: Services, settings: QSettings | None = None, parent: QWidget | None = None
    ) -> None:
        self.services = services
        self.settings = settings or QSettings()
        db = services.db
        self.students: ListPage[StudentRow] = ListPage(
            with_filters(STUDENT_LIST, major_filter(db), cohort_filter(db)),
            services,
            settings=self.settings,
        )
        self.placements: ListPage[PlacementRow] = ListPage(
            with_filters(PLACEMENT_LIST, major_filter(db), agreement_filter(db)),
            services,
            settings=self.settings,
            settings_key="students/placements",
        )
        self.tabs = TabbedLists(
            {
                "students": (
                    self.students,
                    lambda: QCoreApplication.translate("StudentsArea", "Students"),
                ),
                "placements": (
                    self.placements,
                    lambda: QCoreApplication.translate("StudentsArea", "Placements"),
                ),
            }
        )
        super().__init__("students", self.students, parent, home=self.tabs)
        self.editor: RecordEditor | None = None
        self.students.add_action(
            EDIT_MAJOR,
            "pencil",
            lambda _ids: self.edit_major(),
            needs=lambda rows: rows[0].major_id is not None,
        )
        self.new_major_button = self.students.add_command(NEW_MAJOR, "plus", self.new_major)
        self.new_major_button.setObjectName("new-major")
        self.openers["student"] = lambda i: self._open("students", i)
        self.openers["placement"] = lambda i: self._open("placements", i)
        self.openers["major"] = self.open_major

    def _open(self, key: str, record_id: int) -> RecordEditor:
        page = self.tabs.show_list(key)
        page.reload(select=record_id)
        return page.edit_record(record_id)

    def open_major(self, major_id: int) -> RecordEditor:
        self.tabs.show_list("students")
        self.editor = open_editor(
            self, self.services, "major", major_id, on_saved=lambda _id: self.refresh()
        )
        return self.editor

    def new_major(self) -> RecordEditor:
        self.editor = open_editor(
            self, self.services, "major", on_saved=lambda _id: self._majors_changed()
        )
        return self.editor

    def edit_major(self) -> RecordEditor | None:
        rows = self.students.selected_rows()
        if not rows or rows[0].major_id is None:
            return None
        return self.open_major(rows[0].major_id)

    def _majors_changed(self) -> None:
        # The major filters read their choices again.
        self.students.retranslate()
        self.placements.retranslate()
        self.refresh()
