"""First run (or a database that could not be opened): create, open, or try the demo.

The dialog only asks; the shell does the opening and, if that fails, shows the dialog again
with the reason on top. Choosing a language here switches the whole app at once.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui import i18n
from ui.file_dialogs import choose_path, database_filter
from ui.icons import icon
from ui.theme import colours


class ChoiceButton(QPushButton):
    """A large button with a title and a line of explanation under it."""

    def __init__(self, icon_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setIcon(icon(icon_name))
        self.setIconSize(QSize(28, 28))
        self.setMinimumHeight(64)
        self.setStyleSheet("text-align: left; padding: 10px 14px;")

    def set_texts(self, title: str, detail: str) -> None:
        self.setText(f"{title}\n{detail}")
        self.setAccessibleName(title)
        self.setAccessibleDescription(detail)


class FirstRunDialog(QDialog):
    create_requested = Signal(str)  # path of the new database
    open_requested = Signal(str)  # path of an existing database
    demo_requested = Signal()
    language_chosen = Signal(str)

    def __init__(self, default_path: str, problem: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("FirstRunDialog")
        self.default_path = default_path
        self.setMinimumWidth(560)
        self.setWindowModality(Qt.WindowModality.WindowModal)

        self.heading = QLabel()
        self.heading.setObjectName("FirstRunHeading")
        self.heading.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.problem = QLabel(problem)
        self.problem.setWordWrap(True)
        self.problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem.setStyleSheet(f"color: {colours().negative};")
        self.problem.setVisible(bool(problem))
        self.intro = QLabel()
        self.intro.setWordWrap(True)

        self.create_button = ChoiceButton("database")
        self.create_button.setProperty("primary", True)
        self.create_button.setIcon(icon("database", colours().accent_text))
        self.open_button = ChoiceButton("folder-open")
        self.demo_button = ChoiceButton("lightbulb")
        self.create_button.clicked.connect(self._create)
        self.open_button.clicked.connect(self._ask_for_file)
        self.demo_button.clicked.connect(self._demo)

        self.language_label = QLabel()
        self.language = QComboBox()
        for code, name in i18n.LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(i18n.current_language()), 0))
        self.language.currentIndexChanged.connect(
            lambda _i: self.language_chosen.emit(str(self.language.currentData()))
        )
        self.language_label.setBuddy(self.language)
        self.quit_button = QPushButton()
        self.quit_button.clicked.connect(self.reject)

        bottom = QHBoxLayout()
        bottom.addWidget(self.language_label)
        bottom.addWidget(self.language)
        bottom.addStretch(1)
        bottom.addWidget(self.quit_button)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        layout.addWidget(self.problem)
        layout.addWidget(self.intro)
        layout.addSpacing(6)
        for button in (self.create_button, self.open_button, self.demo_button):
            layout.addWidget(button)
        layout.addSpacing(6)
        layout.addLayout(bottom)
        self.retranslate()

    def set_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def _create(self) -> None:
        self.create_requested.emit(self.default_path)
        self.accept()

    def _demo(self) -> None:
        self.demo_requested.emit()
        self.accept()

    def _ask_for_file(self) -> None:
        choose_path(
            self,
            self.tr("Open a Liaison database"),
            self._open,
            name_filter=database_filter(),
            directory=str(Path(self.default_path).parent),
        )

    def _open(self, path: str) -> None:
        self.open_requested.emit(path)
        self.accept()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Welcome to Liaison"))
        self.heading.setText(self.tr("Welcome to Liaison"))
        self.intro.setText(
            self.tr(
                "Liaison keeps your partner enterprises, visits, agreements, placements and "
                "joint projects in one database on this computer. How would you like to start?"
            )
        )
        self.create_button.set_texts(
            self.tr("Create an empty database"),
            self.tr("Start afresh; it will be saved as %1").replace("%1", self.default_path),
        )
        self.open_button.set_texts(
            self.tr("Open an existing database…"),
            self.tr("A Liaison file from a colleague, another computer or a backup"),
        )
        self.demo_button.set_texts(
            self.tr("Try it with demo data"),
            self.tr("200 made-up enterprises with visits, agreements and projects, kept apart"),
        )
        self.language_label.setText(self.tr("&Language:"))
        self.quit_button.setText(self.tr("Not now"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
