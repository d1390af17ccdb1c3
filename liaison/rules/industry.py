"""Industry sections (门类) of GB/T 4754-2017, as the officer names them in forms and sheets."""

from __future__ import annotations

import re
import unicodedata
from typing import Final

from liaison.errors import ValidationError
from liaison.i18n import Catalog, is_chinese, normalise_language

SECTIONS: Final[dict[str, tuple[str, str]]] = {
    "A": ("Agriculture, forestry, husbandry and fishery", "农、林、牧、渔业"),
    "B": ("Mining", "采矿业"),
    "C": ("Manufacturing", "制造业"),
    "D": ("Utilities", "电力、热力、燃气及水生产和供应业"),
    "E": ("Construction", "建筑业"),
    "F": ("Wholesale and retail", "批发和零售业"),
    "G": ("Transport, warehousing and postal", "交通运输、仓储和邮政业"),
    "H": ("Accommodation and catering", "住宿和餐饮业"),
    "I": ("Information transmission, software and IT services", "信息传输、软件和信息技术服务业"),
    "J": ("Finance", "金融业"),
    "K": ("Real estate", "房地产业"),
    "L": ("Leasing and business services", "租赁和商务服务业"),
    "M": ("Scientific research and technical services", "科学研究和技术服务业"),
    "N": ("Water, environment and public facilities", "水利、环境和公共设施管理业"),
    "O": ("Household, repair and other services", "居民服务、修理和其他服务业"),
    "P": ("Education", "教育"),
    "Q": ("Health and social work", "卫生和社会工作"),
    "R": ("Culture, sports and entertainment", "文化、体育和娱乐业"),
    "S": ("Public administration and social organisations", "公共管理、社会保障和社会组织"),
    "T": ("International organisations", "国际组织"),
}

_ = Catalog(
    {
        "industry.unknown": (
            "“{value}” is not an industry section: give a letter A–T or a section name",
            "无法识别行业门类“{value}”：请填写门类字母 A–T 或门类名称",
        ),
        "industry.mismatch": (
            "Section letter {letter} does not go with the name “{name}”",
            "门类字母 {letter} 与名称“{name}”不符",
        ),
    }
)

# Separators seen between letter and name: "C 制造业", "C-Manufacturing", "C：制造业", "(C) …".
_LETTER_AND_NAME: Final = re.compile(r"^\(?([A-Za-z])\)?\s*[-–—:.、)]?\s*(.+)$")
# Punctuation that varies between sources is dropped before names are compared.
_NAME_NOISE: Final = re.compile(r"[\s,、.&()'’-]|\band\b|和|及")


def _name_key(name: str) -> str:
    return _NAME_NOISE.sub("", name.casefold())


_BY_NAME: Final = {_name_key(name): letter for letter, names in SECTIONS.items() for name in names}


def parse_section(value: str) -> str:
    """The section letter for a letter, an English or Chinese name, or "letter + name"."""
    text = unicodedata.normalize("NFKC", value).strip()
    if len(text) == 1 and text.upper() in SECTIONS:
        return text.upper()
    by_name = _BY_NAME.get(_name_key(text))
    if by_name:
        return by_name
    match = _LETTER_AND_NAME.match(text)
    if match:
        letter, name = match.group(1).upper(), match.group(2)
        named = _BY_NAME.get(_name_key(name))
        if letter in SECTIONS and named == letter:
            return letter
        if letter in SECTIONS and named is not None:
            raise ValidationError("industry", "industry.mismatch", letter=letter, name=name)
    raise ValidationError("industry", "industry.unknown", value=value.strip())


def section_name(letter: str, lang: str | None = None) -> str:
    """The section's name alone, e.g. "Manufacturing" / "制造业"."""
    en, zh = SECTIONS[letter]
    return zh if is_chinese(normalise_language(lang) if lang else None) else en


def section_label(letter: str, lang: str | None = None) -> str:
    """Letter and name, as lists and reports show a section: "C Manufacturing" / "C 制造业"."""
    return f"{letter} {section_name(letter, lang)}"
