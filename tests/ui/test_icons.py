from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QIcon, QImage, QPalette
from PySide6.QtWidgets import QApplication

from liaison import resources
from ui import icons, theme
from ui.actions import STANDARD_ACTIONS
from ui.areas import AREAS


def opaque_colours(image: QImage) -> set[str]:
    return {
        image.pixelColor(x, y).name()
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).alpha() == 255
    }


def test_icons_are_bundled_with_their_licence() -> None:
    names = icons.available()
    assert len(names) >= 40
    licence = resources.path("icons", "LICENSE-lucide.txt").read_text(encoding="utf-8")
    assert "ISC License" in licence and "Lucide" in licence


def test_every_icon_the_window_uses_is_bundled() -> None:
    used = {area.icon for area in AREAS} | {spec.icon for spec in STANDARD_ACTIONS}
    assert used <= set(icons.available())


def test_every_bundled_icon_draws_something(qapp: QApplication) -> None:
    for name in icons.available():
        image = icons.icon(name).pixmap(QSize(24, 24)).toImage()
        assert opaque_colours(image), name


def test_unknown_icon_is_an_error(qapp: QApplication) -> None:
    with pytest.raises(resources.ResourceNotFound):
        icons.icon("no-such-icon")


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_icons_follow_the_palette_text_colour(qapp: QApplication, scheme: theme.Scheme) -> None:
    try:
        theme.apply(qapp, scheme)
        image = icons.icon("search").pixmap(QSize(32, 32)).toImage()
        assert opaque_colours(image) == {theme.SCHEMES[scheme].text}
    finally:
        theme.apply(qapp, "light")


def test_disabled_icons_use_the_disabled_text_colour(qapp: QApplication) -> None:
    pixmap = icons.icon("plus").pixmap(QSize(24, 24), QIcon.Mode.Disabled)
    disabled = qapp.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
    assert opaque_colours(pixmap.toImage()) == {disabled.name()}


def test_a_fixed_colour_overrides_the_palette(qapp: QApplication) -> None:
    image = icons.icon("check", "#1f8a4c").pixmap(QSize(24, 24)).toImage()
    assert opaque_colours(image) == {"#1f8a4c"}
    assert icons.icon("check", QColor("#1f8a4c")).cacheKey() != icons.icon("check").cacheKey()


@pytest.mark.parametrize("scale", [1.0, 1.5, 2.0])
def test_pixmaps_are_rendered_at_the_device_pixel_ratio(qapp: QApplication, scale: float) -> None:
    pixmap = icons.icon("database").pixmap(QSize(20, 20), scale)
    assert pixmap.size() == QSize(round(20 * scale), round(20 * scale))
    assert pixmap.devicePixelRatio() == scale


def test_icons_are_cached(qapp: QApplication) -> None:
    assert icons.icon("save").cacheKey() == icons.icon("save").cacheKey()
