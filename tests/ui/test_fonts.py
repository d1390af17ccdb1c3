from __future__ import annotations

import pytest
from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics
from PySide6.QtWidgets import QApplication

from ui import fonts

BUNDLED = "WenQuanYi Micro Hei"


def test_the_bundled_cjk_font_registers(qapp: QApplication) -> None:
    families = fonts.bundled_families()
    assert BUNDLED in families
    assert QFontDatabase.WritingSystem.SimplifiedChinese in QFontDatabase.writingSystems(BUNDLED)


def test_the_bundled_font_has_the_glyphs_the_app_needs(qapp: QApplication) -> None:
    metrics = QFontMetrics(QFont(BUNDLED))
    for char in "合作企业走访协议学徒制订单班概览回收站▲▼…—":
        assert metrics.inFontUcs4(ord(char)), char


@pytest.mark.parametrize(
    ("platform", "first"),
    [("win32", "Microsoft YaHei UI"), ("darwin", "PingFang SC"), ("linux", None)],
)
def test_system_ui_font_first_bundled_font_last(
    qapp: QApplication, platform: str, first: str | None
) -> None:
    families = fonts.preferred_families(platform)
    default = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont).family()
    assert families[0] == (first or default)
    assert families[-1] in fonts.bundled_families()
    assert len(families) == len(set(families))


def test_apply_fonts_sets_the_application_font(qapp: QApplication) -> None:
    previous = qapp.font()
    try:
        font = fonts.apply_fonts(qapp)
        assert qapp.font().families() == font.families() == fonts.preferred_families()
        assert BUNDLED in qapp.font().families()
        assert font.pointSizeF() > 0
    finally:
        qapp.setFont(previous)
