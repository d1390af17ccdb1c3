"""File › Import templates…: save the import template of one kind, in the current language.

The template (``liaison.excel.template.write_template``) has the kind's headers, an example
row, dropdowns for closed lists and a guide sheet; filled in, the import wizard reads it back.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from liaison.excel.columns import SHEETS
from liaison.excel.template import write_template
from liaison.i18n import language
from ui import saving
from ui.tasks import Task, run_in_background


class TemplatesDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, kind: str = "enterprises") -> None:
        super().__init__(parent)
        self.setObjectName("templates")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("template-kind")
        for name in SHEETS:
            self.kind_combo.addItem("", name)
        self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(kind), 0))
        self.kind_label = QLabel()
        self.kind_label.setBuddy(self.kind_combo)
        form = QFormLayout()
        form.addRow(self.kind_label, self.kind_combo)
        self.save_button = QPushButton()
        self.save_button.setObjectName("save-template")
        self.save_button.clicked.connect(self.ask_save)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.retranslate()

    @property
    def kind(self) -> str:
        return str(self.kind_combo.currentData())

    def ask_save(self) -> None:
        title = SHEETS[self.kind].title(language())
        suggested = self.tr("%1 template.xlsx").replace("%1", title)
        saving.ask_save_path(
            self, self.tr("Save the template"), suggested, saving.XLSX_FILTER, self.save
        )

    def save(self, path: str | Path) -> Task[Path]:
        """Write the template of the chosen kind to ``path`` (on the worker)."""
        kind, lang, target = self.kind, language(), Path(path)

        def saved(written: Path) -> None:
            text = self.tr("The template was saved to %1.").replace("%1", str(written))
            saving.tell_saved(self, text, written)

        return run_in_background(
            self,
            lambda _t: write_template(kind, target, lang=lang),
            on_success=saved,
            with_progress=False,
        )

    def retranslate(self) -> None:
        lang = language()
        self.setWindowTitle(self.tr("Import templates"))
        self.intro.setText(
            self.tr(
                "A template has the columns the import reads, an example row and a guide. "
                "Fill it in and import it with File › Import from Excel…"
            )
        )
        self.kind_label.setText(self.tr("&Records"))
        self.save_button.setText(self.tr("&Save template…"))
        for index in range(self.kind_combo.count()):
            self.kind_combo.setItemText(index, SHEETS[self.kind_combo.itemData(index)].title(lang))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
