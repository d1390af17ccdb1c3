"""GB/T 4754-2017 sections: parsing what officers type, and labels."""

from __future__ import annotations

import pytest

from liaison.errors import ValidationError
from liaison.i18n import using
from liaison.rules.industry import SECTIONS, parse_section, section_label, section_name

# Transcribed from DOMAIN.md, independently of the module's table.
CHINESE = {
    "A": "农、林、牧、渔业",
    "B": "采矿业",
    "C": "制造业",
    "D": "电力、热力、燃气及水生产和供应业",
    "E": "建筑业",
    "F": "批发和零售业",
    "G": "交通运输、仓储和邮政业",
    "H": "住宿和餐饮业",
    "I": "信息传输、软件和信息技术服务业",
    "J": "金融业",
    "K": "房地产业",
    "L": "租赁和商务服务业",
    "M": "科学研究和技术服务业",
    "N": "水利、环境和公共设施管理业",
    "O": "居民服务、修理和其他服务业",
    "P": "教育",
    "Q": "卫生和社会工作",
    "R": "文化、体育和娱乐业",
    "S": "公共管理、社会保障和社会组织",
    "T": "国际组织",
}


def test_sections_are_a_to_t_with_the_standard_chinese_names() -> None:
    assert list(SECTIONS) == list("ABCDEFGHIJKLMNOPQRST")
    assert {letter: zh for letter, (_, zh) in SECTIONS.items()} == CHINESE
    assert all(en and en.isascii() for en, _ in SECTIONS.values())


@pytest.mark.parametrize("letter", list(CHINESE))
def test_letter_in_any_case_and_width(letter: str) -> None:
    full_width = chr(ord(letter) - ord("A") + ord("Ａ"))
    for raw in (letter, letter.lower(), f" {letter} ", full_width):
        assert parse_section(raw) == letter


@pytest.mark.parametrize(("letter", "zh"), CHINESE.items())
def test_chinese_name(letter: str, zh: str) -> None:
    assert parse_section(zh) == letter
    assert parse_section(f"{letter} {zh}") == letter


@pytest.mark.parametrize("letter", list(CHINESE))
def test_english_name(letter: str) -> None:
    en = SECTIONS[letter][0]
    assert parse_section(en) == letter
    assert parse_section(en.upper()) == letter
    assert parse_section(f"{letter}-{en}") == letter


@pytest.mark.parametrize(
    ("raw", "letter"),
    [
        ("C 制造业", "C"),
        ("C-Manufacturing", "C"),
        ("c - manufacturing", "C"),
        ("C：制造业", "C"),
        ("C:制造业", "C"),
        ("C制造业", "C"),
        ("(C) 制造业", "C"),
        ("（C）制造业", "C"),
        ("C. Manufacturing", "C"),
        ("Ｃ　制造业", "C"),
        ("C、制造业", "C"),
        ("批发零售业", "F"),  # without 和, as many sheets write it
        ("Wholesale & retail", "F"),
        ("农林牧渔业", "A"),
        ("Information transmission software and IT services", "I"),
        ("I 信息传输、软件和信息技术服务业", "I"),
        ("education", "P"),
        ("Mining", "B"),  # a name starting with a section letter is still a name
    ],
)
def test_letter_and_name_forms(raw: str, letter: str) -> None:
    assert parse_section(raw) == letter


@pytest.mark.parametrize(
    ("raw", "key"),
    [
        ("", "industry.unknown"),
        ("   ", "industry.unknown"),
        ("U", "industry.unknown"),
        ("Z", "industry.unknown"),
        ("AB", "industry.unknown"),
        ("制造", "industry.unknown"),
        ("Manufacture", "industry.unknown"),
        ("3", "industry.unknown"),
        ("C 采矿业", "industry.mismatch"),
        ("B-Manufacturing", "industry.mismatch"),
    ],
)
def test_rejected(raw: str, key: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_section(raw)
    assert (caught.value.field, caught.value.key) == ("industry", key)


def test_messages_name_the_input() -> None:
    with pytest.raises(ValidationError) as caught:
        parse_section("Farming")
    assert caught.value.message("en") == (
        "“Farming” is not an industry section: give a letter A–T or a section name"
    )
    assert "“Farming”" in caught.value.message("zh_CN")
    with pytest.raises(ValidationError) as caught:
        parse_section("C 采矿业")
    assert caught.value.message("zh_CN") == "门类字母 C 与名称“采矿业”不符"


@pytest.mark.parametrize(
    ("letter", "lang", "label"),
    [
        ("C", "en", "C Manufacturing"),
        ("C", "zh_CN", "C 制造业"),
        ("C", "zh", "C 制造业"),
        ("J", "en", "J Finance"),
        ("T", "zh-CN", "T 国际组织"),
    ],
)
def test_section_label(letter: str, lang: str, label: str) -> None:
    assert section_label(letter, lang) == label


def test_labels_follow_the_current_language() -> None:
    with using("zh_CN"):
        assert section_name("P") == "教育"
        assert section_label("P", "en") == "P Education"
    with using("en"):
        assert section_name("P") == "Education"
