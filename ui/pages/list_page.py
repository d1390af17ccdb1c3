"""A list page: search as you type, filters, a count, a sortable table, New/Edit/Delete/Restore.

One class serves every area and every list inside a record (a firm's contacts, its visits …);
what differs is an :class:`~ui.pages.list_spec.AreaList`. The ids of the list are queried on
the database worker (the newest query wins, see :mod:`ui.pages.latest`); the table model
fetches the rows on show a page at a time. The column layout (order, widths, hidden columns,
sort) is kept per list in the settings.

Keyboard: Enter opens the record, F2 edits it, Delete moves it to the Trash, Ctrl+N adds one,
Ctrl+F goes to the search box (the last three through the window's standard actions).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPoint,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from liaison.services.hub import Services
from ui import messages
from ui.dialogs.editor import RecordEditor, open_editor
from ui.icons import icon
from ui.models.lazy_table import HasId, LazyTableModel
from ui.pages.latest import Latest
from ui.pages.list_spec import AreaList, ListQuery, tr
from ui.tasks import run_in_background
from ui.widgets.empty_state import EmptyState
from ui.widgets.search_box import SearchBox

R = TypeVar("R", bound=HasId)

SAVE_LAYOUT_MS = 400
# After a first page, the whole list is read once typing pauses this long.
FULL_LIST_DELAY_MS = 300
FILTER_CHARS = 9  # a filter box shows at least this many characters of its choice
SEARCH_MIN_WIDTH = 150
ROW_HEIGHT_FACTOR = 1.9  # rows a little taller than the text: comfortable to read and click


def notify_actions(widget: QWidget) -> None:
    """Tell the window's standard actions that what the page supports may have changed."""
    router = getattr(widget.window(), "router", None)
    if router is not None:
        router.refresh()


class ListPage(QWidget, Generic[R]):
    """A list of one area (or of one record's rows, with ``fixed`` filters and ``compact``)."""

    loaded = Signal()  # the list was queried again and is on show
    changed = Signal()  # records were added, changed, deleted or restored from here

    def __init__(
        self,
        spec: AreaList[R],
        services: Services,
        *,
        fixed: Mapping[str, Any] | None = None,
        compact: bool = False,
        settings: QSettings | None = None,
        settings_key: str | None = None,
        hide: tuple[str, ...] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.spec = spec
        self.hidden_columns = (*spec.hidden_columns, *hide)
        self.services = services
        self.fixed = dict(fixed or {})
        self.compact = compact
        self.settings = settings or QSettings()
        self.settings_key = settings_key or spec.key
        self.setObjectName(f"list-{self.settings_key}")
        # Enter and double-click; an area may open a record view instead of the editor.
        self.opener: Callable[[int], object] = self.edit_record
        # What happens once a record was added here (default: show it selected); a firm's
        # Projects tab also makes the firm a partner of the new project.
        self.on_created: Callable[[int], object] = self._saved
        self.editor: RecordEditor | None = None  # the editor opened last (tests look at it)
        self.last_deleted: list[int] = []
        self.latest = Latest(self)
        self.latest_full = Latest(self)
        self.loads = 0  # complete lists shown
        self.first_pages = 0  # first pages of long lists shown ahead of the whole list
        self._pending_full: Callable[[], object] | None = None
        self._full_timer = QTimer(self)
        self._full_timer.setSingleShot(True)
        self._full_timer.timeout.connect(self._run_full)
        # Buttons an area adds (text source, button, what it needs of the selected rows).
        self._extra: list[tuple[str, QToolButton, Callable[[list[R]], bool] | None]] = []
        self._commands: list[tuple[str, QToolButton]] = []  # buttons needing no selection

        self.search = SearchBox()
        self.search.search_changed.connect(lambda _text: self.reload())
        self.filter_combos: dict[str, QComboBox] = {}
        self.count_label = QLabel()
        self.count_label.setObjectName("ListCount")
        self.new_button = self._tool_button("plus", self.new_record)
        # Icons with tooltips: the toolbar must fit a laptop screen beside the filters.
        self.edit_button = self._tool_button("pencil", self.edit_current, with_text=False)
        self.delete_button = self._tool_button("trash-2", self.delete_selected, with_text=False)
        self.restore_button = self._tool_button("rotate-ccw", self.restore_deleted)
        self.excel_button = self._excel_button()

        self.model: LazyTableModel[R] = LazyTableModel(spec.columns, self._fetch_rows, parent=self)
        self.view = QTableView()
        self.view.setObjectName(f"table-{self.settings_key}")
        self.view.setModel(self.model)
        self._setup_view()
        self.empty_none = EmptyState(spec.icon)
        self.empty_none_action = self.empty_none.add_action("", self.new_record, "plus")
        self.empty_matches = EmptyState("search")
        self.clear_action = self.empty_matches.add_action("", self.clear_search_and_filters)
        self.stack = QStackedWidget()
        for widget in (self.view, self.empty_none, self.empty_matches):
            self.stack.addWidget(widget)

        layout = QVBoxLayout(self)
        margin = 0 if compact else 16
        layout.setContentsMargins(margin, 8 if compact else 14, margin, margin)
        layout.setSpacing(8)
        layout.addLayout(self._toolbar())
        layout.addWidget(self.stack, 1)

        self._layout_timer = QTimer(self)
        self._layout_timer.setSingleShot(True)
        self._layout_timer.setInterval(SAVE_LAYOUT_MS)
        self._layout_timer.timeout.connect(self.save_layout)
        self._restore_layout()
        self.retranslate()
        self._update_buttons()
        self.reload()

    # --- building ---------------------------------------------------------------------------

    def _tool_button(
        self, icon_name: str, slot: Callable[[], object], with_text: bool = True
    ) -> QToolButton:
        button = QToolButton()
        button.setIcon(icon(icon_name))
        button.setToolButtonStyle(
            Qt.ToolButtonStyle.ToolButtonTextBesideIcon
            if with_text
            else Qt.ToolButtonStyle.ToolButtonIconOnly
        )
        button.setAutoRaise(True)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def add_action(
        self,
        text: str,
        icon_name: str,
        handler: Callable[[list[int]], object],
        needs: Callable[[list[R]], bool] | None = None,
    ) -> QToolButton:
        """A toolbar button acting on the selected records (``text``: a "lists" source).

        ``needs(rows)`` says whether it applies to the selected rows (e.g. an open follow-up).
        """
        button = self._tool_button(icon_name, lambda: handler(self.selected_ids()))
        button.setObjectName(f"action-{icon_name}")
        self._toolbar_layout.insertWidget(self._toolbar_layout.indexOf(self.new_button), button)
        self._extra.append((text, button, needs))
        self.retranslate()
        self._update_buttons()
        return button

    def add_command(self, text: str, icon_name: str, slot: Callable[[], object]) -> QToolButton:
        """A toolbar button that needs no selection ("New major"; ``text``: a "lists" source)."""
        button = self._tool_button(icon_name, slot)
        self._toolbar_layout.insertWidget(self._toolbar_layout.indexOf(self.new_button), button)
        self._commands.append((text, button))
        self.retranslate()
        return button

    def selected_rows(self) -> list[R]:
        rows = sorted(index.row() for index in self.view.selectionModel().selectedRows())
        return [row for r in rows if (row := self.model.row_at(r)) is not None]

    def _toolbar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self._toolbar_layout = bar
        bar.setSpacing(8)
        if not self.compact:
            # Narrow enough for a 1366-pixel laptop screen with the navigation beside it.
            self.search.setMinimumWidth(SEARCH_MIN_WIDTH)
            bar.addWidget(self.search, 2)
            for spec_filter in self.spec.filters:
                combo = QComboBox()
                combo.setObjectName(f"filter-{spec_filter.key}")
                # Compact in the toolbar; the list that drops down shows the full names.
                combo.setSizeAdjustPolicy(
                    QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
                )
                combo.setMinimumContentsLength(FILTER_CHARS)
                combo.view().setMinimumWidth(320)
                combo.currentIndexChanged.connect(lambda _i: self.reload())
                self.filter_combos[spec_filter.key] = combo
                bar.addWidget(combo, 1)
        else:
            self.search.hide()
        bar.addStretch(1)
        bar.addWidget(self.count_label)
        for button in (self.new_button, self.edit_button, self.delete_button, self.restore_button):
            bar.addWidget(button)
        bar.addWidget(self.excel_button)
        if self.compact:  # (never setVisible(True) here: the bar has no parent widget yet)
            self.excel_button.hide()
        return bar

    def _excel_button(self) -> QToolButton:
        """Excel: import records of this list's kind, export the list as shown."""
        button = QToolButton()
        button.setObjectName("excel-menu")
        button.setIcon(icon("file-spreadsheet"))
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setAutoRaise(True)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(button)
        self.import_list_action = menu.addAction(icon("upload"), "", self.import_records)
        self.export_list_action = menu.addAction(icon("download"), "", self.export_list)
        button.setMenu(menu)
        from ui.excel_commands import kind_of_entity

        self.import_list_action.setVisible(kind_of_entity(self.spec.entity) is not None)
        return button

    def export_list(self) -> None:
        """Save the list as shown (search, filters, columns, order) as a workbook."""
        from ui.excel_commands import ask_export_list

        ask_export_list(self)

    def import_records(self) -> None:
        from ui.excel_commands import kind_of_entity, open_import_wizard

        open_import_wizard(self, self.services, kind_of_entity(self.spec.entity) or "enterprises")

    def _setup_view(self) -> None:
        view = self.view
        view.setAlternatingRowColors(True)  # zebra striping
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setWordWrap(False)
        view.setShowGrid(False)
        view.setTabKeyNavigation(False)  # Tab leaves the table, as everywhere else
        view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        rows = view.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(int(view.fontMetrics().height() * ROW_HEIGHT_FACTOR))
        header = view.horizontalHeader()
        header.setSectionsMovable(True)
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self._row_menu)
        view.doubleClicked.connect(self._open_index)
        view.installEventFilter(self)
        selection = view.selectionModel()
        selection.selectionChanged.connect(self._update_buttons)
        selection.currentRowChanged.connect(self._update_buttons)

    def _restore_layout(self) -> None:
        header = self.view.horizontalHeader()
        for i, column in enumerate(self.spec.columns):
            if column.width:
                header.resizeSection(i, column.width)
            header.setSectionHidden(i, column.key in self.hidden_columns)
        default = next(
            (i for i, c in enumerate(self.spec.columns) if c.sort_key == self.spec.default_order),
            0,
        )
        order = (
            Qt.SortOrder.DescendingOrder
            if self.spec.default_descending
            else Qt.SortOrder.AscendingOrder
        )
        header.setSortIndicator(default, order)
        state = self.settings.value(self._layout_key())
        if state is not None:
            header.restoreState(state)
        if not self.model.sortable(header.sortIndicatorSection()):
            header.setSortIndicator(default, order)
        self.view.setSortingEnabled(True)  # asks the model to sort: sets its order, no query
        self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self.model.sort_requested.connect(lambda _key, _desc: self.reload())
        header.sortIndicatorChanged.connect(self._sort_indicator_changed)
        header.sectionResized.connect(self._layout_changed)
        header.sectionMoved.connect(self._layout_changed)

    def _layout_key(self) -> str:
        return f"lists/{self.settings_key}/header"

    def _layout_changed(self) -> None:
        self._layout_timer.start()

    def save_layout(self) -> None:
        self._layout_timer.stop()
        self.settings.setValue(self._layout_key(), self.view.horizontalHeader().saveState())

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
        self._layout_changed()

    # --- querying ---------------------------------------------------------------------------

    def current_query(self) -> ListQuery:
        """The list as shown: area, filters (fixed ones included), search, order, columns.

        The Excel export of "the list as shown" takes this and calls the same core functions.
        """
        filters: dict[str, Any] = dict(self.fixed)
        for spec_filter in self.spec.filters:
            combo = self.filter_combos.get(spec_filter.key)
            if combo is None or combo.currentIndex() <= 0:
                continue
            options = spec_filter.options()
            index = combo.currentIndex() - 1
            if index < len(options):
                filters.update(options[index][1])
        header = self.view.horizontalHeader()
        columns = tuple(
            self.spec.columns[header.logicalIndex(visual)].key
            for visual in range(header.count())
            if not header.isSectionHidden(header.logicalIndex(visual))
        )
        return ListQuery(
            area=self.spec.key,
            search=self.search.text().strip(),
            filters=filters,
            order_by=self.model.order_by or self.spec.default_order,
            descending=self.model.descending,
            columns=columns,
        )

    def reload(self, select: int | None = None) -> None:
        """Query the list again (on the worker); keep ``select`` (or the current record)
        selected when it is still in the list.

        When the source can give the first page quickly, that page is shown first; the whole
        list follows once the officer pauses (a long query never holds up the next keystroke).
        """
        query = self.current_query()
        source = self.spec.source
        db = self.services.db
        page = self.model.page_size
        keep = select if select is not None else self.current_id()
        columns = frozenset(query.columns)
        self._full_timer.stop()
        self.latest_full.invalidate()

        def fetch_all() -> tuple[ListQuery, list[int], list[R]]:
            with db.reading() as session:
                ids = source.query_ids(session, query)
                return query, ids, source.fetch_rows(session, ids[:page], columns)

        def fetch_first() -> tuple[ListQuery, list[int], list[R]]:
            with db.reading() as session:
                ids = source.first_ids(session, query, page + 1)
                rows = source.fetch_rows(session, ids[:page], columns) if ids else []
                return query, ids, rows

        def show_all(result: tuple[ListQuery, list[int], list[R]]) -> None:
            self._show(*result, keep=keep)

        def show_first(result: tuple[ListQuery, list[int], list[R]]) -> None:
            found_query, ids, rows = result
            if len(ids) <= page:
                self._show(found_query, ids, rows, keep=keep)  # the whole list already
                return
            self._show_first(ids[:page], rows, keep)
            self._pending_full = lambda: self.latest_full.run(fetch_all, show_all)
            self._full_timer.start(FULL_LIST_DELAY_MS)

        if not source.paged:
            self.latest.run(fetch_all, show_all)
        else:
            self.latest.run(fetch_first, show_first)

    def _run_full(self) -> None:
        if self._pending_full is not None:
            pending, self._pending_full = self._pending_full, None
            pending()

    def complete(self) -> bool:
        """Whether the whole list is on show (not only its first page)."""
        return not (self.latest.busy() or self.latest_full.busy() or self._full_timer.isActive())

    def _show_first(self, ids: list[int], rows: list[R], keep: int | None) -> None:
        """The first page of a long list, before its length is known."""
        self.model.set_ids(ids, rows)
        self.first_pages += 1
        self.stack.setCurrentWidget(self.view)
        self.count_label.setText(QCoreApplication.translate("lists", "Counting…"))
        if keep is not None:
            self.select_id(keep)
        self._update_buttons()

    def refresh(self) -> None:
        """Query again, keeping the selection (after a change made elsewhere, an undo …)."""
        self.reload()

    def _show(self, query: ListQuery, ids: list[int], first: list[R], keep: int | None) -> None:
        self.model.set_ids(ids, first)
        self.loads += 1
        if ids:
            self.stack.setCurrentWidget(self.view)
        elif query.is_filtered(self.fixed):
            self.stack.setCurrentWidget(self.empty_matches)
        else:
            self.stack.setCurrentWidget(self.empty_none)
        self._update_count()
        if keep is not None:
            self.select_id(keep)
        self._update_buttons()
        self.loaded.emit()

    def _fetch_rows(self, ids: Any) -> list[R]:
        # A page of rows for what is on screen: one quick indexed query on the GUI thread.
        columns = frozenset(self.current_query().columns)
        with self.services.db.reading() as session:
            return self.spec.source.fetch_rows(session, ids, columns)

    def clear_search_and_filters(self) -> None:
        for combo in self.filter_combos.values():
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.flush()
        self.search.blockSignals(False)
        self.reload()

    def set_filter(self, key: str, index: int) -> None:
        """Choose option ``index`` of filter ``key`` (0 is "All")."""
        self.filter_combos[key].setCurrentIndex(index)

    # --- selection --------------------------------------------------------------------------

    def row_count(self) -> int:
        return self.model.rowCount()

    def current_id(self) -> int | None:
        index = self.view.currentIndex()
        if index.isValid() and self.view.selectionModel().isRowSelected(index.row()):
            return self.model.id_at(index.row())
        rows = self.view.selectionModel().selectedRows()
        return self.model.id_at(rows[0].row()) if rows else None

    def selected_ids(self) -> list[int]:
        rows = sorted(index.row() for index in self.view.selectionModel().selectedRows())
        return [self.model.id_at(r) for r in rows]

    def select_id(self, record_id: int) -> bool:
        row = self.model.row_of(record_id)
        if row is None:
            return False
        self.select_row(row)
        return True

    def select_row(self, row: int) -> None:
        # Through the selection model: the view's selectRow() goes by what is laid out, and
        # a list still hidden (another tab, the empty state) has nothing laid out yet.
        index = self.model.index(row, 0)
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.view.selectionModel().setCurrentIndex(index, flags)
        self.view.scrollTo(index)

    def _update_buttons(self) -> None:
        has = self.current_id() is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)
        self.restore_button.setVisible(bool(self.last_deleted))
        if self._extra:
            rows = self.selected_rows() if has else []
            for _text, button, needs in self._extra:
                button.setEnabled(bool(rows) and (needs is None or needs(rows)))
        notify_actions(self)

    def _update_count(self) -> None:
        n = self.model.rowCount()
        if n == 1:
            text = tr(self.spec.count_one)
        else:
            text = tr(self.spec.count_many).replace("%1", f"{n:,}")
        self.count_label.setText(text)
        self.view.setAccessibleDescription(text)

    # --- actions ----------------------------------------------------------------------------

    def presets(self) -> dict[str, Any]:
        """Field values a new record of this list starts with (its fixed filters)."""
        names = {f.name for f in self.services.service(self.spec.entity).fields}
        return {k: v for k, v in self.fixed.items() if k in names}

    def new_record(self) -> RecordEditor:
        presets = self.presets()
        self.editor = open_editor(
            self,
            self.services,
            self.spec.entity,
            presets=presets,
            locked=presets,
            on_saved=self._created,
        )
        return self.editor

    def edit_record(self, record_id: int) -> RecordEditor:
        self.editor = open_editor(
            self,
            self.services,
            self.spec.entity,
            record_id,
            locked=self.presets(),
            on_saved=self._saved,
        )
        return self.editor

    def edit_current(self) -> None:
        record_id = self.current_id()
        if record_id is not None:
            self.edit_record(record_id)

    def open_current(self) -> None:
        record_id = self.current_id()
        if record_id is not None:
            self.opener(record_id)

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.opener(self.model.id_at(index.row()))

    def _created(self, record_id: int) -> None:
        self.on_created(record_id)

    def _saved(self, record_id: int) -> None:
        self.reload(select=record_id)
        self.changed.emit()

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        if len(ids) == 1:
            row = self.model.row_of(ids[0])
            name = str(self.model.data(self.model.index(row or 0, 0)) or "")
            question = QCoreApplication.translate("lists", "Move “%1” to the Trash?").replace(
                "%1", name
            )
        else:
            question = QCoreApplication.translate("lists", "Move %1 records to the Trash?").replace(
                "%1", f"{len(ids):,}"
            )
        if not messages.confirm(
            self,
            question,
            title=QCoreApplication.translate("lists", "Delete"),
            ok_text=QCoreApplication.translate("lists", "Move to Trash"),
            default=False,
        ):
            return
        service = self.services.service(self.spec.entity)

        def job(_task: object) -> list[int]:
            for record_id in ids:
                service.delete(record_id)
            return ids

        def done(deleted: list[int]) -> None:
            self.last_deleted = deleted
            self.reload()
            self.changed.emit()

        run_in_background(
            self, job, on_success=done, title=QCoreApplication.translate("lists", "Deleting")
        )

    def restore_deleted(self) -> None:
        """Bring back what was deleted last from this list (also in the Trash and Ctrl+Z)."""
        ids = list(self.last_deleted)
        if not ids:
            return
        service = self.services.service(self.spec.entity)

        def job(_task: object) -> list[int]:
            for record_id in ids:
                service.restore(record_id)
            return ids

        def done(restored: list[int]) -> None:
            self.last_deleted = []
            self.reload(select=restored[0])
            self.changed.emit()

        run_in_background(
            self, job, on_success=done, title=QCoreApplication.translate("lists", "Restoring")
        )

    # --- PageActions ------------------------------------------------------------------------

    def supported_actions(self) -> set[str]:
        names = {"new", "refresh"}
        if self.current_id() is not None:
            names |= {"edit", "delete"}
        if not self.compact:
            names.add("find")
        return names

    def trigger_action(self, name: str) -> None:
        actions: dict[str, Callable[[], object]] = {
            "new": self.new_record,
            "edit": self.edit_current,
            "delete": self.delete_selected,
            "refresh": self.reload,
            "find": self.search.focus_search,
        }
        if name in actions:
            actions[name]()

    # --- menus and keys ---------------------------------------------------------------------

    def set_column_visible(self, key: str, visible: bool) -> None:
        header = self.view.horizontalHeader()
        index = self.model.column_index(key)
        shown = [i for i in range(header.count()) if not header.isSectionHidden(i)]
        if not visible and shown == [index]:
            return  # the last visible column stays
        header.setSectionHidden(index, not visible)
        self._layout_changed()
        if visible:
            self.model.invalidate()  # its figures may not have been read yet

    def column_visible(self, key: str) -> bool:
        return not self.view.horizontalHeader().isSectionHidden(self.model.column_index(key))

    def _column_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        for column in self.spec.columns:
            action = QAction(column.header(), menu)
            action.setCheckable(True)
            action.setChecked(self.column_visible(column.key))
            action.toggled.connect(lambda on, k=column.key: self.set_column_visible(k, on))
            menu.addAction(action)
        menu.popup(self.view.horizontalHeader().mapToGlobal(pos))

    def _row_menu(self, pos: QPoint) -> None:
        if self.current_id() is None:
            return
        menu = QMenu(self)
        menu.addAction(
            icon("external-link"), QCoreApplication.translate("lists", "Open"), self.open_current
        )
        menu.addAction(
            icon("pencil"), QCoreApplication.translate("lists", "Edit"), self.edit_current
        )
        menu.addSeparator()
        menu.addAction(
            icon("trash-2"),
            QCoreApplication.translate("lists", "Move to Trash"),
            self.delete_selected,
        )
        menu.popup(self.view.viewport().mapToGlobal(pos))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view and isinstance(event, QKeyEvent):
            keys = {
                Qt.Key.Key_Return: self.open_current,
                Qt.Key.Key_Enter: self.open_current,
                Qt.Key.Key_F2: self.edit_current,
                Qt.Key.Key_Delete: self.delete_selected,
            }
            plain = event.modifiers() in (
                Qt.KeyboardModifier.NoModifier,
                Qt.KeyboardModifier.KeypadModifier,
            )
            action = keys.get(Qt.Key(event.key())) if plain else None
            if action is not None:
                if event.type() == QEvent.Type.ShortcutOverride:
                    # The table takes these keys itself, before the window's shortcuts.
                    event.accept()
                    return True
                if event.type() == QEvent.Type.KeyPress:
                    action()
                    return True
        return super().eventFilter(watched, event)

    # --- language ---------------------------------------------------------------------------

    def retranslate(self) -> None:
        for spec_filter in self.spec.filters:
            combo = self.filter_combos.get(spec_filter.key)
            if combo is None:
                continue
            # No label beside the box: its first entry names it ("Status: all").
            combo.setAccessibleName(tr(spec_filter.title))
            combo.setToolTip(tr(spec_filter.title))
            index = combo.currentIndex()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(
                QCoreApplication.translate("lists", "%1: all").replace("%1", tr(spec_filter.title))
            )
            for label, _arguments in spec_filter.options():
                combo.addItem(label)
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)
        new_text = (
            tr(self.spec.new_text)
            if self.spec.new_text
            else QCoreApplication.translate("lists", "New")
        )
        for button, text, tip in (
            (
                self.new_button,
                new_text,
                QCoreApplication.translate("lists", "Add a record (Ctrl+N)"),
            ),
            (
                self.edit_button,
                QCoreApplication.translate("lists", "Edit"),
                QCoreApplication.translate("lists", "Edit the selected record (F2)"),
            ),
            (
                self.delete_button,
                QCoreApplication.translate("lists", "Delete"),
                QCoreApplication.translate("lists", "Move the selected records to the Trash (Del)"),
            ),
            (
                self.restore_button,
                QCoreApplication.translate("lists", "Restore"),
                QCoreApplication.translate("lists", "Bring back what you just deleted"),
            ),
        ):
            button.setText(text)
            button.setToolTip(tip)
            button.setAccessibleName(text)
        self.excel_button.setText(QCoreApplication.translate("lists", "Excel"))
        self.import_list_action.setText(QCoreApplication.translate("lists", "Import from Excel…"))
        self.export_list_action.setText(
            QCoreApplication.translate("lists", "Export the list as shown…")
        )
        for source, button in [(t, b) for t, b, _n in self._extra] + self._commands:
            button.setText(tr(source))
            button.setAccessibleName(tr(source))
        self.empty_none.set_texts(tr(self.spec.empty_title), tr(self.spec.empty_message))
        self.empty_none_action.setText(new_text)
        self.empty_matches.set_texts(
            QCoreApplication.translate("lists", "No matches"),
            QCoreApplication.translate(
                "lists", "Nothing matches the search and the filters chosen."
            ),
        )
        self.clear_action.setText(QCoreApplication.translate("lists", "Clear search and filters"))
        self.view.setAccessibleName(tr(self.spec.count_many).replace("%1", "").strip())
        self.model.retranslate()
        self._update_count()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def hideEvent(self, event: Any) -> None:
        if self._layout_timer.isActive():
            self.save_layout()
        super().hideEvent(event)
