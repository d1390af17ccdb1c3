"""The command line's messages, in English and Chinese."""

from __future__ import annotations

from liaison.i18n import Catalog

_ = Catalog(
    {
        "cli.description": (
            "Liaison: partner enterprises, visits, agreements, placements and joint projects.",
            "Liaison：合作企业、走访、协议、实习安置与联合项目管理。",
        ),
        "cli.usage_error": ("usage error: {detail}", "用法错误：{detail}"),
        "cli.no_gui": (
            "The desktop app is not installed here; use the commands listed by --help.",
            "此处未安装桌面程序；请使用 --help 列出的命令。",
        ),
        "cli.demo_not_empty": (
            "The database already holds {count} enterprises; use --force to replace all its data "
            "with demo data.",
            "数据库中已有 {count} 家企业；如需用演示数据替换全部数据，请加 --force。",
        ),
        "cli.demo_done": (
            "Demo data written to {db}: {summary}",
            "演示数据已写入 {db}：{summary}",
        ),
        "cli.backup_done": ("Backup written: {path}", "备份已写入：{path}"),
        "cli.restore_done": (
            "Restored from {source}. The previous state was kept in {safety}.",
            "已从 {source} 恢复。恢复前的状态已保存为 {safety}。",
        ),
        "cli.check_ok": (
            "{db}: sound (schema {revision}).",
            "{db}：完好（结构版本 {revision}）。",
        ),
        "cli.check_bad": ("{db}: problems found:", "{db}：发现问题："),
        "cli.cancelled": ("Cancelled; nothing was written.", "已取消，未写入任何内容。"),
        "cli.interrupted": ("Interrupted.", "已中断。"),
        "cli.help.db": (
            "database file or SQLAlchemy URL (default: LIAISON_DB or the user data folder)",
            "数据库文件或 SQLAlchemy 地址（默认：LIAISON_DB 或用户数据目录）",
        ),
        "cli.help.lang": ("language of messages", "提示信息的语言"),
        "cli.help.demo": (
            "fill the database with realistic demo data",
            "用逼真的演示数据填充数据库",
        ),
        "cli.help.backup": ("write a backup copy of the database", "备份数据库"),
        "cli.help.restore": (
            "replace the database with a backup (the current state is backed up first)",
            "用备份替换数据库（先备份当前状态）",
        ),
        "cli.help.check": ("check the database's integrity", "检查数据库完整性"),
        "cli.help.gui": ("open the desktop app (the default)", "打开桌面程序（默认）"),
        "cli.help.self_test": (
            "headless smoke test of the installed app or a built bundle",
            "对已安装程序或打包程序做无界面自检",
        ),
        "cli.help.enterprises": ("number of enterprises", "企业数量"),
        "cli.help.seed": ("random seed (same seed, same data)", "随机种子（种子相同则数据相同）"),
        "cli.help.force": ("replace existing data", "替换已有数据"),
        "cli.help.to": ("folder for the backup", "备份目录"),
        "cli.help.json": ("print one JSON object", "输出一个 JSON 对象"),
        "cli.help.import": (
            "import a spreadsheet (.xlsx or .csv) as one batch that can be undone",
            "导入表格（.xlsx 或 .csv），作为一个可撤销的批次",
        ),
        "cli.help.kind": (
            "what the sheet holds ('all': every sheet of an exported workbook)",
            "表格中的数据类别（all：导出工作簿的全部工作表）",
        ),
        "cli.help.import_file": ("the .xlsx or .csv file", ".xlsx 或 .csv 文件"),
        "cli.help.sheet": (
            "the sheet to read (default: the first)",
            "要读取的工作表（默认第一个）",
        ),
        "cli.help.dry_run": (
            "check everything and report, but write nothing",
            "全面检查并报告，但不写入",
        ),
        "cli.help.on_duplicate": (
            "rows matching an existing record: reject them (error, the default), skip them, "
            "or update the record with the row's non-blank cells",
            "与已有记录重复的行：报错（error，默认）、跳过（skip），或用该行非空单元格更新记录（update）",
        ),
        "cli.help.valid_only": (
            "import the valid rows and report the others (default: nothing unless all are valid)",
            "只导入无误的行并报告其余各行（默认：有任一行出错则全部不导入）",
        ),
        "cli.help.template": (
            "write an empty import template (headers, dropdowns, an example row)",
            "生成空白导入模板（表头、下拉列表、示例行）",
        ),
        "cli.help.template_kind": ("the kind of records", "数据类别"),
        "cli.help.out_file": ("the .xlsx file to write", "要写入的 .xlsx 文件"),
        "cli.help.export": (
            "export every kind of record (or one) to an Excel workbook",
            "把全部（或某一类）数据导出为 Excel 工作簿",
        ),
        "cli.help.export_kind": ("one kind, or all (the default)", "某一类数据，或 all（默认）"),
        "cli.help.undo_import": (
            "undo an import: its new records go, updated ones get their old values back",
            "撤销一次导入：删除其新增记录，恢复其更新前的值",
        ),
        "cli.help.batch": ("the batch number the import printed", "导入时显示的批次号"),
        "cli.help.imports": ("list past imports", "列出历次导入"),
        "cli.template_done": ("Template written: {path}", "模板已写入：{path}"),
        "cli.export_done": ("Exported to {path}: {sheets}", "已导出到 {path}：{sheets}"),
        "cli.undo_done": (
            "Import #{batch} undone: {deleted} record(s) removed, {trashed} moved to the trash, "
            "{restored} given back their old values.",
            "已撤销导入 #{batch}：删除 {deleted} 条记录，{trashed} 条移入回收站，"
            "{restored} 条恢复原值。",
        ),
        "cli.no_imports": ("No imports yet.", "尚无导入记录。"),
        "cli.import_line": (
            "#{id}  {when}  {kind}  {file}  +{created} ~{updated} ={skipped}{undone}",
            "#{id}  {when}  {kind}  {file}  新增 {created} 更新 {updated} 跳过 {skipped}{undone}",
        ),
        "cli.undone_mark": ("  (undone {when})", "（已于 {when} 撤销）"),
    }
)
