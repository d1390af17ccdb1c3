from __future__ import annotations

from pathlib import Path

import pytest

from liaison.reports.template import build_pdf
from tests.reports import sample
from tests.reports.pdfcheck import SampleDoc, page_texts, reader


@pytest.fixture(scope="session", params=["en", "zh_CN"])
def sample_pdf(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> SampleDoc:
    """The sample document (with a contents page) in each language, built and read once."""
    lang: str = request.param
    path = tmp_path_factory.mktemp("sample") / f"sample-{lang}.pdf"
    build_pdf(path, sample.info(lang), sample.story(lang, with_contents=True))
    pdf = reader(path)
    return lang, pdf, page_texts(pdf)


@pytest.fixture
def out(tmp_path: Path) -> Path:
    return tmp_path / "out.pdf"
