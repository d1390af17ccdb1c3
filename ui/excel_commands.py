"""The app's Excel commands: File › Import…, Imports…, Export everything…, Templates…, and the
"Export list" / "Import…" buttons of the list pages.

:func:`install` puts the File menu entries into a window once (opening another database only
hands them the new services). :func:`export_list_as_shown` writes a list page's list as the
officer sees it — its search, filters, visible columns in their order and its sort — through the
core's :func:`liaison.excel.export.export_list_ids`; every write runs on the worker with
progress and Cancel, and ends with a message that offers "Open folder".
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from liaison.i18n import language
from liaison.services.fields import Kind
from ui import saving
from ui.icons import icon
from ui.main_window import MainWindow
from ui.models.columns import Column, Format
from ui.pages.list_spec import tr as list_tr
from ui.tasks import Task, run_in_background

# The File menu's entries are installed when a database opens; the Excel machinery behind them
# (openpyxl, the import wizard) is imported when one is used, not before the dashboard fills.
if TYPE_CHECKING:
    from liaison.excel.export import ExportResult, ListColumn
    from liaison.services.hub import Services
    from ui.dialogs.import_wizard import ImportWizard
    from ui.dialogs.imports_history import ImportsDialog

# How each list format is written to a cell; the others are written as the list shows them.
_KINDS: dict[Format, Kind] = {
    Format.TEXT: Kind.TEXT,
    Format.NUMBER: Kind.INT,
    Format.DATE: Kind.DATE,
    Format.MONEY_WAN: Kind.MONEY_WAN,
    Format.MONEY_YUAN: Kind.MONEY_YUAN,
    Format.CHOICE: Kind.CHOICE,
    Format.BOOL: Kind.BOOL,
}


def kind_of_entity(entity: str) -> str | None:
    """The import/export kind whose rows are records of ``entity`` (None: not importable)."""
    from liaison.excel.columns import SHEETS

    return next((kind for kind, spec in SHEETS.items() if spec.entity == entity), None)


def refresh_after_import(widget: QWidget) -> None:
    """Every area page queries again: an import or its undo changed records anywhere."""
    from ui.pages import refresh_pages

    window = widget.window()
    if isinstance(window, MainWindow):
        refresh_pages(window)


def open_import_wizard(
    parent: QWidget, services: Services, kind: str = "enterprises"
) -> ImportWizard:
    from ui.dialogs.import_wizard import ImportWizard

    wizard = ImportWizard(services, parent, kind=kind)
    wizard.imported.connect(lambda _report: refresh_after_import(parent))
    wizard.finished.connect(lambda _result: wizard.deleteLater())
    wizard.open()
    return wizard


def open_imports(parent: QWidget, services: Services) -> ImportsDialog:
    from ui.dialogs.imports_history import ImportsDialog

    dialog = ImportsDialog(services, parent, on_undone=lambda _r: refresh_after_import(parent))
    dialog.finished.connect(lambda _result: dialog.deleteLater())
    dialog.open()
    dialog.reload()
    return dialog


# --- export -----------------------------------------------------------------------------------


def export_everything(parent: QWidget, services: Services, path: str | Path) -> Task[ExportResult]:
    """Write every kind and the indicators to ``path`` as one workbook (on the worker)."""
    from liaison.excel.export import export_workbook

    target, lang, db = Path(path), language(), services.db

    def saved(result: ExportResult) -> None:
        rows = sum(n for kind, n in result.sheets.items() if kind != "indicators")
        text = (
            QCoreApplication.translate("excel", "The whole database (%1 rows) was exported to %2.")
            .replace("%1", f"{rows:,}")
            .replace("%2", str(result.path))
        )
        saving.tell_saved(parent, text, result.path)

    return run_in_background(
        parent,
        lambda task: export_workbook(db, target, lang=lang, progress=task),
        on_success=saved,
        title=QCoreApplication.translate("excel", "Exporting to Excel"),
    )


def ask_export_everything(parent: QWidget, services: Services) -> None:
    suggested = f"liaison-{date.today():%Y-%m-%d}.xlsx"
    saving.ask_save_path(
        parent,
        QCoreApplication.translate("excel", "Export everything"),
        suggested,
        saving.XLSX_FILTER,
        lambda path: export_everything(parent, services, path),
    )


def list_columns(columns: Sequence[Column[Any]], keys: Sequence[str]) -> list[ListColumn]:
    """The columns ``keys`` (in that order) as spreadsheet columns, headed as the list heads
    them in the current language."""
    from liaison.excel.export import ListColumn

    by_key = {c.key: c for c in columns}
    lang = language()
    chosen: list[ListColumn] = []
    for key in keys:
        column = by_key[key]
        kind = _KINDS.get(column.fmt)
        if kind is None or (kind is Kind.CHOICE and column.labels is None):
            # Industry sections, depth …: the text the list shows.
            chosen.append(ListColumn.of_kind(column.header(), column.display, Kind.TEXT, lang=lang))
        else:
            chosen.append(
                ListColumn.of_kind(
                    column.header(), column.value, kind, choices=column.labels, lang=lang
                )
            )
    return chosen


def export_list_as_shown(page: Any, path: str | Path, title: str = "") -> Task[int]:
    """Write ``page``'s list (a :class:`ui.pages.list_page.ListPage`) as shown to ``path``."""
    from liaison.excel.export import export_list_ids

    query = page.current_query()
    source, db, target = page.spec.source, page.services.db, Path(path)
    columns = list_columns(page.spec.columns, query.columns)
    sheet = title or list_tr(page.spec.count_many).replace("%1", "").strip() or page.spec.key

    def job(task: Task[int]) -> int:
        with db.reading() as session:
            ids = source.query_ids(session, query)
        return export_list_ids(db, target, sheet, columns, ids, source.rows, progress=task)

    def saved(count: int) -> None:
        text = (
            QCoreApplication.translate("excel", "%1 rows were exported to %2.")
            .replace("%1", f"{count:,}")
            .replace("%2", str(target))
        )
        saving.tell_saved(page, text, target)

    return run_in_background(
        page, job, on_success=saved, title=QCoreApplication.translate("excel", "Exporting to Excel")
    )


def ask_export_list(page: Any) -> None:
    suggested = f"{page.spec.key}-{date.today():%Y-%m-%d}.xlsx"
    saving.ask_save_path(
        page,
        QCoreApplication.translate("excel", "Export list"),
        suggested,
        saving.XLSX_FILTER,
        lambda path: export_list_as_shown(page, path),
    )


# --- the File menu ----------------------------------------------------------------------------


class ExcelCommands(QObject):
    """The File menu's Excel entries of one window, acting on the database open now."""

    def __init__(self, window: MainWindow, services: Services) -> None:
        super().__init__(window)
        self.setObjectName("excel-commands")
        self.window = window
        self.services = services

        def action(icon_name: str, slot: Callable[[], object]) -> QAction:
            made = QAction(icon(icon_name), "", window)
            made.triggered.connect(lambda _checked=False: slot())
            return made

        self.import_action = action("upload", self.import_file)
        self.import_action.setObjectName("import-excel")
        self.imports_action = action("undo-2", self.show_imports)
        self.export_action = action("download", self.export_everything)
        self.export_action.setObjectName("export-everything")
        self.templates_action = action("file-spreadsheet", self.show_templates)
        menu = window.file_menu
        before = window.settings_action
        menu.insertActions(
            before,
            [self.import_action, self.imports_action, self.export_action, self.templates_action],
        )
        menu.insertSeparator(before)
        window.installEventFilter(self)
        self.retranslate()

    def import_file(self) -> ImportWizard:
        return open_import_wizard(self.window, self.services)

    def show_imports(self) -> ImportsDialog:
        return open_imports(self.window, self.services)

    def export_everything(self) -> None:
        ask_export_everything(self.window, self.services)

    def show_templates(self) -> QWidget:
        from ui.dialogs.templates import TemplatesDialog

        dialog = TemplatesDialog(self.window)
        dialog.finished.connect(lambda _result: dialog.deleteLater())
        dialog.open()
        return dialog

    def retranslate(self) -> None:
        for action, text in (
            (self.import_action, QCoreApplication.translate("excel", "&Import from Excel…")),
            (self.imports_action, QCoreApplication.translate("excel", "Im&ports…")),
            (self.export_action, QCoreApplication.translate("excel", "&Export everything…")),
            (self.templates_action, QCoreApplication.translate("excel", "Import &templates…")),
        ):
            action.setText(text)
            action.setToolTip(text.replace("&", "").rstrip("…"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return super().eventFilter(watched, event)


def install(window: MainWindow, services: Services) -> ExcelCommands:
    """Put the Excel entries into ``window``'s File menu (once); they act on ``services``."""
    found = window.findChild(ExcelCommands, "excel-commands")
    if found is not None:
        found.services = services
        return found
    return ExcelCommands(window, services)
