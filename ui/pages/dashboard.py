"""The dashboard: this year's figures against last year's, what needs attention, four charts.

Everything is computed on the database worker (:mod:`liaison.dashboard`); the page keeps
the last answer and redraws it in the current language and theme without asking again.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QColor, QFont, QShowEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from liaison.enums import EnterpriseStatus, SizeClass
from liaison.rules.dates import format_date
from liaison.rules.industry import SECTIONS, section_name
from liaison.rules.money import fen_to_wan, format_number
from liaison.tasks import Progress
from ui import theme
from ui.icons import icon
from ui.lifetime import while_alive
from ui.pages import dashboard_charts as charts
from ui.preferences import Preferences
from ui.tasks import run_in_background
from ui.widgets.card import Card
from ui.widgets.empty_state import EmptyState

if TYPE_CHECKING:
    from liaison.dashboard import DashboardData, Figure
    from liaison.reminders import Reminders
    from liaison.services.hub import Services

RECORD_ROLE = Qt.ItemDataRole.UserRole
REMINDERS_PER_GROUP = 50  # the rest is counted, not listed: a long list helps nobody
INDUSTRY_BARS = 8


def wan(fen: int) -> str:
    """An amount of fen in 万元 with two places, as the funds card shows it."""
    return format_number(fen_to_wan(fen), 2)


class DashboardPage(QWidget):
    """``refreshed`` fires each time new figures are on screen."""

    refreshed = Signal()

    def __init__(
        self,
        services: Services,
        prefs: Preferences,
        *,
        open_record: Callable[[str, int], None],
        show_area: Callable[[str], None],
        try_demo: Callable[[], None] | None = None,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("DashboardPage")
        self.services = services
        self.prefs = prefs
        self.open_record = open_record
        self.show_area = show_area
        self.today = today
        self.data: DashboardData | None = None
        self.loading = False
        self._stale = False
        self._again = False

        self.empty = EmptyState("layout-dashboard")
        self.empty.add_action("", lambda: show_area("enterprises"), "building-2")
        if try_demo is not None:
            self.empty.add_action("", try_demo, "lightbulb")
        self.content = QWidget()
        self.content.setObjectName("DashboardContent")
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.content)
        self.stack = QStackedWidget()
        self.stack.addWidget(scroll)
        self.stack.addWidget(self.empty)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)

        # header
        self.title = QLabel()
        self.title.setObjectName("PageTitle")
        self.title.setStyleSheet("font-size: 18pt; font-weight: 600;")
        self.period = QLabel()
        self.period.setObjectName("DashboardPeriod")
        self.status = QLabel()
        self.refresh_button = QPushButton(icon("refresh-cw"), "")
        self.refresh_button.clicked.connect(self.refresh)
        heading = QVBoxLayout()
        heading.setSpacing(0)
        heading.addWidget(self.title)
        heading.addWidget(self.period)
        header = QHBoxLayout()
        header.addLayout(heading)
        header.addStretch(1)
        header.addWidget(self.status)
        header.addWidget(self.refresh_button)

        # cards
        self.cards: dict[str, Card] = {}
        card_grid = QGridLayout()
        card_grid.setSpacing(12)
        targets = {
            "partners": "enterprises",
            "agreements": "agreements",
            "students": "students",
            "projects": "projects",
            "funds": "projects",
            "graduates": "graduates",
        }
        for index, (key, area) in enumerate(targets.items()):
            card = Card()
            card.setObjectName(f"card-{key}")
            card.clicked.connect(lambda a=area: self.show_area(a))
            self.cards[key] = card
            card_grid.addWidget(card, index // 3, index % 3)
        self.partner_status = QLabel()
        self.partner_sizes = QLabel()
        for label in (self.partner_status, self.partner_sizes):
            label.setObjectName("CardDetail")
            label.setWordWrap(True)
            label.setStyleSheet(f"color: {theme.colours().muted_text};")
            # Inserted above the card's closing stretch.
            partners_layout = self.cards["partners"].layout()
            assert isinstance(partners_layout, QVBoxLayout)
            partners_layout.insertWidget(partners_layout.count() - 1, label)

        # charts
        self.size_chart = charts.ChartCard()
        self.industry_chart = charts.ChartCard()
        self.funds_chart = charts.ChartCard()
        self.majors_chart = charts.ChartCard()
        chart_grid = QGridLayout()
        chart_grid.setSpacing(12)
        chart_grid.addWidget(self.size_chart, 0, 0)
        chart_grid.addWidget(self.industry_chart, 0, 1)
        chart_grid.addWidget(self.funds_chart, 1, 0)
        chart_grid.addWidget(self.majors_chart, 1, 1)
        chart_grid.setColumnStretch(0, 1)
        chart_grid.setColumnStretch(1, 1)

        # reminders
        self.reminders_title = QLabel()
        self.reminders_title.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.reminders = QTreeWidget()
        self.reminders.setObjectName("Reminders")
        self.reminders.setColumnCount(2)
        self.reminders.setHeaderHidden(True)
        self.reminders.setMinimumWidth(300)
        self.reminders.setMinimumHeight(420)
        self.reminders.setUniformRowHeights(True)
        # A laptop-sized window leaves the panel narrow: a smaller indent leaves the names room.
        self.reminders.setIndentation(14)
        self.reminders.itemActivated.connect(self._open_reminder)
        side = QVBoxLayout()
        side.addWidget(self.reminders_title)
        side.addWidget(self.reminders, 1)

        main_column = QVBoxLayout()
        main_column.setSpacing(16)
        main_column.addLayout(card_grid)
        main_column.addLayout(chart_grid)
        main_column.addStretch(1)
        body = QHBoxLayout()
        body.setSpacing(16)
        body.addLayout(main_column, 5)
        body.addLayout(side, 3)
        layout = QVBoxLayout(self.content)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(14)
        layout.addLayout(header)
        layout.addLayout(body, 1)

        theme.theme_changed().connect(self._retheme)
        self.retranslate()

    # PageActions
    def supported_actions(self) -> Collection[str]:
        return {"refresh"}

    def trigger_action(self, name: str) -> None:
        if name == "refresh":
            self.refresh()

    # data
    def refresh(self) -> None:
        """Compute the figures again on the worker; the old ones stay until the new arrive.

        A dashboard out of sight only notes that it is out of date and computes when next
        shown: at 100,000 firms the figures take seconds of the one database worker.
        """
        if not self.isVisible():
            self._stale = True
            return
        if self.loading:
            self._again = True  # something changed while computing: once more afterwards
            return
        from liaison.dashboard import gather

        self.loading = True
        self._stale = False
        self._show_status()
        services, today, horizons = self.services, self.today(), self.prefs.horizons()

        def job(_progress: Progress) -> DashboardData:
            with services.db.reading() as session:
                return gather(session, today, horizons)

        run_in_background(
            self,
            job,
            on_success=while_alive(self, self.show_data),
            on_failure=while_alive(self, lambda _error: self._done_loading()),
            with_progress=False,
        )

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale and not self.loading:
            self.refresh()

    def _done_loading(self) -> None:
        self.loading = False
        self._show_status()
        if self._again:
            self._again = False
            self.refresh()

    def show_data(self, data: DashboardData) -> None:
        self.data = data
        self._render()
        self._done_loading()
        self.refreshed.emit()

    # drawing
    def _render(self) -> None:
        data = self.data
        if data is None:
            return
        if data.enterprises == 0:
            self.stack.setCurrentWidget(self.empty)
            return
        self.stack.setCurrentIndex(0)
        start = date(data.today.year, 1, 1)
        self.period.setText(
            self.tr("%1 – %2, compared with the same days last year")
            .replace("%1", format_date(start))
            .replace("%2", format_date(data.today))
        )
        self._render_cards(data)
        self._render_reminders(data.reminders)
        self._render_charts(data)

    def _render_cards(self, data: DashboardData) -> None:
        figures: dict[str, Figure] = {
            "agreements": data.agreements,
            "students": data.students_placed,
            "projects": data.projects_running,
            "graduates": data.graduates_employed,
        }
        self.cards["partners"].set_value(data.partners)
        for key, figure in figures.items():
            self.cards[key].set_value(figure.value, figure.previous)
        funds = data.funds_received_fen
        self.cards["funds"].set_value(funds.value, funds.previous, wan)
        self.partner_status.setText(
            " · ".join(
                f"{status.label()} {data.enterprises_by_status.get(status.value, 0):,}"
                for status in EnterpriseStatus
                if status is not EnterpriseStatus.ACTIVE
            )
        )
        self.partner_sizes.setText(
            " · ".join(
                f"{size.label()} {data.partners_by_size.get(size.value, 0):,}"
                for size in SizeClass
                if data.partners_by_size.get(size.value, 0)
            )
        )

    def _render_charts(self, data: DashboardData) -> None:
        charts.pie(
            self.size_chart,
            self.tr("Partners by size class"),
            [(size.label(), data.partners_by_size.get(size.value, 0)) for size in SizeClass],
        )
        ranked = sorted(data.partners_by_industry.items(), key=lambda kv: (-kv[1], kv[0] or "~"))
        shown = ranked[:INDUSTRY_BARS]
        rest = sum(count for _section, count in ranked[INDUSTRY_BARS:])
        rows = [(self._industry(section), count) for section, count in shown]
        if rest:
            rows.append((self.tr("Other industries"), rest))
        charts.horizontal_bars(
            self.industry_chart, self.tr("Partners by industry"), rows, self.tr("Partners")
        )
        # Month numbers: twelve names do not fit under the bars of a card-sized chart.
        months = [QLocale().toString(m) for m in range(1, 13)]
        year = data.today.year
        charts.grouped_bars(
            self.funds_chart,
            self.tr("Funds received by month (10k CNY)"),
            months,
            [
                (str(year), [fen_to_wan(f) for f in data.funds_by_month]),
                (str(year - 1), [fen_to_wan(f) for f in data.funds_by_month_previous]),
            ],
        )
        majors = sorted(data.placements_by_major.items(), key=lambda kv: (-kv[1], kv[0] or "~"))
        charts.horizontal_bars(
            self.majors_chart,
            self.tr("Students on placement by major"),
            [(name or self.tr("No major"), count) for name, count in majors[:10]],
            self.tr("Students"),
        )

    def _industry(self, section: str | None) -> str:
        if section is None or section not in SECTIONS:
            return self.tr("Industry not given")
        return section_name(section)

    def _render_reminders(self, found: Reminders) -> None:
        tree = self.reminders
        tree.clear()
        bold = QFont(tree.font())
        bold.setBold(True)
        negative = theme.colours().negative
        groups: list[tuple[str, str, list[tuple[str, str, str, int, bool]]]] = [
            (
                self.tr("Follow-ups overdue (%1)"),
                "alert-triangle",
                [
                    (
                        f"{f.enterprise_name}: {f.action or f.summary}",
                        self.tr("Due %1").replace("%1", format_date(f.due)),
                        f.entity,
                        f.id,
                        True,
                    )
                    for f in found.follow_ups_overdue
                ],
            ),
            (
                self.tr("Follow-ups due soon (%1)"),
                "calendar",
                [
                    (
                        f"{f.enterprise_name}: {f.action or f.summary}",
                        self.tr("Due today")
                        if f.days_overdue == 0
                        else self.tr("Due %1").replace("%1", format_date(f.due)),
                        f.entity,
                        f.id,
                        False,
                    )
                    for f in found.follow_ups_due_soon
                ],
            ),
            (
                self.tr("Agreements ending soon (%1)"),
                "file-signature",
                [
                    (
                        f"{a.number} {a.enterprise_name}",
                        self.tr("Ends %1").replace("%1", format_date(a.end_date)),
                        a.entity,
                        a.id,
                        False,
                    )
                    for a in found.agreements_ending
                ],
            ),
            (
                self.tr("Milestones overdue (%1)"),
                "flask-conical",
                [
                    (
                        f"{m.title} — {m.project_title}",
                        self.tr("Was due %1").replace("%1", format_date(m.due)),
                        "project",
                        m.project_id,
                        True,
                    )
                    for m in found.milestones_overdue
                ],
            ),
            (
                self.tr("Partners not contacted lately (%1)"),
                "phone",
                [
                    (
                        p.name,
                        self.tr("Never contacted")
                        if p.last_contact is None
                        else self.tr("Last contact %1").replace("%1", format_date(p.last_contact)),
                        p.entity,
                        p.id,
                        False,
                    )
                    for p in found.silent_partners
                ],
            ),
        ]
        for title, icon_name, rows in groups:
            group = QTreeWidgetItem([title.replace("%1", f"{len(rows):,}"), ""])
            group.setIcon(0, icon(icon_name))
            group.setFont(0, bold)
            tree.addTopLevelItem(group)
            # The group's title is read across the panel, not cut at the dates' column.
            group.setFirstColumnSpanned(True)
            for text, when, entity, record_id, urgent in rows[:REMINDERS_PER_GROUP]:
                item = QTreeWidgetItem([text, when])
                item.setData(0, RECORD_ROLE, (entity, record_id))
                item.setToolTip(0, text)
                if urgent:
                    item.setForeground(1, QColor(negative))
                group.addChild(item)
            if len(rows) > REMINDERS_PER_GROUP:
                more = QTreeWidgetItem(
                    [self.tr("… and %1 more").replace("%1", f"{len(rows) - REMINDERS_PER_GROUP:,}")]
                )
                more.setFlags(Qt.ItemFlag.ItemIsEnabled)
                group.addChild(more)
            group.setExpanded(bool(rows) and len(rows) <= REMINDERS_PER_GROUP * 2)
        tree.resizeColumnToContents(1)
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, header.ResizeMode.Stretch)
        header.setSectionResizeMode(1, header.ResizeMode.ResizeToContents)

    def reminder_items(self) -> list[QTreeWidgetItem]:
        """Every reminder that opens a record, in the order shown."""
        found = []
        for g in range(self.reminders.topLevelItemCount()):
            group = self.reminders.topLevelItem(g)
            assert group is not None
            for c in range(group.childCount()):
                child = group.child(c)
                if child is not None and child.data(0, RECORD_ROLE):
                    found.append(child)
        return found

    def _open_reminder(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        data = item.data(0, RECORD_ROLE)
        if data:
            entity, record_id = data
            self.open_record(str(entity), int(record_id))

    def _show_status(self) -> None:
        self.status.setText(self.tr("Updating…") if self.loading else "")
        self.refresh_button.setEnabled(not self.loading)

    def _retheme(self, _scheme: str = "") -> None:
        for view in (self.size_chart, self.industry_chart, self.funds_chart, self.majors_chart):
            view.retheme()
        for label in (self.partner_status, self.partner_sizes):
            label.setStyleSheet(f"color: {theme.colours().muted_text};")
        self.period.setStyleSheet(f"color: {theme.colours().muted_text};")
        if self.data is not None:
            self._render_reminders(self.data.reminders)

    # language
    def retranslate(self) -> None:
        self.title.setText(self.tr("Dashboard"))
        self.reminders_title.setText(self.tr("Needs attention"))
        self.refresh_button.setText(self.tr("Refresh"))
        self.refresh_button.setToolTip(self.tr("Compute the figures again (F5)"))
        titles = {
            "partners": self.tr("Active partners"),
            "agreements": self.tr("Agreements in force"),
            "students": self.tr("Students on placement"),
            "projects": self.tr("Projects under way"),
            "funds": self.tr("Funds received (10k CNY)"),
            "graduates": self.tr("Graduates employed"),
        }
        for key, text in titles.items():
            self.cards[key].set_title(text)
        self.empty.set_texts(
            self.tr("Nothing to sum up yet"),
            self.tr(
                "This database holds no enterprises yet. Add your partner enterprises (or "
                "import them from a spreadsheet) and the dashboard fills in; or look around "
                "the demo database first."
            ),
        )
        buttons = self.empty.buttons()
        buttons[0].setText(self.tr("Go to Enterprises"))
        if len(buttons) > 1:
            buttons[1].setText(self.tr("Open the demo database"))
        self.period.setStyleSheet(f"color: {theme.colours().muted_text};")
        self._show_status()
        self._render()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def value_of(self, card: str) -> str:
        """The figure a card shows (for tests and accessibility checks)."""
        return self.cards[card].figure_label.text()
