"""The words demo data is made of: places, names, industries, majors and what officers write.

Everything here is fixed data; the generator draws from it with a seeded ``random.Random``. The
college the demo describes is an engineering and IT focused 职业技术学院 in Wuxi, Jiangsu, so most
partner firms sit in southern Jiangsu and most are manufacturers or IT firms.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from liaison.rules.numbers import single_line


def _as_stored(*texts: str) -> tuple[str, ...]:
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

# --- the college ------------------------------------------------------------------------------

AGREEMENT_PREFIX: Final = "JSXY"  # the college's agreement numbers: JSXY-2025-0123
PROJECT_PREFIX: Final = "HX"  # horizontal (横向) projects: HX-2025-012
STANDARD_BODY: Final = "T/WXZZ"  # a local manufacturing association issuing group standards


@dataclass(frozen=True)
class MajorSpec:
    name: str
    code: str  # 2021 catalogue of vocational majors
    department: str
    short: str  # class names: 机电2301
    group: str
    posts: tuple[str, ...]
    female_share: int  # percent, for students' genders
    weight: int  # relative size of its intake


MAJORS: Final = (
    MajorSpec(
        "机电一体化技术",
        "460301",
        "智能制造学院",
        "机电",
        _M,
        ("设备维护技术员", "机电装调工"),
        12,
        14,
    ),
    MajorSpec(
        "工业机器人技术",
        "460305",
        "智能制造学院",
        "机器人",
        _M,
        ("工业机器人运维员", "机器人编程调试员"),
        10,
        9,
    ),
    MajorSpec(
        "电气自动化技术",
        "460306",
        "智能制造学院",
        "电气",
        _M,
        ("电气调试员", "PLC 编程员"),
        12,
        10,
    ),
    MajorSpec(
        "数控技术", "460103", "智能制造学院", "数控", _M, ("数控车铣操作工", "CNC 编程员"), 8, 7
    ),
    MajorSpec(
        "新能源汽车技术",
        "460702",
        "汽车工程学院",
        "新能源",
        _M,
        ("电池装配技术员", "新能源汽车检测维修员"),
        8,
        8,
    ),
    MajorSpec(
        "软件技术",
        "510203",
        "信息工程学院",
        "软件",
        _D,
        ("Java 开发实习生", "软件测试工程师助理"),
        30,
        12,
    ),
    MajorSpec(
        "大数据技术",
        "510205",
        "信息工程学院",
        "大数据",
        _D,
        ("数据分析助理", "数据治理专员"),
        35,
        8,
    ),
    MajorSpec(
        "计算机网络技术",
        "510202",
        "信息工程学院",
        "网络",
        _D,
        ("网络运维工程师助理", "IT 技术支持"),
        20,
        7,
    ),
    MajorSpec(
        "物联网应用技术",
        "510102",
        "信息工程学院",
        "物联网",
        _D,
        ("物联网设备调试员", "嵌入式开发助理"),
        20,
        6,
    ),
    MajorSpec(
        "电子商务", "530701", "经济管理学院", "电商", _C, ("电商运营助理", "直播运营专员"), 65, 9
    ),
    MajorSpec(
        "现代物流管理", "530802", "经济管理学院", "物流", _C, ("仓储管理员", "物流调度员"), 45, 6
    ),
    MajorSpec(
        "大数据与会计", "530302", "经济管理学院", "会计", _C, ("出纳助理", "财务核算助理"), 80, 8
    ),
)

# Courses co-built with firms, by group.
COURSES: Final = {
    MANUFACTURING: (
        "工业机器人编程与调试",
        "PLC 控制系统设计",
        "智能产线运维",
        "数控加工工艺",
        "液压与气动技术",
        "机械产品质量检测",
    ),
    DIGITAL: (
        "Web 前端开发",
        "Python 数据分析",
        "云计算平台运维",
        "物联网系统集成",
        "软件测试实务",
        "工业互联网平台应用",
    ),
    COMMERCE: (
        "跨境电商实务",
        "直播电商运营",
        "智慧仓储管理",
        "供应链数据分析",
        "业财一体化实务",
        "新媒体营销",
    ),
}

# What a project in each group is about (titles, outcomes).
SUBJECTS: Final = {
    MANUFACTURING: (
        "伺服压装机",
        "视觉检测系统",
        "自动上下料机械手",
        "焊接机器人工作站",
        "AGV 物流小车",
        "电机控制器",
        "注塑模具",
        "液压伺服系统",
        "智能产线数据采集装置",
        "传感器标定装置",
    ),
    DIGITAL: (
        "设备运维管理平台",
        "生产数据采集系统",
        "智慧仓储管理系统",
        "质量追溯系统",
        "能耗监测平台",
        "客户服务小程序",
        "工业视觉算法",
        "数字孪生车间",
    ),
    COMMERCE: (
        "跨境电商运营体系",
        "冷链配送方案",
        "仓储作业流程",
        "直播带货运营方案",
        "财务共享服务流程",
        "客户数据分析模型",
    ),
}

TRAINING_TOPICS: Final = {
    MANUFACTURING: (
        "工业机器人操作与编程培训",
        "PLC 控制技术提升培训",
        "数控加工工艺培训",
        "智能产线运维培训",
        "安全生产与精益管理培训",
        "低压电工作业上岗培训",
    ),
    DIGITAL: (
        "Python 数据分析培训",
        "网络安全基础培训",
        "云平台运维培训",
        "低代码开发培训",
        "工业互联网应用培训",
    ),
    COMMERCE: (
        "直播电商运营培训",
        "跨境电商实务培训",
        "智慧物流与供应链管理培训",
        "数字化财务实务培训",
        "新员工职业素养培训",
    ),
}

MEALS_LODGING: Final = _as_stored(
    "企业提供免费工作餐和员工宿舍",
    "提供午餐，住宿补贴 300 元/月",
    "提供工作餐，宿舍 4 人一间",
    "餐补 20 元/天，可申请员工公寓",
)

ASSESSMENT: Final = (
    "企业导师与校内导师共同考核：过程考核 60%，岗位实绩 40%。",
    "按月考核岗位任务完成情况，期末提交实习报告并答辩。",
    "企业按岗位技能标准考核，学校按课程标准认定学分。",
)

# --- what officers write ----------------------------------------------------------------------

SUMMARIES: Final = {
    "visit": _as_stored(
        "走访企业，了解{year}届毕业生用人需求",
        "实地走访，商谈{major}专业现代学徒制合作",
        "回访在岗实习学生，与企业导师交流",
        "走访企业研发部门，洽谈横向技术服务",
        "考察实训基地共建条件",
        "陪同二级学院负责人走访，座谈产教融合",
        "走访慰问实习学生",
    ),
    "call": _as_stored(
        "电话沟通实习岗位安排",
        "电话确认参加校园双选会",
        "电话回访毕业生在岗情况",
        "电话联系协议续签事宜",
        "电话了解企业{year}年用工计划",
    ),
    "meeting": _as_stored(
        "校企合作洽谈会：订单班人才培养方案",
        "横向项目中期推进会",
        "{major}专业建设指导委员会会议",
        "现代学徒制工作推进会",
        "合作协议签约仪式",
    ),
    "email": _as_stored(
        "发送合作协议草案",
        "邮件发送实习生推荐名单",
        "发送项目申报材料",
        "邮件确认培训日程",
        "发送课程共建方案",
    ),
    "event": _as_stored(
        "邀请企业参加校园双选会",
        "企业开放日：组织{major}专业学生参观",
        "企业技术骨干来校讲座",
        "职业技能竞赛企业命题交流",
        "产教融合年会",
    ),
}

DETAILS: Final = (
    "与{contact}面谈。企业计划{year}年招聘{n}名{major}专业毕业生，希望提前安排岗位实习。",
    "{contact}介绍了企业近期订单情况和技术改造计划，对学校的技术服务能力有兴趣。",
    "双方就实习学生的工作时间、报酬和安全保障交换意见，企业同意为实习生购买补充保险。",
    "企业反映实习学生适应较快，建议加强{major}专业的实操训练。",
    "商定下一步由二级学院牵头，{contact}负责企业方对接。",
)

FOLLOW_UPS: Final = (
    "寄送协议文本",
    "报送实习生名单",
    "邀请技术骨干来校授课",
    "提交项目申报书",
    "确认岗位数量与待遇",
    "安排下次走访",
    "整理会议纪要并报送",
    "联系保险公司投保实习责任险",
    "跟进毕业生入职情况",
)

MILESTONES: Final = (
    "完成需求调研与方案设计",
    "完成样机试制",
    "中期检查",
    "现场安装调试",
    "用户试运行",
    "项目验收",
)

AWARDS: Final = (
    "市科学技术进步奖三等奖",
    "省职业教育教学成果奖二等奖",
    "省产学研合作成果奖",
    "全国职业院校技能大赛优秀指导奖",
)

TERMINATION_NOTES: Final = (
    "因企业经营调整，经双方协商提前解除。",
    "企业搬迁至外地，协议提前终止。",
    "合作岗位取消，双方同意解除协议。",
)
