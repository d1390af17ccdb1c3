"""Partner enterprises, their contacts, the officer's contact log and staff trainings."""

from __future__ import annotations

from datetime import date, timedelta
from itertools import count

from liaison.demo.college_words import (
    DETAILS,
    FOLLOW_UPS,
    SUMMARIES,
    TRAINING_TOPICS,
)
from liaison.demo.vocabulary import (
    CITIES,
    GENERAL_TAGS,
    MAIL_HOSTS,
    OTHER_TITLES,
    PARKS,
    PRIMARY_TITLES,
    ROADS,
    SIGNING_TITLES,
    SUFFIXES,
    SYLLABLES,
    TRADES,
    City,
    Trade,
)
from liaison.demo.world import DEEP, LIGHT, PARTNER, Firm, Row, Weights, World
from liaison.enums import EnterpriseStatus, InteractionKind, SizeClass
from liaison.rules import uscc
from liaison.rules.names import name_key, search_text
from liaison.rules.sizing import THRESHOLDS_2011, Category, Figure, classify, default_category

_TRADES = Weights(TRADES)
_CITIES = Weights((c, c.weight) for c in CITIES)
_TIERS = Weights(((DEEP, 12), (PARTNER, 28), (LIGHT, 60)))
_SUFFIXES = Weights(SUFFIXES)
_SUFFIXES_WITHOUT_TECH = Weights(s for s in SUFFIXES if s[0] != "科技有限公司")
# Size the figures aim at; the stored class is what the national rules make of them.
_TARGETS = Weights(
    (
        (SizeClass.MICRO, 30),
        (SizeClass.SMALL, 38),
        (SizeClass.MEDIUM, 22),
        (SizeClass.LARGE, 3),
        (SizeClass.UNCLASSIFIED, 7),
    )
)
_STATUS = {
    DEEP: Weights(((EnterpriseStatus.ACTIVE, 1),)),
    PARTNER: Weights(((EnterpriseStatus.ACTIVE, 65), (EnterpriseStatus.DORMANT, 35))),
    LIGHT: Weights(
        (
            (EnterpriseStatus.PROSPECT, 55),
            (EnterpriseStatus.ACTIVE, 5),
            (EnterpriseStatus.DORMANT, 22),
            (EnterpriseStatus.ENDED, 18),
        )
    ),
}
_NOTES = {
    EnterpriseStatus.ACTIVE: "校级优秀合作企业",
    EnterpriseStatus.DORMANT: "企业订单下滑，合作暂缓，保持联系",
    EnterpriseStatus.ENDED: "企业已迁出本地，合作终止",
    EnterpriseStatus.PROSPECT: "经校友推荐，有意接收实习生",
}
_INTERACTION_KINDS = Weights(
    (
        (InteractionKind.VISIT, 35),
        (InteractionKind.CALL, 30),
        (InteractionKind.MEETING, 12),
        (InteractionKind.EMAIL, 15),
        (InteractionKind.EVENT, 8),
    )
)
_INTERACTIONS = {DEEP: (12, 28), PARTNER: (4, 10), LIGHT: (1, 4)}
_CONTACTS = {DEEP: (2, 4), PARTNER: (1, 3), LIGHT: (1, 2)}
_HOURS = (4, 8, 8, 16, 16, 24, 32, 40, 48)


def enterprise(world: World) -> tuple[Firm, Row]:
    """A new firm: a unique name, a valid credit code, figures sized by the national rules."""
    trade = world.weighted(_TRADES)
    city = world.weighted(_CITIES)
    district, area = world.pick(city.districts)
    name, brand, brand_py = _name(world, trade, city)
    tier = world.weighted(_TIERS)
    status = world.weighted(_STATUS[tier])
    address = _address(world, city, district)
    domain = _domain(world, brand_py, trade) if world.chance(0.7) else None
    first = _first_contact(world, tier)
    # The category as apply_sizing resolves it (a finer one if the trade names it, else the
    # section's default); the national rule then sizes the firm as the service would on save.
    category = Category(trade.category) if trade.category else default_category(trade.section)
    employees, revenue, assets = _figures(world, category)
    size = classify(category, employees, revenue, assets)
    code = _credit_code(world, area) if world.chance(0.96) else None
    tags = _tags(world, trade, tier)
    row = world.record("enterprise", first)
    row.update(
        name=name,
        name_key=name_key(name),
        uscc=code,
        industry_section=trade.section,
        sizing_category=trade.category,
        employees=employees,
        revenue_fen=revenue,
        assets_fen=assets,
        size_class=size.size_class.value,
        size_rule=size.rule,
        size_override=None,
        size_reason=None,
        city=city.name,
        address=address,
        website=f"https://www.{domain}" if domain else None,
        status=status.value,
        tags=tags,
        notes=_NOTES[status] if world.chance(0.08) else None,
        search_text=search_text(name, code, city.name, tags),
    )
    firm = Firm(
        id=row["id"],
        name=name,
        brand=brand,
        trade=trade,
        city=city,
        district_code=area,
        address=address,
        domain=domain,
        tier=tier,
        first_contact=first,
    )
    return firm, row


def _name(world: World, trade: Trade, city: City) -> tuple[str, str, str]:
    """City + brand + trade + company form, unique by name key among old and new firms.

    Two-syllable brands give millions of names, so a clash is rare; three syllables take over
    after a few clashes, and a counter in the brand makes the loop end whatever the odds.
    """
    rng = world.rng
    suffixes = _SUFFIXES if trade.takes_tech else _SUFFIXES_WITHOUT_TECH
    for attempt in count():
        syllables = rng.sample(SYLLABLES, 2 if attempt < 10 else 3)
        brand = "".join(s[0] for s in syllables) + (str(attempt) if attempt >= 100 else "")
        brand_py = "".join(s[1] for s in syllables)
        style = rng.random()
        if style < 0.7:
            name = f"{city.short}{brand}{trade.word}{world.weighted(suffixes)}"
        elif style < 0.85 and city.province == "江苏省":
            name = f"江苏{brand}{trade.word}{world.weighted(suffixes)}"
        else:
            # "华瑞智能科技(无锡)有限公司": the place in brackets before the company form. The
            # brackets are half-width, as the services store a name typed with full-width ones.
            tech = "科技" if trade.takes_tech and world.chance(0.5) else ""
            form = "股份有限公司" if world.chance(0.15) else "有限公司"
            name = f"{brand}{trade.word}{tech}({city.short}){form}"
        key = name_key(name)
        if key not in world.existing.name_keys:
            world.existing.name_keys.add(key)
            return name, brand, brand_py
    raise AssertionError("unreachable")


def _credit_code(world: World, area: str) -> str:
    """A valid USCC of a company registered in the firm's district, unique among firms."""
    while True:
        if world.chance(0.65):
            # Codes issued since 2015 carry an "MA" organisation code.
            org8 = "MA" + "".join(world.pick(uscc.CHARSET) for _ in range(6))
        else:
            org8 = f"{world.below(10**8):08d}"
        code = uscc.generate("9", "1", area, org8)
        if code not in world.existing.usccs:
            world.existing.usccs.add(code)
            return code


def _figures(world: World, category: Category | None) -> tuple[int | None, int | None, int | None]:
    """Staff, revenue and assets (fen) that land in a drawn size class of ``category``.

    The figures the category is sized by are drawn inside that class's band; the others follow
    from them in plausible ratios. An "unclassified" draw leaves out a figure the rule needs
    (finance firms, with no category, are unclassified whatever their figures).
    """
    target = world.weighted(_TARGETS)
    # Staff in persons; money in units of 0.01 万元 (100 元) while drawing.
    drawn: dict[Figure, int | None] = dict.fromkeys(
        (Figure.EMPLOYEES, Figure.REVENUE, Figure.ASSETS)
    )
    if category is not None:
        row = THRESHOLDS_2011[category]
        band = SizeClass.MICRO if target is SizeClass.UNCLASSIFIED else target
        for figure, ceiling, medium, small in zip(
            row.figures, row.ceiling, row.medium, row.small, strict=True
        ):
            low, high = {
                SizeClass.LARGE: (ceiling, ceiling * 2),
                SizeClass.MEDIUM: (medium, ceiling),
                SizeClass.SMALL: (small, medium),
                SizeClass.MICRO: (max(1, small // 8), small),
            }[band]
            unit = 1 if figure is Figure.EMPLOYEES else 100
            drawn[figure] = world.log_int(low * unit, high * unit)
    staff, revenue, assets = drawn.values()
    if staff is None:
        # 20–60 万元 of revenue per person.
        staff = (
            world.log_int(3, 150)
            if revenue is None
            else max(1, revenue // world.between(2000, 6000))
        )
    if revenue is None:
        revenue = staff * world.between(1500, 8000)
    if assets is None:
        assets = revenue * world.between(40, 150) // 100
    drawn = {Figure.EMPLOYEES: staff, Figure.REVENUE: revenue, Figure.ASSETS: assets}
    if target is SizeClass.UNCLASSIFIED and category is not None:
        drawn[THRESHOLDS_2011[category].figures[0]] = None
    fen = 10_000  # per 0.01 万元
    staff, revenue, assets = drawn.values()
    return (
        staff,
        None if revenue is None else revenue * fen,
        None if assets is None else assets * fen,
    )


def _address(world: World, city: City, district: str) -> str:
    street = f"{city.province}{city.name}{district}{world.pick(ROADS)}{world.between(1, 999)}号"
    if world.chance(0.35):
        building = world.between(1, 12)
        street += (
            f"{world.pick(PARKS)}{building}号楼{world.between(1, 12)}{world.between(1, 20):02d}室"
        )
    return street


def _domain(world: World, brand_py: str, trade: Trade) -> str:
    return world.pick(
        (
            f"{brand_py}{trade.domain}.com",
            f"{brand_py}-{trade.domain}.com",
            f"{brand_py}.com.cn",
            f"{brand_py}{trade.domain}.cn",
        )
    )


def _first_contact(world: World, tier: str) -> date:
    start, today = world.window_start, world.today
    if tier == DEEP:  # long-standing partners were known before the three years shown
        return world.day_between(start - timedelta(days=900), start + timedelta(days=200))
    if tier == PARTNER:
        return world.day_between(start - timedelta(days=300), today - timedelta(days=200))
    return world.day_between(start, today - timedelta(days=7))


def _tags(world: World, trade: Trade, tier: str) -> str | None:
    rng = world.rng
    wanted = world.between(0, 3 if tier == DEEP else 2)
    pool = list(trade.tags) + ([world.pick(GENERAL_TAGS)] if world.chance(0.3) else [])
    chosen = rng.sample(pool, min(wanted, len(pool)))
    return "、".join(chosen) or None


# --- contacts ---------------------------------------------------------------------------------


def contacts(world: World, firm: Firm) -> list[Row]:
    """One to four people at the firm, the first of them the primary contact."""
    rng = world.rng
    low, high = _CONTACTS[firm.tier]
    titles = [world.pick(PRIMARY_TITLES), *rng.sample(OTHER_TITLES, world.between(low, high) - 1)]
    rows: list[Row] = []
    named: set[str] = set()
    for index, title in enumerate(titles):
        female = world.chance(0.6 if index == 0 else 0.3)
        name, pinyin, _ = world.person(female)
        # A firm's contacts are known by their names (ContactService.identities).
        while (known_as := name_key(name)) in named:
            name, pinyin, _ = world.person(female)
        named.add(known_as)
        mobile = world.mobile()
        phone = (
            f"{firm.city.phone_code}-{world.pick('568')}{world.below(10**7):07d}"
            if world.chance(0.5)
            else None
        )
        email = _email(world, firm, pinyin, title) if world.chance(0.75) else None
        wechat = mobile if world.chance(0.4) else None
        row = world.record("contact", firm.first_contact)
        row.update(
            enterprise_id=firm.id,
            name=name,
            title=title,
            phone=phone,
            mobile=mobile,
            email=email,
            wechat=wechat,
            is_primary=index == 0,
            notes=None,
            search_text=search_text(name, title, mobile, phone, email),
        )
        rows.append(row)
        firm.contacts.append((row["id"], name, title))
    signers = [name for _, name, title in firm.contacts if title in SIGNING_TITLES]
    firm.signatory = signers[0] if signers else world.person()[0]
    return rows


def _email(world: World, firm: Firm, pinyin: str, title: str) -> str:
    if firm.domain is not None:
        if title in ("人事经理", "人力资源总监", "招聘专员") and world.chance(0.5):
            return f"hr@{firm.domain}"
        return f"{pinyin}@{firm.domain}"
    if world.chance(0.5):
        return f"{world.between(10**8, 10**10 - 1)}@qq.com"
    return f"{pinyin}{world.between(1, 99)}@{world.pick(MAIL_HOSTS)}"


# --- the contact log --------------------------------------------------------------------------


def interactions(world: World, firm: Firm) -> list[Row]:
    """Visits, calls, meetings, e-mails and events over the last three years, with follow-ups.

    Follow-ups long past are nearly all done; recent ones are often still open, so some are
    overdue and some fall due in the coming days.
    """
    today = world.today
    first = max(firm.first_contact, world.window_start)
    majors = world.majors_of(firm.trade.group)
    days = sorted(
        world.day_between(first, today) for _ in range(world.between(*_INTERACTIONS[firm.tier]))
    )
    rows: list[Row] = []
    that_day: list[tuple[str, str]] = []  # (kind, summary) of the day's contacts so far
    for index, day in enumerate(days):
        kind = world.weighted(_INTERACTION_KINDS)
        major = world.pick(majors).spec.name
        cohort_year = day.year + 1 if day.month >= 9 else day.year
        summary = world.pick(SUMMARIES[kind.value]).format(year=cohort_year, major=major)
        # Two contacts with a firm on one day, of one kind and with one summary are one record
        # to the import (InteractionService.identities): log such a contact once, or the
        # demo's own export would not import. The days are sorted, so only the contacts of
        # the same day need comparing (most days have one: no name keys computed).
        if index and day != days[index - 1]:
            that_day.clear()
        if any(k == kind.value and name_key(s) == name_key(summary) for k, s in that_day):
            continue
        that_day.append((kind.value, summary))
        contact = world.pick(firm.contacts) if world.chance(0.85) else None
        details = None
        if world.chance(0.4):
            who = f"{contact[1]}（{contact[2]}）" if contact else "企业负责人"
            details = world.pick(DETAILS).format(
                contact=who, year=cohort_year, n=world.between(2, 15), major=major
            )
        action = due = None
        done = False
        if world.chance(0.35):
            action = world.pick(FOLLOW_UPS)
            due = day + timedelta(days=world.between(3, 40))
            if due < today - timedelta(days=20):
                done = world.chance(0.92)
            elif due < today:
                done = world.chance(0.45)
            else:
                done = world.chance(0.15)
        row = world.record("interaction", day)
        row.update(
            enterprise_id=firm.id,
            contact_id=contact[0] if contact else None,
            kind=kind.value,
            occurred_on=day,
            officer=world.officer,
            summary=summary,
            details=details,
            follow_up_action=action,
            follow_up_due=due,
            follow_up_done=done,
        )
        rows.append(row)
    return rows


def trainings(world: World, firm: Firm) -> list[Row]:
    """Courses the college ran for the firm's staff (deep partners mostly)."""
    if firm.tier == DEEP:
        n = world.pick((0, 1, 1, 2, 3))
    elif firm.tier == PARTNER:
        n = 1 if world.chance(0.2) else 0
    else:
        n = 0
    rows: list[Row] = []
    held_on: set[tuple[date, str]] = set()
    for _ in range(n):
        held = world.day_between(max(firm.first_contact, world.window_start), world.today)
        topic = world.pick(TRAINING_TOPICS[firm.trade.group])
        # One course for a firm on one day is one record (TrainingService.identities).
        if (held, name_key(topic)) in held_on:
            continue
        held_on.add((held, name_key(topic)))
        row = world.record("training_session", held)
        row.update(
            enterprise_id=firm.id,
            held_on=held,
            topic=topic,
            participants=world.between(8, 60),
            hours=world.pick(_HOURS),
            trainer=world.teacher(firm.trade.group),
            notes=None,
        )
        rows.append(row)
    return rows
