"""What one attempt at importing works with: the options, the shared state, each row's state.

An import may take several attempts (:mod:`.run`): each runs the steps — references
(:mod:`.references`), duplicates and fates (:mod:`.fates`), writing (:mod:`.writes`) — over
fresh :class:`RowState`\\ s inside a savepoint, sharing one :class:`Attempt`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from liaison.excel.importing.parse import ParsedRow
from liaison.excel.importing.report import Duplicate, DuplicatePolicy, Fate, RowError
from liaison.services.batch import BatchWriter, Draft, Existing
from liaison.services.hub import Services


@dataclass(frozen=True)
class ImportOptions:
    on_duplicate: DuplicatePolicy = DuplicatePolicy.ERROR
    valid_only: bool = False


@dataclass
class RowState:
    """A row's working state during one attempt."""

    parsed: ParsedRow
    fate: Fate = Fate.CREATE
    values: dict[str, Any] = field(default_factory=dict)  # stored values, references as ids
    errors: list[RowError] = field(default_factory=list)
    duplicate: Duplicate | None = None
    existing: Existing | None = None
    draft: Draft | None = None
    diff: dict[str, tuple[Any, Any]] = field(default_factory=dict)
    record_id: int | None = None
    firm: int | None = None  # the enterprise a contact reference is looked up in
    majors: dict[str, str] = field(default_factory=dict)  # field → name of a major to create
    deferred: dict[str, int] = field(default_factory=dict)  # field → index of a row here
    partners: list[int] = field(default_factory=list)


#: Errors of rules that ran after writing, by (sheet index, row).
LateErrors = dict[tuple[int, int], list[RowError]]


class Attempt:
    """One pass over the sheets inside a savepoint: what its steps share."""

    def __init__(
        self,
        services: Services,
        session: Session,
        writer: BatchWriter,
        options: ImportOptions,
    ) -> None:
        self.services = services
        self.session = session
        self.writer = writer
        self.options = options
        # Records made along the way that no sheet asked for, counted for the report.
        self.also_created: dict[str, int] = {"major": 0, "project_partner": 0}
