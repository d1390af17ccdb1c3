from __future__ import annotations

import pytest

from liaison.excel.headers import HeaderNotFound, find_header_row, normalise_header
from liaison.excel.table import Row

KNOWN = {
    "Name": "name",
    "企业名称": "name",
    "USCC": "uscc",
    "统一社会信用代码": "uscc",
    "Revenue (10k CNY)": "revenue",
    "营业收入（万元）": "revenue",
    "Notes": "notes",
}


@pytest.mark.parametrize(
    "variants",
    [
        ["营业收入（万元）", "营业收入(万元)", " 营业收入 ( 万元 ) ", "营业收入\n（万元）"],
        [
            " Revenue (10k CNY) ",
            "revenue(10k cny)",
            "REVENUE (10K CNY)",
            "Ｒｅｖｅｎｕｅ（１０ｋ ＣＮＹ）",
        ],
        ["企业名称", "企业名称*", "＊企业名称", "企业名称：", "\u3000企业名称\u3000"],
    ],
)
def test_normalise_header_equates_variants(variants: list[str]) -> None:
    assert len({normalise_header(v) for v in variants}) == 1


def test_normalise_header_keeps_different_headers_apart() -> None:
    assert normalise_header("营业收入（万元）") != normalise_header("营业收入（元）")
    assert normalise_header(None) == ""
    assert normalise_header(2025) == "2025"


def rows(*values: tuple[object, ...]) -> list[Row]:
    return list(enumerate(values, start=1))


def test_header_below_title_and_blank_rows() -> None:
    sheet = rows(
        ("2025 年合作企业名单", None, None),
        (),
        ("Name", "营业收入(万元)", "Contact person", None, "企业名称", "USCC"),
        ("Acme", 12, "Li"),
    )
    remaining = iter(sheet)
    match = find_header_row(remaining, KNOWN)
    assert match.row == 3
    assert match.columns == {0: "name", 1: "revenue", 5: "uscc"}
    assert match.unmatched == {2: "Contact person"}
    assert match.duplicates == {4: "name"}
    assert match.column_of("uscc") == 5
    assert match.column_of("notes") is None
    assert next(remaining) == (4, ("Acme", 12, "Li"))  # data rows are left for the caller


def test_title_mentioning_one_header_is_not_taken_for_the_header() -> None:
    sheet = rows(("企业名称",), ("企业名称", "统一社会信用代码"))
    assert find_header_row(sheet, KNOWN).row == 2


def test_single_field_headers_need_one_match() -> None:
    assert find_header_row(rows((None,), ("Name",)), {"Name": "name", "名称": "name"}).row == 2


def test_min_matches_can_be_raised() -> None:
    sheet = rows(("Name", "USCC"), ("Name", "USCC", "Notes"))
    assert find_header_row(sheet, KNOWN, min_matches=3).row == 2


def test_scan_limit() -> None:
    sheet = rows(*[("filler",)] * 30, ("Name", "USCC"))
    assert find_header_row(sheet, KNOWN, scan=31).row == 31
    with pytest.raises(HeaderNotFound):
        find_header_row(sheet, KNOWN, scan=30)


def test_not_found_message_gives_examples_in_both_languages() -> None:
    with pytest.raises(HeaderNotFound) as caught:
        find_header_row(rows(("a", "b"), ("c",)), KNOWN, scan=5)
    english = caught.value.message("en")
    assert "5 rows" in english and '"Name"' in english and '"USCC"' in english
    assert '"企业名称"' not in english  # one example per field
    assert "前 5 行" in caught.value.message("zh_CN")
