"""The typed ORM model, one module per aggregate, re-exported here."""

from liaison.model.admin import AuditEntry, ImportBatch, Officer, Setting
from liaison.model.agreement import Agreement, Placement
from liaison.model.base import Base, Record, utcnow
from liaison.model.employment import Employment, TrainingSession
from liaison.model.enterprise import Contact, Enterprise
from liaison.model.interaction import Interaction
from liaison.model.project import Milestone, Outcome, Payment, Project, ProjectPartner
from liaison.model.student import Major, Student

__all__ = [
    "Agreement",
    "AuditEntry",
    "Base",
    "Contact",
    "Employment",
    "Enterprise",
    "ImportBatch",
    "Interaction",
    "Major",
    "Milestone",
    "Officer",
    "Outcome",
    "Payment",
    "Placement",
    "Project",
    "ProjectPartner",
    "Record",
    "Setting",
    "Student",
    "TrainingSession",
    "utcnow",
]
