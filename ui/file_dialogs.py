"""File and folder pickers that never block: the answer arrives through a callback.

A static ``QFileDialog.getOpenFileName`` runs its own event loop until the officer answers,
which a test cannot drive; these open the dialog window-modal and return it, so a test can
answer it (``dialog.fileSelected.emit(path)``) and the app keeps painting meanwhile.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

Mode = Literal["open", "save", "folder"]
CONTEXT = "file_dialogs"


def database_filter() -> str:
    """The file-type choices for picking a database, in the current language."""
    return ";;".join(
        (
            QCoreApplication.translate(CONTEXT, "Liaison databases (*.db *.sqlite *.sqlite3)"),
            QCoreApplication.translate(CONTEXT, "All files (*)"),
        )
    )


def image_filter() -> str:
    return QCoreApplication.translate(CONTEXT, "Images (*.png *.jpg *.jpeg *.bmp *.gif *.svg)")


def choose_path(
    parent: QWidget | None,
    title: str,
    on_chosen: Callable[[str], object],
    *,
    mode: Mode = "open",
    name_filter: str = "",
    directory: str = "",
    default_suffix: str = "",
) -> QFileDialog:
    """Show a file (or folder) dialog; ``on_chosen(path)`` runs only if the officer picks one."""
    dialog = QFileDialog(parent, title, directory, name_filter)
    dialog.setObjectName(f"choose-{mode}")
    if mode == "folder":
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    elif mode == "save":
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        if default_suffix:
            dialog.setDefaultSuffix(default_suffix)
    else:
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.fileSelected.connect(lambda path: on_chosen(path) if path else None)
    dialog.finished.connect(lambda _result: dialog.deleteLater())
    dialog.open()
    return dialog
