"""Every document built on the demo data, in both languages, as an officer would print them."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from liaison import demo
from liaison.db import Database, open_database
from liaison.enums import AgreementKind
from liaison.model import Agreement, Placement
from liaison.reports.agreement import agreement_document, placement_agreement
from liaison.reports.annual import annual_report
from liaison.reports.document import ReportResult
from liaison.reports.enterprise import enterprise_report
from liaison.reports.visit_sheet import visit_sheets
from tests.reports.pdfcheck import fonts, not_embedded, page_texts, reader, squeeze

TODAY = date(2026, 11, 28)


@pytest.fixture(scope="module")
def demo_db(
    tmp_path_factory: pytest.TempPathFactory, migrated_template: Path
) -> Iterator[Database]:
    path = tmp_path_factory.mktemp("demo") / "liaison.db"
    shutil.copyfile(migrated_template, path)
    db = open_database(path)
    demo.build(db, enterprises=60, seed=7, today=TODAY)
    yield db
    db.close()


def _busiest(db: Database) -> tuple[int, int, int]:
    """The firm with the most agreements, its apprenticeship agreement and one placement."""
    with db.reading() as session:
        firm = session.execute(
            select(Agreement.enterprise_id)
            .group_by(Agreement.enterprise_id)
            .order_by(func.count().desc(), Agreement.enterprise_id)
            .limit(1)
        ).scalar_one()
        agreement = session.scalars(
            select(Agreement.id).order_by(
                (Agreement.kind != AgreementKind.APPRENTICESHIP.value), Agreement.id
            )
        ).first()
        placement = session.scalars(select(Placement.id).order_by(Placement.id)).first()
    assert agreement is not None and placement is not None
    return firm, agreement, placement


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_every_document_on_demo_data(demo_db: Database, tmp_path: Path, lang: str) -> None:
    firm, agreement, placement = _busiest(demo_db)
    results: dict[str, ReportResult] = {
        "enterprise": enterprise_report(demo_db, firm, tmp_path / "e.pdf", lang=lang, today=TODAY),
        "annual": annual_report(demo_db, 2026, tmp_path / "a.pdf", lang=lang, today=TODAY),
        "agreement": agreement_document(
            demo_db, agreement, tmp_path / "g.pdf", lang=lang, today=TODAY
        ),
        "tripartite": placement_agreement(
            demo_db, placement, tmp_path / "t.pdf", lang=lang, today=TODAY
        ),
        "visits": visit_sheets(demo_db, [firm, 1, 2], tmp_path / "v.pdf", lang=lang, today=TODAY),
    }
    headings = {
        "en": {
            "enterprise": "Cooperation depth",
            "annual": "Appendix: active partners",
            "agreement": "Signatures",
            "tripartite": "Party C (student)",
            "visits": "Follow-ups agreed",
        },
        "zh_CN": {
            "enterprise": "合作深度",
            "annual": "附录：合作企业名录",
            "agreement": "签署",
            "tripartite": "丙方（学生）",
            "visits": "商定的后续事项",
        },
    }
    for kind, result in results.items():
        pdf = reader(result.path)
        assert len(pdf.pages) == result.pages >= 1, kind
        assert [n for f in fonts(pdf) for n in not_embedded(f)] == [], kind
        assert squeeze(headings[lang][kind]) in squeeze("".join(page_texts(pdf))), kind
