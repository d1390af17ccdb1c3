"""A small college for the area tests: firms, contacts, majors, students, agreements,
placements, a project with parts, graduates and training (not a test module)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from liaison.services.hub import Services
from tests.ui.lists_support import add_firms
from ui.pages.list_page import ListPage

TODAY = date.today()


def college(services: Services) -> dict[str, int]:
    ids = add_firms(services)
    wuxi, kunshan = ids["Wuxi Green Energy"], ids["Kunshan Mould Works"]
    ids["mentor"] = services.contacts.create({"enterprise_id": wuxi, "name": "Zhang Wei"})
    ids["other mentor"] = services.contacts.create({"enterprise_id": kunshan, "name": "Li Qiang"})
    ids["mech"] = services.majors.create({"name": "Mechatronics"})
    ids["soft"] = services.majors.create({"name": "Software"})
    for no, name, major, cohort in (
        ("S001", "Wang Fang", "mech", 2023),
        ("S002", "Chen Jie", "mech", 2024),
        ("S003", "Liu Yang", "soft", 2024),
    ):
        ids[name] = services.students.create(
            {"student_no": no, "name": name, "major_id": ids[major], "cohort": cohort}
        )
    ids["A-1"] = services.agreements.create(
        {
            "number": "A-1",
            "kind": "order_class",
            "title": "Order class",
            "enterprise_id": wuxi,
            "major_id": ids["mech"],
            "start_date": date(TODAY.year, 1, 1),
            "end_date": TODAY + timedelta(days=20),
        }
    )
    services.agreements.update(ids["A-1"], {"status": "signed"})
    ids["A-2"] = services.agreements.create(
        {
            "number": "A-2",
            "kind": "internship_base",
            "enterprise_id": kunshan,
            "start_date": date(TODAY.year - 2, 1, 1),
            "end_date": date(TODAY.year - 1, 12, 31),
        }
    )
    ids["p1"] = services.placements.create(
        {
            "agreement_id": ids["A-1"],
            "student_id": ids["Wang Fang"],
            "start_date": date(TODAY.year, 1, 1),
            "enterprise_mentor_id": ids["mentor"],
        }
    )
    ids["p2"] = services.placements.create(
        {
            "agreement_id": ids["A-2"],
            "student_id": ids["Liu Yang"],
            "start_date": date(TODAY.year - 2, 3, 1),
            "end_date": date(TODAY.year - 2, 6, 30),
        }
    )
    ids["P-1"] = services.projects.create(
        {
            "code": "P-1",
            "title": "Smart line",
            "kind": "technical_service",
            "lead_teacher": "Zhou Min",
            "contract_value_fen": 12,
        }
    )
    ids["P-2"] = services.projects.create(
        {"code": "P-2", "title": "Green kiln", "kind": "joint_rnd", "status": "contracted"}
    )
    ids["partner"] = services.partners.create(
        {"project_id": ids["P-1"], "enterprise_id": wuxi, "is_lead": True}
    )
    ids["late"] = services.milestones.create(
        {"project_id": ids["P-1"], "title": "Prototype", "due_date": TODAY - timedelta(days=5)}
    )
    ids["pay"] = services.payments.create(
        {"project_id": ids["P-1"], "received_on": TODAY, "amount_fen": 3}
    )
    ids["hired"] = services.employments.create(
        {
            "student_id": ids["Wang Fang"],
            "enterprise_id": wuxi,
            "hired_on": TODAY,
            "position": "Technician",
            "related_field": True,
        }
    )
    ids["hired elsewhere"] = services.employments.create(
        {
            "student_id": ids["Liu Yang"],
            "enterprise_id": kunshan,
            "hired_on": date(TODAY.year - 1, 7, 1),
            "position": "Clerk",
            "related_field": False,
        }
    )
    ids["training"] = services.trainings.create(
        {
            "enterprise_id": kunshan,
            "held_on": TODAY,
            "topic": "PLC basics",
            "participants": 12,
            "hours": 8,
        }
    )
    return ids


def pick(page: ListPage[Any], key: str, label: str) -> None:
    combo = page.filter_combos[key]
    index = combo.findText(label)
    assert index > 0, [combo.itemText(i) for i in range(combo.count())]
    combo.setCurrentIndex(index)


def search(qtbot: QtBot, page: ListPage[Any], text: str) -> None:
    from tests.ui.lists_support import wait_loaded

    page.search.setText(text)
    page.search.flush()
    wait_loaded(qtbot, page)


def task_done(qtbot: QtBot, widget: QWidget) -> None:
    task = getattr(widget, "task", None)
    qtbot.waitUntil(lambda: task is not None and task.done, timeout=10_000)
