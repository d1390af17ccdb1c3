"""Every printed document, in English and Chinese, on a small college with extreme data:
the expected text can be extracted, every font is embedded, the outline and metadata are
there, markup characters print as typed and empty sections say so."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pypdf
import pytest

from liaison.db import Database, open_database
from liaison.reports.agreement import agreement_document, placement_agreement
from liaison.reports.annual import annual_report
from liaison.reports.document import ReportResult
from liaison.reports.enterprise import enterprise_report
from liaison.reports.visit_sheet import visit_sheets
from liaison.services.hub import Services
from tests.reports import report_data as rd
from tests.reports.pdfcheck import fonts, not_embedded, outline_titles, page_texts, reader, squeeze

LANGS = ("en", "zh_CN")
Build = Callable[[Database, dict[str, int], Path, str], ReportResult]


def _enterprise(key: str) -> Build:
    return lambda db, ids, path, lang: enterprise_report(
        db, ids[key], path, lang=lang, today=rd.TODAY
    )


def _placement(key: str) -> Build:
    return lambda db, ids, path, lang: placement_agreement(
        db, ids[key], path, lang=lang, today=rd.TODAY
    )


DOCUMENTS: dict[str, Build] = {
    "enterprise": _enterprise("A"),
    "enterprise_long_name": _enterprise("L"),
    "enterprise_no_records": _enterprise("E"),
    "annual": lambda db, ids, path, lang: annual_report(
        db, rd.YEAR, path, lang=lang, today=rd.TODAY
    ),
    "annual_empty_year": lambda db, ids, path, lang: annual_report(
        db, 1990, path, lang=lang, today=rd.TODAY
    ),
    "agreement": lambda db, ids, path, lang: agreement_document(
        db, ids["a1"], path, lang=lang, today=rd.TODAY
    ),
    "agreement_bare": lambda db, ids, path, lang: agreement_document(
        db, ids["a2"], path, lang=lang, today=rd.TODAY
    ),
    "tripartite_adult": _placement("p1"),
    "tripartite_minor": _placement("p2"),
    "tripartite_age_unknown": _placement("p3"),
    "visit_route": lambda db, ids, path, lang: visit_sheets(
        db, [ids["A"], ids["L"], ids["E"]], path, lang=lang, today=rd.TODAY
    ),
}

# Text each document must show, per language (compared without whitespace).
COMMON = {
    "en": ["Generated on 28 Nov 2026", "Page 1 of"],
    "zh_CN": ["生成日期：2026年11月28日", "第 1 页"],
}
EXPECTED: dict[tuple[str, str], list[str]] = {
    ("enterprise", "en"): [
        rd.FIRM,
        rd.USCC,
        "Profile",
        "Cooperation depth",
        "Indicators",
        "Agreements in force",
        "Funds received by quarter",
        "Students placed by major",
        "HX-2026-01",
        "Open follow-ups",
        rd.MARKUP,
        "Small: 120 staff, revenue 5000 万元 (Industry, 2011 rules)",
        "Previous period: 1 Jan 2025 – 31 Dec 2025",
    ],
    ("enterprise", "zh_CN"): [
        rd.FIRM,
        "企业概况",
        "合作深度",
        "合作指标",
        "在执行协议",
        "各季度到账经费",
        "各专业实习安置人数",
        "待办后续事项",
        "小型：从业人员 120 人，营业收入 5000 万元（工业，2011 年标准）",
        rd.MARKUP,
    ],
    ("enterprise_long_name", "en"): [rd.LONG_NAME, "No agreements in this period."],
    ("enterprise_long_name", "zh_CN"): [rd.LONG_NAME, "本期无合作协议。"],
    ("enterprise_no_records", "en"): [
        rd.EMPTY_FIRM,
        "No agreements in this period.",
        "No students placed in this period.",
        "No joint projects in this period.",
        "No funds received in this period.",
        "No visits or other contacts in this period.",
        "No contacts recorded.",
        "No data",
    ],
    ("enterprise_no_records", "zh_CN"): [
        rd.EMPTY_FIRM,
        "本期无合作协议。",
        "本期无合作项目。",
        "尚未登记联系人。",
        "暂无数据",
    ],
    ("annual", "en"): [
        "Annual cooperation report 2026",
        "Contents",
        "Key figures",
        "By size class",
        "By industry section",
        "By major",
        "Vertical integration",
        "Horizontal joint innovation",
        "Educating people",
        "Themes: innovation, green, sharing",
        "Partners by cooperation depth",
        "Appendix: active partners",
        rd.LONG_NAME,
        rd.FIRM,
        f"Software {rd.MARKUP}",
    ],
    ("annual", "zh_CN"): [
        "2026年度校企合作报告",
        "目录",
        "主要指标",
        "按企业规模",
        "纵向融合",
        "横向联合创新",
        "育人",
        "发展理念：创新、绿色、共享",
        "附录：合作企业名录",
        rd.FIRM,
    ],
    ("annual_empty_year", "en"): ["Annual cooperation report 1990", "No funds received this year."],
    ("annual_empty_year", "zh_CN"): ["1990年度校企合作报告", "本年无到账经费。"],
    ("agreement", "en"): [
        "Modern apprenticeship cooperation agreement",
        f"学徒制协议 {rd.MARKUP}",
        "Agreement No. XY-2026-001",
        "Article 1 Purpose and form of cooperation",
        "Working hours and rest",
        "Liability insurance and accident handling",
        "POL-0001",
        "CNY 3,000.00",
        "Signature",
    ],
    ("agreement", "zh_CN"): [
        f"学徒制协议 {rd.MARKUP}",
        "协议编号：XY-2026-001",
        "第一条 合作目的与方式",
        "工作时间与休息休假",
        "责任保险与事故处理",
        "3,000.00 元",
        "（盖章）",
    ],
    ("agreement_bare", "en"): ["Co-built course cooperation agreement", "______"],
    ("agreement_bare", "zh_CN"): ["共建课程合作协议", "______"],
    ("tripartite_adult", "en"): [
        "Tripartite apprenticeship training agreement",
        "Party C (student)",
        "王成年",
        "张三",
        "孙老师",
        "Meals and lodging",
        "Breach",
        "Disputes",
    ],
    ("tripartite_adult", "zh_CN"): [
        "现代学徒制学徒培养三方协议",
        "丙方（学生）",
        "违约责任",
        "争议解决",
    ],
    ("tripartite_minor", "en"): ["Guardian of Party C", "Party C is a minor", "赵父"],
    ("tripartite_minor", "zh_CN"): ["丙方监护人", "丙方为未成年人", "赵父"],
    ("tripartite_age_unknown", "en"): [
        "Guardian of Party C (if under 18)",
        "If Party C is under 18",
    ],
    ("tripartite_age_unknown", "zh_CN"): ["丙方监护人（未满18周岁时）"],
    ("visit_route", "en"): [
        "Visit sheets: 3 enterprises",
        "This visit",
        "Notes",
        "Follow-ups agreed",
        "No agreement in force today.",
        rd.LONG_NAME,
        rd.EMPTY_FIRM,
        rd.MARKUP,
    ],
    ("visit_route", "zh_CN"): ["走访记录单（3 家企业）", "本次走访", "走访记录", "商定的后续事项"],
}


@dataclass(frozen=True)
class Built:
    result: ReportResult
    pdf: pypdf.PdfReader
    texts: list[str]

    @property
    def text(self) -> str:
        return squeeze("".join(self.texts))


@pytest.fixture(scope="module")
def world(
    tmp_path_factory: pytest.TempPathFactory, migrated_template: Path
) -> Iterator[tuple[Database, dict[str, int]]]:
    path = tmp_path_factory.mktemp("world") / "liaison.db"
    shutil.copyfile(migrated_template, path)
    db = open_database(path)
    ids = rd.build(Services(db, "tester"))
    yield db, ids
    db.close()


@pytest.fixture(scope="module")
def built(
    world: tuple[Database, dict[str, int]], tmp_path_factory: pytest.TempPathFactory
) -> Callable[[str, str], Built]:
    cache: dict[tuple[str, str], Built] = {}
    folder = tmp_path_factory.mktemp("documents")

    def get(kind: str, lang: str) -> Built:
        if (kind, lang) not in cache:
            db, ids = world
            result = DOCUMENTS[kind](db, ids, folder / f"{kind}-{lang}.pdf", lang)
            pdf = reader(result.path)
            cache[kind, lang] = Built(result, pdf, page_texts(pdf))
        return cache[kind, lang]

    return get


CASES = [(kind, lang) for kind in DOCUMENTS for lang in LANGS]


@pytest.mark.parametrize(("kind", "lang"), CASES)
def test_expected_text_is_extractable(
    built: Callable[[str, str], Built], kind: str, lang: str
) -> None:
    doc = built(kind, lang)
    missing = [t for t in [*COMMON[lang], *EXPECTED[kind, lang]] if squeeze(t) not in doc.text]
    assert not missing


@pytest.mark.parametrize(("kind", "lang"), CASES)
def test_every_font_is_embedded(built: Callable[[str, str], Built], kind: str, lang: str) -> None:
    found = fonts(built(kind, lang).pdf)
    assert found
    assert [name for font in found for name in not_embedded(font)] == []
    assert all("WenQuanYi" in str(font["/BaseFont"]) for font in found)


@pytest.mark.parametrize(("kind", "lang"), CASES)
def test_result_describes_the_file(
    built: Callable[[str, str], Built], kind: str, lang: str
) -> None:
    doc = built(kind, lang)
    assert doc.result.pages == len(doc.pdf.pages) >= 1
    assert doc.result.lang == lang
    assert doc.pdf.metadata is not None
    assert doc.pdf.metadata.title == doc.result.title
    assert squeeze(rd.COLLEGE) in squeeze(doc.texts[0])  # letterhead from Settings
    last = doc.texts[-1]
    total = len(doc.pdf.pages)
    assert squeeze(
        f"Page {total} of {total}" if lang == "en" else f"第 {total} 页，共 {total} 页"
    ) in squeeze(last)


def test_outline_lists_the_sections(built: Callable[[str, str], Built]) -> None:
    titles = [title for _level, title, _page in outline_titles(built("enterprise", "en").pdf)]
    assert titles[:3] == ["Profile", "Cooperation depth", "Indicators"]
    annual = [title for _l, title, _p in outline_titles(built("annual", "zh_CN").pdf)]
    assert "纵向融合" in annual and "附录：合作企业名录" in annual


def test_agreement_number_is_on_every_page(built: Callable[[str, str], Built]) -> None:
    for kind in ("agreement", "tripartite_minor"):
        doc = built(kind, "en")
        assert len(doc.texts) > 1
        assert all(squeeze(rd.AGREEMENT_NO) in squeeze(page) for page in doc.texts)


def test_adult_student_signs_without_guardian(built: Callable[[str, str], Built]) -> None:
    assert "Guardian" not in built("tripartite_adult", "en").text
    assert "监护人" not in built("tripartite_adult", "zh_CN").text


def test_missing_terms_print_blank_lines(built: Callable[[str, str], Built]) -> None:
    bare = built("agreement_bare", "en").text
    full = built("agreement", "en").text
    # The bare agreement has no dates, post, place or students: each is a line to write on.
    assert bare.count("______") >= 5
    assert full.count("______") < bare.count("______")


def test_period_defaults_to_this_calendar_year(built: Callable[[str, str], Built]) -> None:
    assert squeeze("1 Jan 2026 – 31 Dec 2026") in built("enterprise", "en").text


def test_letter_paper(world: tuple[Database, dict[str, int]], tmp_path: Path) -> None:
    db, ids = world
    result = visit_sheets(db, [ids["E"]], tmp_path / "v.pdf", paper="Letter", today=rd.TODAY)
    box = reader(result.path).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)


def test_unknown_paper_is_refused(world: tuple[Database, dict[str, int]], tmp_path: Path) -> None:
    db, ids = world
    with pytest.raises(ValueError, match="paper"):
        visit_sheets(db, [ids["E"]], tmp_path / "v.pdf", paper="A3")
    assert not (tmp_path / "v.pdf").exists()


def test_every_document_on_the_backend(services: Services, tmp_path: Path) -> None:
    """The queries behind each document give the same answers on PostgreSQL as on SQLite."""
    ids = rd.build(services)
    pages: dict[str, int] = {}
    for kind, build in DOCUMENTS.items():
        result = build(services.db, ids, tmp_path / f"{kind}.pdf", "en")
        pages[kind] = result.pages
        text = squeeze("".join(page_texts(reader(result.path))))
        assert all(squeeze(t) in text for t in EXPECTED[kind, "en"]), kind
    assert all(n >= 1 for n in pages.values())
