"""The look: Fusion with one light and one dark palette that follow the system, and a stylesheet.

Every colour the app uses lives in :data:`LIGHT` and :data:`DARK`; widgets ask :func:`colours`
instead of naming colours themselves, so the two schemes cannot drift apart.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, NamedTuple

from PySide6.QtCore import QObject, Qt, Signal, SignalInstance
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

Scheme = Literal["light", "dark"]
STYLE = "Fusion"


# A NamedTuple rather than a dataclass: importing ``dataclasses`` costs the first paint some
# 3 ms, and nothing else the window needs before it paints imports it.
class Colours(NamedTuple):
    window: str
    base: str  # lists, text fields
    alternate_base: str  # zebra stripe
    text: str
    muted_text: str
    border: str
    accent: str  # selection, focus, the current navigation item
    accent_text: str
    rail: str  # navigation rail background
    rail_hover: str
    rail_current: str
    card: str
    button: str
    tooltip: str
    positive: str  # a figure went up
    negative: str  # a figure went down
    link: str
    disabled_text: str


LIGHT = Colours(
    window="#f5f6f8",
    base="#ffffff",
    alternate_base="#f4f6f9",
    text="#1f2329",
    muted_text="#646a73",
    border="#dee0e3",
    accent="#2f6fde",
    accent_text="#ffffff",
    rail="#eceef2",
    rail_hover="#e1e4ea",
    rail_current="#d6e3fa",
    card="#ffffff",
    button="#ffffff",
    tooltip="#ffffff",
    positive="#1f8a4c",
    negative="#c93b3b",
    link="#2f6fde",
    disabled_text="#a2a7b0",
)

DARK = Colours(
    window="#1e1f22",
    base="#26282c",
    alternate_base="#2c2e33",
    text="#e3e5e8",
    muted_text="#9da3ad",
    border="#3a3d43",
    accent="#4c8dff",
    accent_text="#ffffff",
    rail="#18191c",
    rail_hover="#26282c",
    rail_current="#253a5e",
    card="#26282c",
    button="#2f3136",
    tooltip="#2f3136",
    positive="#4cc27a",
    negative="#ff6b6b",
    link="#7aa9ff",
    disabled_text="#6b7079",
)

SCHEMES: dict[Scheme, Colours] = {"light": LIGHT, "dark": DARK}


def palette(colours: Colours) -> QPalette:
    """A complete QPalette for Fusion built from ``colours``."""
    p = QPalette()
    roles = {
        QPalette.ColorRole.Window: colours.window,
        QPalette.ColorRole.WindowText: colours.text,
        QPalette.ColorRole.Base: colours.base,
        QPalette.ColorRole.AlternateBase: colours.alternate_base,
        QPalette.ColorRole.ToolTipBase: colours.tooltip,
        QPalette.ColorRole.ToolTipText: colours.text,
        QPalette.ColorRole.PlaceholderText: colours.muted_text,
        QPalette.ColorRole.Text: colours.text,
        QPalette.ColorRole.Button: colours.button,
        QPalette.ColorRole.ButtonText: colours.text,
        QPalette.ColorRole.BrightText: colours.negative,
        QPalette.ColorRole.Highlight: colours.accent,
        QPalette.ColorRole.HighlightedText: colours.accent_text,
        QPalette.ColorRole.Link: colours.link,
        QPalette.ColorRole.LinkVisited: colours.link,
        QPalette.ColorRole.Mid: colours.border,
        QPalette.ColorRole.Midlight: colours.rail_hover,
        QPalette.ColorRole.Light: colours.base,
        QPalette.ColorRole.Dark: colours.border,
        QPalette.ColorRole.Shadow: colours.border,
    }
    for role, value in roles.items():
        p.setColor(role, QColor(value))
    disabled = QColor(colours.disabled_text)
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
        QPalette.ColorRole.HighlightedText,
    ):
        p.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Highlight, QColor(colours.border))
    return p


def stylesheet(c: Colours) -> str:
    """The few rules a palette cannot express: the rail, row height, cards, empty states."""
    return f"""
QToolTip {{ color: {c.text}; background: {c.tooltip}; border: 1px solid {c.border}; }}
NavRail {{ background: {c.rail}; border-right: 1px solid {c.border}; }}
NavRail QPushButton {{
    border: 1px solid transparent; border-radius: 8px; padding: 8px 12px; margin: 0 8px;
    background: transparent; color: {c.text}; text-align: left;
}}
NavRail QPushButton:hover {{ background: {c.rail_hover}; border-color: transparent; }}
NavRail QPushButton:checked {{ background: {c.rail_current}; }}
NavRail QPushButton:focus {{ border: 1px solid {c.accent}; }}
QAbstractItemView {{ alternate-background-color: {c.alternate_base}; }}
QTableView, QTreeView, QListView {{ border: 1px solid {c.border}; gridline-color: {c.border}; }}
QTableView::item, QTreeView::item {{ padding: 4px 6px; }}
QHeaderView::section {{
    background: {c.window}; color: {c.muted_text}; border: none;
    border-bottom: 1px solid {c.border}; padding: 6px;
}}
QLineEdit, QComboBox, QSpinBox, QDateEdit, QPlainTextEdit, QTextEdit {{
    border: 1px solid {c.border}; border-radius: 6px; padding: 4px 6px;
    background: {c.base};
}}
QLineEdit:focus, QComboBox:focus, QPlainTextEdit:focus, QTextEdit:focus {{
    border: 1px solid {c.accent};
}}
QPushButton {{
    border: 1px solid {c.border}; border-radius: 6px; padding: 5px 14px; background: {c.button};
}}
QPushButton:hover {{ border-color: {c.accent}; }}
QPushButton:default, QPushButton[primary="true"] {{
    background: {c.accent}; color: {c.accent_text}; border-color: {c.accent};
}}
QPushButton:disabled {{ color: {c.disabled_text}; }}
QStatusBar {{ color: {c.muted_text}; }}
QStatusBar QLabel {{ padding: 0 8px; }}
Card {{ background: {c.card}; border: 1px solid {c.border}; border-radius: 10px; }}
Card:hover {{ border-color: {c.accent}; }}
Card:focus {{ border: 2px solid {c.accent}; }}
Card QLabel#CardTitle {{ color: {c.muted_text}; }}
Card QLabel#CardFigure {{ font-size: 26pt; font-weight: 600; color: {c.text}; }}
Card QLabel#CardChange[trend="up"] {{ color: {c.positive}; }}
Card QLabel#CardChange[trend="down"] {{ color: {c.negative}; }}
Card QLabel#CardChange[trend="flat"] {{ color: {c.muted_text}; }}
EmptyState QLabel#EmptyTitle {{ font-size: 15pt; font-weight: 600; }}
EmptyState QLabel#EmptyMessage {{ color: {c.muted_text}; }}
"""


class _Theme(QObject):
    """Holds the scheme in use and tells widgets when it changes."""

    changed = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.scheme: Scheme = "light"
        self.forced: Scheme | None = None
        self.app: QApplication | None = None  # set once the system's changes are followed
        self.fusion = False

    def on_system_change(self, _scheme: Qt.ColorScheme) -> None:
        if self.app is not None and self.forced is None:
            apply(self.app)


_theme: _Theme | None = None


def _state() -> _Theme:
    global _theme
    if _theme is None:
        _theme = _Theme()
    return _theme


def theme_changed() -> SignalInstance:
    """Signal emitted with the new scheme name after the palette changed."""
    return _state().changed


def system_scheme() -> Scheme:
    """The scheme the operating system asks for; light when it does not say."""
    hints = QGuiApplication.styleHints()
    return "dark" if hints.colorScheme() == Qt.ColorScheme.Dark else "light"


def current_scheme() -> Scheme:
    return _state().scheme


def colours() -> Colours:
    """The colours in use now (light before :func:`apply` ran)."""
    return SCHEMES[_state().scheme]


def new_application(argv: Sequence[str]) -> QApplication:
    """A QApplication in Fusion from the start, which :func:`apply` then need not set.

    The style is asked for on Qt's command line (``-style``) instead of by ``setStyle``: that
    returns a QStyle, and PySide's first wrapping of one builds the Python enums of QStyle,
    some 4 ms before the window can paint.
    """
    app = QApplication([*argv, "-style", STYLE])
    _state().fusion = True
    return app


def apply(app: QApplication, scheme: Scheme | None = None) -> Scheme:
    """Use Fusion with ``scheme``'s palette and stylesheet; ``None`` follows the system.

    A forced scheme stays until ``apply(app, None)`` hands control back to the system.
    """
    state = _state()
    state.forced = scheme
    chosen = scheme or system_scheme()
    if not state.fusion:  # once: a stylesheet hides the base style's name from later checks
        app.setStyle(STYLE)
        state.fusion = True
    c = SCHEMES[chosen]
    app.setPalette(palette(c))
    app.setStyleSheet(stylesheet(c))
    state.scheme = chosen
    state.changed.emit(chosen)
    return chosen


def follow_system(app: QApplication) -> None:
    """Apply the system's scheme now and again whenever the system switches."""
    state = _state()
    if state.app is None:
        QGuiApplication.styleHints().colorSchemeChanged.connect(state.on_system_change)
    state.app = app
    apply(app)
