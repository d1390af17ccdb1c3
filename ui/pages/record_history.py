"""A record's history: the audit trail, one line per field changed (who, when, old → new)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Final

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from liaison.enums import Theme
from liaison.rules.dates import format_date
from liaison.rules.money import format_wan, format_yuan
from liaison.services.fields import Field, Kind
from liaison.services.history import Change
from liaison.services.hub import Services
from ui.i18n import QT_TRANSLATE_NOOP
from ui.models.columns import Column, yes_no
from ui.models.lazy_table import LazyTableModel
from ui.pages.latest import Latest
from ui.widgets.empty_state import EmptyState

CONTEXT = "history"

ACTIONS: Final[dict[str, str]] = {
    "create": QT_TRANSLATE_NOOP("history", "Added"),
    "update": QT_TRANSLATE_NOOP("history", "Changed"),
    "delete": QT_TRANSLATE_NOOP("history", "Moved to the Trash"),
    "restore": QT_TRANSLATE_NOOP("history", "Restored"),
    "undo": QT_TRANSLATE_NOOP("history", "Undone"),
    "import": QT_TRANSLATE_NOOP("history", "Imported"),
}
IN_TRASH = QT_TRANSLATE_NOOP("history", "In the Trash")


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


@dataclass(frozen=True, slots=True)
class HistoryLine:
    id: int  # position in the history (the model's rows need an id)
    at: Any
    officer: str | None
    action: str
    field: str
    old: Any
    new: Any


def shown_value(spec: Field | None, value: Any) -> str:
    """A stored value as the audit trail keeps it (JSON), written for the officer."""
    if value is None or value == "":
        return "—"
    if spec is None:
        return str(value)
    kind = spec.kind
    if kind is Kind.MONEY_WAN:
        return format_wan(int(value))
    if kind is Kind.MONEY_YUAN:
        return format_yuan(int(value))
    if kind is Kind.DATE:
        return format_date(date.fromisoformat(value))
    if kind is Kind.BOOL:
        return yes_no(bool(value))
    if kind is Kind.CHOICE and spec.choices is not None:
        member = spec.choices.parse(value)
        return member.label() if member is not None else str(value)
    if kind is Kind.THEMES:
        return "、".join(Theme(t).label() for t in str(value).split(",") if t)
    if kind is Kind.REF:
        return f"#{value}"
    return str(value)


def history_lines(changes: Sequence[Change]) -> list[HistoryLine]:
    """One line per field of each change, newest change first; a change without fields
    still gets one line."""
    lines: list[HistoryLine] = []
    for change in changes:
        fields = change.changes or {"": [None, None]}
        for name, pair in fields.items():
            old, new = (pair[0], pair[1]) if len(pair) == 2 else (None, None)
            lines.append(
                HistoryLine(len(lines), change.at, change.officer, change.action, name, old, new)
            )
    return lines


def _when(line: HistoryLine) -> str:
    local = line.at.astimezone()
    return f"{format_date(local.date())} {local:%H:%M}"


class HistoryTab(QWidget):
    """The audit trail of one record, newest first; refreshed on demand."""

    def __init__(
        self,
        services: Services,
        entity: str,
        record_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.entity = entity
        self.record_id = record_id
        self.fields = {f.name: f for f in services.service(entity).fields}
        self.lines: list[HistoryLine] = []
        columns: tuple[Column[HistoryLine], ...] = (
            Column("when", QT_TRANSLATE_NOOP("columns", "When"), _when, width=170),
            Column("who", QT_TRANSLATE_NOOP("columns", "Who"), lambda r: r.officer, width=110),
            Column(
                "action",
                QT_TRANSLATE_NOOP("columns", "What"),
                lambda r: _tr(ACTIONS.get(r.action, r.action)),
                width=140,
            ),
            Column("field", QT_TRANSLATE_NOOP("columns", "Field"), self._field_name, width=190),
            Column("change", QT_TRANSLATE_NOOP("columns", "Old → new"), self._change),
        )
        self.model: LazyTableModel[HistoryLine] = LazyTableModel(
            columns, lambda ids: [self.lines[i] for i in ids], parent=self
        )
        self.view = QTableView()
        self.view.setObjectName("history")
        self.view.setModel(self.model)
        self.view.setAlternatingRowColors(True)
        self.view.setShowGrid(False)
        self.view.setWordWrap(False)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.view.horizontalHeader()
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for i, column in enumerate(columns):
            if column.width:
                header.resizeSection(i, column.width)
        self.empty = EmptyState("rotate-ccw")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.stack)
        self.retranslate()
        self.latest = Latest(self)
        self.loads = 0
        self.refresh()

    def _field_name(self, line: HistoryLine) -> str:
        if line.field == "deleted_at":
            return _tr(IN_TRASH)
        spec = self.fields.get(line.field)
        return spec.label() if spec is not None else line.field

    def _change(self, line: HistoryLine) -> str:
        if not line.field:
            return ""
        if line.field == "deleted_at":
            return f"{yes_no(line.old is not None)} → {yes_no(line.new is not None)}"
        spec = self.fields.get(line.field)
        if line.action == "create":
            return shown_value(spec, line.new)
        return f"{shown_value(spec, line.old)} → {shown_value(spec, line.new)}"

    def refresh(self) -> None:
        history = self.services.history
        entity, record_id = self.entity, self.record_id
        self.latest.run(lambda: history_lines(history.of(entity, record_id)), self._show)

    def _show(self, lines: list[HistoryLine]) -> None:
        self.lines = lines
        self.model.set_ids([line.id for line in lines])
        self.stack.setCurrentWidget(self.view if lines else self.empty)
        self.loads += 1

    def shown(self) -> list[tuple[str, str, str]]:
        """(what, field, old → new) of each line, as shown (tests)."""

        def cell(row: int, column: int) -> str:
            return str(self.model.data(self.model.index(row, column)))

        return [(cell(r, 2), cell(r, 3), cell(r, 4)) for r in range(self.model.rowCount())]

    def retranslate(self) -> None:
        self.empty.set_texts(
            self.tr("No changes recorded yet"),
            self.tr(
                "Every change made here is listed: what was changed, from what to what, "
                "by whom and when. Records loaded as demo data have no history."
            ),
        )
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
