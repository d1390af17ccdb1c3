"""The Reports area: build each kind of document, preview its pages, save, print (through a
seam), and the report actions other pages offer."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QToolButton
from pytestqt.qtbot import QtBot

from liaison.services.hub import Services
from tests.ui import lists_support
from tests.ui.lists_support import add_firms, show, wait_loaded
from ui import saving
from ui.i18n import install_language
from ui.main_window import MainWindow
from ui.pages import install_pages, reports
from ui.pages.reports import ANNUAL, ENTERPRISE, VISIT_SHEETS, ReportsPage

officer = lists_support.officer
worker_stopped_after_module = lists_support.worker_stopped_after_module


def reports_page(qtbot: QtBot, services: Services, settings: QSettings) -> ReportsPage:
    page = ReportsPage(services, settings)
    show(qtbot, page)
    return page


def built(qtbot: QtBot, page: ReportsPage, task: Any) -> None:
    assert task is not None, page.problem.text()
    qtbot.waitUntil(lambda: task.done, timeout=60_000)
    assert page.result is not None, page.problem.text()
    qtbot.waitUntil(lambda: page.pdf.status() == QPdfDocument.Status.Ready, timeout=5_000)


def test_the_annual_report_is_built_and_previewed(
    qtbot: QtBot, officer: Services, settings: QSettings
) -> None:
    add_firms(officer)
    page = reports_page(qtbot, officer, settings)
    assert page.preview_stack.currentWidget() is page.empty
    assert not page.save_button.isEnabled()
    page.set_document(ANNUAL)
    page.annual_form.year_spin.setValue(2026)
    built(qtbot, page, page.build())
    assert page.pdf.pageCount() > 0
    assert page.pdf.pageCount() == page.result.pages if page.result else False
    assert page.preview_stack.currentWidget() is page.view
    assert page.save_button.isEnabled() and page.print_button.isEnabled()
    assert f"{page.pdf.pageCount()} page(s)" in page.pages_label.text()


def test_a_missing_enterprise_is_said_and_nothing_runs(
    qtbot: QtBot, officer: Services, settings: QSettings
) -> None:
    page = reports_page(qtbot, officer, settings)
    page.set_document(ENTERPRISE)
    assert page.build() is None
    assert page.problem.text() == "Choose an enterprise."
    page.set_document(VISIT_SHEETS)
    assert page.build() is None
    assert page.problem.text() == "Add the enterprises of the day's route."


def test_visit_sheets_for_a_route_save_and_print(
    qtbot: QtBot,
    officer: Services,
    settings: QSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    firms = add_firms(officer)
    page = reports_page(qtbot, officer, settings)
    route = [firms["Wuxi Green Energy"], firms["Suzhou Precision Tools"]]
    built(qtbot, page, page.prepare(VISIT_SHEETS, enterprise_ids=route))
    assert page.route_form.route() == route
    assert page.pdf.pageCount() >= 2

    target = tmp_path / "route.pdf"
    monkeypatch.setattr(
        saving, "ask_save_path", lambda _p, _t, _s, _f, on_chosen: on_chosen(str(target))
    )
    page.ask_save()
    assert target.read_bytes() == page.result.path.read_bytes() if page.result else False
    assert page.saved_to == target

    printed = tmp_path / "printed.pdf"

    def fake_dialog(
        _parent: Any, printer: QPrinter, on_accepted: Callable[[QPrinter], Any]
    ) -> None:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        on_accepted(printer)

    monkeypatch.setattr(reports, "ask_printer", fake_dialog)
    page.print_report()
    assert len(PdfReader(printed).pages) == page.pdf.pageCount()


def test_the_enterprise_report_in_chinese_on_letter_paper(
    qtbot: QtBot, officer: Services, settings: QSettings
) -> None:
    firms = add_firms(officer)
    page = reports_page(qtbot, officer, settings)
    page.language_combo.setCurrentIndex(page.language_combo.findData("zh_CN"))
    page.paper_combo.setCurrentIndex(page.paper_combo.findData("letter"))
    built(qtbot, page, page.prepare(ENTERPRISE, enterprise_ids=[firms["Wuxi Green Energy"]]))
    assert page.result is not None and page.result.lang == "zh_CN"
    size = page.pdf.pagePointSize(0)
    assert (round(size.width()), round(size.height())) == (612, 792)


def test_the_enterprises_list_and_record_ask_for_reports(
    qtbot: QtBot, officer: Services, settings: QSettings
) -> None:
    firms = add_firms(officer)
    window = MainWindow(settings)
    qtbot.addWidget(window)
    install_pages(window, officer)
    window.show()
    enterprises = window.page("enterprises")
    firms_page = enterprises.list_page  # type: ignore[attr-defined]
    wait_loaded(qtbot, firms_page, 1)
    buttons = {b.objectName(): b for b in firms_page.added_actions()}
    assert set(buttons) >= {"action-file-text", "action-printer"}
    firms_page.select_id(firms["Kunshan Mould Works"])
    assert buttons["action-file-text"].isEnabled()
    buttons["action-printer"].click()
    assert window.current_area() == "reports"
    page = window.page("reports")
    assert isinstance(page, ReportsPage)
    assert page.document == VISIT_SHEETS
    assert page.route_form.route() == [firms["Kunshan Mould Works"]]
    built(qtbot, page, page.task)

    record = enterprises.open_enterprise(firms["Wuxi Green Energy"])  # type: ignore[attr-defined]
    report_button = record.findChild(QToolButton, "record-cooperation-report")
    assert report_button is not None and report_button.text() == "Cooperation report…"
    report_button.click()
    assert page.document == ENTERPRISE
    assert page.enterprise_form.enterprise_picker.value() == firms["Wuxi Green Energy"]
    built(qtbot, page, page.task)


def test_document_language_follows_the_app_until_the_officer_picks_one(
    qtbot: QtBot, qapp: QApplication, officer: Services, settings: QSettings
) -> None:
    page = reports_page(qtbot, officer, settings)
    install_language(qapp, "zh_CN")
    qtbot.waitUntil(lambda: page.language_combo.currentData() == "zh_CN")
    page.language_combo.activated.emit(page.language_combo.findData("en"))
    page.language_combo.setCurrentIndex(page.language_combo.findData("en"))
    install_language(qapp, "en")
    install_language(qapp, "zh_CN")
    qtbot.wait(200)  # the language change events are delivered
    assert page.language_combo.currentData() == "en"
