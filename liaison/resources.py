"""One locator for bundled resources (fonts, icons, translations, templates, sample data).

It works from a source checkout (``resources/`` beside the package), an installed wheel
(``liaison/_resources`` shipped as package data) and a PyInstaller bundle (``sys._MEIPASS``).
"""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path


class ResourceNotFound(FileNotFoundError):
    pass


def _candidates() -> list[Path]:
    here = Path(__file__).resolve().parent
    found: list[Path] = []
    override = os.environ.get("LIAISON_RESOURCES")
    if override:
        found.append(Path(override))
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        found.append(Path(bundle) / "resources")
    found.append(here.parent / "resources")  # source checkout or editable install
    found.append(here / "_resources")  # wheel
    return found


@cache
def root() -> Path:
    """The resources folder in use."""
    for path in _candidates():
        if (path / "fonts").is_dir():
            return path
    raise ResourceNotFound("Liaison's resources folder is missing; the installation is incomplete.")


def path(*parts: str) -> Path:
    """Path of one resource, e.g. ``path("fonts", "wqy-microhei.ttc")``; it must exist."""
    target = root().joinpath(*parts)
    if not target.exists():
        raise ResourceNotFound(f"Resource not found: {'/'.join(parts)}")
    return target


def cjk_font() -> Path:
    """The bundled TrueType CJK font, used in PDFs and as the app's fallback font."""
    return path("fonts", "wqy-microhei.ttc")
