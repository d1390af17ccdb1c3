"""The rules behind the documents: periods, article numbers, ages, blanks, REFs, progress."""

from __future__ import annotations

import io
import shutil
from collections.abc import Callable, Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path
from types import SimpleNamespace
from typing import Any, cast

import pytest

from liaison import i18n
from liaison.db import Database, open_database
from liaison.errors import NotFound
from liaison.i18n import text
from liaison.model import Enterprise
from liaison.reports import annual_partners, refs
from liaison.reports.agreement import age_on, agreement_document, is_minor, placement_agreement
from liaison.reports.annual import annual_report
from liaison.reports.annual_facts import Facts
from liaison.reports.clauses import chinese_number, filled
from liaison.reports.data import quarters
from liaison.reports.document import GATHER_SHARE, PROGRESS_STEPS, paper_size
from liaison.reports.enterprise import enterprise_report, previous_period
from liaison.reports.tables import change
from liaison.reports.template import DocumentInfo, build_pdf
from liaison.reports.visit_sheet import visit_sheets
from liaison.reports.words import Words
from liaison.rules.names import name_key
from liaison.services.hub import Services
from liaison.tasks import Cancelled
from tests.reports import report_data as rd
from tests.reports.pdfcheck import page_texts, reader, squeeze


@pytest.mark.parametrize(
    ("start", "end", "before"),
    [
        (date(2026, 1, 1), date(2026, 12, 31), (date(2025, 1, 1), date(2025, 12, 31))),
        (date(2026, 3, 1), date(2026, 5, 31), (date(2025, 12, 1), date(2026, 2, 28))),
        (date(2024, 3, 1), date(2024, 3, 31), (date(2024, 2, 1), date(2024, 2, 29))),
        (date(2026, 1, 10), date(2026, 1, 19), (date(2025, 12, 31), date(2026, 1, 9))),
        (date(2026, 6, 15), date(2026, 6, 15), (date(2026, 6, 14), date(2026, 6, 14))),
    ],
)
def test_previous_period(start: date, end: date, before: tuple[date, date]) -> None:
    assert previous_period(start, end) == before


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (date(2026, 1, 1), date(2026, 12, 31), [(2026, 1), (2026, 2), (2026, 3), (2026, 4)]),
        (date(2025, 11, 5), date(2026, 2, 1), [(2025, 4), (2026, 1)]),
        (date(2026, 5, 1), date(2026, 5, 2), [(2026, 2)]),
    ],
)
def test_quarters(start: date, end: date, expected: list[tuple[int, int]]) -> None:
    assert quarters(start, end) == expected


@pytest.mark.parametrize(
    ("n", "text"), [(1, "一"), (9, "九"), (10, "十"), (12, "十二"), (20, "二十"), (31, "三十一")]
)
def test_chinese_article_numbers(n: int, text: str) -> None:
    assert chinese_number(n) == text


@pytest.mark.parametrize("n", [0, 100])
def test_article_number_out_of_range(n: int) -> None:
    with pytest.raises(ValueError):
        chinese_number(n)


@pytest.mark.parametrize(
    ("birth", "on", "age", "minor"),
    [
        (date(2008, 6, 1), date(2026, 5, 31), 17, True),
        (date(2008, 6, 1), date(2026, 6, 1), 18, False),
        (date(2008, 2, 29), date(2026, 2, 28), 17, True),
        (date(2008, 2, 29), date(2026, 3, 1), 18, False),
    ],
)
def test_minor_on_the_first_day(birth: date, on: date, age: int, minor: bool) -> None:
    assert age_on(birth, on) == age
    assert is_minor(birth, on) is minor


def test_age_unknown_without_birth_date() -> None:
    assert is_minor(None, date(2026, 1, 1)) is None


@pytest.mark.parametrize(
    ("value", "markup"),
    [
        ("A&B <x>", "<u>A&amp;B &lt;x&gt;</u>"),
        ("  ", "______________"),
        (None, "______________"),
        (40, "<u>40</u>"),
    ],
)
def test_filled_values(value: object, markup: str) -> None:
    assert filled(value) == markup


@pytest.mark.parametrize(("given", "size"), [("a4", "A4"), ("A4", "A4"), (" Letter ", "Letter")])
def test_paper_names(given: str, size: str) -> None:
    assert paper_size(given) == size


# --- REFs -------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def world(
    tmp_path_factory: pytest.TempPathFactory, migrated_template: Path
) -> Iterator[tuple[Database, dict[str, int]]]:
    path = tmp_path_factory.mktemp("refs") / "liaison.db"
    shutil.copyfile(migrated_template, path)
    db = open_database(path)
    ids = rd.build(Services(db, "tester"))
    yield db, ids
    db.close()


@pytest.mark.parametrize(
    ("ref", "key"),
    [
        ("1", "A"),
        (rd.USCC, "A"),
        (rd.USCC.lower(), "A"),
        ("９１３５０１００Ｍ０００１００Ｙ４３", "A"),
        (rd.FIRM, "A"),
        (f"  {rd.FIRM}  ", "A"),
        (rd.LONG_NAME.upper(), "L"),  # the same name spelt in other case
        (rd.AGREEMENT_NO, "A"),
        (rd.EMPTY_FIRM, "E"),
    ],
)
def test_enterprise_refs(world: tuple[Database, dict[str, int]], ref: str, key: str) -> None:
    db, ids = world
    with db.reading() as session:
        assert refs.enterprise_id(session, ref) == ids[key]


@pytest.mark.parametrize("ref", ["999", "no such firm", "", "91350100M000100Y44"])
def test_unknown_enterprise_ref(world: tuple[Database, dict[str, int]], ref: str) -> None:
    db, _ids = world
    with db.reading() as session, pytest.raises(refs.UnknownRef) as caught:
        refs.enterprise_id(session, ref)
    assert ref in caught.value.message("en")
    assert "找不到" in caught.value.message("zh_CN")


def test_agreement_and_student_refs(world: tuple[Database, dict[str, int]]) -> None:
    db, ids = world
    with db.reading() as session:
        assert refs.agreement_id(session, rd.AGREEMENT_NO) == ids["a1"]
        assert refs.agreement_id(session, str(ids["a2"])) == ids["a2"]
        assert refs.placement_of_student(session, ids["a1"], "2024s2") == ids["p2"]
        assert refs.placement_of_student(session, ids["a1"], "王成年") == ids["p1"]
        assert refs.placement_id(session, ids["p3"]) == ids["p3"]
        with pytest.raises(refs.UnknownRef):
            refs.agreement_id(session, "XY-NONE")
        with pytest.raises(refs.UnknownRef):
            refs.placement_of_student(session, ids["a2"], "王成年")
        with pytest.raises(refs.UnknownRef):
            refs.placement_id(session, 999)


def test_a_name_two_firms_share_is_refused(tmp_path: Path, migrated_template: Path) -> None:
    shutil.copyfile(migrated_template, tmp_path / "liaison.db")
    db = open_database(tmp_path / "liaison.db")
    svc = Services(db, "tester")
    svc.enterprises.create({"name": "同名公司"})
    # A second firm of the same name can only arrive by import with duplicates allowed.
    with db.transaction() as session:
        session.add(Enterprise(name="同名公司", name_key=name_key("同名公司")))
    with db.reading() as session, pytest.raises(refs.UnknownRef, match="ids 1, 2"):
        refs.enterprise_id(session, "同名公司")
    db.close()


# --- progress and cancelling ------------------------------------------------------------------


class Recorder:
    def __init__(self, cancel_after: int | None = None) -> None:
        self.calls: list[tuple[int, int | None, str]] = []
        self.cancel_after = cancel_after

    def __call__(self, done: int, total: int | None, text: str = "") -> None:
        self.calls.append((done, total, text))

    def cancelled(self) -> bool:
        return self.cancel_after is not None and len(self.calls) >= self.cancel_after


def test_progress_runs_to_the_end(world: tuple[Database, dict[str, int]], tmp_path: Path) -> None:
    db, ids = world
    progress = Recorder()
    enterprise_report(db, ids["A"], tmp_path / "r.pdf", today=rd.TODAY, progress=progress)
    done = [d for d, _t, _x in progress.calls]
    assert done == sorted(done)
    assert done[-1] == PROGRESS_STEPS
    assert {t for _d, t, _x in progress.calls} == {PROGRESS_STEPS}
    assert any("Laying out" in text for _d, _t, text in progress.calls)


ProgressedBuild = Callable[[Database, dict[str, int], Path, Recorder], object]
PROGRESSED: dict[str, ProgressedBuild] = {
    "enterprise": lambda db, ids, path, p: enterprise_report(
        db, ids["A"], path, today=rd.TODAY, progress=p
    ),
    "annual": lambda db, ids, path, p: annual_report(db, rd.YEAR, path, today=rd.TODAY, progress=p),
    "agreement": lambda db, ids, path, p: agreement_document(
        db, ids["a1"], path, today=rd.TODAY, progress=p
    ),
    "tripartite": lambda db, ids, path, p: placement_agreement(
        db, ids["p1"], path, today=rd.TODAY, progress=p
    ),
    "visit_route": lambda db, ids, path, p: visit_sheets(
        db, [ids["A"], ids["L"], ids["E"]], path, today=rd.TODAY, progress=p
    ),
}


@pytest.mark.parametrize("kind", PROGRESSED)
def test_gathering_fills_its_share_of_the_bar(
    world: tuple[Database, dict[str, int]], tmp_path: Path, kind: str
) -> None:
    """Each document counts as many reads as it makes: the bar reaches the end of gathering
    before laying out starts (the annual report counted 10 reads and made 9, an agreement 2
    and made 1, so the bar jumped when laying out began)."""
    db, ids = world
    progress = Recorder()
    PROGRESSED[kind](db, ids, tmp_path / "r.pdf", progress)
    gathering = text("report.progress.gather", "en")
    gathered = [d for d, _t, x in progress.calls if x == gathering]
    assert gathered and gathered[-1] == GATHER_SHARE
    done = [d for d, _t, _x in progress.calls]
    assert done == sorted(done) and done[-1] == PROGRESS_STEPS


@pytest.mark.parametrize("after", [1, 10, 25])
def test_cancel_writes_nothing(
    world: tuple[Database, dict[str, int]], tmp_path: Path, after: int
) -> None:
    """Cancelled while gathering (1) or while laying out (later): no file, no temporary."""
    db, ids = world
    target = tmp_path / "r.pdf"
    with pytest.raises(Cancelled):
        enterprise_report(
            db, ids["A"], target, today=rd.TODAY, progress=Recorder(cancel_after=after)
        )
    assert list(tmp_path.iterdir()) == []


def test_a_firm_in_the_trash_is_not_reported(
    world: tuple[Database, dict[str, int]], tmp_path: Path
) -> None:
    db, _ids = world
    with pytest.raises(NotFound):
        enterprise_report(db, 999, tmp_path / "r.pdf", today=rd.TODAY)
    assert not (tmp_path / "r.pdf").exists()


def test_period_that_ends_before_it_starts(
    world: tuple[Database, dict[str, int]], tmp_path: Path
) -> None:
    db, ids = world
    with pytest.raises(ValueError, match="before it starts"):
        enterprise_report(
            db, ids["A"], tmp_path / "r.pdf", start=date(2026, 5, 1), end=date(2026, 4, 1)
        )


# --- rounding: every printed percentage and 万元 figure half up --------------------------------


def _pdf_text(story: list[Any], lang: str = "en") -> str:
    stream = io.BytesIO()
    build_pdf(stream, DocumentInfo("t", lang=lang), story)
    return squeeze("".join(page_texts(reader(stream.getvalue()))))


def test_partner_shares_round_half_up_like_every_other_percentage() -> None:
    """1 of 16 partners is 6.25 %: the size and industry tables print 6.3 %, as the pie's
    legend, the change column and the indicators do."""
    now = SimpleNamespace(
        partners=16,
        partners_by_size={"micro": 1, "small": 15},
        partners_by_industry={"C": 15, "M": 1},
    )
    facts = cast(Facts, SimpleNamespace(now=now, majors=[]))
    text = _pdf_text(annual_partners.partners(Words("en"), facts))
    assert text.count("6.3%") == 3  # size table, industry table, the pie's legend
    assert "6.2%" not in text
    assert change(Decimal("106.25"), 100) == Decimal("6.3")
    assert Words("en").share(1, 16) == "6.3%"


def test_funds_chart_and_tables_print_the_same_wan(sqlite_db: Database, tmp_path: Path) -> None:
    """1,250 元 is 0.125 万元: the payments table, the indicators and the chart all say 0.13."""
    svc = Services(sqlite_db, "tester")
    firm = svc.enterprises.create({"name": "乙精工有限公司"})
    project = svc.projects.create(
        {
            "code": "HX-2026-09",
            "title": "夹具改进",
            "kind": "green_upgrade",
            "status": "in_progress",
        }
    )
    svc.partners.create({"project_id": project, "enterprise_id": firm, "is_lead": True})
    svc.payments.create(
        {"project_id": project, "received_on": date(2026, 2, 1), "amount_fen": "1250元"}
    )
    result = enterprise_report(
        sqlite_db,
        firm,
        tmp_path / "r.pdf",
        start=date(2026, 1, 1),
        end=date(2026, 12, 31),
        today=rd.TODAY,
    )
    text = squeeze("".join(page_texts(reader(result.path))))
    assert "0.12" not in text
    assert text.count("0.13") >= 3  # key figure, payments table, chart value label


def test_every_column_header_of_the_annual_report_is_printed(
    world: tuple[Database, dict[str, int]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No header text in the catalogue without a column (a credit code and a depth-level
    column were declared and never printed)."""
    db, _ids = world
    asked: set[str] = set()
    real = i18n.text

    def recording(key: str, lang: str | None = None, **params: Any) -> str:
        asked.add(key)
        return real(key, lang, **params)

    monkeypatch.setattr(i18n, "text", recording)
    annual_report(db, rd.YEAR, tmp_path / "a.pdf", today=rd.TODAY)
    headers = {k for k in i18n.all_messages() if k.startswith("report.annual.col.")}
    assert headers and headers <= asked
