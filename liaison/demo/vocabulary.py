"""The words demo data is made of: places, firm names, industries and people.

Everything here is fixed data; the generator draws from it with a seeded ``random.Random``. The
college the demo describes is an engineering and IT focused 职业技术学院 in Wuxi, Jiangsu, so most
partner firms sit in southern Jiangsu and most are manufacturers or IT firms. The college's own
words (majors, courses, what officers write) are in :mod:`liaison.demo.college_words`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from liaison.rules.numbers import single_line


def as_stored(*texts: str) -> tuple[str, ...]:
    """Single-line texts as the services store them (full-width letters and digits folded,
    Chinese punctuation kept), so the demo holds what an officer typing these words would get,
    and an exported demo imported again finds nothing changed."""
    return tuple(single_line(text) for text in texts)


# --- places -------------------------------------------------------------------------------


@dataclass(frozen=True)
class City:
    short: str  # as it appears in a firm's name: 无锡
    name: str  # as stored in the city field: 无锡市
    province: str  # prefix of a full address ("" for municipalities)
    phone_code: str  # long-distance prefix of landlines
    weight: int
    districts: tuple[tuple[str, str], ...]  # (district, GB/T 2260 area code)


CITIES: Final = (
    City(
        "无锡",
        "无锡市",
        "江苏省",
        "0510",
        30,
        (
            ("梁溪区", "320213"),
            ("锡山区", "320205"),
            ("惠山区", "320206"),
            ("滨湖区", "320211"),
            ("新吴区", "320214"),
            ("江阴市", "320281"),
            ("宜兴市", "320282"),
        ),
    ),
    City(
        "苏州",
        "苏州市",
        "江苏省",
        "0512",
        14,
        (
            ("姑苏区", "320508"),
            ("虎丘区", "320505"),
            ("吴中区", "320506"),
            ("相城区", "320507"),
            ("吴江区", "320509"),
            ("常熟市", "320581"),
            ("张家港市", "320582"),
            ("昆山市", "320583"),
            ("太仓市", "320585"),
        ),
    ),
    City(
        "常州",
        "常州市",
        "江苏省",
        "0519",
        12,
        (
            ("天宁区", "320402"),
            ("钟楼区", "320404"),
            ("新北区", "320411"),
            ("武进区", "320412"),
            ("金坛区", "320413"),
            ("溧阳市", "320481"),
        ),
    ),
    City(
        "南京",
        "南京市",
        "江苏省",
        "025",
        9,
        (
            ("玄武区", "320102"),
            ("秦淮区", "320104"),
            ("建邺区", "320105"),
            ("鼓楼区", "320106"),
            ("浦口区", "320111"),
            ("栖霞区", "320113"),
            ("雨花台区", "320114"),
            ("江宁区", "320115"),
        ),
    ),
    City(
        "南通",
        "南通市",
        "江苏省",
        "0513",
        5,
        (("崇川区", "320613"), ("通州区", "320612"), ("海门区", "320614"), ("如皋市", "320682")),
    ),
    City(
        "扬州",
        "扬州市",
        "江苏省",
        "0514",
        4,
        (("广陵区", "321002"), ("邗江区", "321003"), ("江都区", "321012")),
    ),
    City(
        "镇江",
        "镇江市",
        "江苏省",
        "0511",
        4,
        (("京口区", "321102"), ("润州区", "321111"), ("丹徒区", "321112"), ("丹阳市", "321181")),
    ),
    City(
        "泰州",
        "泰州市",
        "江苏省",
        "0523",
        4,
        (("海陵区", "321202"), ("高港区", "321203"), ("姜堰区", "321204")),
    ),
    City(
        "徐州",
        "徐州市",
        "江苏省",
        "0516",
        3,
        (("鼓楼区", "320302"), ("云龙区", "320303"), ("泉山区", "320311"), ("铜山区", "320312")),
    ),
    City("盐城", "盐城市", "江苏省", "0515", 2, (("亭湖区", "320902"), ("盐都区", "320903"))),
    City("淮安", "淮安市", "江苏省", "0517", 2, (("清江浦区", "320812"), ("淮安区", "320803"))),
    City("连云港", "连云港市", "江苏省", "0518", 1, (("海州区", "320706"), ("连云区", "320703"))),
    City("宿迁", "宿迁市", "江苏省", "0527", 1, (("宿城区", "321302"), ("宿豫区", "321311"))),
    City(
        "上海",
        "上海市",
        "",
        "021",
        5,
        (("浦东新区", "310115"), ("闵行区", "310112"), ("嘉定区", "310114"), ("松江区", "310117")),
    ),
    City("杭州", "杭州市", "浙江省", "0571", 2, (("西湖区", "330106"), ("滨江区", "330108"))),
    City("合肥", "合肥市", "安徽省", "0551", 1, (("蜀山区", "340104"), ("包河区", "340111"))),
    City("深圳", "深圳市", "广东省", "0755", 1, (("南山区", "440305"), ("宝安区", "440306"))),
)

ROADS: Final = (
    "长江路",
    "黄河路",
    "太湖大道",
    "科技大道",
    "创新路",
    "工业园路",
    "新华路",
    "人民中路",
    "解放东路",
    "建设路",
    "学府路",
    "金山路",
    "湖滨路",
    "高新大道",
    "菱湖大道",
    "锡兴路",
    "星湖街",
    "汉江路",
    "振兴路",
    "经开大道",
    "龙腾路",
    "滨河路",
    "开发区大道",
    "智慧路",
)

PARKS: Final = ("软件园", "科技园", "创业园", "物联网产业园", "智能制造产业园", "电商产业园")

# --- firm names -----------------------------------------------------------------------------

# One-character brand syllables with their pinyin (websites and e-mail addresses need it).
SYLLABLES: Final = (
    ("华", "hua"),
    ("瑞", "rui"),
    ("恒", "heng"),
    ("创", "chuang"),
    ("远", "yuan"),
    ("博", "bo"),
    ("泰", "tai"),
    ("鼎", "ding"),
    ("信", "xin"),
    ("德", "de"),
    ("达", "da"),
    ("智", "zhi"),
    ("源", "yuan"),
    ("凯", "kai"),
    ("盛", "sheng"),
    ("宏", "hong"),
    ("宇", "yu"),
    ("天", "tian"),
    ("晟", "sheng"),
    ("嘉", "jia"),
    ("联", "lian"),
    ("卓", "zhuo"),
    ("越", "yue"),
    ("迈", "mai"),
    ("启", "qi"),
    ("辰", "chen"),
    ("锐", "rui"),
    ("捷", "jie"),
    ("伟", "wei"),
    ("精", "jing"),
    ("诚", "cheng"),
    ("力", "li"),
    ("航", "hang"),
    ("海", "hai"),
    ("欧", "ou"),
    ("普", "pu"),
    ("安", "an"),
    ("方", "fang"),
    ("正", "zheng"),
    ("通", "tong"),
    ("明", "ming"),
    ("光", "guang"),
    ("亿", "yi"),
    ("丰", "feng"),
    ("润", "run"),
    ("祥", "xiang"),
    ("和", "he"),
    ("晶", "jing"),
    ("云", "yun"),
    ("拓", "tuo"),
    ("驰", "chi"),
    ("腾", "teng"),
    ("峰", "feng"),
    ("邦", "bang"),
    ("奥", "ao"),
    ("立", "li"),
    ("汇", "hui"),
    ("众", "zhong"),
    ("铭", "ming"),
    ("睿", "rui"),
    ("康", "kang"),
    ("坤", "kun"),
    ("昊", "hao"),
    ("佳", "jia"),
    ("东", "dong"),
    ("金", "jin"),
    ("美", "mei"),
    ("永", "yong"),
    ("隆", "long"),
    ("兴", "xing"),
    ("英", "ying"),
    ("科", "ke"),
    ("新", "xin"),
    ("鑫", "xin"),
    ("万", "wan"),
    ("威", "wei"),
    ("聚", "ju"),
    ("弘", "hong"),
    ("骏", "jun"),
    ("朗", "lang"),
)

# Company forms with weights; 科技有限公司 only where Trade.takes_tech allows it.
SUFFIXES: Final[tuple[tuple[str, int], ...]] = (
    ("有限公司", 6),
    ("科技有限公司", 3),
    ("股份有限公司", 1),
)

# --- industries -----------------------------------------------------------------------------

MANUFACTURING, DIGITAL, COMMERCE = "manufacturing", "digital", "commerce"


@dataclass(frozen=True)
class Trade:
    """One industry word of a firm's name and what comes with it."""

    word: str  # 智能装备
    section: str  # GB/T 4754 section letter
    category: str | None  # a finer sizing category when the section's default does not fit
    domain: str  # English part of a website domain
    group: str  # MANUFACTURING, DIGITAL or COMMERCE: which majors, projects and trainings fit
    tags: tuple[str, ...]

    @property
    def takes_tech(self) -> bool:
        """Whether 科技 may follow the word (智能装备科技有限公司, not 小额贷款科技有限公司)."""
        return self.section in ("C", "I", "M") and not self.word.endswith(("科技", "技术"))


def _t(
    word: str,
    section: str,
    domain: str,
    group: str,
    tags: tuple[str, ...] = (),
    category: str | None = None,
) -> Trade:
    return Trade(word, section, category, domain, group, tags)


_M, _D, _C = MANUFACTURING, DIGITAL, COMMERCE
_SMART = ("智能制造", "专精特新", "高新技术企业", "数字化转型", "绿色工厂")

# (trade, weight): manufacturing and IT dominate, as among an engineering college's partners.
TRADES: Final = (
    (_t("智能装备", "C", "equip", _M, _SMART), 8),
    (_t("精密机械", "C", "precision", _M, ("专精特新", "智能制造")), 6),
    (_t("机电设备", "C", "me", _M, ("智能制造",)), 6),
    (_t("自动化设备", "C", "auto", _M, ("智能制造", "工业互联网")), 6),
    (_t("电子科技", "C", "elec", _M, ("集成电路", "高新技术企业")), 5),
    (_t("新材料", "C", "material", _M, ("新材料", "专精特新")), 3),
    (_t("汽车零部件", "C", "autoparts", _M, ("新能源汽车", "智能制造")), 5),
    (_t("模具", "C", "mould", _M, ("专精特新",)), 3),
    (_t("机器人", "C", "robot", _M, ("智能制造", "人工智能", "高新技术企业")), 4),
    (_t("光电", "C", "opto", _M, ("高新技术企业",)), 2),
    (_t("新能源科技", "C", "energy", _M, ("新能源", "绿色工厂")), 4),
    (_t("电气", "C", "electric", _M, ("智能制造",)), 4),
    (_t("数控机床", "C", "cnc", _M, ("专精特新", "智能制造")), 2),
    (_t("环保设备", "C", "env", _M, ("绿色工厂", "节能环保")), 2),
    (_t("医疗器械", "C", "medical", _M, ("高新技术企业",)), 2),
    (_t("半导体", "C", "semi", _M, ("集成电路", "专精特新")), 2),
    (_t("传感技术", "C", "sensor", _M, ("物联网", "专精特新")), 2),
    (_t("纺织", "C", "textile", _M, ("绿色工厂",)), 1),
    (_t("食品", "C", "food", _M, ()), 1),
    (_t("软件技术", "I", "soft", _D, ("软件企业", "高新技术企业"), "software_it"), 6),
    (_t("信息技术", "I", "it", _D, ("数字化转型", "软件企业"), "software_it"), 5),
    (_t("网络科技", "I", "net", _D, ("数字化转型",), "software_it"), 4),
    (_t("数据科技", "I", "data", _D, ("大数据", "人工智能"), "software_it"), 3),
    (_t("云计算", "I", "cloud", _D, ("大数据", "工业互联网"), "software_it"), 2),
    (_t("物联网科技", "I", "iot", _D, ("物联网", "工业互联网"), "software_it"), 3),
    (_t("智能科技", "I", "ai", _D, ("人工智能", "科技型中小企业"), "software_it"), 3),
    (_t("通信技术", "I", "comm", _D, ("5G",), "information_transmission"), 1),
    (_t("商贸", "F", "trade", _C, ("跨境电商",)), 2),
    (_t("电子商务", "F", "ec", _C, ("跨境电商", "直播电商"), "retail"), 3),
    (_t("进出口", "F", "impexp", _C, ("跨境电商", "外贸企业")), 1),
    (_t("供应链管理", "F", "scm", _C, ("供应链",)), 1),
    (_t("物流", "G", "logistics", _C, ("智慧物流",)), 3),
    (_t("仓储", "G", "storage", _C, ("智慧物流",), "warehousing"), 1),
    (_t("国际货运代理", "G", "freight", _C, ("跨境电商",)), 1),
    (_t("酒店管理", "H", "hotel", _C, ()), 1),
    (_t("餐饮管理", "H", "catering", _C, (), "catering"), 1),
    (_t("建设工程", "E", "build", _M, ("装配式建筑",)), 1),
    (_t("机电安装", "E", "install", _M, ()), 1),
    (_t("热电", "D", "power", _M, ("新能源", "绿色低碳")), 1),
    (_t("物业管理", "K", "property", _C, (), "property_management"), 1),
    (_t("企业管理咨询", "L", "consult", _C, ()), 1),
    (_t("人力资源", "L", "hr", _C, ("人力资源服务",)), 2),
    (_t("广告传媒", "L", "media", _C, ("直播电商",)), 1),
    (_t("检测技术", "M", "test", _D, ("检验检测", "高新技术企业")), 2),
    (_t("工业设计", "M", "design", _D, ("工业设计",)), 1),
    (_t("工程技术", "M", "eng", _M, ("科技型中小企业",)), 1),
    (_t("环境治理", "N", "eco", _C, ("节能环保",)), 1),
    (_t("汽车服务", "O", "autoservice", _M, ("新能源汽车",)), 1),
    (_t("职业培训", "P", "edu", _C, ("产教融合",)), 1),
    (_t("健康管理", "Q", "health", _C, ()), 1),
    (_t("文化传媒", "R", "culture", _C, ("文化创意",)), 1),
    (_t("农业科技", "A", "agri", _C, ("现代农业",)), 1),
    # Finance (J) lies outside the 2011 sizing rules: these firms stay unclassified.
    (_t("小额贷款", "J", "loan", _C, ()), 1),
    (_t("保险代理", "J", "insurance", _C, ()), 1),
)

GENERAL_TAGS: Final = ("产教融合型企业", "科技型中小企业", "上市公司", "外资企业", "瞪羚企业")

# --- people ---------------------------------------------------------------------------------

# Common surnames with their pinyin, the more frequent ones listed more than once.
SURNAMES: Final = (
    ("王", "wang"),
    ("王", "wang"),
    ("李", "li"),
    ("李", "li"),
    ("张", "zhang"),
    ("张", "zhang"),
    ("刘", "liu"),
    ("刘", "liu"),
    ("陈", "chen"),
    ("陈", "chen"),
    ("杨", "yang"),
    ("黄", "huang"),
    ("赵", "zhao"),
    ("吴", "wu"),
    ("周", "zhou"),
    ("徐", "xu"),
    ("孙", "sun"),
    ("马", "ma"),
    ("朱", "zhu"),
    ("胡", "hu"),
    ("郭", "guo"),
    ("何", "he"),
    ("高", "gao"),
    ("林", "lin"),
    ("罗", "luo"),
    ("郑", "zheng"),
    ("梁", "liang"),
    ("谢", "xie"),
    ("宋", "song"),
    ("唐", "tang"),
    ("许", "xu"),
    ("韩", "han"),
    ("冯", "feng"),
    ("邓", "deng"),
    ("曹", "cao"),
    ("彭", "peng"),
    ("曾", "zeng"),
    ("沈", "shen"),
    ("顾", "gu"),
    ("陆", "lu"),
    ("钱", "qian"),
    ("蒋", "jiang"),
    ("蔡", "cai"),
    ("丁", "ding"),
    ("任", "ren"),
    ("姚", "yao"),
    ("尤", "you"),
    ("华", "hua"),
    ("秦", "qin"),
    ("范", "fan"),
    ("金", "jin"),
    ("邹", "zou"),
    ("戴", "dai"),
    ("严", "yan"),
    ("夏", "xia"),
    ("薛", "xue"),
    ("袁", "yuan"),
    ("潘", "pan"),
    ("汤", "tang"),
    ("缪", "miao"),
)

GIVEN_MALE: Final = (
    ("伟", "wei"),
    ("强", "qiang"),
    ("磊", "lei"),
    ("军", "jun"),
    ("勇", "yong"),
    ("杰", "jie"),
    ("涛", "tao"),
    ("斌", "bin"),
    ("超", "chao"),
    ("明", "ming"),
    ("刚", "gang"),
    ("平", "ping"),
    ("辉", "hui"),
    ("鹏", "peng"),
    ("华", "hua"),
    ("建", "jian"),
    ("国", "guo"),
    ("峰", "feng"),
    ("浩", "hao"),
    ("宇", "yu"),
    ("晨", "chen"),
    ("俊", "jun"),
    ("文", "wen"),
    ("志", "zhi"),
    ("海", "hai"),
    ("亮", "liang"),
    ("凯", "kai"),
    ("子", "zi"),
    ("轩", "xuan"),
    ("博", "bo"),
    ("睿", "rui"),
    ("天", "tian"),
    ("一", "yi"),
    ("嘉", "jia"),
    ("洋", "yang"),
    ("成", "cheng"),
)

GIVEN_FEMALE: Final = (
    ("芳", "fang"),
    ("娜", "na"),
    ("敏", "min"),
    ("静", "jing"),
    ("丽", "li"),
    ("艳", "yan"),
    ("娟", "juan"),
    ("霞", "xia"),
    ("婷", "ting"),
    ("雪", "xue"),
    ("琳", "lin"),
    ("欣", "xin"),
    ("怡", "yi"),
    ("雨", "yu"),
    ("佳", "jia"),
    ("萱", "xuan"),
    ("梦", "meng"),
    ("思", "si"),
    ("晓", "xiao"),
    ("慧", "hui"),
    ("颖", "ying"),
    ("洁", "jie"),
    ("倩", "qian"),
    ("玉", "yu"),
    ("文", "wen"),
    ("雯", "wen"),
    ("诗", "shi"),
    ("涵", "han"),
    ("悦", "yue"),
    ("可", "ke"),
)

# Title of a firm's main contact (the one the college deals with) and of the others.
PRIMARY_TITLES: Final = ("人事经理", "人力资源总监", "总经理", "行政人事主管", "综合办主任")
OTHER_TITLES: Final = (
    "技术总监",
    "生产经理",
    "研发经理",
    "工程师",
    "高级工程师",
    "招聘专员",
    "培训主管",
    "副总经理",
    "车间主任",
    "质量经理",
    "项目经理",
    "董事长",
)
# Whoever signs agreements for the firm, if among its contacts.
SIGNING_TITLES: Final = ("董事长", "总经理", "副总经理")

MOBILE_PREFIXES: Final = (
    "130",
    "131",
    "132",
    "133",
    "135",
    "136",
    "137",
    "138",
    "139",
    "150",
    "151",
    "152",
    "153",
    "155",
    "156",
    "157",
    "158",
    "159",
    "166",
    "177",
    "180",
    "181",
    "182",
    "183",
    "185",
    "186",
    "187",
    "188",
    "189",
    "191",
    "199",
)

MAIL_HOSTS: Final = ("qq.com", "163.com", "126.com")
