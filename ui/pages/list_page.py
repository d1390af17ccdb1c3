"""A list page: search as you type, filters, a count, a sortable table, New/Edit/Delete/Restore.

One class serves every area and every list inside a record (a firm's contacts, its visits …);
what differs is an :class:`~ui.pages.list_spec.AreaList`. The ids of the list are queried on
the database worker (the newest query wins, see :mod:`ui.pages.latest`); the table model
fetches the rows on show a page at a time. The column layout (order, widths, hidden columns,
sort) is kept per list in the settings (:mod:`ui.pages.column_layout`).

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
    QPoint,
    QSettings,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QMenu,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from liaison.services.hub import Services
from ui import messages
from ui.dialogs.editor import RecordEditor, open_editor
from ui.icons import icon
from ui.models.lazy_table import HasId, LazyTableModel
from ui.pages.column_layout import ColumnLayout
from ui.pages.latest import Latest
from ui.pages.list_spec import AreaList, ListQuery, tr
from ui.pages.list_table import ListTable
from ui.pages.list_toolbar import ListToolbar, ToolbarSlots
from ui.tasks import run_in_background
from ui.widgets.empty_state import EmptyState
from ui.widgets.search_box import SearchBox

R = TypeVar("R", bound=HasId)

# After a first page, the whole list is read once typing pauses this long.
FULL_LIST_DELAY_MS = 300


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
        # Buttons an area adds that act on the selection, with what they need of the rows.
        self._needs: list[tuple[QToolButton, Callable[[list[R]], bool] | None]] = []

        self.search = SearchBox()
        self.search.search_changed.connect(lambda _text: self.reload())
        self.toolbar = ListToolbar(
            spec,
            self.search,
            ToolbarSlots(
                new=self.new_record,
                edit=self.edit_current,
                delete=self.delete_selected,
                restore=self.restore_deleted,
                import_records=self.import_records,
                export_list=self.export_list,
                filter_changed=self.reload,
            ),
            compact=compact,
        )
        self.filter_combos = self.toolbar.filter_combos
        self.count_label = self.toolbar.count_label
        self.new_button = self.toolbar.new_button
        self.edit_button = self.toolbar.edit_button
        self.delete_button = self.toolbar.delete_button
        self.restore_button = self.toolbar.restore_button
        self.excel_button = self.toolbar.excel_button

        self.model: LazyTableModel[R] = LazyTableModel(spec.columns, self._fetch_rows, parent=self)
        self.view = ListTable()
        self.view.setObjectName(f"table-{self.settings_key}")
        self.view.setModel(self.model)
        self._connect_view()
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
        layout.addLayout(self.toolbar)
        layout.addWidget(self.stack, 1)

        self.layout_keeper = ColumnLayout(
            self.view,
            self.model,
            self.settings,
            self.settings_key,
            default_order=spec.default_order,
            default_descending=spec.default_descending,
            hidden=self.hidden_columns,
        )
        self.model.sort_requested.connect(lambda _key, _desc: self.reload())
        self.retranslate()
        self._update_buttons()
        self.reload()

    # --- building ---------------------------------------------------------------------------

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
        button = self.toolbar.insert(text, icon_name, lambda: handler(self.selected_ids()))
        button.setObjectName(f"action-{icon_name}")
        self._needs.append((button, needs))
        self._update_buttons()
        return button

    def added_actions(self) -> list[QToolButton]:
        """The buttons :meth:`add_action` added, in the order they were added."""
        return [button for button, _needs in self._needs]

    def add_command(self, text: str, icon_name: str, slot: Callable[[], object]) -> QToolButton:
        """A toolbar button that needs no selection ("New major"; ``text``: a "lists" source)."""
        return self.toolbar.insert(text, icon_name, slot)

    def selected_rows(self) -> list[R]:
        rows = sorted(index.row() for index in self.view.selectionModel().selectedRows())
        return [row for r in rows if (row := self.model.row_at(r)) is not None]

    def export_list(self) -> None:
        """Save the list as shown (search, filters, columns, order) as a workbook."""
        from ui.excel_commands import ask_export_list

        ask_export_list(self)

    def import_records(self) -> None:
        from ui.excel_commands import kind_of_entity, open_import_wizard

        open_import_wizard(self, self.services, kind_of_entity(self.spec.entity) or "enterprises")

    def _connect_view(self) -> None:
        view = self.view
        view.customContextMenuRequested.connect(self._row_menu)
        view.doubleClicked.connect(self._open_index)
        view.open_requested.connect(self.open_current)
        view.edit_requested.connect(self.edit_current)
        view.delete_requested.connect(self.delete_selected)
        selection = view.selectionModel()
        selection.selectionChanged.connect(self._update_buttons)
        selection.currentRowChanged.connect(self._update_buttons)

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
        if self._needs:
            rows = self.selected_rows() if has else []
            for button, needs in self._needs:
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
        self.layout_keeper.set_visible(key, visible)

    def column_visible(self, key: str) -> bool:
        return self.layout_keeper.is_visible(key)

    def save_layout(self) -> None:
        self.layout_keeper.save()

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

    # --- language ---------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.toolbar.retranslate()
        self.layout_keeper.fit_dates()
        self.empty_none.set_texts(tr(self.spec.empty_title), tr(self.spec.empty_message))
        self.empty_none_action.setText(self.toolbar.new_text())
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
        self.layout_keeper.save_pending()
        super().hideEvent(event)
