"""An enterprise's indicators: its cooperation depth with what it rests on, and this year's
figures beside last year's."""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Final

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from liaison.i18n import text
from liaison.indicators import (
    STRANDS,
    Depth,
    EnterpriseIndicators,
    cooperation_depth,
    describe_depth,
    enterprise_indicators,
    explain_depth,
)
from liaison.rules.dates import format_date
from liaison.rules.money import format_wan
from liaison.services.hub import Services
from ui.i18n import QT_TRANSLATE_NOOP
from ui.models.columns import Column
from ui.models.lazy_table import LazyTableModel
from ui.pages.latest import Latest
from ui.theme import colours

CONTEXT = "indicators"

Figure = Callable[[EnterpriseIndicators], int | Decimal]

# (label, figure, money?) in the order of the college's annual quality report.
FIGURES: Final[tuple[tuple[str, Figure, bool], ...]] = (
    (QT_TRANSLATE_NOOP("indicators", "Field visits"), lambda a: a.visits, False),
    (
        QT_TRANSLATE_NOOP("indicators", "All contacts (visits, calls, meetings …)"),
        lambda a: a.interactions,
        False,
    ),
    (QT_TRANSLATE_NOOP("indicators", "Agreements in force"), lambda a: a.agreements, False),
    (QT_TRANSLATE_NOOP("indicators", "Students placed"), lambda a: a.students_placed, False),
    (
        QT_TRANSLATE_NOOP("indicators", "Student-months of placement"),
        lambda a: a.student_months,
        False,
    ),
    (QT_TRANSLATE_NOOP("indicators", "Apprentices"), lambda a: a.apprentices, False),
    (
        QT_TRANSLATE_NOOP("indicators", "Order-class students"),
        lambda a: a.order_class_students,
        False,
    ),
    (QT_TRANSLATE_NOOP("indicators", "Graduates employed"), lambda a: a.graduates_employed, False),
    (
        QT_TRANSLATE_NOOP("indicators", "… in a field related to their major"),
        lambda a: a.graduates_related_field,
        False,
    ),
    (QT_TRANSLATE_NOOP("indicators", "Joint projects"), lambda a: a.projects, False),
    (QT_TRANSLATE_NOOP("indicators", "Contract value"), lambda a: a.contract_value_fen, True),
    (QT_TRANSLATE_NOOP("indicators", "Funds received"), lambda a: a.funds_received_fen, True),
    (QT_TRANSLATE_NOOP("indicators", "Outcomes"), lambda a: a.outcomes, False),
    (
        QT_TRANSLATE_NOOP("indicators", "Staff training sessions"),
        lambda a: a.training_sessions,
        False,
    ),
    (
        QT_TRANSLATE_NOOP("indicators", "Staff trained (person-times)"),
        lambda a: a.staff_trained,
        False,
    ),
)


def _tr(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


@dataclass(frozen=True, slots=True)
class FigureRow:
    id: int
    label: str  # English source, translated when shown
    this_year: int | Decimal
    last_year: int | Decimal
    money: bool


def written(value: int | Decimal, money: bool) -> str:
    return format_wan(int(value)) if money else f"{value:,}"


def change(row: FigureRow) -> str:
    """▲ 3 / ▼ 1.50 万元 / = against last year."""
    delta: int | Decimal = row.this_year - row.last_year
    if delta == 0:
        return "="
    arrow, size = ("▲", delta) if delta > 0 else ("▼", -delta)
    return f"{arrow} {written(size, row.money)}"


def figure_rows(this: EnterpriseIndicators, last: EnterpriseIndicators) -> list[FigureRow]:
    return [
        FigureRow(i, label, figure(this), figure(last), money)
        for i, (label, figure, money) in enumerate(FIGURES)
    ]


@dataclass(frozen=True)
class Facts:
    """What the tab shows, read in one go on the worker."""

    depth: Depth
    rows: list[FigureRow]
    year: int


def read_facts(services: Services, enterprise_id: int, today: date | None = None) -> Facts:
    day = today or date.today()
    with services.db.reading() as session:
        depth = cooperation_depth(session, enterprise_id, day)
        this = enterprise_indicators(
            session, enterprise_id, date(day.year, 1, 1), date(day.year, 12, 31)
        )
        last = enterprise_indicators(
            session, enterprise_id, date(day.year - 1, 1, 1), date(day.year - 1, 12, 31)
        )
    return Facts(depth, figure_rows(this, last), day.year)


def _tone(row: FigureRow) -> str | None:
    if row.this_year > row.last_year:
        return "positive"
    if row.this_year < row.last_year:
        return "negative"
    return None


class IndicatorsTab(QWidget):
    def __init__(
        self, services: Services, enterprise_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.enterprise_id = enterprise_id
        self.facts: Facts | None = None
        self.depth_label = QLabel()
        self.depth_label.setObjectName("depth-level")
        font = QFont(self.depth_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.depth_label.setFont(font)
        self.strands_label = QLabel()
        self.strands_label.setTextFormat(Qt.TextFormat.RichText)
        self.reasons_label = QLabel()
        self.reasons_label.setObjectName("depth-reasons")
        self.reasons_label.setWordWrap(True)
        self.reasons_label.setTextFormat(Qt.TextFormat.RichText)
        self.reasons_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.rows: list[FigureRow] = []
        self.model: LazyTableModel[FigureRow] = LazyTableModel(
            self._columns(date.today().year), lambda ids: [self.rows[i] for i in ids], parent=self
        )
        self.view = QTableView()
        self.view.setObjectName("figures")
        self.view.setModel(self.model)
        self.view.setAlternatingRowColors(True)
        self.view.setShowGrid(False)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.view.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.resizeSection(0, 320)
        for section in (1, 2, 3):
            header.resizeSection(section, 170)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 12, 4, 0)
        layout.setSpacing(8)
        layout.addWidget(self.depth_label)
        layout.addWidget(self.strands_label)
        layout.addWidget(self.reasons_label)
        layout.addWidget(self.view, 1)
        self.latest = Latest(self)
        self.loads = 0
        self.refresh()

    def _columns(self, year: int) -> tuple[Column[FigureRow], ...]:
        right = Qt.AlignmentFlag.AlignRight
        return (
            Column("figure", QT_TRANSLATE_NOOP("columns", "Figure"), lambda r: _tr(r.label)),
            # A year is the same in both languages: shown as the header text itself.
            Column("this_year", str(year), lambda r: written(r.this_year, r.money), align=right),
            Column(
                "last_year", str(year - 1), lambda r: written(r.last_year, r.money), align=right
            ),
            Column(
                "change",
                QT_TRANSLATE_NOOP("columns", "Change"),
                change,
                align=right,
                tone=_tone,
            ),
        )

    def refresh(self) -> None:
        services, enterprise_id = self.services, self.enterprise_id
        self.latest.run(lambda: read_facts(services, enterprise_id), self._show)

    def _show(self, facts: Facts) -> None:
        self.facts = facts
        self.rows = facts.rows
        self.model.columns = self._columns(facts.year)
        self.model.set_ids([row.id for row in facts.rows])
        self.loads += 1
        self.retranslate()

    def retranslate(self) -> None:
        self.depth_label.setToolTip(explain_depth())
        self.reasons_label.setToolTip(explain_depth())
        if self.facts is None:
            return
        depth = self.facts.depth
        self.depth_label.setText(
            QCoreApplication.translate("indicators", "Cooperation depth: %1 · %2")
            .replace("%1", str(depth.level))
            .replace("%2", text(f"depth.level.{depth.level}"))
        )
        c = colours()
        marks = []
        for strand in STRANDS:
            on = depth.strands[strand]
            colour = c.positive if on else c.muted_text
            marks.append(
                f'<span style="color:{colour}">{"✓" if on else "○"} '
                f"{html.escape(text(f'depth.strand.{strand}'))}</span>"
            )
        self.strands_label.setText("&nbsp;&nbsp;&nbsp;".join(marks))
        # The reasons were written in the language of the moment they were read: write them
        # again in the current one from the same facts.
        reasons = self.reasons()
        window = (
            QCoreApplication.translate("indicators", "What it rests on, %1 to %2:")
            .replace("%1", format_date(depth.window_start))
            .replace("%2", format_date(depth.as_of))
        )
        items = "".join(f"<li>{html.escape(reason)}</li>" for reason in reasons)
        self.reasons_label.setText(f"{html.escape(window)}<ul>{items}</ul>")
        self.model.retranslate()

    def reasons(self) -> list[str]:
        """The reasons the depth rests on, in the current language (tests)."""
        if self.facts is None:
            return []
        depth = self.facts.depth
        return describe_depth(depth.facts, depth.as_of).reasons

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
