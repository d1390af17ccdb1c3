"""The app's lists: ordered ids for a filter, then plain rows for the ids on screen.

A table model asks ``*_ids`` once per filter or sort (one query, ordered in SQL) and
``*_rows`` for the rows it shows (one query with correlated counts, in the order of the ids
given; ids no longer live are left out). The Excel export of "a list as shown" uses the same two
calls. Sorting keys are named (``order_by="name"`` …); an unknown one raises ValueError. Empty
values sort last both ways on every engine; ties are broken by id. The long lists
(enterprises, interactions) also take ``limit=`` for a first page shown before the whole list.

One module per area: ``partners`` (enterprises, interactions), ``contacts``, ``agreements``
(agreements, students, placements), ``projects``, ``graduates`` (employment, training),
``trash``; ``conditions`` holds the filters they share.
"""

from liaison.lists.agreements import (
    AgreementRow,
    PlacementRow,
    StudentRow,
    agreement_ids,
    agreement_rows,
    placement_ids,
    placement_rows,
    student_ids,
    student_rows,
)
from liaison.lists.contacts import ContactRow, contact_ids, contact_rows
from liaison.lists.graduates import (
    EmploymentRow,
    TrainingRow,
    employment_ids,
    employment_rows,
    training_ids,
    training_rows,
)
from liaison.lists.partners import (
    EnterpriseRow,
    InteractionRow,
    enterprise_ids,
    enterprise_rows,
    interaction_ids,
    interaction_rows,
)
from liaison.lists.projects import ProjectRow, project_ids, project_rows
from liaison.lists.trash import TrashRow, trash_keys, trash_rows

__all__ = [
    "AgreementRow",
    "ContactRow",
    "EmploymentRow",
    "EnterpriseRow",
    "InteractionRow",
    "PlacementRow",
    "ProjectRow",
    "StudentRow",
    "TrainingRow",
    "TrashRow",
    "agreement_ids",
    "agreement_rows",
    "contact_ids",
    "contact_rows",
    "employment_ids",
    "employment_rows",
    "enterprise_ids",
    "enterprise_rows",
    "interaction_ids",
    "interaction_rows",
    "placement_ids",
    "placement_rows",
    "project_ids",
    "project_rows",
    "student_ids",
    "student_rows",
    "training_ids",
    "training_rows",
    "trash_keys",
    "trash_rows",
]
