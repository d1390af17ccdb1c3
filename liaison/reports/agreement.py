"""Agreements printed for signature: the college–enterprise agreement, and the tripartite
agreement of one placement (college, enterprise, student, and a minor's guardian).

Each prints the parties' details, the preamble, the numbered clauses of
:mod:`liaison.reports.clauses` filled from the record (blank lines where it is silent), and a
signature and seal block per party; the agreement number runs along the foot of every page.
"""

from __future__ import annotations

import os
from datetime import date
from functools import cache

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph

from liaison.db import Database
from liaison.i18n import Catalog
from liaison.reports import clauses
from liaison.reports.data import (
    AgreementTerms,
    PlacementTerms,
    agreement_terms,
    placement_terms,
)
from liaison.reports.document import (
    Letterhead,
    ReportResult,
    Tracker,
    document_info,
    heading,
    letterhead,
    write,
)
from liaison.reports.forms import Party, signature_block
from liaison.reports.styles import styles
from liaison.reports.tables import Cell, field_table
from liaison.reports.text import escape
from liaison.reports.words import Words
from liaison.tasks import Progress

_ = Catalog(
    {
        "agreement.doc.number": ("Agreement No. {number}", "协议编号：{number}"),
        "agreement.doc.number_student": (
            "Agreement No. {number} / {student_no}",
            "协议编号：{number}／{student_no}",
        ),
        "agreement.doc.parties": ("Parties", "协议各方"),
        "agreement.doc.terms": ("Terms", "协议条款"),
        "agreement.doc.signatures": ("Signatures", "签署"),
        "agreement.doc.party_a": ("Party A (college)", "甲方（学校）"),
        "agreement.doc.party_b": ("Party B (enterprise)", "乙方（企业）"),
        "agreement.doc.party_c": ("Party C (student)", "丙方（学生）"),
        "agreement.doc.guardian": ("Guardian of Party C", "丙方监护人"),
        "agreement.doc.guardian_if_minor": (
            "Guardian of Party C (if under 18)",
            "丙方监护人（未满18周岁时）",
        ),
        "agreement.field.name": ("Name", "名称"),
        "agreement.field.person": ("Name", "姓名"),
        "agreement.field.uscc": ("Credit code", "统一社会信用代码"),
        "agreement.field.address": ("Address", "地址"),
        "agreement.field.representative": ("Authorised representative", "授权代表"),
        "agreement.field.contact": ("Contact person", "联系人"),
        "agreement.field.phone": ("Telephone", "联系电话"),
        "agreement.field.student_no": ("Student No.", "学号"),
        "agreement.field.gender": ("Gender", "性别"),
        "agreement.field.birth_date": ("Date of birth", "出生日期"),
        "agreement.field.major": ("Major", "专业"),
        "agreement.field.class": ("Class", "班级"),
        "agreement.field.id_card": ("ID card No.", "身份证号"),
        "agreement.field.relationship": ("Relationship", "与学生关系"),
    }
)

ADULT_AGE = 18
# The reads each document counts on the progress bar: the agreement's terms; for a placement,
# the placement's and then its agreement's.
_AGREEMENT_READS = 1
_PLACEMENT_READS = 2


@cache
def _centred(lang: str, name: str) -> ParagraphStyle:
    st = styles(lang)
    base = {"title": st.title, "subtitle": st.subtitle}[name]
    return ParagraphStyle(f"agreement_{name}", parent=base, alignment=TA_CENTER)


@cache
def _clause_style(lang: str) -> ParagraphStyle:
    return ParagraphStyle("clause", parent=styles(lang).body, alignment=TA_JUSTIFY)


def age_on(birth: date, day: date) -> int:
    """Whole years of age on ``day``."""
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def is_minor(birth: date | None, on: date) -> bool | None:
    """Under 18 on ``on``; None when the birth date is not known."""
    return None if birth is None else age_on(birth, on) < ADULT_AGE


def agreement_document(
    db: Database,
    agreement_id: int,
    path: str | os.PathLike[str],
    *,
    lang: str | None = None,
    paper: str = "A4",
    today: date | None = None,
    progress: Progress | None = None,
) -> ReportResult:
    """Write the college–enterprise agreement ``agreement_id`` for signature to ``path``.

    Raises NotFound when the agreement or its firm is not live, ValueError for an unknown
    paper, :class:`liaison.tasks.Cancelled`, ReportWriteError; nothing is written on failure.
    """
    words = Words(lang)
    tracker = Tracker(progress, words, _AGREEMENT_READS)
    head = letterhead(db)
    with db.reading() as session:
        terms = tracker.read(agreement_terms(session, agreement_id))
    title, own_title = clauses.college_enterprise_title(words, terms)
    story = _document(
        words,
        title,
        own_title,
        terms.number,
        [_college(words, head, terms, None), _enterprise(words, terms)],
        clauses.college_enterprise_preamble(words),
        clauses.college_enterprise_articles(words, terms),
        [
            Party(words("agreement.doc.party_a"), head.college),
            Party(words("agreement.doc.party_b"), terms.enterprise_name),
        ],
    )
    info = document_info(
        words,
        head,
        title=title,
        period=words.period(terms.start_date, terms.end_date),
        paper=paper,
        reference=words("agreement.doc.number", number=terms.number),
        today=today,
    )
    return write(path, info, story, tracker)


def placement_agreement(
    db: Database,
    placement_id: int,
    path: str | os.PathLike[str],
    *,
    lang: str | None = None,
    paper: str = "A4",
    today: date | None = None,
    progress: Progress | None = None,
) -> ReportResult:
    """Write the tripartite agreement of placement ``placement_id`` for signature to ``path``.

    A placement under a modern-apprenticeship agreement prints as the apprenticeship training
    agreement. A student under 18 on the placement's first day, or of unknown birth date, gets
    a guardian's clause and signature. Raises NotFound when the placement, its agreement, firm
    or student is not live; otherwise as :func:`agreement_document`.
    """
    words = Words(lang)
    tracker = Tracker(progress, words, _PLACEMENT_READS)
    head = letterhead(db)
    with db.reading() as session:
        placement = tracker.read(placement_terms(session, placement_id))
        terms = tracker.read(agreement_terms(session, placement.agreement_id))
    minor = is_minor(placement.birth_date, placement.start_date)
    title = clauses.tripartite_title(words, terms)
    parties_details = [
        _college(words, head, terms, placement),
        _enterprise(words, terms),
        _student(words, placement),
    ]
    signing = [
        Party(words("agreement.doc.party_a"), head.college),
        Party(words("agreement.doc.party_b"), terms.enterprise_name),
        Party(words("agreement.doc.party_c"), placement.student_name, seal=False),
    ]
    if minor is not False:
        guardian_role = words(
            "agreement.doc.guardian" if minor else "agreement.doc.guardian_if_minor"
        )
        parties_details.append(_guardian(words, guardian_role, placement))
        signing.append(Party(guardian_role, placement.guardian_name or "", seal=False))
    story = _document(
        words,
        title,
        "",
        terms.number,
        parties_details,
        clauses.tripartite_preamble(words, terms),
        clauses.tripartite_articles(words, terms, placement, minor),
        signing,
    )
    info = document_info(
        words,
        head,
        title=title,
        period=words.period(placement.start_date, placement.end_date),
        paper=paper,
        reference=words(
            "agreement.doc.number_student", number=terms.number, student_no=placement.student_no
        ),
        today=today,
    )
    return write(path, info, story, tracker)


# --- the story --------------------------------------------------------------------------------

_PartyDetails = tuple[str, list[tuple[str, Cell]]]


def _document(
    words: Words,
    title: str,
    subtitle: str,
    number: str,
    parties: list[_PartyDetails],
    preamble: str,
    articles: list[clauses.Article],
    signing: list[Party],
) -> list[Flowable]:
    st = styles(words.lang)
    clause = _clause_style(words.lang)
    story: list[Flowable] = [Paragraph(escape(title), _centred(words.lang, "title"))]
    if subtitle:
        story.append(Paragraph(escape(subtitle), _centred(words.lang, "subtitle")))
    story += [
        Paragraph(
            escape(words("agreement.doc.number", number=number)),
            _centred(words.lang, "subtitle"),
        ),
        heading(words("agreement.doc.parties"), st),
    ]
    for role, fields in parties:
        story.append(heading(role, st, 3))
        story.append(field_table(fields, columns=2, fill_missing=True, lang=words.lang))
    story.append(heading(words("agreement.doc.terms"), st))
    story.append(Paragraph(preamble, clause))
    for article_heading, paragraphs in clauses.numbered(words, articles):
        story.append(heading(article_heading, st, 3))
        story += [Paragraph(text, clause) for text in paragraphs]
    story.append(heading(words("agreement.doc.signatures"), st))
    story.append(signature_block(signing, per_row=2, lang=words.lang))
    return story


def _field(words: Words, key: str) -> str:
    return words(f"agreement.field.{key}")


def _college(
    words: Words, head: Letterhead, terms: AgreementTerms, placement: PlacementTerms | None
) -> _PartyDetails:
    contact = placement.college_tutor if placement is not None else None
    return (
        words("agreement.doc.party_a"),
        [
            (_field(words, "name"), head.college),
            (_field(words, "address"), None),
            (_field(words, "representative"), terms.college_signatory),
            (_field(words, "contact"), contact),
            (_field(words, "phone"), None),
        ],
    )


def _enterprise(words: Words, terms: AgreementTerms) -> _PartyDetails:
    return (
        words("agreement.doc.party_b"),
        [
            (_field(words, "name"), terms.enterprise_name),
            (_field(words, "uscc"), terms.enterprise_uscc),
            (_field(words, "address"), terms.enterprise_address),
            (_field(words, "representative"), terms.enterprise_signatory),
            (_field(words, "contact"), terms.contact_name),
            (_field(words, "phone"), terms.contact_phone),
        ],
    )


def _student(words: Words, placement: PlacementTerms) -> _PartyDetails:
    return (
        words("agreement.doc.party_c"),
        [
            (_field(words, "person"), placement.student_name),
            (_field(words, "student_no"), placement.student_no),
            (_field(words, "gender"), placement.gender),
            (_field(words, "birth_date"), words.date(placement.birth_date)),
            (_field(words, "major"), placement.major_name),
            (_field(words, "class"), placement.class_name),
            (_field(words, "id_card"), None),
            (_field(words, "phone"), placement.student_phone),
        ],
    )


def _guardian(words: Words, role: str, placement: PlacementTerms) -> _PartyDetails:
    return (
        role,
        [
            (_field(words, "person"), placement.guardian_name),
            (_field(words, "relationship"), None),
            (_field(words, "phone"), placement.guardian_phone),
            (_field(words, "id_card"), None),
        ],
    )
