"""The Projects area: joint projects; Enter opens a project's record with its partners,
milestones (mark done), payments received and outcomes, each a list of its own."""

from __future__ import annotations

from datetime import date
from functools import partial
from typing import Any, Final

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QWidget

from liaison import project_parts
from liaison.enums import OutcomeKind, ProjectKind, ProjectStatus
from liaison.project_parts import MilestoneRow, OutcomeRow, PartnerRow, PaymentRow
from liaison.services.hub import Services
from liaison.services.projects import (
    MILESTONE_FIELDS,
    OUTCOME_FIELDS,
    PARTNER_FIELDS,
    PAYMENT_FIELDS,
)
from ui.i18n import QT_TRANSLATE_NOOP
from ui.models.columns import Column, Format
from ui.pages.area_page import AreaPage
from ui.pages.cooperation_lists import PROJECT_LIST
from ui.pages.list_page import ListPage
from ui.pages.list_spec import AreaList, ListSource
from ui.pages.record_view import RecordView
from ui.tasks import run_in_background

_PP = {f.name: f for f in PARTNER_FIELDS}
_M = {f.name: f for f in MILESTONE_FIELDS}
_PAY = {f.name: f for f in PAYMENT_FIELDS}
_O = {f.name: f for f in OUTCOME_FIELDS}


def _late(row: MilestoneRow) -> str | None:
    due = row.due_date
    return "negative" if row.done_on is None and due is not None and due < date.today() else None


PARTNER_LIST: Final[AreaList[PartnerRow]] = AreaList(
    key="project_partners",
    entity="project_partner",
    source=ListSource(project_parts.partner_ids, project_parts.partner_rows),
    columns=(
        Column(
            "enterprise",
            _PP["enterprise_id"],
            lambda r: r.enterprise_name,
            sort_key="enterprise",
            width=280,
        ),
        Column("city", QT_TRANSLATE_NOOP("columns", "City"), lambda r: r.city, width=120),
        Column("lead", _PP["is_lead"], lambda r: r.is_lead, Format.BOOL, sort_key="lead"),
    ),
    default_order="lead",
    default_descending=True,
    count_one=QT_TRANSLATE_NOOP("lists", "1 partner"),
    count_many=QT_TRANSLATE_NOOP("lists", "%1 partners"),
    empty_title=QT_TRANSLATE_NOOP("lists", "No partners yet"),
    empty_message=QT_TRANSLATE_NOOP("lists", "Add the enterprises taking part; mark the lead."),
    new_text=QT_TRANSLATE_NOOP("lists", "Add partner"),
    icon="handshake",
)

MILESTONE_LIST: Final[AreaList[MilestoneRow]] = AreaList(
    key="milestones",
    entity="milestone",
    source=ListSource(project_parts.milestone_ids, project_parts.milestone_rows),
    columns=(
        Column("title", _M["title"], lambda r: r.title, sort_key="title", width=300),
        Column("due", _M["due_date"], lambda r: r.due_date, Format.DATE, "due", tone=_late),
        Column("done", _M["done_on"], lambda r: r.done_on, Format.DATE, sort_key="done"),
        Column("notes", _M["notes"], lambda r: r.notes, width=260),
    ),
    default_order="due",
    count_one=QT_TRANSLATE_NOOP("lists", "1 milestone"),
    count_many=QT_TRANSLATE_NOOP("lists", "%1 milestones"),
    empty_title=QT_TRANSLATE_NOOP("lists", "No milestones yet"),
    empty_message=QT_TRANSLATE_NOOP(
        "lists", "Add the project's milestones with their due dates; overdue ones are reminded."
    ),
    new_text=QT_TRANSLATE_NOOP("lists", "New milestone"),
    icon="calendar",
)

PAYMENT_LIST: Final[AreaList[PaymentRow]] = AreaList(
    key="payments",
    entity="payment",
    source=ListSource(project_parts.payment_ids, project_parts.payment_rows),
    columns=(
        Column(
            "received_on",
            _PAY["received_on"],
            lambda r: r.received_on,
            Format.DATE,
            sort_key="received_on",
        ),
        Column(
            "amount",
            _PAY["amount_fen"],
            lambda r: r.amount_fen,
            Format.MONEY_WAN,
            sort_key="amount",
            width=170,
        ),
        Column("reference", _PAY["reference"], lambda r: r.reference, width=160),
        Column("notes", _PAY["notes"], lambda r: r.notes, width=260),
    ),
    default_order="received_on",
    default_descending=True,
    count_one=QT_TRANSLATE_NOOP("lists", "1 payment"),
    count_many=QT_TRANSLATE_NOOP("lists", "%1 payments"),
    empty_title=QT_TRANSLATE_NOOP("lists", "No funds received yet"),
    empty_message=QT_TRANSLATE_NOOP("lists", "Record each payment as it reaches the college."),
    new_text=QT_TRANSLATE_NOOP("lists", "New payment"),
    icon="file-text",
)

OUTCOME_LIST: Final[AreaList[OutcomeRow]] = AreaList(
    key="outcomes",
    entity="outcome",
    source=ListSource(project_parts.outcome_ids, project_parts.outcome_rows),
    columns=(
        Column(
            "kind",
            _O["kind"],
            lambda r: r.kind,
            Format.CHOICE,
            sort_key="kind",
            labels=OutcomeKind,
            width=140,
        ),
        Column("title", _O["title"], lambda r: r.title, sort_key="title", width=300),
        Column("identifier", _O["identifier"], lambda r: r.identifier, width=160),
        Column(
            "achieved_on",
            _O["achieved_on"],
            lambda r: r.achieved_on,
            Format.DATE,
            sort_key="achieved_on",
        ),
    ),
    default_order="achieved_on",
    count_one=QT_TRANSLATE_NOOP("lists", "1 outcome"),
    count_many=QT_TRANSLATE_NOOP("lists", "%1 outcomes"),
    empty_title=QT_TRANSLATE_NOOP("lists", "No outcomes yet"),
    empty_message=QT_TRANSLATE_NOOP(
        "lists", "Record the patents, standards, products and papers the project produced."
    ),
    new_text=QT_TRANSLATE_NOOP("lists", "New outcome"),
    icon="lightbulb",
)

MAKE_LEAD = QT_TRANSLATE_NOOP("lists", "Make lead partner")
MARK_MILESTONE_DONE = QT_TRANSLATE_NOOP("lists", "Mark done")

SHOWN_FIELDS: Final = (
    "code",
    "title",
    "kind",
    "status",
    "lead_teacher",
    "contract_value_fen",
    "start_date",
    "end_date",
    "themes",
)


def update_selected(
    page: ListPage[Any], entity: str, ids: list[int], values: dict[str, Any]
) -> None:
    """Write ``values`` to records ``ids`` of ``page`` on the worker, then show them."""
    service = page.services.service(entity)

    def job(_task: object) -> list[int]:
        for record_id in ids:
            service.update(record_id, values)
        return ids

    def done(changed: list[int]) -> None:
        page.reload(select=changed[0] if changed else None)
        page.changed.emit()

    run_in_background(page, job, on_success=done, with_progress=False)


class ProjectRecord(RecordView):
    """One project: its fields, status changes and its four kinds of parts."""

    def __init__(
        self,
        services: Services,
        project_id: int,
        *,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            services,
            "project",
            project_id,
            settings=settings,
            shown_fields=SHOWN_FIELDS,
            parent=parent,
        )
        self.add_status_buttons(ProjectStatus)
        self.action_bar.addStretch(1)
        self.partners = self.add_part(
            "partners",
            PARTNER_LIST,
            lambda: QCoreApplication.translate("ProjectRecord", "Partners"),
            "project_id",
        )
        self.milestones = self.add_part(
            "milestones",
            MILESTONE_LIST,
            lambda: QCoreApplication.translate("ProjectRecord", "Milestones"),
            "project_id",
        )
        self.payments = self.add_part(
            "payments",
            PAYMENT_LIST,
            lambda: QCoreApplication.translate("ProjectRecord", "Funds received"),
            "project_id",
        )
        self.outcomes = self.add_part(
            "outcomes",
            OUTCOME_LIST,
            lambda: QCoreApplication.translate("ProjectRecord", "Outcomes"),
            "project_id",
        )
        self.partners.add_action(
            MAKE_LEAD,
            "check",
            lambda ids: update_selected(
                self.partners, "project_partner", ids[:1], {"is_lead": True}
            ),
            needs=lambda rows: len(rows) == 1 and not rows[0].is_lead,
        )
        self.milestones.add_action(
            MARK_MILESTONE_DONE,
            "check",
            self.mark_done,
            needs=lambda rows: any(r.done_on is None for r in rows),
        )
        self.retranslate()
        self.refresh_header()

    def mark_done(self, ids: list[int]) -> None:
        open_ids = [r.id for r in self.milestones.selected_rows() if r.done_on is None]
        wanted = [i for i in ids if i in open_ids]
        update_selected(self.milestones, "milestone", wanted, {"done_on": date.today()})

    def facts(self) -> list[str]:
        return [
            ProjectKind(self.values["kind"]).label(),
            ProjectStatus(self.values["status"]).label(),
        ]

    def title_text(self) -> str:
        code, title = self.values.get("code"), self.values["title"]
        return f"{code} {title}" if code else str(title)


class ProjectsArea(AreaPage):
    """The list of projects; a project's record opens in its place."""

    def __init__(
        self, services: Services, settings: QSettings | None = None, parent: QWidget | None = None
    ) -> None:
        self.services = services
        self.settings = settings or QSettings()
        super().__init__(
            "projects", ListPage(PROJECT_LIST, services, settings=self.settings), parent
        )
        self.list_page.opener = self.open_project
        self.openers["project"] = self.open_project
        for entity, tab in (
            ("project_partner", "partners"),
            ("milestone", "milestones"),
            ("payment", "payments"),
            ("outcome", "outcomes"),
        ):
            self.openers[entity] = partial(self.open_part, entity, tab)

    def record(self) -> ProjectRecord | None:
        return self.detail if isinstance(self.detail, ProjectRecord) else None

    def open_project(self, project_id: int) -> ProjectRecord:
        record = ProjectRecord(self.services, project_id, settings=self.settings)
        self.show_detail(record)
        return record

    def open_part(self, entity: str, tab: str, record_id: int) -> ProjectRecord:
        """The part's project, on the part's tab with the part selected."""
        project_id = self.services.service(entity).get(record_id).project_id
        record = self.open_project(project_id)
        page = record.lists[tab]
        record.tabs.setCurrentWidget(page)
        page.reload(select=record_id)
        return record
