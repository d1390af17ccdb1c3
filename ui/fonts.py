"""The application font: the system's UI font first, the bundled CJK font behind it.

A Linux machine without Chinese fonts would otherwise draw boxes; on Windows and macOS the
native Chinese UI fonts look better than the bundled one, so they go first where they exist.
"""

from __future__ import annotations

import logging
import sys
from functools import cache

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from liaison import resources

log = logging.getLogger(__name__)

# Native UI fonts with full Simplified Chinese coverage, by sys.platform prefix.
SYSTEM_UI_FAMILIES: dict[str, tuple[str, ...]] = {
    "win32": ("Microsoft YaHei UI",),
    "darwin": ("PingFang SC",),
}


@cache
def bundled_families() -> tuple[str, ...]:
    """Register the bundled WenQuanYi Micro Hei once; its family names (empty if it failed)."""
    font_id = QFontDatabase.addApplicationFont(str(resources.cjk_font()))
    if font_id < 0:
        log.warning("could not load the bundled CJK font %s", resources.cjk_font())
        return ()
    return tuple(QFontDatabase.applicationFontFamilies(font_id))


def preferred_families(platform: str | None = None) -> list[str]:
    """Families in order of preference for ``platform`` (default: this one)."""
    platform = platform or sys.platform
    native = SYSTEM_UI_FAMILIES.get(platform, ())
    default = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont).family()
    families: list[str] = []
    for family in (*native, default, *bundled_families()):
        if family and family not in families:
            families.append(family)
    return families


def apply_fonts(app: QApplication) -> QFont:
    """Set the application font to the preferred families at the system's size; return it."""
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)
    font.setFamilies(preferred_families())
    app.setFont(font)
    return font
