"""The details each kind of document asks for on the Reports page, and the job that builds it.

One form per document: an enterprise and a period (:class:`EnterpriseReportForm`), a year
(:class:`AnnualReportForm`), an agreement and perhaps a student placed under it
(:class:`AgreementForm`), the enterprises of a day's route (:class:`RouteForm`). Each gives
:meth:`job` — the file name and the work that writes the document — or raises
:class:`Missing` with what the officer still has to choose. The page
(:mod:`ui.pages.reports`) shows the chosen form and runs its job. Texts keep the
``ReportsPage`` translation context the page's single module gave them, so the ``.ts`` file
stays as it was.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from liaison.db import Database
from liaison.model import Student
from liaison.reports import refs
from ui.dialogs.ref_picker import RefPicker
from ui.tasks import Task

# The report modules bring in ReportLab: each job imports its document's module when a
# document is first built, not with the page that merely offers documents.
if TYPE_CHECKING:
    from liaison.reports.document import ReportResult


@dataclass(frozen=True)
class Job:
    """A document to build: its file name, and the work that writes it (on the worker)."""

    name: str
    work: Callable[[Task[ReportResult]], ReportResult]


class Missing(Exception):
    """A detail the document needs was not chosen; the message says which."""


class EnterpriseReportForm(QWidget):
    """An enterprise's cooperation report: the enterprise and the period."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.enterprise_picker = RefPicker("enterprise", db)
        self.enterprise_picker.setObjectName("report-enterprise")
        from liaison.reports.enterprise import default_period

        first, last = default_period(date.today())
        self.start_edit = _date_edit(first)
        self.end_edit = _date_edit(last)
        self.enterprise_label, self.start_label, self.end_label = QLabel(), QLabel(), QLabel()
        form = form_layout(self)
        form.addRow(self.enterprise_label, self.enterprise_picker)
        form.addRow(self.start_label, self.start_edit)
        form.addRow(self.end_label, self.end_edit)

    def job(self, db: Database, folder: Path, options: dict[str, Any]) -> Job:
        from liaison.reports.enterprise import enterprise_report

        chosen = self.enterprise_picker.value()
        if chosen is None:
            raise Missing(QCoreApplication.translate("ReportsPage", "Choose an enterprise."))
        start, end = _day(self.start_edit), _day(self.end_edit)
        if end < start:
            raise Missing(
                QCoreApplication.translate("ReportsPage", "The period ends before it starts.")
            )
        name = f"{self.enterprise_picker.label()} {start}–{end}.pdf"
        return Job(
            name,
            lambda task: enterprise_report(
                db, chosen, folder / name, start=start, end=end, progress=task, **options
            ),
        )

    def retranslate(self) -> None:
        self.enterprise_label.setText(QCoreApplication.translate("ReportsPage", "Enterprise"))
        self.start_label.setText(QCoreApplication.translate("ReportsPage", "From"))
        self.end_label.setText(QCoreApplication.translate("ReportsPage", "To"))


class AnnualReportForm(QWidget):
    """The college's annual cooperation report: the year."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.year_spin = QSpinBox()
        self.year_spin.setObjectName("report-year")
        self.year_spin.setRange(1900, 9998)
        self.year_spin.setValue(date.today().year)
        self.year_label = QLabel()
        form = form_layout(self)
        form.addRow(self.year_label, self.year_spin)

    def job(self, db: Database, folder: Path, options: dict[str, Any]) -> Job:
        from liaison.reports.annual import annual_report

        year = self.year_spin.value()
        name = QCoreApplication.translate("ReportsPage", "Annual report %1.pdf").replace(
            "%1", str(year)
        )
        return Job(
            name, lambda task: annual_report(db, year, folder / name, progress=task, **options)
        )

    def retranslate(self) -> None:
        self.year_label.setText(QCoreApplication.translate("ReportsPage", "Year"))


class AgreementForm(QWidget):
    """An agreement for signature; with a student placed under it, their tripartite one."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.agreement_picker = RefPicker("agreement", db)
        self.agreement_picker.setObjectName("report-agreement")
        self.student_picker = RefPicker("student", db)
        self.student_picker.setObjectName("report-student")
        self.agreement_label, self.student_label = QLabel(), QLabel()
        self.student_hint = QLabel()
        self.student_hint.setWordWrap(True)
        form = form_layout(self)
        form.addRow(self.agreement_label, self.agreement_picker)
        form.addRow(self.student_label, self.student_picker)
        form.addRow(self.student_hint)

    def job(self, db: Database, folder: Path, options: dict[str, Any]) -> Job:
        from liaison.reports.agreement import agreement_document, placement_agreement

        agreement = self.agreement_picker.value()
        if agreement is None:
            raise Missing(QCoreApplication.translate("ReportsPage", "Choose an agreement."))
        student = self.student_picker.value()
        name = f"{self.agreement_picker.label().split(' · ')[0]}.pdf"

        def work(task: Task[ReportResult]) -> ReportResult:
            if student is None:
                return agreement_document(db, agreement, folder / name, progress=task, **options)
            with db.reading() as session:
                number = session.scalar(select(Student.student_no).where(Student.id == student))
                placement = refs.placement_of_student(session, agreement, str(number))
            return placement_agreement(db, placement, folder / name, progress=task, **options)

        return Job(name, work)

    def retranslate(self) -> None:
        self.agreement_label.setText(QCoreApplication.translate("ReportsPage", "Agreement"))
        self.student_label.setText(QCoreApplication.translate("ReportsPage", "Student"))
        self.student_hint.setText(
            QCoreApplication.translate(
                "ReportsPage",
                "With a student placed under the agreement: their tripartite agreement.",
            )
        )


class RouteForm(QWidget):
    """Visit sheets: the enterprises of a day's route, in the order they are visited."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.route_picker = RefPicker("enterprise", db)
        self.route_picker.setObjectName("report-route-picker")
        self.route_picker.changed.connect(self._add_picked)
        self.route_list = QListWidget()
        self.route_list.setObjectName("report-route")
        self.route_list.setDragDropMode(QListWidget.DragDropMode.InternalMove)
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self._remove_selected)
        self.route_label = QLabel()
        self.route_hint = QLabel()
        self.route_hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.route_label)
        layout.addWidget(self.route_picker)
        layout.addWidget(self.route_list, 1)
        layout.addWidget(self.route_hint)
        layout.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignRight)

    def _add_picked(self) -> None:
        picked = self.route_picker.value()
        if picked is not None:
            self.add_to_route(picked, self.route_picker.label())
            self.route_picker.set_value(None)

    def add_to_route(self, enterprise_id: int, label: str) -> None:
        if enterprise_id in self.route():
            return
        item = QListWidgetItem(label)
        item.setData(Qt.ItemDataRole.UserRole, enterprise_id)
        self.route_list.addItem(item)

    def set_route(self, enterprise_ids: Sequence[int]) -> None:
        """The route made of these enterprises, in this order."""
        self.route_list.clear()
        for enterprise_id in enterprise_ids:
            self.route_picker.set_value(enterprise_id)
            self.add_to_route(enterprise_id, self.route_picker.label())
        self.route_picker.set_value(None)

    def route(self) -> list[int]:
        """The enterprises of the visit sheets, in the order of the day's route."""
        return [
            int(self.route_list.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.route_list.count())
        ]

    def _remove_selected(self) -> None:
        for item in self.route_list.selectedItems():
            self.route_list.takeItem(self.route_list.row(item))

    def job(self, db: Database, folder: Path, options: dict[str, Any]) -> Job:
        from liaison.reports.visit_sheet import visit_sheets

        route = self.route()
        if not route:
            raise Missing(
                QCoreApplication.translate("ReportsPage", "Add the enterprises of the day's route.")
            )
        name = QCoreApplication.translate("ReportsPage", "Visit sheets %1.pdf").replace(
            "%1", f"{date.today()}"
        )
        return Job(
            name, lambda task: visit_sheets(db, route, folder / name, progress=task, **options)
        )

    def retranslate(self) -> None:
        self.route_label.setText(
            QCoreApplication.translate("ReportsPage", "Enterprises, in the order of the route")
        )
        self.route_hint.setText(
            QCoreApplication.translate(
                "ReportsPage", "One sheet per enterprise; drag to change the order."
            )
        )
        self.remove_button.setText(QCoreApplication.translate("ReportsPage", "Remove"))


#: What the forms have in common, as the page uses them.
DocumentForm = EnterpriseReportForm | AnnualReportForm | AgreementForm | RouteForm


def form_layout(parent: QWidget | None = None) -> QFormLayout:
    """Labels above their fields: the side panel is narrow and Chinese labels stay whole."""
    form = QFormLayout(parent)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
    if parent is not None:
        form.setContentsMargins(0, 0, 0, 0)
    return form


def _date_edit(day: date) -> QDateEdit:
    edit = QDateEdit(QDate(day.year, day.month, day.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def _day(edit: QDateEdit) -> date:
    chosen = edit.date()
    return date(chosen.year(), chosen.month(), chosen.day())
