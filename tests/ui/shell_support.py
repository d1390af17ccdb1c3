"""Shared pieces of the app-level tests: a shell over a window, a small known database."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from liaison.db import open_database
from liaison.services.hub import Services
from ui.main_window import MainWindow
from ui.preferences import Preferences
from ui.shell import Shell
from ui.tasks import runner

TODAY = date.today()


def days(offset: int) -> date:
    return TODAY + timedelta(days=offset)


def wait_idle(qtbot: QtBot, timeout: int = 20_000) -> None:
    """Until the database worker has nothing queued and every callback ran."""
    qtbot.waitUntil(lambda: runner().pending() == 0, timeout=timeout)


@dataclass(frozen=True)
class Seeded:
    """The ids of the small database every app test can rely on."""

    path: Path
    alpha: int  # active partner, visited lately, with an overdue follow-up
    beta: int  # active partner never contacted
    gamma: int  # prospect
    contact: int  # Wang Li of Alpha
    visit: int  # the visit with the overdue follow-up
    agreement: int  # with Alpha, ending in 20 days
    project: int  # under way with Alpha, an overdue milestone, 12 万元 received this year


def seed(path: Path) -> Seeded:
    with open_database(path) as db:
        services = Services(db, "tester")
        alpha = services.enterprises.create(
            {"name": "Alpha Precision Ltd", "status": "active", "city": "Wuxi"}
        )
        beta = services.enterprises.create({"name": "Beta Logistics", "status": "active"})
        gamma = services.enterprises.create({"name": "Gamma Foods", "status": "prospect"})
        contact = services.contacts.create(
            {"enterprise_id": alpha, "name": "Wang Li", "title": "HR manager"}
        )
        visit = services.interactions.create(
            {
                "enterprise_id": alpha,
                "contact_id": contact,
                "kind": "visit",
                "occurred_on": days(-10),
                "summary": "Talked about summer internships",
                "follow_up_action": "Send the internship plan",
                "follow_up_due": days(-3),
            }
        )
        agreement = services.agreements.create(
            {
                "number": "XQ-2024-001",
                "kind": "internship_base",
                "enterprise_id": alpha,
                "status": "active",
                "start_date": date(TODAY.year - 1, 1, 1),
                "end_date": days(20),
            }
        )
        project = services.projects.create(
            {
                "code": "P-1",
                "title": "Fixture redesign",
                "kind": "joint_rnd",
                "status": "in_progress",
                "start_date": date(TODAY.year, 1, 1),
            }
        )
        services.partners.create({"project_id": project, "enterprise_id": alpha, "is_lead": True})
        services.milestones.create(
            {"project_id": project, "title": "Prototype", "due_date": days(-5)}
        )
        services.payments.create(
            {"project_id": project, "received_on": date(TODAY.year, 1, 1), "amount_fen": 12}  # 万元
        )
    return Seeded(path, alpha, beta, gamma, contact, visit, agreement, project)


@pytest.fixture
def db_path(tmp_path: Path, migrated_template: Path) -> Path:
    target = tmp_path / "college.db"
    shutil.copyfile(migrated_template, target)
    return target


@pytest.fixture
def seeded(db_path: Path) -> Seeded:
    return seed(db_path)


@pytest.fixture
def shell(qtbot: QtBot, settings: QSettings) -> Iterator[Shell]:
    # Not qtbot.addWidget: pytest-qt closes those before fixtures end, and the window must
    # outlive the database jobs still queued when a test returns.
    window = MainWindow(settings)
    app_shell = Shell(window, Preferences(settings))
    window.show()
    yield app_shell
    wait_idle(qtbot)
    app_shell.session.close_now()
    window.close()
    window.deleteLater()


def open_in(shell: Shell, qtbot: QtBot, path: Path | str) -> None:
    """Open ``path`` in the shell and wait until its pages and dashboard are filled."""
    with qtbot.waitSignal(shell.pages_ready, timeout=20_000):
        shell.open(str(path))
    assert shell.dashboard is not None
    if shell.dashboard.data is None:
        with qtbot.waitSignal(shell.dashboard.refreshed, timeout=20_000):
            pass
    wait_idle(qtbot)
