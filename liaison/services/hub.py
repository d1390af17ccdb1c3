"""All services of one open database, for one officer: what the app and the CLI hold."""

from __future__ import annotations

import getpass
from typing import Any

from sqlalchemy import select

from liaison.db import Database
from liaison.model import Officer
from liaison.services.agreements import AgreementService, PlacementService
from liaison.services.base import Context, EntityService
from liaison.services.enterprises import ContactService, EnterpriseService
from liaison.services.history import History
from liaison.services.imports import Imports
from liaison.services.interactions import InteractionService
from liaison.services.people import EmploymentService, TrainingService
from liaison.services.projects import (
    MilestoneService,
    OutcomeService,
    PaymentService,
    ProjectPartnerService,
    ProjectService,
)
from liaison.services.registry import SERVICE_OF_ENTITY
from liaison.services.settings import OFFICER_NAME, Settings
from liaison.services.students import MajorService, StudentService
from liaison.services.trash import Trash


def default_officer_name() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name (some containers, service accounts)
        return "officer"


class Services:
    def __init__(self, db: Database, officer: str | None = None) -> None:
        self.db = db
        self.settings = Settings(db)
        name = officer or self.settings.get(OFFICER_NAME) or default_officer_name()
        self.ctx = Context(db, name)
        self._ensure_officer(name)
        self.enterprises = EnterpriseService(self.ctx)
        self.contacts = ContactService(self.ctx)
        self.interactions = InteractionService(self.ctx)
        self.majors = MajorService(self.ctx)
        self.students = StudentService(self.ctx)
        self.agreements = AgreementService(self.ctx)
        self.placements = PlacementService(self.ctx)
        self.projects = ProjectService(self.ctx)
        self.partners = ProjectPartnerService(self.ctx)
        self.milestones = MilestoneService(self.ctx)
        self.payments = PaymentService(self.ctx)
        self.outcomes = OutcomeService(self.ctx)
        self.employments = EmploymentService(self.ctx)
        self.trainings = TrainingService(self.ctx)
        self.history = History(self.ctx)
        self.trash = Trash(self.ctx)
        self.imports = Imports(self.ctx)

    @property
    def officer(self) -> str:
        return self.ctx.officer

    def service(self, entity: str) -> EntityService[Any]:
        """The service for an entity name such as ``"enterprise"``."""
        return SERVICE_OF_ENTITY[entity](self.ctx)

    def _ensure_officer(self, name: str) -> None:
        with self.db.reading() as s:
            if s.scalar(select(Officer.id).where(Officer.name == name)) is not None:
                return
        with self.db.transaction() as s:
            if s.scalar(select(Officer.id).where(Officer.name == name)) is None:
                s.add(Officer(name=name, login=default_officer_name(), updated_by=name))
