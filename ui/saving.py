"""Where a file the app writes goes, and what the officer is told once it is written.

``ask_save_path`` and ``open_folder`` are module-level seams: tests replace them, so no test
waits on a file dialog or starts a file manager. ``tell_saved`` says where the file went and
offers "Open folder" without blocking (window-modal, answered through a signal).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from ui import messages
from ui.file_dialogs import choose_path

XLSX_FILTER = "Excel (*.xlsx)"
PDF_FILTER = "PDF (*.pdf)"


def ask_save_path(
    parent: QWidget | None,
    title: str,
    suggested: str,
    name_filter: str,
    on_chosen: Callable[[str], object],
) -> None:
    """Ask where to save (``suggested``: a file name or a path); ``on_chosen(path)`` runs
    only when the officer picks one."""
    suffix = name_filter.rsplit("*.", 1)[-1].rstrip(")") if "*." in name_filter else ""
    choose_path(
        parent,
        title,
        on_chosen,
        mode="save",
        name_filter=name_filter,
        directory=suggested,
        default_suffix=suffix,
    )


def ask_open_path(
    parent: QWidget | None, title: str, name_filter: str, on_chosen: Callable[[str], object]
) -> None:
    """Ask for an existing file; ``on_chosen(path)`` runs only when the officer picks one."""
    choose_path(parent, title, on_chosen, mode="open", name_filter=name_filter)


def open_folder(path: Path) -> bool:
    """Show the folder holding ``path`` in the system's file manager."""
    folder = path if path.is_dir() else path.parent
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def tell_saved(parent: QWidget | None, text: str, path: Path) -> QMessageBox | None:
    """Say ``text`` (where the file went) with an "Open folder" button; returns the box shown
    (None while dialogs are suppressed: the text is only recorded)."""
    if messages.dialogs_suppressed():
        messages.show_info(parent, text)
        return None
    box = QMessageBox(
        QMessageBox.Icon.Information,
        QCoreApplication.translate("saving", "Saved"),
        text,
        parent=parent,
    )
    folder = box.addButton(
        QCoreApplication.translate("saving", "Open folder"), QMessageBox.ButtonRole.ActionRole
    )
    box.addButton(QMessageBox.StandardButton.Close)
    box.buttonClicked.connect(lambda button: open_folder(path) if button is folder else None)
    box.finished.connect(lambda _result: box.deleteLater())
    box.open()
    return box
