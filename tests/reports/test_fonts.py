"""The embedded font, its bold alias and the canvas that draws synthetic bold."""

from __future__ import annotations

import io
import re

import pypdf
from reportlab.lib.colors import blue, red
from reportlab.lib.fonts import tt2ps
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFontFile
from reportlab.platypus import Paragraph

from liaison import resources
from liaison.reports.canvas import ReportCanvas
from liaison.reports.fonts import FONT, FONT_BOLD, register_fonts, string_width
from liaison.reports.styles import styles
from liaison.reports.template import DocumentInfo, build_pdf
from tests.reports.pdfcheck import content, fonts, not_embedded


def test_registering_twice_is_harmless_and_bold_shares_the_face() -> None:
    register_fonts()
    register_fonts()
    assert pdfmetrics.getFont(FONT_BOLD) is pdfmetrics.getFont(FONT)
    assert string_width("中文 abc", 10) == string_width("中文 abc", 10, bold=True) > 0


def test_the_bundled_font_has_no_bold_face_so_bold_is_synthesised() -> None:
    faces = [TTFontFile(str(resources.cjk_font()), subfontIndex=i) for i in (0, 1)]
    assert [f.styleName for f in faces] == [b"Regular", b"Regular"]


def test_b_markup_maps_to_the_bold_alias_not_helvetica() -> None:
    register_fonts()
    assert tt2ps(FONT, 1, 0) == FONT_BOLD
    assert tt2ps(FONT, 1, 1) == FONT_BOLD
    assert tt2ps(FONT, 0, 1) == FONT  # no italic face: italic prints upright
    para = Paragraph("plain <b>bold</b> <i>italic</i>", styles("en").body)
    assert {frag.fontName for frag in para.frags} == {FONT, FONT_BOLD}


def test_glyphs_the_blocks_print_exist_in_the_font() -> None:
    register_fonts()
    face = pdfmetrics.getFont(FONT).face
    for char in "▲▼—…·（）：，、％¥年月日第页共":
        assert ord(char) in face.charToGlyph, char


def _content(stream: bytes) -> str:
    pdf = pypdf.PdfReader(io.BytesIO(stream))
    return "\n".join(content(page) for page in pdf.pages)


def test_bold_text_is_filled_and_stroked_then_the_state_is_restored() -> None:
    out = io.BytesIO()
    canvas = ReportCanvas(out)
    canvas.setLineWidth(2)
    canvas.setStrokeColor(red)
    canvas.setFillColor(blue)
    canvas.setFont(FONT_BOLD, 20)
    canvas.drawString(10, 10, "粗体")
    canvas.setFont(FONT, 20)
    canvas.drawString(10, 40, "plain")
    canvas.save()
    blocks = re.findall(r"BT .*? ET", _content(out.getvalue()))
    assert len(blocks) == 2
    bold, plain = blocks
    # outline in the text colour, 0.035 em wide, fill+stroke ...
    assert re.search(r"0 0 1 RG 0\.700 w 2 Tr .* Tj", bold)
    # ... and the canvas's own line width and stroke colour back before ET
    assert re.search(r"Tj .*0 Tr 2 w 1 0 0 RG ET$", bold)
    assert "Tr" not in plain and " w " not in plain


def test_a_document_with_bold_headings_embeds_one_font() -> None:
    out = io.BytesIO()
    st = styles("zh_CN")
    story = [Paragraph("标题 Heading", st.h1), Paragraph("正文 <b>加粗</b> body", st.body)]
    build_pdf(out, DocumentInfo("粗体", lang="zh_CN"), story)
    pdf = pypdf.PdfReader(io.BytesIO(out.getvalue()))
    found = fonts(pdf)
    assert {str(f["/BaseFont"]).split("+")[-1] for f in found} == {"WenQuanYiMicroHei-0"}
    assert all(not_embedded(f) == [] for f in found)
    assert "2 Tr" in _content(out.getvalue())
