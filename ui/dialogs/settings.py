"""Settings: the college (name, logo), the officer, language, database, backups, reminders.

The dialog edits a :class:`SettingsValues` snapshot and hands the edited copy back through
``saved``; the shell stores each part where it belongs (college name and logo in the database,
so reports find them; the rest in this computer's settings).
"""

from __future__ import annotations

import base64
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import QBuffer, QEvent, QIODevice, Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from liaison.horizons import Horizons
from ui import i18n
from ui.file_dialogs import choose_path, database_filter, image_filter
from ui.preferences import BackupPlan
from ui.theme import colours

LOGO_MAX_SIDE = 512  # plenty for a report header, small enough to keep in the database
LOGO_PREVIEW = 64


@dataclass(frozen=True)
class SettingsValues:
    college_name: str
    logo_base64: str | None  # PNG
    officer: str
    language: str
    database: str  # as shown, not editable here
    backups: BackupPlan
    horizons: Horizons


def logo_from_file(path: str | Path) -> str | None:
    """The image at ``path`` as base64 PNG, at most :data:`LOGO_MAX_SIDE` pixels a side."""
    image = QImage(str(path))
    if image.isNull():
        return None
    if max(image.width(), image.height()) > LOGO_MAX_SIDE:
        image = image.scaled(
            LOGO_MAX_SIDE,
            LOGO_MAX_SIDE,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # The stubs ask for bytes; the binding accepts only str for the format.
    image.save(buffer, "PNG")  # type: ignore[call-overload]
    buffer.close()
    return base64.b64encode(bytes(buffer.data().data())).decode("ascii")


def logo_pixmap(logo_base64: str | None, side: int) -> QPixmap:
    pixmap = QPixmap()
    if logo_base64:
        pixmap.loadFromData(base64.b64decode(logo_base64), "PNG")
    if pixmap.isNull():
        return pixmap
    return pixmap.scaled(
        side,
        side,
        Qt.AspectRatioMode.KeepAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )


def _spin(low: int, high: int, value: int) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(low, high)
    spin.setValue(value)
    return spin


class SettingsDialog(QDialog):
    saved = Signal(object)  # SettingsValues
    open_database_requested = Signal(str)
    create_database_requested = Signal(str)
    backup_requested = Signal()

    def __init__(self, values: SettingsValues, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SettingsDialog")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(760)
        self.values = values
        self._logo = values.logo_base64

        # college
        self.college_box = QGroupBox()
        self.college_name = QLineEdit(values.college_name)
        self.college_name.setMaxLength(200)
        self.logo_preview = QLabel()
        self.logo_preview.setFixedSize(LOGO_PREVIEW, LOGO_PREVIEW)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setStyleSheet(f"border: 1px dashed {colours().border};")
        self.logo_choose = QPushButton()
        self.logo_choose.clicked.connect(self._ask_for_logo)
        self.logo_remove = QPushButton()
        self.logo_remove.clicked.connect(lambda: self._set_logo(None))
        self.logo_error = QLabel()
        self.logo_error.setStyleSheet(f"color: {colours().negative};")
        self.logo_error.hide()
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_preview)
        logo_row.addWidget(self.logo_choose)
        logo_row.addWidget(self.logo_remove)
        logo_row.addStretch(1)
        college = QFormLayout(self.college_box)
        self.college_name_label = QLabel()
        self.logo_label = QLabel()
        college.addRow(self.college_name_label, self.college_name)
        college.addRow(self.logo_label, logo_row)
        college.addRow("", self.logo_error)

        # officer and language
        self.you_box = QGroupBox()
        self.officer = QLineEdit(values.officer)
        self.officer.setMaxLength(100)
        self.language = QComboBox()
        for code, name in i18n.LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(values.language), 0))
        you = QFormLayout(self.you_box)
        self.officer_label = QLabel()
        self.language_label = QLabel()
        you.addRow(self.officer_label, self.officer)
        you.addRow(self.language_label, self.language)

        # database
        self.database_box = QGroupBox()
        self.database_path = QLabel(values.database or "—")
        self.database_path.setWordWrap(True)
        self.database_path.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_other = QPushButton()
        self.open_other.clicked.connect(self._ask_for_database)
        self.create_new = QPushButton()
        self.create_new.clicked.connect(self._ask_for_new_database)
        database_buttons = QHBoxLayout()
        database_buttons.addWidget(self.open_other)
        database_buttons.addWidget(self.create_new)
        database_buttons.addStretch(1)
        database = QVBoxLayout(self.database_box)
        database.addWidget(self.database_path)
        database.addLayout(database_buttons)

        # backups
        self.backup_box = QGroupBox()
        self.backup_daily = QCheckBox()
        self.backup_daily.setChecked(values.backups.enabled)
        self.backup_folder = QLineEdit()
        self.backup_folder.setReadOnly(True)
        self._show_backup_folder(str(values.backups.target()))
        self.backup_choose = QPushButton()
        self.backup_choose.clicked.connect(self._ask_for_backup_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.backup_folder, 1)
        folder_row.addWidget(self.backup_choose)
        self.backup_keep = _spin(1, 365, values.backups.keep)
        self.backup_now = QPushButton()
        self.backup_now.clicked.connect(self.backup_requested)
        backups = QFormLayout(self.backup_box)
        self.backup_folder_label = QLabel()
        self.backup_keep_label = QLabel()
        backups.addRow(self.backup_daily)
        backups.addRow(self.backup_folder_label, folder_row)
        backups.addRow(self.backup_keep_label, self.backup_keep)
        backups.addRow("", self.backup_now)

        # reminders
        self.reminder_box = QGroupBox()
        horizons = values.horizons
        self.agreements_days = _spin(1, 730, horizons.agreements_within_days)
        self.silent_days = _spin(7, 3650, horizons.silent_days)
        self.follow_up_days = _spin(0, 90, horizons.follow_up_soon_days)
        reminders = QFormLayout(self.reminder_box)
        self.agreements_label = QLabel()
        self.silent_label = QLabel()
        self.follow_up_label = QLabel()
        reminders.addRow(self.agreements_label, self.agreements_days)
        reminders.addRow(self.silent_label, self.silent_days)
        reminders.addRow(self.follow_up_label, self.follow_up_days)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        columns = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(self.college_box)
        left.addWidget(self.you_box)
        left.addWidget(self.database_box)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.backup_box)
        right.addWidget(self.reminder_box)
        right.addStretch(1)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.buttons)

        for label, field in (
            (self.college_name_label, self.college_name),
            (self.officer_label, self.officer),
            (self.language_label, self.language),
            (self.backup_keep_label, self.backup_keep),
            (self.agreements_label, self.agreements_days),
            (self.silent_label, self.silent_days),
            (self.follow_up_label, self.follow_up_days),
        ):
            label.setBuddy(field)
        self._show_logo()
        self.retranslate()

    # values
    def edited(self) -> SettingsValues:
        folder = Path(self.backup_folder.text())
        default = BackupPlan().target()
        return replace(
            self.values,
            college_name=self.college_name.text().strip(),
            logo_base64=self._logo,
            officer=self.officer.text().strip(),
            language=str(self.language.currentData()),
            backups=BackupPlan(
                enabled=self.backup_daily.isChecked(),
                folder=None if folder == default else folder,
                keep=self.backup_keep.value(),
            ),
            horizons=Horizons(
                agreements_within_days=self.agreements_days.value(),
                silent_days=self.silent_days.value(),
                follow_up_soon_days=self.follow_up_days.value(),
            ),
        )

    def accept(self) -> None:
        self.saved.emit(self.edited())
        super().accept()

    # logo
    def _ask_for_logo(self) -> None:
        choose_path(
            self, self.tr("Choose the college logo"), self.load_logo, name_filter=image_filter()
        )

    def load_logo(self, path: str) -> bool:
        logo = logo_from_file(path)
        if logo is None:
            self.logo_error.setText(self.tr("This file is not an image Liaison can read."))
            self.logo_error.show()
            return False
        self._set_logo(logo)
        return True

    def _set_logo(self, logo: str | None) -> None:
        self._logo = logo
        self.logo_error.hide()
        self._show_logo()

    def _show_logo(self) -> None:
        pixmap = logo_pixmap(self._logo, LOGO_PREVIEW - 4)
        self.logo_preview.setPixmap(pixmap)
        if pixmap.isNull():
            self.logo_preview.setText(self.tr("No logo"))
        self.logo_remove.setEnabled(self._logo is not None)

    # database and backups
    def _ask_for_database(self) -> None:
        choose_path(
            self,
            self.tr("Open a Liaison database"),
            lambda path: self._switch(self.open_database_requested.emit, path),
            name_filter=database_filter(),
        )

    def _ask_for_new_database(self) -> None:
        choose_path(
            self,
            self.tr("Create a new database"),
            lambda path: self._switch(self.create_database_requested.emit, path),
            mode="save",
            name_filter=database_filter(),
            default_suffix="db",
        )

    def _switch(self, emit: Callable[[str], object], path: str) -> None:
        # Keep what was edited here, then leave: the fields belong to the database being left.
        self.accept()
        emit(path)

    def _ask_for_backup_folder(self) -> None:
        choose_path(
            self,
            self.tr("Folder for automatic backups"),
            self._show_backup_folder,
            mode="folder",
            directory=self.backup_folder.text(),
        )

    def _show_backup_folder(self, path: str) -> None:
        self.backup_folder.setText(path)
        self.backup_folder.setToolTip(path)
        self.backup_folder.setCursorPosition(0)  # the start of a long path says the most

    # language
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        self.college_box.setTitle(self.tr("College"))
        self.college_name_label.setText(self.tr("College &name:"))
        self.college_name.setPlaceholderText(self.tr("Printed at the top of reports"))
        self.logo_label.setText(self.tr("Logo:"))
        self.logo_choose.setText(self.tr("Choose…"))
        self.logo_remove.setText(self.tr("Remove"))
        self._show_logo()
        self.you_box.setTitle(self.tr("You"))
        self.officer_label.setText(self.tr("&Officer name:"))
        self.officer.setPlaceholderText(self.tr("Recorded with every change you make"))
        self.language_label.setText(self.tr("&Language:"))
        self.database_box.setTitle(self.tr("Database"))
        self.open_other.setText(self.tr("Open another…"))
        self.create_new.setText(self.tr("Create new…"))
        self.backup_box.setTitle(self.tr("Automatic backups"))
        self.backup_daily.setText(self.tr("Back up every day when Liaison opens"))
        self.backup_folder_label.setText(self.tr("Folder:"))
        self.backup_choose.setText(self.tr("Choose…"))
        self.backup_keep_label.setText(self.tr("&Keep the last:"))
        self.backup_keep.setSuffix(self.tr(" backups"))
        self.backup_now.setText(self.tr("Back up now"))
        self.reminder_box.setTitle(self.tr("Reminders"))
        self.agreements_label.setText(self.tr("&Agreements ending within:"))
        self.silent_label.setText(self.tr("Partners not contacted &for:"))
        self.follow_up_label.setText(self.tr("&Follow-ups due within:"))
        for spin in (self.agreements_days, self.silent_days, self.follow_up_days):
            spin.setSuffix(self.tr(" days"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
