"""The dashboard as an officer reads it: figures, reminders that open records, charts."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCharts import QBarSeries, QHorizontalBarSeries, QPieSeries
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from liaison.dashboard import Figure, gather
from liaison.db import open_database
from liaison.horizons import Horizons
from liaison.indicators import college_indicators
from liaison.services.hub import Services
from ui import messages
from ui.pages.dashboard import DashboardPage
from ui.pages.enterprises import EnterprisesArea
from ui.preferences import Preferences
from ui.shell import Shell

from . import shell_support
from .shell_support import TODAY, Seeded, open_in, wait_idle

# Fixtures shared by the app-level tests.
db_path, seeded, shell = shell_support.db_path, shell_support.seeded, shell_support.shell


@pytest.fixture
def dashboard(shell: Shell, qtbot: QtBot, seeded: Seeded) -> DashboardPage:
    open_in(shell, qtbot, seeded.path)
    assert shell.dashboard is not None
    return shell.dashboard


def test_cards_show_this_years_figures_against_last_year(
    dashboard: DashboardPage, seeded: Seeded
) -> None:
    assert dashboard.stack.currentIndex() == 0
    assert dashboard.value_of("partners") == "2"  # Alpha and Beta; Gamma is a prospect
    assert dashboard.value_of("agreements") == "1"
    assert dashboard.value_of("projects") == "1"
    assert dashboard.value_of("funds") == "12.00"  # 120,000 元 received on 1 January
    assert dashboard.cards["funds"].trend() == "up"
    assert "▲ 12.00" in dashboard.cards["funds"].change_label.text()
    # The agreement started on 1 January last year: in force then too.
    assert dashboard.cards["agreements"].trend() == "flat"
    assert dashboard.cards["partners"].trend() == ""  # status has no history: no change shown
    assert "Prospect 1" in dashboard.partner_status.text()
    with open_database(seeded.path) as db, db.reading() as session:
        expected = college_indicators(session, date(TODAY.year, 1, 1), TODAY)
    assert dashboard.value_of("students") == str(expected.students_placed)
    assert dashboard.value_of("graduates") == str(expected.graduates_employed)


def test_reminders_list_what_needs_attention(dashboard: DashboardPage) -> None:
    tree = dashboard.reminders
    groups = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    titles = [g.text(0) for g in groups if g is not None]
    assert titles == [
        "Follow-ups overdue (1)",
        "Follow-ups due soon (0)",
        "Agreements ending soon (1)",
        "Milestones overdue (1)",
        "Partners not contacted lately (1)",
    ]
    assert all(g is not None and g.isFirstColumnSpanned() for g in groups)  # titles read whole
    texts = [(item.text(0), item.text(1)) for item in dashboard.reminder_items()]
    assert texts[0][0] == "Alpha Precision Ltd: Send the internship plan"
    assert texts[1][0] == "XQ-2024-001 Alpha Precision Ltd"
    assert texts[2][0] == "Prototype — Fixture redesign"
    assert texts[3] == ("Beta Logistics", "Never contacted")


@pytest.mark.parametrize(
    ("index", "expected"),
    [(0, ("interaction", "visit")), (1, ("agreement", "agreement")), (2, ("project", "project"))],
)
def test_a_reminder_opens_its_record(
    shell: Shell,
    qtbot: QtBot,
    seeded: Seeded,
    monkeypatch: pytest.MonkeyPatch,
    index: int,
    expected: tuple[str, str],
) -> None:
    opened: list[tuple[str, int]] = []
    monkeypatch.setattr(shell, "open_record", lambda e, i: opened.append((e, i)))
    open_in(shell, qtbot, seeded.path)
    dashboard = shell.dashboard
    assert dashboard is not None
    item = dashboard.reminder_items()[index]
    dashboard.reminders.setCurrentItem(item)
    dashboard.reminders.setFocus()
    qtbot.keyClick(dashboard.reminders, Qt.Key.Key_Return)
    entity, field = expected
    assert opened == [(entity, getattr(seeded, field))]


def test_a_silent_partner_opens_the_enterprise_record(
    dashboard: DashboardPage, shell: Shell, seeded: Seeded, qtbot: QtBot
) -> None:
    beta = dashboard.reminder_items()[-1]
    dashboard.reminders.itemActivated.emit(beta, 0)
    assert shell.window.current_area() == "enterprises"
    page = shell.window.page("enterprises")
    assert isinstance(page, EnterprisesArea)
    record = page.record()
    assert record is not None and record.enterprise_id == seeded.beta
    assert record.title_label.text() == "Beta Logistics"
    wait_idle(qtbot)


def test_cards_lead_to_their_area(dashboard: DashboardPage, shell: Shell, qtbot: QtBot) -> None:
    qtbot.mouseClick(dashboard.cards["projects"], Qt.MouseButton.LeftButton)
    assert shell.window.current_area() == "projects"


def test_charts_show_partners_funds_and_majors(dashboard: DashboardPage) -> None:
    pie = dashboard.size_chart.chart().series()[0]
    assert isinstance(pie, QPieSeries)
    assert sum(s.value() for s in pie.slices()) == 2
    industry = dashboard.industry_chart.chart().series()[0]
    assert isinstance(industry, QHorizontalBarSeries)
    funds = dashboard.funds_chart.chart().series()[0]
    assert isinstance(funds, QBarSeries)
    this_year, last_year = funds.barSets()
    assert this_year.label() == str(TODAY.year) and last_year.label() == str(TODAY.year - 1)
    assert [this_year.at(i) for i in range(12)] == [12.0] + [0.0] * 11
    assert dashboard.majors_chart.chart().title() == "Students on placement by major"


def test_switching_to_chinese_redraws_without_asking_again(
    dashboard: DashboardPage, shell: Shell, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dashboard, "refresh", lambda: pytest.fail("recomputed"))
    shell.window.switch_language("zh_CN")
    qtbot.waitUntil(lambda: dashboard.title.text() == "概览", timeout=2000)
    assert dashboard.cards["funds"].title() == "到账经费（万元）"
    assert dashboard.reminders.topLevelItem(0).text(0) == "逾期的跟进事项（1）"  # type: ignore[union-attr]
    assert dashboard.funds_chart.chart().title() == "各月到账经费（万元）"
    assert "较去年" in dashboard.cards["funds"].change_label.text()
    assert dashboard.partner_status.text().startswith("意向 1")


def test_an_empty_database_says_what_to_do(shell: Shell, qtbot: QtBot, db_path: Path) -> None:
    open_in(shell, qtbot, db_path)
    dashboard = shell.dashboard
    assert dashboard is not None
    assert dashboard.stack.currentWidget() is dashboard.empty
    assert "no enterprises yet" in dashboard.empty.message_label.text()
    go, demo = dashboard.empty.buttons()
    go.click()
    assert shell.window.current_area() == "enterprises"
    assert demo.text() == "Open the demo database"


def test_a_visit_logged_elsewhere_refreshes_the_figures(
    dashboard: DashboardPage, shell: Shell, seeded: Seeded, qtbot: QtBot
) -> None:
    services = shell.session.services
    with qtbot.waitSignal(dashboard.refreshed, timeout=20_000):
        services.interactions.mark_done(seeded.visit)
        shell.session.notify_changed("interaction")
    titles = [dashboard.reminders.topLevelItem(i).text(0) for i in range(2)]  # type: ignore[union-attr]
    assert titles[0] == "Follow-ups overdue (0)"


def test_a_change_made_in_an_area_shows_when_the_dashboard_is_next_shown(
    dashboard: DashboardPage, shell: Shell, seeded: Seeded, qtbot: QtBot
) -> None:
    shell.window.show_area("enterprises")
    area = shell.window.page("enterprises")
    assert isinstance(area, EnterprisesArea)
    wait_idle(qtbot)
    area.list_page.select_id(seeded.beta)
    with messages.answering(True):
        area.list_page.delete_selected()
    wait_idle(qtbot)
    assert dashboard.value_of("partners") == "2"  # out of sight: not recomputed yet
    with qtbot.waitSignal(dashboard.refreshed, timeout=20_000):
        shell.window.show_area("dashboard")
    assert dashboard.value_of("partners") == "1"


def test_reminder_horizons_come_from_the_settings(seeded: Seeded, settings: QSettings) -> None:
    prefs = Preferences(settings)
    prefs.set_horizons(Horizons(agreements_within_days=10, silent_days=7, follow_up_soon_days=0))
    with open_database(seeded.path) as db, db.reading() as session:
        found = gather(session, TODAY, prefs.horizons()).reminders
    assert found.agreements_ending == []  # ends in 20 days, beyond 10
    # Alpha was visited 10 days ago: silent after 7.
    assert {p.name for p in found.silent_partners} == {"Alpha Precision Ltd", "Beta Logistics"}


def test_figures_are_year_to_date_against_last_year(seeded: Seeded) -> None:
    with open_database(seeded.path) as db:
        services = Services(db, "tester")
        services.payments.create(
            {
                "project_id": seeded.project,
                "received_on": date(TODAY.year - 1, 1, 1),
                "amount_fen": 3,  # 万元
            }
        )
        with db.reading() as session:
            data = gather(session, TODAY, Horizons())
    assert data.funds_received_fen == Figure(12_000_000, 3_000_000)
    assert data.funds_by_month_previous[0] == 3_000_000
    assert data.partners == 2 and data.enterprises == 3


def test_charts_follow_the_theme(dashboard: DashboardPage, qtbot: QtBot) -> None:
    from ui import theme

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    theme.apply(app, "dark")
    try:
        background = dashboard.funds_chart.chart().backgroundBrush().color().name()
        assert background == theme.DARK.card
    finally:
        theme.apply(app, None)  # back to following the system (light offscreen)
    assert dashboard.funds_chart.chart().backgroundBrush().color().name() == theme.LIGHT.card
