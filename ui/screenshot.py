"""Pictures of the app: ``grab(widget, path)``, and ``python -m ui.screenshot OUTDIR``.

The command shows the main window in each language and scheme and saves
``OUTDIR/<lang>-<scheme>.png`` (run it under a real or virtual display, e.g. Xvfb, to see
what officers see; the offscreen platform has no system fonts).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QEventLoop, QSettings, QTimer
from PySide6.QtWidgets import QWidget

SETTLE_MS = 1000  # lets the window map, lay out and paint before it is grabbed


def grab(widget: QWidget, path: Path | str) -> Path:
    """Save what ``widget`` shows as a PNG (at its device pixel ratio); return the path."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    if not widget.grab().save(str(target), "PNG"):
        raise OSError(f"could not write screenshot {target}")
    return target


def _settle(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def main(argv: Sequence[str] | None = None) -> int:
    from ui import fonts, i18n, theme
    from ui.app import application
    from ui.main_window import MainWindow

    parser = argparse.ArgumentParser(prog="python -m ui.screenshot")
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--area", default="dashboard", help="area to show, e.g. enterprises")
    args = parser.parse_args(argv)
    args.outdir.mkdir(parents=True, exist_ok=True)
    app = application(sys.argv[:1])
    fonts.apply_fonts(app)
    settings = QSettings(str(args.outdir / "screenshot.ini"), QSettings.Format.IniFormat)
    settings.clear()  # a fresh window every time, whatever an earlier run saved
    for lang in i18n.LANGUAGE_NAMES:
        i18n.install_language(app, lang)
        for scheme in theme.SCHEMES:
            theme.apply(app, scheme)
            window = MainWindow(settings)
            window.resize(1280, 800)
            window.set_database("liaison.db")
            window.show_area(args.area)
            window.show()
            _settle(SETTLE_MS)
            print(grab(window, args.outdir / f"{lang}-{scheme}.png"))
            window.close()
            window.deleteLater()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
