"""What a list page needs to know about its area: how to query it, its columns and filters,
and what it says when it is empty.

An :class:`AreaList` is plain data; :class:`ui.pages.list_page.ListPage` turns one into a page.
The third engineer's areas (agreements, students, projects …) are built the same way.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication
from sqlalchemy.orm import Session

from liaison.enums import Labelled
from ui.models.columns import Column

R = TypeVar("R")

CONTEXT = "lists"

# One choice of a filter: what the officer reads, and the keyword arguments of the core's
# ``*_ids`` function it stands for ({"status": "active"}, {"start": …, "end": …}).
FilterOption = tuple[str, Mapping[str, Any]]


def tr(text: str) -> str:
    """A text of the "lists" context in the current language."""
    return QCoreApplication.translate(CONTEXT, text)


@dataclass(frozen=True)
class Filter:
    """A combo box above a list: "All" first, then ``options()`` (called again on language
    change, so labels follow the language and periods follow the calendar)."""

    key: str
    title: str  # English source in the "lists" context
    options: Callable[[], Sequence[FilterOption]]


def choice_filter(key: str, title: str, choices: type[Labelled], argument: str) -> Filter:
    """A filter over the members of a closed list, passed as ``argument=value``."""
    return Filter(
        key, title, lambda: [(member.label(), {argument: member.value}) for member in choices]
    )


@dataclass(frozen=True)
class ListQuery:
    """A list as shown: what the Excel export of "the list as shown" repeats.

    ``filters`` holds the keyword arguments for the core's ``*_ids`` function (the fixed ones
    of a record tab included), ``columns`` the keys of the visible columns in view order.
    """

    area: str
    search: str = ""
    filters: Mapping[str, Any] = field(default_factory=dict)
    order_by: str = ""
    descending: bool = False
    columns: tuple[str, ...] = ()

    def is_filtered(self, fixed: Mapping[str, Any] | None = None) -> bool:
        """Whether search or filters narrow the list (beyond the ``fixed`` ones)."""
        own = {k: v for k, v in self.filters.items() if k not in (fixed or {})}
        return bool(self.search.strip() or own)


@dataclass(frozen=True)
class ListSource(Generic[R]):
    """The core's two calls for an area: ordered ids for a query, rows for ids.

    ``paged`` says that ``ids`` takes ``limit=`` and then answers with the first ids of the
    list much faster than the whole of it (a LIMIT the database can stop early for). A long
    list then shows its first rows at once and learns its length a moment later.
    """

    ids: Callable[..., list[int]]  # (session, *, search, order_by, descending, **filters)
    rows: Callable[[Session, Sequence[int]], list[R]]
    paged: bool = False
    # Rows that depend on the columns on show (a costly figure only when its column is).
    rows_with: Callable[[Session, Sequence[int], frozenset[str]], list[R]] | None = None

    def fetch_rows(self, session: Session, ids: Sequence[int], columns: frozenset[str]) -> list[R]:
        if self.rows_with is not None:
            return self.rows_with(session, ids, columns)
        return self.rows(session, ids)

    def first_ids(self, session: Session, query: ListQuery, limit: int) -> list[int]:
        """The first ``limit`` ids of the list (only for a ``paged`` source)."""
        return self.query_ids(session, query, limit=limit)

    def query_ids(self, session: Session, query: ListQuery, limit: int | None = None) -> list[int]:
        # Only paged sources take ``limit``; the others are asked without it.
        paging = {} if limit is None else {"limit": limit}
        return self.ids(
            session,
            search=query.search,
            order_by=query.order_by,
            descending=query.descending,
            **query.filters,
            **paging,
        )


@dataclass(frozen=True)
class AreaList(Generic[R]):
    """Everything a list page of one area needs.

    ``key`` names the list in saved settings (column layout); ``entity`` is the service entity
    of its rows. Texts are English sources in the "lists" context: ``count_one`` /
    ``count_many`` ("1 enterprise" / "%1 enterprises"), the empty state's title and message.
    """

    key: str
    entity: str
    source: ListSource[R]
    columns: tuple[Column[R], ...]
    default_order: str
    default_descending: bool = False
    filters: tuple[Filter, ...] = ()
    count_one: str = ""
    count_many: str = ""
    empty_title: str = ""
    empty_message: str = ""
    new_text: str = ""  # the New button ("New enterprise")
    icon: str = "inbox"
    hidden_columns: tuple[str, ...] = ()  # hidden until the officer shows them
