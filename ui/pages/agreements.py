"""The Agreements area: every agreement; Enter opens its record with its placements.

The record offers only the status changes the rules allow from the current status, lists the
students placed under it (add, edit, remove), and renews it: a new draft agreement with the
same terms, ``renewal_of_id`` set and the period moved on, opened in the editor to confirm.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any, Final

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QWidget

from liaison.enums import AgreementKind, AgreementStatus
from liaison.rules.dates import add_months
from liaison.services.hub import Services
from ui.dialogs.editor import RecordEditor, open_editor
from ui.pages.area_page import AreaPage
from ui.pages.cooperation_lists import AGREEMENT_LIST, PLACEMENT_LIST
from ui.pages.list_page import ListPage
from ui.pages.record_view import RecordView

CONTEXT = "AgreementRecord"

SHOWN_FIELDS: Final = (
    "number",
    "kind",
    "title",
    "enterprise_id",
    "major_id",
    "status",
    "start_date",
    "end_date",
    "renewal_of_id",
    "post",
    "place",
    "planned_students",
    "monthly_pay_fen",
    "insurance_policy",
)

# The terms a renewal keeps; number, status, dates, signatures and notes are the new one's own.
RENEWED_TERMS: Final = (
    "kind",
    "title",
    "enterprise_id",
    "major_id",
    "themes",
    "post",
    "place",
    "planned_students",
    "weekly_hours",
    "monthly_pay_fen",
    "meals_lodging",
    "assessment_method",
)


def renewal_values(stored: dict[str, Any], today: date | None = None) -> dict[str, Any]:
    """A new draft renewing agreement ``stored``: its terms, the period moved on by its length
    (from the day after it ends; from today when it had no end), and a suggested number.

    A period of whole months is moved on by the same months, so 1 Jan 2024 – 31 Dec 2025
    becomes 1 Jan 2026 – 31 Dec 2027; any other period keeps its length in days."""
    values = {name: stored[name] for name in RENEWED_TERMS if stored.get(name) is not None}
    start, end = stored.get("start_date"), stored.get("end_date")
    new_start = end + timedelta(days=1) if end is not None else (today or date.today())
    values["start_date"] = new_start
    if start is not None and end is not None:
        months = (new_start.year - start.year) * 12 + new_start.month - start.month
        if start.day == new_start.day and months > 0:
            # Whole months (a year, two): the same span of the calendar, leap days or not.
            values["end_date"] = add_months(new_start, months) - timedelta(days=1)
        else:
            values["end_date"] = new_start + (end - start)
    values["number"] = f"{stored['number']}-R"
    values["status"] = AgreementStatus.DRAFT.value
    values["renewal_of_id"] = stored["id"]
    return values


class AgreementRecord(RecordView):
    """One agreement: its fields, status changes, its placements; Renew."""

    def __init__(
        self,
        services: Services,
        agreement_id: int,
        *,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            services,
            "agreement",
            agreement_id,
            settings=settings,
            shown_fields=SHOWN_FIELDS,
            parent=parent,
        )
        self.add_status_buttons(AgreementStatus)
        self.action_bar.addStretch(1)
        self.renew_button = self.add_button(
            lambda: QCoreApplication.translate("AgreementRecord", "Renew…"), self.renew
        )
        self.placements: ListPage[Any] = self.add_part(
            "placements",
            PLACEMENT_LIST,
            lambda: QCoreApplication.translate("AgreementRecord", "Students placed"),
            "agreement_id",
            hide=("agreement", "enterprise"),
        )
        self.retranslate()
        self.refresh_header()

    def status(self) -> AgreementStatus:
        return AgreementStatus(self.values["status"])

    def facts(self) -> list[str]:
        firm = self.field_labels["enterprise_id"][1].text()
        return [
            AgreementKind(self.values["kind"]).label(),
            self.status().label(),
            firm,
        ]

    def title_text(self) -> str:
        title = self.values.get("title")
        return f"{self.values['number']} {title}" if title else str(self.values["number"])

    def renew(self) -> RecordEditor:
        """The editor of a new draft renewing this agreement (saved when the officer saves)."""
        stored = {**self.values, "id": self.record_id}
        self.editor = open_editor(
            self,
            self.services,
            "agreement",
            presets=renewal_values(stored),
            locked=("renewal_of_id", "enterprise_id"),
            on_saved=self.renewed,
        )
        return self.editor

    def renewed(self, agreement_id: int) -> None:
        """Show the new agreement in place of this one."""
        self.changed.emit()
        area = self.parent()
        while area is not None and not isinstance(area, AgreementsArea):
            area = area.parent()
        if isinstance(area, AgreementsArea):
            area.open_agreement(agreement_id)


class AgreementsArea(AreaPage):
    """The list of agreements; an agreement's record opens in its place."""

    def __init__(
        self, services: Services, settings: QSettings | None = None, parent: QWidget | None = None
    ) -> None:
        self.services = services
        self.settings = settings or QSettings()
        super().__init__(
            "agreements", ListPage(AGREEMENT_LIST, services, settings=self.settings), parent
        )
        self.list_page.opener = self.open_agreement
        self.openers["agreement"] = self.open_agreement

    def record(self) -> AgreementRecord | None:
        return self.detail if isinstance(self.detail, AgreementRecord) else None

    def open_agreement(self, agreement_id: int) -> AgreementRecord:
        record = AgreementRecord(self.services, agreement_id, settings=self.settings)
        self.show_detail(record)
        return record
