<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AgreementRecord</name>
    <message>
        <source>Renew…</source>
        <translation>续签…</translation>
    </message>
    <message>
        <source>Students placed</source>
        <translation>在岗学生</translation>
    </message>
</context>
<context>
    <name>AppSession</name>
    <message>
        <source>Creating the demo database…</source>
        <translation>正在创建演示数据库…</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>正在打开数据库…</translation>
    </message>
    <message>
        <source>Backup saved to %1</source>
        <translation>备份已保存到 %1</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
</context>
<context>
    <name>BoolField</name>
    <message>
        <source>Not known</source>
        <translation>不详</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
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
    <name>DashboardPage</name>
    <message>
        <source>%1 – %2, compared with the same days last year</source>
        <translation>%1 至 %2，与去年同期相比</translation>
    </message>
    <message>
        <source>Partners by size class</source>
        <translation>合作企业规模分布</translation>
    </message>
    <message>
        <source>Other industries</source>
        <translation>其他行业</translation>
    </message>
    <message>
        <source>Partners by industry</source>
        <translation>合作企业行业分布</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>合作企业</translation>
    </message>
    <message>
        <source>Funds received by month (10k CNY)</source>
        <translation>各月到账经费（万元）</translation>
    </message>
    <message>
        <source>Students on placement by major</source>
        <translation>各专业实习学生</translation>
    </message>
    <message>
        <source>No major</source>
        <translation>未填专业</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Industry not given</source>
        <translation>未填行业</translation>
    </message>
    <message>
        <source>Follow-ups overdue (%1)</source>
        <translation>逾期的跟进事项（%1）</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>截止 %1</translation>
    </message>
    <message>
        <source>Follow-ups due soon (%1)</source>
        <translation>即将到期的跟进事项（%1）</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今天到期</translation>
    </message>
    <message>
        <source>Agreements ending soon (%1)</source>
        <translation>即将到期的协议（%1）</translation>
    </message>
    <message>
        <source>Ends %1</source>
        <translation>%1 到期</translation>
    </message>
    <message>
        <source>Milestones overdue (%1)</source>
        <translation>逾期的项目节点（%1）</translation>
    </message>
    <message>
        <source>Was due %1</source>
        <translation>应于 %1 完成</translation>
    </message>
    <message>
        <source>Partners not contacted lately (%1)</source>
        <translation>久未联系的合作企业（%1）</translation>
    </message>
    <message>
        <source>Never contacted</source>
        <translation>从未联系</translation>
    </message>
    <message>
        <source>Last contact %1</source>
        <translation>上次联系 %1</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>……另有 %1 项</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>正在更新…</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>待办提醒</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Compute the figures again (F5)</source>
        <translation>重新计算各项数据（F5）</translation>
    </message>
    <message>
        <source>Active partners</source>
        <translation>合作中的企业</translation>
    </message>
    <message>
        <source>Agreements in force</source>
        <translation>在执行协议</translation>
    </message>
    <message>
        <source>Students on placement</source>
        <translation>实习学生</translation>
    </message>
    <message>
        <source>Projects under way</source>
        <translation>在研合作项目</translation>
    </message>
    <message>
        <source>Funds received (10k CNY)</source>
        <translation>到账经费（万元）</translation>
    </message>
    <message>
        <source>Graduates employed</source>
        <translation>录用毕业生</translation>
    </message>
    <message>
        <source>Nothing to sum up yet</source>
        <translation>暂无可汇总的数据</translation>
    </message>
    <message>
        <source>This database holds no enterprises yet. Add your partner enterprises (or import them from a spreadsheet) and the dashboard fills in; or look around the demo database first.</source>
        <translation>当前数据库中还没有企业。添加合作企业（或从电子表格导入）后，概览页就会显示各项数据；也可以先看看演示数据库。</translation>
    </message>
    <message>
        <source>Go to Enterprises</source>
        <translation>前往合作企业</translation>
    </message>
    <message>
        <source>Open the demo database</source>
        <translation>打开演示数据库</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>No date</source>
        <translation>无日期</translation>
    </message>
    <message>
        <source>Clear the date</source>
        <translation>清除日期</translation>
    </message>
</context>
<context>
    <name>EnterpriseForm</name>
    <message>
        <source>%1 of 18 characters</source>
        <translation>已输入 %1 / 18 位</translation>
    </message>
    <message>
        <source>Valid credit code</source>
        <translation>统一社会信用代码有效</translation>
    </message>
    <message>
        <source>Correct the figures to see the size class.</source>
        <translation>请更正数字，以显示企业规模。</translation>
    </message>
    <message>
        <source>choose the industry first</source>
        <translation>请先选择行业门类</translation>
    </message>
    <message>
        <source>set by hand; give the reason below</source>
        <translation>人工认定，请在下方填写理由</translation>
    </message>
    <message>
        <source>By the industry (default)</source>
        <translation>按行业门类（默认）</translation>
    </message>
    <message>
        <source>As computed</source>
        <translation>按标准计算</translation>
    </message>
    <message>
        <source>Size class</source>
        <translation>企业规模</translation>
    </message>
</context>
<context>
    <name>EnterprisePicker</name>
    <message>
        <source>Type a name, credit code or city…</source>
        <translation>输入企业名称、信用代码或城市…</translation>
    </message>
    <message>
        <source>No enterprise matches</source>
        <translation>没有匹配的企业</translation>
    </message>
</context>
<context>
    <name>EnterpriseRecord</name>
    <message>
        <source>Profile</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Visits &amp;&amp; follow-ups</source>
        <translation>走访与跟进</translation>
    </message>
    <message>
        <source>Agreements &amp;&amp; placements</source>
        <translation>协议与实习</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>合作项目</translation>
    </message>
    <message>
        <source>Graduates &amp;&amp; training</source>
        <translation>就业与培训</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>合作指标</translation>
    </message>
    <message>
        <source>History</source>
        <translation>变更记录</translation>
    </message>
    <message>
        <source>no credit code</source>
        <translation>无统一社会信用代码</translation>
    </message>
    <message>
        <source>Move “%1” to the Trash, with its contacts, visits, agreements and the rest?</source>
        <translation>将“%1”及其联系人、走访记录、协议等全部移入回收站？</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>移入回收站</translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation>正在删除</translation>
    </message>
    <message>
        <source>Discard the changes you made to the profile of “%1”?</source>
        <translation>放弃对“%1”基本信息所做的修改？</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>放弃修改</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>合作协议</translation>
    </message>
    <message>
        <source>Students placed</source>
        <translation>实习学生</translation>
    </message>
    <message>
        <source>Graduates employed</source>
        <translation>录用毕业生</translation>
    </message>
    <message>
        <source>Staff training</source>
        <translation>员工培训</translation>
    </message>
    <message>
        <source>Back to the list (Alt+Left)</source>
        <translation>返回列表（Alt+左方向键）</translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation>返回列表</translation>
    </message>
    <message>
        <source>Move this enterprise to the Trash</source>
        <translation>将该企业移入回收站</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Open a Liaison database</source>
        <translation>打开 Liaison 数据库</translation>
    </message>
    <message>
        <source>Welcome to Liaison</source>
        <translation>欢迎使用 Liaison</translation>
    </message>
    <message>
        <source>Liaison keeps your partner enterprises, visits, agreements, placements and joint projects in one database on this computer. How would you like to start?</source>
        <translation>Liaison 把合作企业、走访、协议、学生实习和联合项目保存在本机的一个数据库中。您想如何开始？</translation>
    </message>
    <message>
        <source>Create an empty database</source>
        <translation>新建空数据库</translation>
    </message>
    <message>
        <source>Start afresh; it will be saved as %1</source>
        <translation>从头开始，数据库将保存为 %1</translation>
    </message>
    <message>
        <source>Open an existing database…</source>
        <translation>打开已有数据库…</translation>
    </message>
    <message>
        <source>A Liaison file from a colleague, another computer or a backup</source>
        <translation>来自同事、另一台电脑或备份的 Liaison 文件</translation>
    </message>
    <message>
        <source>Try it with demo data</source>
        <translation>用演示数据试用</translation>
    </message>
    <message>
        <source>200 made-up enterprises with visits, agreements and projects, kept apart</source>
        <translation>200 家虚构企业及其走访、协议和项目，单独存放</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>以后再说</translation>
    </message>
</context>
<context>
    <name>GlobalSearch</name>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>没有与“%1”匹配的内容。</translation>
    </message>
    <message>
        <source>Find enterprises, contacts, students, agreements and projects by name.</source>
        <translation>按名称查找企业、联系人、学生、协议和项目。</translation>
    </message>
    <message>
        <source>Enter opens the selected record; Esc closes.</source>
        <translation>按回车打开所选记录，按 Esc 关闭。</translation>
    </message>
    <message>
        <source>Enterprises</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <source>Search enterprises, contacts, students…</source>
        <translation>搜索企业、联系人、学生…</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>全局搜索</translation>
    </message>
</context>
<context>
    <name>GraduatesArea</name>
    <message>
        <source>Graduates employed</source>
        <translation>毕业生就业</translation>
    </message>
    <message>
        <source>Staff training</source>
        <translation>员工培训</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>No changes recorded yet</source>
        <translation>暂无变更记录</translation>
    </message>
    <message>
        <source>Every change made here is listed: what was changed, from what to what, by whom and when. Records loaded as demo data have no history.</source>
        <translation>在这里所做的每项修改都会列出：改了什么、从什么改为什么、由谁修改、何时修改。作为演示数据导入的记录没有变更记录。</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Same as row %1</source>
        <translation>与第 %1 行相同</translation>
    </message>
    <message>
        <source>Already recorded: %1</source>
        <translation>已有记录：%1</translation>
    </message>
    <message>
        <source>Choose a spreadsheet</source>
        <translation>选择电子表格</translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation>正在读取文件</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— 不导入 —</translation>
    </message>
    <message>
        <source>Headers found in row %1 of sheet “%2”.</source>
        <translation>表头在第 %1 行（工作表“%2”）。</translation>
    </message>
    <message>
        <source>No column feeds %1: new records will be rejected without it.</source>
        <translation>没有列对应%1：缺少该项的新记录将被拒绝。</translation>
    </message>
    <message>
        <source>Every required field has a column.</source>
        <translation>每个必填字段都有对应的列。</translation>
    </message>
    <message>
        <source>Checking the rows</source>
        <translation>正在检查各行</translation>
    </message>
    <message>
        <source>new: %1</source>
        <translation>新增：%1</translation>
    </message>
    <message>
        <source>update: %1</source>
        <translation>更新：%1</translation>
    </message>
    <message>
        <source>duplicate, skipped: %1</source>
        <translation>重复跳过：%1</translation>
    </message>
    <message>
        <source>rejected: %1</source>
        <translation>有错误：%1</translation>
    </message>
    <message>
        <source>Rows with errors stop the import. Correct the file, or tick “Import the valid rows only”.</source>
        <translation>有错误的行会阻止导入。请更正文件，或勾选“只导入无误的行”。</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <source>Import from Excel</source>
        <translation>从 Excel 导入</translation>
    </message>
    <message>
        <source>1. Choose the file</source>
        <translation>1. 选择文件</translation>
    </message>
    <message>
        <source>Which records the sheet holds, and the .xlsx or .csv file to read.</source>
        <translation>工作表中是哪类记录，以及要读取的 .xlsx 或 .csv 文件。</translation>
    </message>
    <message>
        <source>2. Match the columns</source>
        <translation>2. 对应列</translation>
    </message>
    <message>
        <source>Each column of the sheet and the field it goes into. Change any that were guessed wrong; “not imported” leaves a column out.</source>
        <translation>工作表的每一列及其导入的字段。如有识别错误请修改；选“不导入”则忽略该列。</translation>
    </message>
    <message>
        <source>3. Check the rows</source>
        <translation>3. 检查各行</translation>
    </message>
    <message>
        <source>What happens to each row. Nothing has been written yet.</source>
        <translation>每一行将如何处理。目前尚未写入任何数据。</translation>
    </message>
    <message>
        <source>4. Done</source>
        <translation>4. 完成</translation>
    </message>
    <message>
        <source>&amp;Records</source>
        <translation>记录类别(&amp;R)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>&amp;Sheet</source>
        <translation>工作表(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>未选择文件</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>表头</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>前几个值</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <source>&amp;Duplicates</source>
        <translation>重复记录(&amp;D)</translation>
    </message>
    <message>
        <source>Stop: reject them</source>
        <translation>停止：视为错误</translation>
    </message>
    <message>
        <source>Skip them</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Update the records</source>
        <translation>更新已有记录</translation>
    </message>
    <message>
        <source>Import the &amp;valid rows only</source>
        <translation>只导入无误的行(&amp;V)</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Rows not imported:</source>
        <translation>未导入的行：</translation>
    </message>
    <message>
        <source>An import can be taken back as a whole under File › Imports…</source>
        <translation>可在“文件 › 导入记录…”中整批撤销一次导入。</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>&amp;Preview &gt;</source>
        <translation>预览(&amp;P) &gt;</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ImportsDialog</name>
    <message>
        <source>%1 created, %2 updated, %3 skipped</source>
        <translation>新增 %1，更新 %2，跳过 %3</translation>
    </message>
    <message>
        <source>Workbook</source>
        <translation>整个工作簿</translation>
    </message>
    <message>
        <source>Take back import #%1 (%2) as a whole? Records it added are removed and records it changed get their old values back.</source>
        <translation>整批撤销导入 #%1（%2）？其新增的记录将被删除，其修改的记录将恢复原值。</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>撤销导入</translation>
    </message>
    <message>
        <source>Undoing the import</source>
        <translation>正在撤销导入</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>导入记录</translation>
    </message>
    <message>
        <source>Every import, newest first. Undo takes one back as a whole.</source>
        <translation>所有导入，最新的在前。撤销会整批收回一次导入。</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录类别</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>Nothing has been imported yet.</source>
        <translation>尚未导入任何数据。</translation>
    </message>
    <message>
        <source>&amp;Undo import</source>
        <translation>撤销导入(&amp;U)</translation>
    </message>
</context>
<context>
    <name>LogVisitDialog</name>
    <message>
        <source>— No particular contact —</source>
        <translation>— 不指定联系人 —</translation>
    </message>
    <message>
        <source>Saving the visit…</source>
        <translation>正在保存走访记录…</translation>
    </message>
    <message>
        <source>Log a visit</source>
        <translation>记录走访</translation>
    </message>
    <message>
        <source>What was discussed, in one line</source>
        <translation>一句话概括沟通内容</translation>
    </message>
    <message>
        <source>What happens next, if anything</source>
        <translation>下一步要做的事（如有）</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
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
    <message>
        <source>Toolbar</source>
        <translation>工具栏</translation>
    </message>
    <message>
        <source>&amp;Log a visit…</source>
        <translation>记录走访(&amp;L)…</translation>
    </message>
    <message>
        <source>Search &amp;everything…</source>
        <translation>全局搜索(&amp;E)…</translation>
    </message>
    <message>
        <source>New &amp;database…</source>
        <translation>新建数据库(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>MoneyField</name>
    <message>
        <source>CNY</source>
        <translation>元</translation>
    </message>
    <message>
        <source>10k CNY</source>
        <translation>万元</translation>
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
    <name>ProfileTab</name>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save the profile (Ctrl+S)</source>
        <translation>保存基本信息（Ctrl+S）</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <source>Drop the changes and show the profile as saved</source>
        <translation>放弃修改，显示已保存的基本信息</translation>
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
    <name>ProjectRecord</name>
    <message>
        <source>Partners</source>
        <translation>合作企业</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Funds received</source>
        <translation>到账经费</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>成果</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>Discard the changes you made to this %1?</source>
        <translation>放弃对该%1所做的修改？</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>放弃修改</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>新建%1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑%1</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save (%1)</source>
        <translation>保存（%1）</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>Required</source>
        <translation>必填</translation>
    </message>
</context>
<context>
    <name>RecordReportButtons</name>
    <message>
        <source>Cooperation report…</source>
        <translation>合作报告…</translation>
    </message>
    <message>
        <source>Visit sheet</source>
        <translation>走访记录单</translation>
    </message>
</context>
<context>
    <name>RecordView</name>
    <message>
        <source>Mark “%1”</source>
        <translation>标为“%1”</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>正在保存</translation>
    </message>
    <message>
        <source>Move “%1” to the Trash?</source>
        <translation>将“%1”移到回收站？</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>移到回收站</translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation>正在删除</translation>
    </message>
    <message>
        <source>Back to the list (Alt+Left)</source>
        <translation>返回列表（Alt+左方向键）</translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation>返回列表</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Edit this record</source>
        <translation>编辑该记录</translation>
    </message>
    <message>
        <source>Move this record to the Trash</source>
        <translation>将该记录移到回收站</translation>
    </message>
</context>
<context>
    <name>RefPicker</name>
    <message>
        <source>Type to search…</source>
        <translation>输入以搜索…</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Choose an enterprise.</source>
        <translation>请选择企业。</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>截止日期早于起始日期。</translation>
    </message>
    <message>
        <source>Annual report %1.pdf</source>
        <translation>年度报告 %1.pdf</translation>
    </message>
    <message>
        <source>Choose an agreement.</source>
        <translation>请选择协议。</translation>
    </message>
    <message>
        <source>Add the enterprises of the day&apos;s route.</source>
        <translation>请添加当天走访路线上的企业。</translation>
    </message>
    <message>
        <source>Visit sheets %1.pdf</source>
        <translation>走访记录单 %1.pdf</translation>
    </message>
    <message>
        <source>Building the document</source>
        <translation>正在生成文档</translation>
    </message>
    <message>
        <source>Save the document</source>
        <translation>保存文档</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>无法保存文件：%1</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>已保存到 %1。</translation>
    </message>
    <message>
        <source>Enterprise cooperation report</source>
        <translation>企业合作报告</translation>
    </message>
    <message>
        <source>Annual cooperation report</source>
        <translation>年度校企合作报告</translation>
    </message>
    <message>
        <source>Agreement for signature</source>
        <translation>供签署的协议</translation>
    </message>
    <message>
        <source>Visit sheets (day&apos;s route)</source>
        <translation>走访记录单（当天路线）</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>文档(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation>纸张(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始</translation>
    </message>
    <message>
        <source>To</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>With a student placed under the agreement: their tripartite agreement.</source>
        <translation>选择该协议下安置的学生时，生成其三方协议。</translation>
    </message>
    <message>
        <source>Enterprises, in the order of the route</source>
        <translation>企业（按路线顺序）</translation>
    </message>
    <message>
        <source>One sheet per enterprise; drag to change the order.</source>
        <translation>每家企业一份；拖动可调整顺序。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>&amp;Build</source>
        <translation>生成(&amp;B)</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>No document yet</source>
        <translation>尚无文档</translation>
    </message>
    <message>
        <source>Choose a document and its details on the left, then Build.</source>
        <translation>在左侧选择文档及其参数，然后点击“生成”。</translation>
    </message>
    <message>
        <source>%1 — %2 page(s)</source>
        <translation>%1 — 共 %2 页</translation>
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
    <name>SettingsDialog</name>
    <message>
        <source>Choose the college logo</source>
        <translation>选择学院校徽</translation>
    </message>
    <message>
        <source>This file is not an image Liaison can read.</source>
        <translation>该文件不是 Liaison 能读取的图片。</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>无校徽</translation>
    </message>
    <message>
        <source>Open a Liaison database</source>
        <translation>打开 Liaison 数据库</translation>
    </message>
    <message>
        <source>Create a new database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <source>Folder for automatic backups</source>
        <translation>自动备份文件夹</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>College</source>
        <translation>学院</translation>
    </message>
    <message>
        <source>College &amp;name:</source>
        <translation>学院名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Printed at the top of reports</source>
        <translation>打印在报告的页眉</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>校徽：</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>You</source>
        <translation>本人</translation>
    </message>
    <message>
        <source>&amp;Officer name:</source>
        <translation>联络员姓名(&amp;O)：</translation>
    </message>
    <message>
        <source>Recorded with every change you make</source>
        <translation>记录在您做的每项修改中</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Open another…</source>
        <translation>打开其他数据库…</translation>
    </message>
    <message>
        <source>Create new…</source>
        <translation>新建…</translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation>自动备份</translation>
    </message>
    <message>
        <source>Back up every day when Liaison opens</source>
        <translation>每天打开 Liaison 时自动备份</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>文件夹：</translation>
    </message>
    <message>
        <source>&amp;Keep the last:</source>
        <translation>保留最近(&amp;K)：</translation>
    </message>
    <message>
        <source> backups</source>
        <translation> 份备份</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>&amp;Agreements ending within:</source>
        <translation>协议到期提前(&amp;A)：</translation>
    </message>
    <message>
        <source>Partners not contacted &amp;for:</source>
        <translation>合作企业未联系超过(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Follow-ups due within:</source>
        <translation>跟进事项到期提前(&amp;U)：</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>Create a new database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name, or open it instead.</source>
        <translation>%1 已存在。请换一个名称，或直接打开它。</translation>
    </message>
    <message>
        <source>Open a Liaison database</source>
        <translation>打开 Liaison 数据库</translation>
    </message>
    <message>
        <source>Backup saved: %1</source>
        <translation>备份已保存：%1</translation>
    </message>
    <message>
        <source>Visit logged.</source>
        <translation>走访已记录。</translation>
    </message>
</context>
<context>
    <name>StudentsArea</name>
    <message>
        <source>Students</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>学生岗位</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <source>%1 template.xlsx</source>
        <translation>%1导入模板.xlsx</translation>
    </message>
    <message>
        <source>Save the template</source>
        <translation>保存模板</translation>
    </message>
    <message>
        <source>The template was saved to %1.</source>
        <translation>模板已保存到 %1。</translation>
    </message>
    <message>
        <source>Import templates</source>
        <translation>导入模板</translation>
    </message>
    <message>
        <source>A template has the columns the import reads, an example row and a guide. Fill it in and import it with File › Import from Excel…</source>
        <translation>模板包含导入所读取的列、一行示例和填写说明。填好后通过“文件 › 从 Excel 导入…”导入。</translation>
    </message>
    <message>
        <source>&amp;Records</source>
        <translation>记录类别(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save template…</source>
        <translation>保存模板(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>TrashPage</name>
    <message>
        <source>Restore %1 records</source>
        <translation>恢复 %1 条记录</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>正在恢复…</translation>
    </message>
    <message>
        <source>Some records could not be restored:
%1</source>
        <translation>部分记录无法恢复：
%1</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>回收站</translation>
    </message>
    <message>
        <source>Deleted records wait here. Select one or more and choose Restore to bring them back, with everything that was deleted along with them.</source>
        <translation>已删除的记录保存在这里。选中一条或多条后点击“恢复”，即可连同随之删除的内容一起恢复。</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>删除时间</translation>
    </message>
    <message>
        <source>Deleted by</source>
        <translation>删除人</translation>
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
    <name>columns</name>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>专业</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>实习人次</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>Lead partner</source>
        <translation>牵头企业</translation>
    </message>
    <message>
        <source>Funds received</source>
        <translation>到账经费</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>合作企业数</translation>
    </message>
    <message>
        <source>Person-hours</source>
        <translation>培训人时</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业门类</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>规模</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>最近联系</translation>
    </message>
    <message>
        <source>Cooperation depth</source>
        <translation>合作深度</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Old → new</source>
        <translation>原值 → 新值</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
</context>
<context>
    <name>entities</name>
    <message>
        <source>enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>visit or contact</source>
        <translation>走访联络记录</translation>
    </message>
    <message>
        <source>major</source>
        <translation>专业</translation>
    </message>
    <message>
        <source>student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>placement</source>
        <translation>实习安置</translation>
    </message>
    <message>
        <source>project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>project partner</source>
        <translation>项目合作企业</translation>
    </message>
    <message>
        <source>milestone</source>
        <translation>项目节点</translation>
    </message>
    <message>
        <source>payment received</source>
        <translation>到账记录</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>成果</translation>
    </message>
    <message>
        <source>graduate employed</source>
        <translation>毕业生就业记录</translation>
    </message>
    <message>
        <source>staff training</source>
        <translation>员工培训</translation>
    </message>
</context>
<context>
    <name>excel</name>
    <message>
        <source>The whole database (%1 rows) was exported to %2.</source>
        <translation>整个数据库（%1 行）已导出到 %2。</translation>
    </message>
    <message>
        <source>Exporting to Excel</source>
        <translation>正在导出到 Excel</translation>
    </message>
    <message>
        <source>Export everything</source>
        <translation>全部导出</translation>
    </message>
    <message>
        <source>%1 rows were exported to %2.</source>
        <translation>已将 %1 行导出到 %2。</translation>
    </message>
    <message>
        <source>Export list</source>
        <translation>导出列表</translation>
    </message>
    <message>
        <source>&amp;Import from Excel…</source>
        <translation>从 Excel 导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Im&amp;ports…</source>
        <translation>导入记录…</translation>
    </message>
    <message>
        <source>&amp;Export everything…</source>
        <translation>全部导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Import &amp;templates…</source>
        <translation>导入模板(&amp;T)…</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <source>Added</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Moved to the Trash</source>
        <translation>移入回收站</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>In the Trash</source>
        <translation>在回收站中</translation>
    </message>
</context>
<context>
    <name>indicators</name>
    <message>
        <source>Field visits</source>
        <translation>实地走访</translation>
    </message>
    <message>
        <source>All contacts (visits, calls, meetings …)</source>
        <translation>全部联系（走访、电话、会议等）</translation>
    </message>
    <message>
        <source>Agreements in force</source>
        <translation>在执行协议</translation>
    </message>
    <message>
        <source>Students placed</source>
        <translation>实习学生人数</translation>
    </message>
    <message>
        <source>Student-months of placement</source>
        <translation>实习学生月数</translation>
    </message>
    <message>
        <source>Apprentices</source>
        <translation>学徒人数</translation>
    </message>
    <message>
        <source>Order-class students</source>
        <translation>订单班学生</translation>
    </message>
    <message>
        <source>Graduates employed</source>
        <translation>录用毕业生</translation>
    </message>
    <message>
        <source>… in a field related to their major</source>
        <translation>……其中专业对口</translation>
    </message>
    <message>
        <source>Joint projects</source>
        <translation>合作项目</translation>
    </message>
    <message>
        <source>Contract value</source>
        <translation>合同金额</translation>
    </message>
    <message>
        <source>Funds received</source>
        <translation>到账经费</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>成果</translation>
    </message>
    <message>
        <source>Staff training sessions</source>
        <translation>员工培训期数</translation>
    </message>
    <message>
        <source>Staff trained (person-times)</source>
        <translation>培训员工（人次）</translation>
    </message>
    <message>
        <source>Cooperation depth: %1 · %2</source>
        <translation>合作深度：%1 · %2</translation>
    </message>
    <message>
        <source>What it rests on, %1 to %2:</source>
        <translation>依据（%1 至 %2）：</translation>
    </message>
</context>
<context>
    <name>lists</name>
    <message>
        <source>1 contact</source>
        <translation>共 1 位联系人</translation>
    </message>
    <message>
        <source>%1 contacts</source>
        <translation>共 %1 位联系人</translation>
    </message>
    <message>
        <source>No contacts yet</source>
        <translation>尚无联系人</translation>
    </message>
    <message>
        <source>Add the people you deal with at this enterprise: who decides, who mentors.</source>
        <translation>添加在该企业与您对接的人员：谁拍板，谁带徒。</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>新建联系人</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Last three months</source>
        <translation>近三个月</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>去年</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>1 agreement</source>
        <translation>共 1 份协议</translation>
    </message>
    <message>
        <source>%1 agreements</source>
        <translation>共 %1 份协议</translation>
    </message>
    <message>
        <source>No agreements yet</source>
        <translation>尚无协议</translation>
    </message>
    <message>
        <source>Add apprenticeship, order-class and internship-base agreements.</source>
        <translation>添加现代学徒制、订单班和实习基地等协议。</translation>
    </message>
    <message>
        <source>New agreement</source>
        <translation>新建协议</translation>
    </message>
    <message>
        <source>1 placement</source>
        <translation>共 1 人次实习</translation>
    </message>
    <message>
        <source>%1 placements</source>
        <translation>共 %1 人次实习</translation>
    </message>
    <message>
        <source>No placements yet</source>
        <translation>尚无实习安置</translation>
    </message>
    <message>
        <source>Place students under an agreement, with a mentor on each side.</source>
        <translation>按协议安排学生实习，校企双方各有导师。</translation>
    </message>
    <message>
        <source>New placement</source>
        <translation>新建实习安置</translation>
    </message>
    <message>
        <source>1 project</source>
        <translation>共 1 个项目</translation>
    </message>
    <message>
        <source>%1 projects</source>
        <translation>共 %1 个项目</translation>
    </message>
    <message>
        <source>No joint projects yet</source>
        <translation>尚无合作项目</translation>
    </message>
    <message>
        <source>Record technical services and joint R&amp;D with their funds and outcomes.</source>
        <translation>记录技术服务和联合研发项目，以及经费和成果。</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <source>Related to major</source>
        <translation>专业对口</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>对口</translation>
    </message>
    <message>
        <source>Not related</source>
        <translation>不对口</translation>
    </message>
    <message>
        <source>1 graduate employed</source>
        <translation>共 1 名就业毕业生</translation>
    </message>
    <message>
        <source>%1 graduates employed</source>
        <translation>共 %1 名就业毕业生</translation>
    </message>
    <message>
        <source>No graduates recorded</source>
        <translation>尚无毕业生就业记录</translation>
    </message>
    <message>
        <source>Record the graduates a partner enterprise hired, and whether they stayed.</source>
        <translation>记录合作企业录用的毕业生及其在岗情况。</translation>
    </message>
    <message>
        <source>New graduate employed</source>
        <translation>新建就业记录</translation>
    </message>
    <message>
        <source>1 training session</source>
        <translation>共 1 期培训</translation>
    </message>
    <message>
        <source>%1 training sessions</source>
        <translation>共 %1 期培训</translation>
    </message>
    <message>
        <source>No staff training recorded</source>
        <translation>尚无员工培训记录</translation>
    </message>
    <message>
        <source>Record the enterprise staff the college trained: topic, people, hours.</source>
        <translation>记录学校为企业培训员工的情况：内容、人数、学时。</translation>
    </message>
    <message>
        <source>New training session</source>
        <translation>新建培训</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>规模</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>1 enterprise</source>
        <translation>共 1 家企业</translation>
    </message>
    <message>
        <source>%1 enterprises</source>
        <translation>共 %1 家企业</translation>
    </message>
    <message>
        <source>No enterprises yet</source>
        <translation>尚无合作企业</translation>
    </message>
    <message>
        <source>Import a spreadsheet of your partner enterprises, or add one by hand.</source>
        <translation>导入合作企业名单表格，或手动添加。</translation>
    </message>
    <message>
        <source>New enterprise</source>
        <translation>新建企业</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>跟进事项</translation>
    </message>
    <message>
        <source>Open follow-ups only</source>
        <translation>仅未完成的跟进</translation>
    </message>
    <message>
        <source>No open follow-up</source>
        <translation>无未完成的跟进</translation>
    </message>
    <message>
        <source>1 visit or contact</source>
        <translation>共 1 条走访联络记录</translation>
    </message>
    <message>
        <source>%1 visits and contacts</source>
        <translation>共 %1 条走访联络记录</translation>
    </message>
    <message>
        <source>No visits recorded yet</source>
        <translation>尚无走访记录</translation>
    </message>
    <message>
        <source>Log every visit and call, and the follow-ups agreed, to keep track (Ctrl+L).</source>
        <translation>记录每次走访和电话，以及约定的跟进事项，便于跟踪（Ctrl+L）。</translation>
    </message>
    <message>
        <source>Log a visit</source>
        <translation>记录走访</translation>
    </message>
    <message>
        <source>Mark follow-up done</source>
        <translation>标记跟进完成</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>正在保存</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在计数…</translation>
    </message>
    <message>
        <source>Move “%1” to the Trash?</source>
        <translation>将“%1”移入回收站？</translation>
    </message>
    <message>
        <source>Move %1 records to the Trash?</source>
        <translation>将 %1 条记录移入回收站？</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>移入回收站</translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation>正在删除</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>正在恢复</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>%1: all</source>
        <translation>%1：全部</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Add a record (Ctrl+N)</source>
        <translation>新建记录（Ctrl+N）</translation>
    </message>
    <message>
        <source>Edit the selected record (F2)</source>
        <translation>编辑所选记录（F2）</translation>
    </message>
    <message>
        <source>Move the selected records to the Trash (Del)</source>
        <translation>将所选记录移入回收站（Del）</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Bring back what you just deleted</source>
        <translation>恢复刚刚删除的记录</translation>
    </message>
    <message>
        <source>Excel</source>
        <translation>Excel</translation>
    </message>
    <message>
        <source>Import from Excel…</source>
        <translation>从 Excel 导入…</translation>
    </message>
    <message>
        <source>Export the list as shown…</source>
        <translation>按当前显示导出列表…</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>没有匹配的记录</translation>
    </message>
    <message>
        <source>Nothing matches the search and the filters chosen.</source>
        <translation>没有符合当前搜索和筛选条件的记录。</translation>
    </message>
    <message>
        <source>Clear search and filters</source>
        <translation>清除搜索和筛选</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>专业</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>年级</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>1 partner</source>
        <translation>1 家合作企业</translation>
    </message>
    <message>
        <source>%1 partners</source>
        <translation>共 %1 家合作企业</translation>
    </message>
    <message>
        <source>No partners yet</source>
        <translation>暂无合作企业</translation>
    </message>
    <message>
        <source>Add the enterprises taking part; mark the lead.</source>
        <translation>添加参与的企业，并标明牵头企业。</translation>
    </message>
    <message>
        <source>Add partner</source>
        <translation>添加合作企业</translation>
    </message>
    <message>
        <source>1 milestone</source>
        <translation>1 个节点</translation>
    </message>
    <message>
        <source>%1 milestones</source>
        <translation>共 %1 个节点</translation>
    </message>
    <message>
        <source>No milestones yet</source>
        <translation>暂无节点</translation>
    </message>
    <message>
        <source>Add the project&apos;s milestones with their due dates; overdue ones are reminded.</source>
        <translation>添加项目节点及计划日期；逾期节点会提醒。</translation>
    </message>
    <message>
        <source>New milestone</source>
        <translation>新建节点</translation>
    </message>
    <message>
        <source>1 payment</source>
        <translation>1 笔到账</translation>
    </message>
    <message>
        <source>%1 payments</source>
        <translation>共 %1 笔到账</translation>
    </message>
    <message>
        <source>No funds received yet</source>
        <translation>暂无到账经费</translation>
    </message>
    <message>
        <source>Record each payment as it reaches the college.</source>
        <translation>每笔经费到账时记录。</translation>
    </message>
    <message>
        <source>New payment</source>
        <translation>新建到账</translation>
    </message>
    <message>
        <source>1 outcome</source>
        <translation>1 项成果</translation>
    </message>
    <message>
        <source>%1 outcomes</source>
        <translation>共 %1 项成果</translation>
    </message>
    <message>
        <source>No outcomes yet</source>
        <translation>暂无成果</translation>
    </message>
    <message>
        <source>Record the patents, standards, products and papers the project produced.</source>
        <translation>记录项目产出的专利、标准、产品和论文。</translation>
    </message>
    <message>
        <source>New outcome</source>
        <translation>新建成果</translation>
    </message>
    <message>
        <source>Make lead partner</source>
        <translation>设为牵头企业</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>标为完成</translation>
    </message>
    <message>
        <source>1 student</source>
        <translation>1 名学生</translation>
    </message>
    <message>
        <source>%1 students</source>
        <translation>共 %1 名学生</translation>
    </message>
    <message>
        <source>No students yet</source>
        <translation>暂无学生</translation>
    </message>
    <message>
        <source>Import the class lists, or add the students you place with enterprises.</source>
        <translation>导入班级名单，或添加安排到企业的学生。</translation>
    </message>
    <message>
        <source>New student</source>
        <translation>新建学生</translation>
    </message>
    <message>
        <source>Edit major</source>
        <translation>编辑专业</translation>
    </message>
    <message>
        <source>New major</source>
        <translation>新建专业</translation>
    </message>
    <message>
        <source>Cooperation report</source>
        <translation>合作报告</translation>
    </message>
    <message>
        <source>Visit sheets</source>
        <translation>走访记录单</translation>
    </message>
    <message>
        <source>Visit sheets (day&apos;s route)</source>
        <translation>走访记录单（当天路线）</translation>
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
<context>
    <name>pages</name>
    <message>
        <source>adding</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>changing</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>deleting</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>restoring</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Undone: %1 %2 #%3</source>
        <translation>已撤销：%1%2 #%3</translation>
    </message>
</context>
<context>
    <name>saving</name>
    <message>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
</context>
</TS>
