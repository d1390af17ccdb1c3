"""The clauses of the agreements Liaison prints for signature, in English and Chinese.

Two documents (DOMAIN.md "Agreements"):

* the tripartite agreement of one placement, signed by the college (Party A), the enterprise
  (Party B) and the student (Party C), with the student's guardian when the student is a minor,
  as the internship rules (教职成〔2021〕4号) require: each party's details, period, place,
  content, working hours and rest, pay, meals and lodging, labour protection and safety,
  liability insurance and accident handling, assessment, breach and disputes. A placement
  under a modern-apprenticeship agreement prints as the apprenticeship training agreement the
  Vocational Education Law (2022, art. 30) asks for, with the dual-mentor training plan;
* the college–enterprise agreement itself, whose purpose follows its kind, and which carries
  the student clauses too when the kind places students with the firm.

Values from the record are printed underlined; a value the record lacks prints as a blank line
to fill in by hand. Clause texts are the code's own; only the values are the officer's, and
they are escaped.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from liaison import i18n
from liaison.enums import AgreementKind, Theme
from liaison.i18n import Catalog
from liaison.reports.data import AgreementTerms, PlacementTerms
from liaison.reports.text import escape
from liaison.reports.words import Words

_ = Catalog(
    {
        # --- titles and preambles ---------------------------------------------------------
        "clause.title.internship": (
            "Tripartite student internship agreement",
            "学生岗位实习三方协议",
        ),
        "clause.title.apprenticeship": (
            "Tripartite apprenticeship training agreement",
            "现代学徒制学徒培养三方协议",
        ),
        "clause.title.college_enterprise": ("{kind} cooperation agreement", "{kind}合作协议"),
        "clause.preamble.tripartite": (
            "In accordance with the Vocational Education Law of the People's Republic of China "
            "and the Provisions on the Administration of Student Internships in Vocational "
            "Schools (Jiao Zhi Cheng [2021] No. 4), and on the principles of equality, free will "
            "and good faith, Party A (the college), Party B (the enterprise) and Party C (the "
            "student) agree as follows on Party C's {activity} with Party B.",
            "根据《中华人民共和国职业教育法》《职业学校学生实习管理规定》（教职成〔2021〕4号）等"
            "有关规定，甲方（学校）、乙方（企业）、丙方（学生）本着平等、自愿、诚信的原则，就丙方"
            "到乙方{activity}事宜，经协商一致，签订本协议。",
        ),
        "clause.activity.internship": ("internship", "岗位实习"),
        "clause.activity.apprenticeship": ("apprenticeship training", "参加学徒培养"),
        "clause.span.internship": ("internship", "岗位实习"),
        "clause.span.apprenticeship": ("apprenticeship training", "学徒培养"),
        "clause.preamble.college_enterprise": (
            "To deepen the integration of industry and education and cooperation between the "
            "college and enterprises, in accordance with the Vocational Education Law of the "
            "People's Republic of China and the relevant rules, Party A (the college) and Party "
            "B (the enterprise) agree as follows on the principles of equality, mutual benefit "
            "and shared development.",
            "为深化产教融合、校企合作，根据《中华人民共和国职业教育法》等有关规定，甲方（学校）与"
            "乙方（企业）本着平等互利、共同发展的原则，经友好协商，达成如下协议。",
        ),
        "clause.article": ("Article {n}  {title}", "第{n}条  {title}"),
        # --- what the words of the clauses stand for ---------------------------------------
        "clause.who.student": ("Party C", "丙方"),
        "clause.who.students": ("the students", "学生"),
        "clause.who.Students": ("The students", "学生"),
        "clause.parties.three": ("the three parties", "三方"),
        "clause.parties.two": ("the two parties", "双方"),
        "clause.count.three": ("three", "三"),
        "clause.count.two": ("two", "两"),
        # --- the clauses --------------------------------------------------------------------
        "clause.period.title": ("Period", "期限"),
        "clause.period.tripartite": (
            "The {activity} runs from {start} to {end}. Any extension or early end is agreed "
            "by the three parties in writing.",
            "{activity}期限自{start}起至{end}止。如需延长或提前结束，须经三方书面同意。",
        ),
        "clause.period.college_enterprise": (
            "This agreement runs from {start} to {end}. Three months before it ends the parties "
            "consult on its renewal.",
            "本协议合作期限自{start}起至{end}止。期满前三个月，双方协商续签事宜。",
        ),
        "clause.period.renews": (
            "This agreement renews agreement No. {number}.",
            "本协议为第{number}号协议的续签协议。",
        ),
        "clause.place.title": ("Place, post and content", "地点、岗位与内容"),
        "clause.place.tripartite": (
            "Place: {place}. Post: {post}. Party C's major: {major}. The content follows the "
            "talent training plan of the major and the plan agreed by Party A and Party B; Party "
            "C shall not be assigned to work unrelated to the major.",
            "地点：{place}。岗位：{post}。丙方所学专业：{major}。内容依据专业人才培养方案和甲乙"
            "双方商定的计划确定，乙方不得安排丙方从事与所学专业无关的工作。",
        ),
        "clause.place.college_enterprise": (
            "Major: {major}. Planned number of students: {students}. Posts: {post}. Place: "
            "{place}.",
            "合作专业：{major}。计划学生人数：{students}人。岗位：{post}。地点：{place}。",
        ),
        "clause.purpose.title": ("Purpose and form of cooperation", "合作目的与方式"),
        "clause.purpose.apprenticeship": (
            "The parties jointly recruit and train apprentices in the major {major} under the "
            "modern apprenticeship system: each apprentice is both a student of Party A and an "
            "apprentice of Party B and is trained by dual mentors at the college and in the "
            "firm. Each apprentice signs a tripartite apprenticeship training agreement with "
            "the parties.",
            "双方在{major}专业联合开展现代学徒制人才培养，学徒兼具甲方学生与乙方学徒双重身份，由"
            "校企双导师共同培养。每名学徒与双方另行签订三方学徒培养协议。",
        ),
        "clause.purpose.order_class": (
            "Party A opens an order class in the major {major} for Party B. The parties set the "
            "training plan together, Party B takes part in teaching and offers posts to the "
            "graduates who meet its standards.",
            "甲方在{major}专业为乙方开设订单班，双方共同制定人才培养方案，乙方参与教学，并为考核"
            "合格的毕业生提供就业岗位。",
        ),
        "clause.purpose.internship_base": (
            "Party B serves as an off-campus internship base of Party A for the major {major} "
            "and receives Party A's students for cognitive, follow-up and post internships.",
            "乙方作为甲方{major}专业的校外实习基地，接收甲方学生开展认识实习、跟岗实习和岗位实习。",
        ),
        "clause.purpose.co_built_course": (
            "The parties jointly develop courses and teaching materials for the major {major}, "
            "bringing Party B's technical standards, processes and cases into teaching.",
            "双方共同开发{major}专业课程与教材，将乙方的技术标准、工艺流程和典型案例融入教学内容。",
        ),
        "clause.purpose.training_base": (
            "The parties jointly build and run a training base for the major {major}, used for "
            "students' practical training, the training of Party B's staff and technical "
            "services.",
            "双方共建{major}专业实训基地，用于学生实践教学、乙方员工培训和技术服务。",
        ),
        "clause.themes.title": ("Themes", "发展理念"),
        "clause.themes.text": (
            "In line with the concepts of innovation, green and sharing, the cooperation "
            "stresses: {themes}.",
            "合作贯彻创新、绿色、共享的发展理念，重点突出：{themes}。",
        ),
        "clause.mentors.title": ("Mentors", "指导教师"),
        "clause.mentors.text": (
            "Party B appoints {mentor} (telephone {mentor_phone}) as enterprise mentor and "
            "Party A appoints {tutor} as college tutor. The two mentors jointly guide, manage "
            "and assess Party C.",
            "乙方指派{mentor}（电话：{mentor_phone}）为企业指导教师，甲方指派{tutor}为学校指导"
            "教师，双方指导教师共同负责丙方的指导、管理和考核。",
        ),
        "clause.mentors.apprenticeship": (
            "Party A and Party B draw up the apprenticeship training plan together. Party C's "
            "progress is reviewed jointly at least once a term, and the plan is adjusted as "
            "needed.",
            "甲乙双方共同制定学徒培养方案，每学期至少共同对丙方的学习进展评估一次，并视情况调整"
            "培养方案。",
        ),
        "clause.hours.title": ("Working hours and rest", "工作时间与休息休假"),
        "clause.hours.text": (
            "{Student} shall work no more than {hours} hours a week and, as a rule, no more "
            "than 8 hours a day. Party B shall not arrange overtime or night shifts for "
            "{student}, who shall enjoy rest days and public holidays as the law provides.",
            "{student}每周工作时间不超过{hours}小时，每日原则上不超过8小时。乙方不得安排{student}"
            "加班和上夜班，{student}依法享有休息日和法定节假日休息的权利。",
        ),
        "clause.pay.title": ("Pay", "报酬"),
        "clause.pay.text": (
            "Party B shall pay {student} {pay} a month, not less than 80% of the probation wage "
            "of employees in the same post, in full and on time, in money and directly. No "
            "deposit shall be charged, no pay withheld and no agency fee deducted.",
            "乙方按月向{student}支付报酬{pay}，不低于本单位相同岗位试用期工资标准的80%，以货币"
            "形式按时足额直接支付，不得收取押金、扣押报酬或由中介机构代发、扣取费用。",
        ),
        "clause.meals.title": ("Meals and lodging", "食宿安排"),
        "clause.meals.text": (
            "Meals and lodging: {meals}. Party B shall keep meals and lodging safe and hygienic.",
            "食宿安排：{meals}。乙方应确保食宿安全卫生。",
        ),
        "clause.safety.title": ("Labour protection and safety", "劳动保护与安全"),
        "clause.safety.text": (
            "Before work starts Party B shall give {student} safety and occupational-health "
            "training, provide protective equipment free of charge, and shall not assign "
            "{student} to work at height, underground, with radiation, toxic, flammable or "
            "explosive materials, or to any other work the law forbids for interns. Party A "
            "shall give {student} safety education beforehand. {Student} shall observe Party "
            "B's rules and safe operating procedures.",
            "乙方应在{student}上岗前进行安全生产和职业卫生教育培训，免费提供劳动防护用品，不得安排"
            "{student}从事高空、井下、放射性、有毒、易燃易爆等危险作业及法律法规禁止学生实习的"
            "工作。甲方应事先对{student}进行安全教育。{student}应遵守乙方的规章制度和安全操作规程。",
        ),
        "clause.insurance.title": (
            "Liability insurance and accident handling",
            "责任保险与事故处理",
        ),
        "clause.insurance.text": (
            "{Student} shall be covered by student internship liability insurance, policy "
            "No. {policy}. If an accident happens, Party B shall arrange treatment at once and "
            "inform Party A; the claim is handled under the policy, and each party bears "
            "liability as the law and its fault provide.",
            "{student}实习期间投保学生实习责任保险，保单号：{policy}。发生意外事故的，乙方应立即"
            "组织救治并及时通知甲方，按照保险合同办理理赔，各方依法依责承担相应责任。",
        ),
        "clause.assessment.title": ("Assessment", "考核"),
        "clause.assessment.text": (
            "Assessment method: {assessment}. At the end the enterprise mentor and the college "
            "tutor assess {student} together, and the result counts towards the academic "
            "record.",
            "考核方式：{assessment}。结束时由企业指导教师与学校指导教师共同对{student}进行考核，"
            "考核结果记入学业成绩。",
        ),
        "clause.duties.title": ("Duties of the parties", "各方职责"),
        "clause.duties.college": (
            "Party A organises the placement of students, appoints college tutors, keeps in "
            "touch with Party B and the students, and protects the students' lawful rights and "
            "interests.",
            "甲方负责组织实施学生安排，选派学校指导教师，加强与乙方及学生的联系，维护学生的合法"
            "权益。",
        ),
        "clause.duties.enterprise": (
            "Party B provides the posts, equipment and conditions agreed, appoints experienced "
            "staff as enterprise mentors, takes part in drawing up the training plan and in "
            "assessment, and keeps records of attendance and performance.",
            "乙方按约定提供岗位、设备和条件，选派经验丰富的技术人员担任企业指导教师，参与制定"
            "培养方案和考核，做好考勤和表现记录。",
        ),
        "clause.duties.student": (
            "Party C completes the tasks set, observes the rules of Party A and Party B, keeps "
            "Party B's trade secrets, and asks for leave in advance.",
            "丙方应按要求完成任务，遵守甲乙双方的管理规定，保守乙方商业秘密，请假须事先办理手续。",
        ),
        "clause.confidentiality.title": ("Confidentiality and results", "保密与成果"),
        "clause.confidentiality.text": (
            "Each party keeps confidential the trade secrets and personal information it "
            "learns in the cooperation, also after this agreement ends. Courses, materials and "
            "other results developed jointly belong to both parties unless agreed otherwise; "
            "either may use them for teaching and training, and commercial use needs the other's "
            "consent.",
            "双方对合作中知悉的对方商业秘密和个人信息负有保密义务，本协议终止后仍然有效。双方"
            "共同开发的课程、教材等成果，除另有约定外归双方共有，均可用于教学和培训，用于商业"
            "用途须经对方同意。",
        ),
        "clause.guardian.title": ("Guardian", "监护人"),
        "clause.guardian.minor": (
            "Party C is a minor. This agreement is signed with the consent of Party C's "
            "guardian {guardian} (telephone {guardian_phone}), who also signs it.",
            "丙方为未成年人，本协议经丙方监护人{guardian}（电话：{guardian_phone}）同意，并由"
            "监护人共同签字。",
        ),
        "clause.guardian.unknown": (
            "If Party C is under 18 when signing, this agreement takes effect only with the "
            "consent and signature of Party C's guardian {guardian} (telephone "
            "{guardian_phone}).",
            "丙方签订本协议时未满18周岁的，本协议须经其监护人{guardian}（电话：{guardian_phone}）"
            "同意并签字后方可生效。",
        ),
        "clause.breach.title": ("Breach", "违约责任"),
        "clause.breach.text": (
            "A party that fails to perform this agreement bears liability for breach as the "
            "law provides. If Party B breaks the clauses on working hours, pay or safety, "
            "Party A may withdraw the students at once.",
            "任何一方违反本协议的，应依法承担违约责任。乙方违反本协议关于工作时间、报酬、劳动"
            "保护与安全约定的，甲方有权立即撤回学生。",
        ),
        "clause.disputes.title": ("Disputes", "争议解决"),
        "clause.disputes.text": (
            "Disputes arising from this agreement are settled by consultation between {parties}; "
            "failing that, any party may bring an action before the people's court where Party "
            "A is located.",
            "因本协议发生的争议，由{parties}协商解决；协商不成的，任何一方可向甲方所在地人民法院"
            "提起诉讼。",
        ),
        "clause.final.title": ("Final provisions", "其他"),
        "clause.final.text": (
            "This agreement is made in {count} originals, one for each party, with equal legal "
            "force, and takes effect when all parties have signed (and sealed) it. Matters not "
            "covered here are settled by supplementary agreement of {parties}.",
            "本协议一式{count}份，各方各执一份，具有同等法律效力，自各方签字（盖章）之日起生效。"
            "未尽事宜，由{parties}另行签订补充协议。",
        ),
    }
)

#: How many underscores stand for a value the record lacks.
BLANK_WIDTH: Final = 14
#: Agreement kinds that place students with the firm, and so carry the student clauses.
PLACING_KINDS: Final = frozenset(
    {
        AgreementKind.APPRENTICESHIP.value,
        AgreementKind.ORDER_CLASS.value,
        AgreementKind.INTERNSHIP_BASE.value,
    }
)


@dataclass(frozen=True)
class Article:
    """A numbered clause: its title and its paragraphs as Paragraph markup."""

    title: str
    paragraphs: tuple[str, ...]


def filled(value: object, width: int = BLANK_WIDTH) -> str:
    """A value from the record, underlined; a blank line to write on when there is none."""
    text = "" if value is None else str(value).strip()
    if not text:
        return "_" * width
    return f"<u>{escape(text)}</u>"


class _Writer:
    """Formats clause texts in one language with values as markup."""

    def __init__(self, words: Words) -> None:
        self.words = words

    def __call__(self, key: str, **values: str) -> str:
        # The template is the code's own text; escaping it first keeps any "&" or "<" in it
        # literal, and the values are already markup.
        return escape(i18n.text(key, self.words.lang)).format(**values)

    def article(self, topic: str, *paragraphs: str) -> Article:
        return Article(self.words(f"clause.{topic}.title"), tuple(p for p in paragraphs if p))


def _student_words(words: Words, tripartite: bool) -> dict[str, str]:
    if tripartite:
        who = escape(words("clause.who.student"))
        return {"student": who, "Student": who}
    return {
        "student": escape(words("clause.who.students")),
        "Student": escape(words("clause.who.Students")),
    }


def _student_clauses(
    write: _Writer,
    words: Words,
    terms: AgreementTerms,
    *,
    tripartite: bool,
    pay_fen: int | None,
) -> list[Article]:
    """Working hours, pay, meals and lodging, safety, insurance and assessment."""
    who = _student_words(words, tripartite)
    hours = None if terms.weekly_hours is None else words.count(terms.weekly_hours)
    return [
        write.article("hours", write("clause.hours.text", hours=filled(hours, 4), **who)),
        write.article("pay", write("clause.pay.text", pay=filled(words.yuan(pay_fen)), **who)),
        write.article("meals", write("clause.meals.text", meals=filled(terms.meals_lodging))),
        write.article("safety", write("clause.safety.text", **who)),
        write.article(
            "insurance",
            write("clause.insurance.text", policy=filled(terms.insurance_policy), **who),
        ),
        write.article(
            "assessment",
            write("clause.assessment.text", assessment=filled(terms.assessment_method), **who),
        ),
    ]


def _closing(write: _Writer, words: Words, *, three: bool) -> list[Article]:
    parties = escape(words("clause.parties.three" if three else "clause.parties.two"))
    count = escape(words("clause.count.three" if three else "clause.count.two"))
    return [
        write.article("breach", write("clause.breach.text")),
        write.article("disputes", write("clause.disputes.text", parties=parties)),
        write.article("final", write("clause.final.text", parties=parties, count=count)),
    ]


def is_apprenticeship(terms: AgreementTerms) -> bool:
    return terms.kind == AgreementKind.APPRENTICESHIP.value


def tripartite_title(words: Words, terms: AgreementTerms) -> str:
    kind = "apprenticeship" if is_apprenticeship(terms) else "internship"
    return words(f"clause.title.{kind}")


def tripartite_preamble(words: Words, terms: AgreementTerms) -> str:
    kind = "apprenticeship" if is_apprenticeship(terms) else "internship"
    activity = escape(words(f"clause.activity.{kind}"))
    return _Writer(words)("clause.preamble.tripartite", activity=activity)


def tripartite_articles(
    words: Words, terms: AgreementTerms, placement: PlacementTerms, minor: bool | None
) -> list[Article]:
    """The clauses of one placement's agreement; ``minor`` None when the age is unknown."""
    write = _Writer(words)
    kind = "apprenticeship" if is_apprenticeship(terms) else "internship"
    articles = [
        write.article(
            "period",
            write(
                "clause.period.tripartite",
                activity=escape(words(f"clause.span.{kind}")),
                start=filled(words.date(placement.start_date)),
                end=filled(words.date(placement.end_date)),
            ),
        ),
        write.article(
            "place",
            write(
                "clause.place.tripartite",
                place=filled(terms.place),
                post=filled(placement.post or terms.post),
                major=filled(placement.major_name or terms.major_name),
            ),
        ),
        write.article(
            "mentors",
            write(
                "clause.mentors.text",
                mentor=filled(placement.mentor_name, 8),
                mentor_phone=filled(placement.mentor_phone, 10),
                tutor=filled(placement.college_tutor, 8),
            ),
            write("clause.mentors.apprenticeship") if is_apprenticeship(terms) else "",
        ),
        *_student_clauses(
            write,
            words,
            terms,
            tripartite=True,
            pay_fen=placement.monthly_pay_fen or terms.monthly_pay_fen,
        ),
        write.article(
            "duties",
            write("clause.duties.college"),
            write("clause.duties.enterprise"),
            write("clause.duties.student"),
        ),
    ]
    if minor is not False:
        guardian = {
            "guardian": filled(placement.guardian_name, 8),
            "guardian_phone": filled(placement.guardian_phone, 10),
        }
        key = "clause.guardian.minor" if minor else "clause.guardian.unknown"
        articles.append(write.article("guardian", write(key, **guardian)))
    return articles + _closing(write, words, three=True)


def college_enterprise_title(words: Words, terms: AgreementTerms) -> tuple[str, str]:
    """The title and a subtitle: the agreement's own title where the officer gave one (it is
    in Chinese, so an English document prints it below a title after the kind)."""
    own = (terms.title or "").strip()
    by_kind = words("clause.title.college_enterprise", kind=words.label(AgreementKind, terms.kind))
    if not own:
        return by_kind, ""
    return (own, "") if words.chinese else (by_kind, own)


def college_enterprise_preamble(words: Words) -> str:
    return _Writer(words)("clause.preamble.college_enterprise")


def college_enterprise_articles(words: Words, terms: AgreementTerms) -> list[Article]:
    """The clauses of the college–enterprise agreement, after its kind."""
    write = _Writer(words)
    major = filled(terms.major_name)
    purpose_key = f"clause.purpose.{terms.kind}"
    if purpose_key not in _:
        purpose_key = "clause.purpose.internship_base"
    renews = (
        write("clause.period.renews", number=filled(terms.renews_number))
        if terms.renews_number
        else ""
    )
    articles = [
        write.article("purpose", write(purpose_key, major=major)),
        write.article(
            "period",
            write(
                "clause.period.college_enterprise",
                start=filled(words.date(terms.start_date)),
                end=filled(words.date(terms.end_date)),
            ),
            renews,
        ),
        write.article(
            "place",
            write(
                "clause.place.college_enterprise",
                major=major,
                students=filled(words.count(terms.planned_students), 4),
                post=filled(terms.post),
                place=filled(terms.place),
            ),
        ),
    ]
    if terms.themes:
        themes = words.labels(Theme, terms.themes)
        articles.append(write.article("themes", write("clause.themes.text", themes=filled(themes))))
    articles.append(
        write.article("duties", write("clause.duties.college"), write("clause.duties.enterprise"))
    )
    if terms.kind in PLACING_KINDS:
        articles += _student_clauses(
            write, words, terms, tripartite=False, pay_fen=terms.monthly_pay_fen
        )
    articles.append(write.article("confidentiality", write("clause.confidentiality.text")))
    return articles + _closing(write, words, three=False)


def numbered(words: Words, articles: list[Article]) -> list[tuple[str, tuple[str, ...]]]:
    """(heading, paragraphs) per article: "Article 3  Pay" / "第三条  报酬"."""
    out = []
    for n, article in enumerate(articles, start=1):
        number = chinese_number(n) if words.chinese else str(n)
        out.append((words("clause.article", n=number, title=article.title), article.paragraphs))
    return out


_DIGITS: Final = "零一二三四五六七八九"


def chinese_number(n: int) -> str:
    """1–99 in Chinese numerals, as article numbers are written: 一, 十, 十二, 二十一."""
    if not 0 < n < 100:
        raise ValueError(f"article number {n} out of range")
    tens, ones = divmod(n, 10)
    if tens == 0:
        return _DIGITS[ones]
    head = "" if tens == 1 else _DIGITS[tens]
    return head + "十" + (_DIGITS[ones] if ones else "")
