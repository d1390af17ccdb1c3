"""The college's words in the demo: its majors, courses and trainings, and what officers write
in visits, follow-ups and project milestones. Fixed data, as in :mod:`liaison.demo.vocabulary`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from liaison.demo.vocabulary import COMMERCE, DIGITAL, MANUFACTURING, as_stored

_M, _D, _C = MANUFACTURING, DIGITAL, COMMERCE

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

MEALS_LODGING: Final = as_stored(
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
    "visit": as_stored(
        "走访企业，了解{year}届毕业生用人需求",
        "实地走访，商谈{major}专业现代学徒制合作",
        "回访在岗实习学生，与企业导师交流",
        "走访企业研发部门，洽谈横向技术服务",
        "考察实训基地共建条件",
        "陪同二级学院负责人走访，座谈产教融合",
        "走访慰问实习学生",
    ),
    "call": as_stored(
        "电话沟通实习岗位安排",
        "电话确认参加校园双选会",
        "电话回访毕业生在岗情况",
        "电话联系协议续签事宜",
        "电话了解企业{year}年用工计划",
    ),
    "meeting": as_stored(
        "校企合作洽谈会：订单班人才培养方案",
        "横向项目中期推进会",
        "{major}专业建设指导委员会会议",
        "现代学徒制工作推进会",
        "合作协议签约仪式",
    ),
    "email": as_stored(
        "发送合作协议草案",
        "邮件发送实习生推荐名单",
        "发送项目申报材料",
        "邮件确认培训日程",
        "发送课程共建方案",
    ),
    "event": as_stored(
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
