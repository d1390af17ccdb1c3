"""Bundled Lucide SVG icons, drawn in the palette's text colour at the screen's pixel density.

Lucide draws with ``stroke="currentColor"``; the engine substitutes a real colour when it
renders, so one SVG serves the light and the dark scheme. Icons that follow the palette ask the
application palette at paint time, which is why a scheme switch needs no re-iconing of widgets.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRect, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from liaison import resources


def available() -> list[str]:
    """Names of the bundled icons, e.g. ``"building-2"``."""
    return sorted(p.stem for p in resources.path("icons").glob("*.svg"))


@cache
def _svg(name: str) -> str:
    return resources.path("icons", f"{name}.svg").read_text(encoding="utf-8")


def _palette_colour(mode: QIcon.Mode) -> QColor:
    pal = QGuiApplication.palette()
    if mode == QIcon.Mode.Disabled:
        return pal.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
    if mode == QIcon.Mode.Selected:
        return pal.color(QPalette.ColorRole.HighlightedText)
    return pal.color(QPalette.ColorRole.Text)


class SvgIconEngine(QIconEngine):
    """Renders one tinted SVG at any size and device pixel ratio, caching the pixmaps."""

    def __init__(self, name: str, colour: QColor | None = None) -> None:
        super().__init__()
        self._name = name
        self._colour = colour
        self._svg = _svg(name)  # read now so a wrong name fails where the icon is asked for
        self._pixmaps: dict[tuple[str, int, int, float], QPixmap] = {}

    def colour(self, mode: QIcon.Mode) -> QColor:
        if self._colour is None:
            return _palette_colour(mode)
        if mode == QIcon.Mode.Disabled:
            return _palette_colour(mode)
        return self._colour

    def _render(self, size: QSize, mode: QIcon.Mode, scale: float) -> QPixmap:
        colour = self.colour(mode).name()
        key = (colour, size.width(), size.height(), scale)
        cached = self._pixmaps.get(key)
        if cached is not None:
            return cached
        device = QSize(round(size.width() * scale), round(size.height() * scale))
        pixmap = QPixmap(device)
        pixmap.fill(Qt.GlobalColor.transparent)
        renderer = QSvgRenderer(QByteArray(self._svg.replace("currentColor", colour).encode()))
        painter = QPainter(pixmap)
        renderer.render(painter)
        painter.end()
        pixmap.setDevicePixelRatio(scale)
        self._pixmaps[key] = pixmap
        return pixmap

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self._render(size, mode, 1.0)

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        return self._render(size, mode, scale)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        scale = painter.device().devicePixelRatioF() if painter.device() else 1.0
        painter.drawPixmap(rect, self._render(rect.size(), mode, scale))

    def clone(self) -> QIconEngine:
        return SvgIconEngine(self._name, self._colour)

    def key(self) -> str:
        return "liaison-svg"


@cache
def _icon(name: str, colour: str | None) -> QIcon:
    return QIcon(SvgIconEngine(name, QColor(colour) if colour else None))


def icon(name: str, colour: QColor | str | None = None) -> QIcon:
    """The bundled icon ``name``; drawn in the palette's text colour unless ``colour`` is given.

    Raises ``liaison.resources.ResourceNotFound`` for a name that is not bundled.
    """
    if isinstance(colour, QColor):
        colour = colour.name(QColor.NameFormat.HexArgb)
    return _icon(name, colour)
