"""A table model over ids that fetches the rows it is asked to show, a page at a time.

The model holds the ordered ids of a list (what ``liaison.lists.*_ids`` returned) and a
cache of plain rows, never ORM objects. ``data()`` for a row whose page is not cached fetches
that one page (about 100 rows, one query) through the row fetcher; a view over 100,000 ids
therefore touches only the pages the officer scrolls to. The cache keeps a bounded number of
pages, least recently used first out.

Sorting happens in SQL: ``sort()`` does not reorder anything itself, it emits
:attr:`LazyTableModel.sort_requested` with the column's sort key, and whoever runs the list's
query (the list page) fetches the ids again in that order and hands them back with
:meth:`LazyTableModel.set_ids`.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from ui.models.columns import Column

PAGE_SIZE = 100
MAX_PAGES = 60  # 6,000 rows cached at most, whatever the list's length

ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the record's id (int)
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # the raw value: numbers as numbers, dates as dates
ROW_ROLE = Qt.ItemDataRole.UserRole + 3  # the whole plain row


class HasId(Protocol):
    @property
    def id(self) -> int: ...


R = TypeVar("R", bound=HasId)

AnyIndex = QModelIndex | QPersistentModelIndex
RowFetcher = Callable[[Sequence[int]], list[R]]


class LazyTableModel(QAbstractTableModel, Generic[R]):
    """Columns over ordered ids; rows fetched by page on demand.

    ``fetch_rows(ids)`` returns the rows for ``ids`` in their order, leaving out ids no longer
    there (a row deleted meanwhile shows empty until the list is queried again).
    """

    sort_requested = Signal(str, bool)  # sort key, descending

    def __init__(
        self,
        columns: Sequence[Column[R]],
        fetch_rows: RowFetcher[R],
        *,
        page_size: int = PAGE_SIZE,
        max_pages: int = MAX_PAGES,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.columns: tuple[Column[R], ...] = tuple(columns)
        self._fetch_rows = fetch_rows
        self.page_size = page_size
        self.max_pages = max_pages
        self._ids: list[int] = []
        self._pages: OrderedDict[int, dict[int, R]] = OrderedDict()
        self._row_of: dict[int, int] | None = None
        self.rows_fetched = 0  # how many rows the fetcher returned so far (benchmarks)
        self.pages_fetched = 0
        self.order_by: str | None = None
        self.descending = False

    # --- content ----------------------------------------------------------------------------

    def set_ids(self, ids: Sequence[int], first_rows: Sequence[R] = ()) -> None:
        """Show ``ids`` in this order; ``first_rows`` may already hold rows of the first page."""
        self.beginResetModel()
        self._ids = list(ids)
        self._pages.clear()
        self._row_of = None
        if first_rows:
            by_id = {row.id: row for row in first_rows}
            self._pages[0] = {i: by_id[i] for i in self._ids[: self.page_size] if i in by_id}
        self.endResetModel()

    def ids(self) -> list[int]:
        return list(self._ids)

    def id_at(self, row: int) -> int:
        return self._ids[row]

    def row_of(self, record_id: int) -> int | None:
        """The row showing ``record_id``, or None."""
        if self._row_of is None:
            self._row_of = {rid: i for i, rid in enumerate(self._ids)}
        return self._row_of.get(record_id)

    def row_at(self, row: int) -> R | None:
        """The plain row shown at ``row`` (fetching its page if needed); None if it is gone."""
        if not 0 <= row < len(self._ids):
            return None
        page = row // self.page_size
        cached = self._pages.get(page)
        if cached is None:
            cached = self._fetch_page(page)
        else:
            self._pages.move_to_end(page)
        return cached.get(self._ids[row])

    def cached_rows(self) -> int:
        return sum(len(p) for p in self._pages.values())

    def _fetch_page(self, page: int) -> dict[int, R]:
        start = page * self.page_size
        wanted = self._ids[start : start + self.page_size]
        rows = self._fetch_rows(wanted)
        self.rows_fetched += len(rows)
        self.pages_fetched += 1
        cached = {row.id: row for row in rows}
        self._pages[page] = cached
        while len(self._pages) > self.max_pages:
            self._pages.popitem(last=False)
        return cached

    def invalidate(self) -> None:
        """Forget the cached rows (they changed in the database); the view asks again."""
        self._pages.clear()
        if self._ids:
            last = self.index(len(self._ids) - 1, len(self.columns) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def retranslate(self) -> None:
        """Headers and values are written in the current language: write them again."""
        if self.columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
        if self._ids and self.columns:
            last = self.index(len(self._ids) - 1, len(self.columns) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def column_index_for_sort(self, sort_key: str | None) -> int:
        """The column sorted by ``sort_key`` (the first column if none is)."""
        for i, column in enumerate(self.columns):
            if column.sort_key == sort_key:
                return i
        return 0

    def column_index(self, key: str) -> int:
        for i, column in enumerate(self.columns):
            if column.key == key:
                return i
        raise KeyError(key)

    # --- QAbstractTableModel ----------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._ids):
            return None
        if role == ID_ROLE:
            return self._ids[index.row()]
        if role not in _ROLES:
            return None
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return column.alignment()
        row = self.row_at(index.row())
        if row is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return column.display(row)
        if role == SORT_ROLE:
            return column.sort_value(row)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ForegroundRole:
            return column.colour(row)
        return column.tip(row)  # ToolTipRole

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.columns[section].header()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self.columns[section].alignment()
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        key = self.columns[column].sort_key
        if key is None:
            return
        self.order_by = key
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.sort_requested.emit(key, self.descending)

    def sortable(self, column: int) -> bool:
        return 0 <= column < len(self.columns) and self.columns[column].sort_key is not None

    def roleNames(self) -> dict[int, Any]:
        names = dict(super().roleNames())
        names.update(
            {
                ID_ROLE: QByteArray(b"recordId"),
                SORT_ROLE: QByteArray(b"sortValue"),
                ROW_ROLE: QByteArray(b"row"),
            }
        )
        return names


_ROLES: Mapping[int, str] = {
    Qt.ItemDataRole.DisplayRole: "display",
    Qt.ItemDataRole.ToolTipRole: "tooltip",
    Qt.ItemDataRole.TextAlignmentRole: "alignment",
    Qt.ItemDataRole.ForegroundRole: "colour",
    SORT_ROLE: "sort",
    ROW_ROLE: "row",
}
