"""Which service looks after which kind of record."""

from __future__ import annotations

from typing import Any

from liaison.model import Record
from liaison.services.agreements import AgreementService, PlacementService
from liaison.services.base import EntityService
from liaison.services.enterprises import ContactService, EnterpriseService
from liaison.services.interactions import InteractionService
from liaison.services.people import EmploymentService, TrainingService
from liaison.services.projects import (
    MilestoneService,
    OutcomeService,
    PaymentService,
    ProjectPartnerService,
    ProjectService,
)
from liaison.services.students import MajorService, StudentService

SERVICES: tuple[type[EntityService[Any]], ...] = (
    EnterpriseService,
    ContactService,
    InteractionService,
    MajorService,
    StudentService,
    AgreementService,
    PlacementService,
    ProjectService,
    ProjectPartnerService,
    MilestoneService,
    PaymentService,
    OutcomeService,
    EmploymentService,
    TrainingService,
)

SERVICE_OF_MODEL: dict[type[Record], type[EntityService[Any]]] = {s.model: s for s in SERVICES}
MODELS: dict[str, type[Record]] = {
    str(s.model.__tablename__): s.model  # type: ignore[attr-defined]
    for s in SERVICES
}
SERVICE_OF_ENTITY: dict[str, type[EntityService[Any]]] = {
    str(s.model.__tablename__): s  # type: ignore[attr-defined]
    for s in SERVICES
}
