"""The bar above a list: search, the area's filters, the count, record buttons and Excel.

Its texts are translated here (context "lists"); the page tells it what the buttons do. A
compact list (a tab inside a record) shows only the count and the record buttons.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QMenu, QToolButton

from ui.icons import icon
from ui.pages.list_spec import AreaList, tr
from ui.widgets.search_box import SearchBox

FILTER_CHARS = 9  # a filter box shows at least this many characters of its choice
SEARCH_MIN_WIDTH = 150


@dataclass(frozen=True)
class ToolbarSlots:
    """What the page does for each button and when a filter changes."""

    new: Callable[[], object]
    edit: Callable[[], object]
    delete: Callable[[], object]
    restore: Callable[[], object]
    import_records: Callable[[], object]
    export_list: Callable[[], object]
    filter_changed: Callable[[], object]


def tool_button(icon_name: str, slot: Callable[[], object], with_text: bool = True) -> QToolButton:
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


class ListToolbar(QHBoxLayout):
    def __init__(
        self, spec: AreaList[Any], search: SearchBox, slots: ToolbarSlots, *, compact: bool
    ) -> None:
        super().__init__()
        self.spec = spec
        self.search = search
        self.filter_combos: dict[str, QComboBox] = {}
        # Buttons an area adds, with their "lists" text sources.
        self.added: list[tuple[str, QToolButton]] = []
        self.count_label = QLabel()
        self.count_label.setObjectName("ListCount")
        self.new_button = tool_button("plus", slots.new)
        # Icons with tooltips: the toolbar must fit a laptop screen beside the filters.
        self.edit_button = tool_button("pencil", slots.edit, with_text=False)
        self.delete_button = tool_button("trash-2", slots.delete, with_text=False)
        self.restore_button = tool_button("rotate-ccw", slots.restore)
        self.excel_button, self.import_action, self.export_action = self._excel_button(slots)

        self.setSpacing(8)
        if not compact:
            # Narrow enough for a 1366-pixel laptop screen with the navigation beside it.
            search.setMinimumWidth(SEARCH_MIN_WIDTH)
            self.addWidget(search, 2)
            for spec_filter in spec.filters:
                combo = QComboBox()
                combo.setObjectName(f"filter-{spec_filter.key}")
                # Compact in the toolbar; the list that drops down shows the full names.
                combo.setSizeAdjustPolicy(
                    QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
                )
                combo.setMinimumContentsLength(FILTER_CHARS)
                combo.view().setMinimumWidth(320)
                combo.currentIndexChanged.connect(lambda _i: slots.filter_changed())
                self.filter_combos[spec_filter.key] = combo
                self.addWidget(combo, 1)
        else:
            search.hide()
        self.addStretch(1)
        self.addWidget(self.count_label)
        for button in (self.new_button, self.edit_button, self.delete_button, self.restore_button):
            self.addWidget(button)
        self.addWidget(self.excel_button)
        if compact:  # (never setVisible(True) here: the bar has no parent widget yet)
            self.excel_button.hide()

    def _excel_button(self, slots: ToolbarSlots) -> tuple[QToolButton, QAction, QAction]:
        """Excel: import records of this list's kind, export the list as shown."""
        button = QToolButton()
        button.setObjectName("excel-menu")
        button.setIcon(icon("file-spreadsheet"))
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setAutoRaise(True)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(button)
        import_action = menu.addAction(icon("upload"), "", slots.import_records)
        export_action = menu.addAction(icon("download"), "", slots.export_list)
        button.setMenu(menu)

        def offer_import() -> None:
            # Asked when the menu opens, not when the list is made: knowing the import kinds
            # loads the Excel code (openpyxl, ~130 ms), which opening a list must not pay.
            from ui.excel_commands import kind_of_entity

            import_action.setVisible(kind_of_entity(self.spec.entity) is not None)

        menu.aboutToShow.connect(offer_import)
        return button, import_action, export_action

    def insert(self, text: str, icon_name: str, slot: Callable[[], object]) -> QToolButton:
        """A button of the area's own, before New (``text``: a "lists" source)."""
        button = tool_button(icon_name, slot)
        self.insertWidget(self.indexOf(self.new_button), button)
        self.added.append((text, button))
        self._name(text, button)
        return button

    @staticmethod
    def _name(source: str, button: QToolButton) -> None:
        button.setText(tr(source))
        button.setAccessibleName(tr(source))

    def new_text(self) -> str:
        if self.spec.new_text:
            return tr(self.spec.new_text)
        return QCoreApplication.translate("lists", "New")

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
        for button, text, tip in (
            (
                self.new_button,
                self.new_text(),
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
        self.import_action.setText(QCoreApplication.translate("lists", "Import from Excel…"))
        self.export_action.setText(QCoreApplication.translate("lists", "Export the list as shown…"))
        for source, button in self.added:
            self._name(source, button)
