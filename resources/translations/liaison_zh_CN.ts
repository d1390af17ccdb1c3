<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Card</name>
    <message>
        <source>%1 vs last year</source>
        <translation>较去年 %1</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Liaison ran into a problem</source>
        <translation>Liaison 遇到了问题</translation>
    </message>
    <message>
        <source>Something went wrong that Liaison did not expect. Your saved data is safe: every change is saved completely or not at all.

Please copy the details below and send them to whoever looks after Liaison.</source>
        <translation>发生了 Liaison 未预料到的错误。已保存的数据是安全的：每项修改要么完整保存，要么完全不保存。

请复制下面的详细信息，发给负责维护 Liaison 的人员。</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>错误详情</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>复制详细信息</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>Officer: %1</source>
        <translation>联络员：%1</translation>
    </message>
    <message>
        <source>Liaison %1

Partner enterprises, visits, agreements, placements and joint projects of a vocational college, in one place.</source>
        <translation>Liaison %1

在一处管理职业院校的合作企业、走访、协议、学生实习和联合项目。</translation>
    </message>
    <message>
        <source>About Liaison</source>
        <translation>关于 Liaison</translation>
    </message>
    <message>
        <source>Liaison</source>
        <translation>Liaison 校企合作联络</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About Liaison</source>
        <translation>关于 Liaison(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
</context>
<context>
    <name>NavRail</name>
    <message>
        <source>Navigation</source>
        <translation>导航</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Working</source>
        <translation>正在处理</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Search…</source>
        <translation>搜索…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <source>New…</source>
        <translation>新建…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
</context>
<context>
    <name>areas</name>
    <message>
        <source>Dashboard</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Nothing to sum up yet</source>
        <translation>暂无可汇总的数据</translation>
    </message>
    <message>
        <source>Once enterprises, agreements and projects are recorded, the dashboard shows this year&apos;s cooperation at a glance.</source>
        <translation>录入企业、协议和项目后，概览页会一目了然地展示本年度的合作情况。</translation>
    </message>
    <message>
        <source>Enterprises</source>
        <translation>合作企业</translation>
    </message>
    <message>
        <source>No enterprises yet</source>
        <translation>还没有企业</translation>
    </message>
    <message>
        <source>Import a spreadsheet of your partner enterprises, or add one by hand.</source>
        <translation>导入合作企业的电子表格，或手动添加一家企业。</translation>
    </message>
    <message>
        <source>Visits &amp; follow-ups</source>
        <translation>走访与跟进</translation>
    </message>
    <message>
        <source>No visits recorded yet</source>
        <translation>还没有走访记录</translation>
    </message>
    <message>
        <source>Record every visit and call, and the follow-ups agreed, to keep track.</source>
        <translation>记录每次走访和通话以及约定的跟进事项，随时掌握进展。</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>合作协议</translation>
    </message>
    <message>
        <source>No agreements yet</source>
        <translation>还没有协议</translation>
    </message>
    <message>
        <source>Add apprenticeship, order-class and internship-base agreements with partner enterprises.</source>
        <translation>添加与合作企业签订的现代学徒制、订单班和实习基地协议。</translation>
    </message>
    <message>
        <source>Students &amp; placements</source>
        <translation>学生与实习</translation>
    </message>
    <message>
        <source>No placements yet</source>
        <translation>还没有实习安置</translation>
    </message>
    <message>
        <source>Place students with partner enterprises and record their mentors.</source>
        <translation>将学生安置到合作企业实习，并记录双方导师。</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>合作项目</translation>
    </message>
    <message>
        <source>No joint projects yet</source>
        <translation>还没有联合项目</translation>
    </message>
    <message>
        <source>Record technical services and joint R&amp;D with their funds, milestones and outcomes.</source>
        <translation>记录技术服务和联合研发项目及其经费、里程碑和成果。</translation>
    </message>
    <message>
        <source>Graduates &amp; training</source>
        <translation>就业与培训</translation>
    </message>
    <message>
        <source>No graduates or training recorded yet</source>
        <translation>还没有毕业生就业或培训记录</translation>
    </message>
    <message>
        <source>Record graduates employed by partner enterprises and enterprise staff trained by the college.</source>
        <translation>记录被合作企业录用的毕业生，以及学院为企业员工开展的培训。</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Nothing to report yet</source>
        <translation>暂无可生成的报告</translation>
    </message>
    <message>
        <source>Cooperation reports, agreements and visit sheets are printed here from the recorded data.</source>
        <translation>在这里根据已录入的数据打印合作报告、协议和走访单。</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>回收站</translation>
    </message>
    <message>
        <source>The trash is empty</source>
        <translation>回收站是空的</translation>
    </message>
    <message>
        <source>Deleted records stay here until you restore them.</source>
        <translation>已删除的记录会保留在这里，可随时恢复。</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>Cannot continue</source>
        <translation>无法继续</translation>
    </message>
    <message>
        <source>Please confirm</source>
        <translation>请确认</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
</context>
</TS>
