"""The worksheets of an ``.xlsx`` package, read from its parts before openpyxl opens it.

Knowing each sheet's part lets the safety checks look at exactly the sheet to be imported.
Both parts are small XML files parsed with defusedxml.
"""

from __future__ import annotations

import posixpath
import zipfile
from dataclasses import dataclass
from typing import Final
from xml.etree.ElementTree import ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

WORKBOOK_PART: Final = "xl/workbook.xml"
_WORKBOOK_RELS: Final = "xl/_rels/workbook.xml.rels"
_WORKSHEET_TYPE_SUFFIX: Final = "/worksheet"


class MalformedPackage(ValueError):
    """The workbook part or its relationships are missing or not valid XML."""


@dataclass(frozen=True, slots=True)
class SheetPart:
    name: str
    part: str  # path of the sheet's XML inside the zip
    visible: bool


def _local(tag: str) -> str:
    return tag.rpartition("}")[2]


def _attribute(attributes: dict[str, str], local_name: str) -> str | None:
    """An attribute by local name, whatever namespace (transitional or strict) it is in."""
    for key, value in attributes.items():
        if _local(key) == local_name:
            return value
    return None


def worksheets(archive: zipfile.ZipFile) -> list[SheetPart]:
    """The workbook's worksheets in tab order (chart sheets and macro sheets left out)."""
    try:
        workbook = fromstring(archive.read(WORKBOOK_PART))
        relationships = fromstring(archive.read(_WORKBOOK_RELS))
    except (KeyError, ParseError, DefusedXmlException) as error:
        raise MalformedPackage(str(error)) from None

    targets: dict[str, str] = {}
    for relation in relationships.iter():
        if _local(relation.tag) != "Relationship":
            continue
        if not relation.get("Type", "").endswith(_WORKSHEET_TYPE_SUFFIX):
            continue
        target = relation.get("Target", "")
        if target.startswith("/"):
            part = target.lstrip("/")
        else:
            part = posixpath.normpath(posixpath.join(posixpath.dirname(WORKBOOK_PART), target))
        targets[relation.get("Id", "")] = part

    sheets: list[SheetPart] = []
    for element in workbook.iter():
        if _local(element.tag) != "sheet":
            continue
        attributes = dict(element.attrib)
        part = targets.get(_attribute(attributes, "id") or "")
        if part is None:
            continue
        sheets.append(
            SheetPart(
                name=attributes.get("name", ""),
                part=part,
                visible=attributes.get("state", "visible") == "visible",
            )
        )
    return sheets
