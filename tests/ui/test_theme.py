from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from ui import theme


def luminance(colour: str) -> float:
    return QColor(colour).lightnessF()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_every_colour_is_valid(scheme: theme.Scheme) -> None:
    colours = theme.SCHEMES[scheme]
    for field, value in colours._asdict().items():
        assert QColor.isValidColorName(value), (scheme, field, value)


@pytest.mark.parametrize(("scheme", "text_darker_than_window"), [("light", True), ("dark", False)])
def test_text_contrasts_with_its_background(
    scheme: theme.Scheme, text_darker_than_window: bool
) -> None:
    c = theme.SCHEMES[scheme]
    for background in (c.window, c.base, c.card, c.rail):
        contrast = luminance(background) - luminance(c.text)
        assert (contrast > 0.5) if text_darker_than_window else (contrast < -0.5)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_apply_sets_fusion_palette_and_stylesheet(
    qapp: QApplication, scheme: theme.Scheme, monkeypatch: pytest.MonkeyPatch
) -> None:
    qapp.setStyle("Windows")
    monkeypatch.setattr(theme._state(), "fusion", False)
    try:
        assert theme.apply(qapp, scheme) == scheme
        colours = theme.SCHEMES[scheme]
        sheet = qapp.styleSheet()
        assert colours.rail in sheet
        qapp.setStyleSheet("")  # the stylesheet's proxy style hides the base style's name
        assert qapp.style().name().lower() == "fusion"
        qapp.setStyleSheet(sheet)
        assert qapp.palette().color(QPalette.ColorRole.Window).name() == colours.window
        assert qapp.palette().color(QPalette.ColorRole.Highlight).name() == colours.accent
        assert theme.current_scheme() == scheme
        assert theme.colours() is colours
    finally:
        theme.apply(qapp, "light")


def test_forced_scheme_ignores_the_system_until_released(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[str] = []
    theme.theme_changed().connect(seen.append)
    try:
        monkeypatch.setattr(theme, "system_scheme", lambda: "dark")
        theme.follow_system(qapp)
        assert theme.current_scheme() == "dark"
        theme.apply(qapp, "light")
        QGuiApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
        assert theme.current_scheme() == "light"  # forced by the officer, stays
        theme.apply(qapp, None)  # back to following the system
        assert theme.current_scheme() == "dark"
        monkeypatch.setattr(theme, "system_scheme", lambda: "light")
        QGuiApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Light)
        assert theme.current_scheme() == "light"
        assert seen == ["dark", "light", "dark", "light"]
    finally:
        theme.theme_changed().disconnect(seen.append)
        theme.apply(qapp, "light")


def test_system_scheme_reads_the_style_hints(monkeypatch: pytest.MonkeyPatch) -> None:
    hints = QGuiApplication.styleHints()
    expected = "dark" if hints.colorScheme() == Qt.ColorScheme.Dark else "light"
    assert theme.system_scheme() == expected
