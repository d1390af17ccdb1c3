"""A list's columns as the officer arranged them: order, widths, hidden columns and sort.

Kept per list in the settings (the header's saved state), saved a moment after each change so
dragging a column edge does not write the settings on every pixel. A sort the core cannot do
is refused on the header itself, which keeps showing the order the list really has.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QObject, QPoint, QSettings, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QTableView

from ui.models.columns import Format, write
from ui.models.lazy_table import LazyTableModel

SAVE_LAYOUT_MS = 400
# The widest date of the year in either language ("28 Sep 2026", "2026年12月28日").
WIDEST_DATES = (date(2026, 9, 28), date(2026, 12, 28))
CELL_PADDING = 24  # the cell's margins and a little air, in pixels


class ColumnLayout(QObject):
    """Restores, follows and saves the column layout of ``view`` under ``key``."""

    def __init__(
        self,
        view: QTableView,
        model: LazyTableModel[Any],
        settings: QSettings,
        key: str,
        *,
        default_order: str,
        default_descending: bool,
        hidden: Sequence[str] = (),
    ) -> None:
        super().__init__(view)
        self.view = view
        self.model = model
        self.settings = settings
        self.key = f"lists/{key}/header"
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_LAYOUT_MS)
        self._timer.timeout.connect(self.save)
        self._restore(default_order, default_descending, hidden)
        header = view.horizontalHeader()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._menu)

    def _restore(self, default_order: str, default_descending: bool, hidden: Sequence[str]) -> None:
        header = self.view.horizontalHeader()
        columns = self.model.columns
        for i, column in enumerate(columns):
            if column.width:
                header.resizeSection(i, column.width)
            header.setSectionHidden(i, column.key in hidden)
        default = next((i for i, c in enumerate(columns) if c.sort_key == default_order), 0)
        order = Qt.SortOrder.DescendingOrder if default_descending else Qt.SortOrder.AscendingOrder
        header.setSortIndicator(default, order)
        state = self.settings.value(self.key)
        if state is not None:
            header.restoreState(state)
        if not self.model.sortable(header.sortIndicatorSection()):
            header.setSortIndicator(default, order)
        self.view.setSortingEnabled(True)  # asks the model to sort: sets its order, no query
        self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        header.sortIndicatorChanged.connect(self._sort_indicator_changed)
        header.sectionResized.connect(self.changed)
        header.sectionMoved.connect(self.changed)

    def changed(self) -> None:
        self._timer.start()

    def save(self) -> None:
        self._timer.stop()
        self.settings.setValue(self.key, self.view.horizontalHeader().saveState())

    def save_pending(self) -> None:
        """Save now if a change is still waiting (the list is being hidden or closed)."""
        if self._timer.isActive():
            self.save()

    def _sort_indicator_changed(self, section: int, order: Qt.SortOrder) -> None:
        header = self.view.horizontalHeader()
        if not self.model.sortable(section):
            # A column the core cannot sort by: keep showing the order the list really has.
            current = self.model.column_index_for_sort(self.model.order_by)
            header.blockSignals(True)
            descending = Qt.SortOrder.DescendingOrder
            header.setSortIndicator(
                current, descending if self.model.descending else Qt.SortOrder.AscendingOrder
            )
            header.blockSignals(False)
            header.viewport().update()
            return
        self.changed()

    def set_visible(self, key: str, visible: bool) -> None:
        header = self.view.horizontalHeader()
        index = self.model.column_index(key)
        shown = [i for i in range(header.count()) if not header.isSectionHidden(i)]
        if not visible and shown == [index]:
            return  # the last visible column stays
        header.setSectionHidden(index, not visible)
        self.changed()
        if visible:
            self.model.invalidate()  # its figures may not have been read yet

    def is_visible(self, key: str) -> bool:
        return not self.view.horizontalHeader().isSectionHidden(self.model.column_index(key))

    def fit_dates(self) -> None:
        """Widen date columns too narrow for a whole date in the current language.

        Only ever widens: a width the officer chose stays unless a date would be cut off
        (switching to Chinese makes dates longer than the English default width).
        """
        header = self.view.horizontalHeader()
        metrics = self.view.fontMetrics()
        needed = CELL_PADDING + max(
            metrics.horizontalAdvance(write(day, Format.DATE)) for day in WIDEST_DATES
        )
        for i, column in enumerate(self.model.columns):
            if column.fmt is Format.DATE and header.sectionSize(i) < needed:
                header.resizeSection(i, needed)

    def _menu(self, pos: QPoint) -> None:
        menu = QMenu(self.view)
        for column in self.model.columns:
            action = QAction(column.header(), menu)
            action.setCheckable(True)
            action.setChecked(self.is_visible(column.key))
            action.toggled.connect(lambda on, k=column.key: self.set_visible(k, on))
            menu.addAction(action)
        menu.popup(self.view.horizontalHeader().mapToGlobal(pos))
