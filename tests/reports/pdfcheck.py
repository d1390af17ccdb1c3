"""Reading back the PDFs the tests build (pypdf)."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pypdf
from pypdf.generic import DictionaryObject

BASE14 = {
    "Courier", "Courier-Bold", "Courier-Oblique", "Courier-BoldOblique",
    "Helvetica", "Helvetica-Bold", "Helvetica-Oblique", "Helvetica-BoldOblique",
    "Times-Roman", "Times-Bold", "Times-Italic", "Times-BoldItalic",
    "Symbol", "ZapfDingbats",
}  # fmt: skip
EMBEDDED_KEYS = ("/FontFile", "/FontFile2", "/FontFile3")

#: (language, reader, text of each page)
SampleDoc = tuple[str, pypdf.PdfReader, list[str]]


def reader(source: Path | bytes) -> pypdf.PdfReader:
    return pypdf.PdfReader(io.BytesIO(source) if isinstance(source, bytes) else source)


def page_texts(pdf: pypdf.PdfReader) -> list[str]:
    return [page.extract_text() for page in pdf.pages]


def squeeze(text: str) -> str:
    """Text without any whitespace, so words broken across lines join up again."""
    return re.sub(r"\s+", "", text)


def _fonts_in(resources: Any, seen: set[int]) -> Iterator[tuple[str, DictionaryObject]]:
    if resources is None:
        return
    resources = resources.get_object()
    fonts = resources.get("/Font")
    if fonts is not None:
        for name, ref in fonts.get_object().items():
            yield name, ref.get_object()
    xobjects = resources.get("/XObject")
    if xobjects is not None:
        for ref in xobjects.get_object().values():
            key = id(ref.get_object())
            if key in seen:
                continue
            seen.add(key)
            xobject = ref.get_object()
            if xobject.get("/Subtype") == "/Form":
                yield from _fonts_in(xobject.get("/Resources"), seen)


def fonts(pdf: pypdf.PdfReader) -> list[DictionaryObject]:
    """Every font dictionary any page uses, directly or inside form XObjects."""
    found: dict[int, DictionaryObject] = {}
    for page in pdf.pages:
        for _, font in _fonts_in(page.get("/Resources"), set()):
            found[id(font)] = font
    return list(found.values())


def not_embedded(font: DictionaryObject) -> list[str]:
    """Names of the font (or its descendants) whose glyphs are not in the file."""
    base = str(font.get("/BaseFont", "?")).lstrip("/")
    if font.get("/Subtype") == "/Type0":
        missing: list[str] = []
        for descendant in font["/DescendantFonts"]:  # type: ignore[attr-defined]
            missing += not_embedded(descendant.get_object())
        return missing
    descriptor = font.get("/FontDescriptor")
    if descriptor is None or not any(k in descriptor.get_object() for k in EMBEDDED_KEYS):
        return [base]
    if base.split("+")[-1] in BASE14:
        return [base]
    return []


def outline_titles(pdf: pypdf.PdfReader) -> list[tuple[int, str, int]]:
    """(level, title, 1-based page) of every outline entry, in order."""
    out: list[tuple[int, str, int]] = []

    def walk(items: list[Any], level: int) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item, level + 1)
            else:
                page = pdf.get_destination_page_number(item)
                assert page is not None
                out.append((level, item.title, page + 1))

    walk(pdf.outline, 0)
    return out


def image_sizes(page: pypdf.PageObject) -> list[tuple[int, int]]:
    """(width, height) of each image XObject the page's resources hold (forms are not images)."""
    xobjects = page.get("/Resources", {}).get_object().get("/XObject")
    if xobjects is None:
        return []
    sizes = []
    for ref in xobjects.get_object().values():
        xobject = ref.get_object()
        if xobject.get("/Subtype") == "/Image":
            sizes.append((int(xobject["/Width"]), int(xobject["/Height"])))
    return sizes


def content(page: pypdf.PageObject) -> str:
    """The page's content stream, decoded."""
    stream = page.get_contents()
    assert stream is not None
    return stream.get_data().decode("latin-1")
