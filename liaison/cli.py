"""The command line (a contract: DESIGN.md "Command line"; tests and scripts rely on it).

Exit status: 0 done; 1 input rejected, nothing written; 2 usage error. Errors go to stderr in
the chosen language. The desktop app's commands (``gui``, ``self-test``) are added by the ``ui``
package, which calls :func:`main` with its launchers; the core never imports Qt.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any, NoReturn

from liaison import __version__, db, i18n, paths
from liaison.i18n import Catalog, LiaisonError
from liaison.tasks import Cancelled

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

Launcher = Callable[[argparse.Namespace], int]


class _Parser(argparse.ArgumentParser):
    """Usage errors in the chosen language, exit status 2."""

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        print(_("cli.usage_error", detail=message), file=sys.stderr)
        raise SystemExit(2)


def _lang_from_argv(argv: Sequence[str]) -> str:
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return i18n.system_language()


def build_parser(launchers: dict[str, Launcher]) -> argparse.ArgumentParser:
    parser = _Parser(prog="liaison", description=_("cli.description"))
    parser.add_argument("--version", action="version", version=f"liaison {__version__}")
    parser.add_argument("--db", metavar="PATH_OR_URL", help=_("cli.help.db"))
    parser.add_argument("--lang", choices=i18n.LANGUAGES, help=_("cli.help.lang"))
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    for name in launchers:
        sub.add_parser(name, help=_(f"cli.help.{name.replace('-', '_')}"))

    demo = sub.add_parser("demo", help=_("cli.help.demo"))
    demo.add_argument(
        "--enterprises", type=int, default=200, metavar="N", help=_("cli.help.enterprises")
    )
    demo.add_argument("--seed", type=int, default=2026, metavar="S", help=_("cli.help.seed"))
    demo.add_argument("--force", action="store_true", help=_("cli.help.force"))
    demo.add_argument("--json", action="store_true", help=_("cli.help.json"))

    backup = sub.add_parser("backup", help=_("cli.help.backup"))
    backup.add_argument("--to", type=Path, metavar="DIR", help=_("cli.help.to"))
    restore = sub.add_parser("restore", help=_("cli.help.restore"))
    restore.add_argument("file", type=Path, metavar="FILE")
    check = sub.add_parser("check", help=_("cli.help.check"))
    check.add_argument("--json", action="store_true", help=_("cli.help.json"))
    _add_excel_commands(sub)
    _add_report_parser(sub)
    return parser


def _add_excel_commands(sub: Any) -> None:
    from liaison.excel.columns import SHEETS
    from liaison.excel.importing import DuplicatePolicy

    kinds = list(SHEETS)
    imp = sub.add_parser("import", help=_("cli.help.import"))
    imp.add_argument("kind", choices=[*kinds, "all"], metavar="KIND", help=_("cli.help.kind"))
    imp.add_argument("file", type=Path, metavar="FILE", help=_("cli.help.import_file"))
    imp.add_argument("--sheet", metavar="NAME", help=_("cli.help.sheet"))
    imp.add_argument("--dry-run", action="store_true", help=_("cli.help.dry_run"))
    imp.add_argument(
        "--on-duplicate",
        choices=[p.value for p in DuplicatePolicy],
        default=DuplicatePolicy.ERROR.value,
        help=_("cli.help.on_duplicate"),
    )
    imp.add_argument("--valid-only", action="store_true", help=_("cli.help.valid_only"))
    imp.add_argument("--json", action="store_true", help=_("cli.help.json"))

    template = sub.add_parser("template", help=_("cli.help.template"))
    template.add_argument("kind", choices=kinds, metavar="KIND", help=_("cli.help.template_kind"))
    template.add_argument("file", type=Path, metavar="FILE", help=_("cli.help.out_file"))

    export = sub.add_parser("export", help=_("cli.help.export"))
    export.add_argument("file", type=Path, metavar="FILE", help=_("cli.help.out_file"))
    export.add_argument(
        "--kind", choices=[*kinds, "all"], default="all", help=_("cli.help.export_kind")
    )
    export.add_argument("--json", action="store_true", help=_("cli.help.json"))

    undo = sub.add_parser("undo-import", help=_("cli.help.undo_import"))
    undo.add_argument("batch", type=int, metavar="BATCH_ID", help=_("cli.help.batch"))
    undo.add_argument("--json", action="store_true", help=_("cli.help.json"))

    imports = sub.add_parser("imports", help=_("cli.help.imports"))
    imports.add_argument("--json", action="store_true", help=_("cli.help.json"))


class _StderrProgress:
    """Progress for long commands: a line on stderr when the share done moves on."""

    def __init__(self) -> None:
        self._last = -1

    def __call__(self, done: int, total: int | None, text: str = "") -> None:
        if not total or not sys.stderr.isatty():
            return
        percent = done * 100 // total
        if percent != self._last:
            self._last = percent
            print(f"\r{percent:3d}% {text}", end="", file=sys.stderr, flush=True)

    def cancelled(self) -> bool:
        return False


def _demo(args: argparse.Namespace) -> int:
    from liaison import demo
    from liaison.services.hub import Services

    with db.open_database(args.db) as database:
        existing = demo.count_enterprises(database)
        if existing and not args.force:
            print(_("cli.demo_not_empty", count=existing), file=sys.stderr)
            return 1
        summary = demo.build(
            database,
            enterprises=args.enterprises,
            seed=args.seed,
            officer=Services(database).officer,
            replace=args.force,
            progress=_StderrProgress(),
        )
        if sys.stderr.isatty():
            print(file=sys.stderr)
        if args.json:
            print(json.dumps(summary.counts, ensure_ascii=False))
        else:
            print(_("cli.demo_done", db=database.url, summary=summary.describe()))
    return 0


def _backup(args: argparse.Namespace) -> int:
    with db.open_database(args.db) as database:
        target = db.backup(database, args.to)
    print(_("cli.backup_done", path=target))
    return 0


def _restore(args: argparse.Namespace) -> int:
    with db.open_database(args.db) as database:
        safety = db.restore(database, args.file.resolve())
    print(_("cli.restore_done", source=args.file, safety=safety))
    return 0


def _check(args: argparse.Namespace) -> int:
    with db.open_database(args.db) as database:
        report = db.check(database)
        shown = database.url
    if args.json:
        print(
            json.dumps(
                {"ok": report.ok, "problems": report.problems, "revision": report.revision},
                ensure_ascii=False,
            )
        )
    elif report.ok:
        print(_("cli.check_ok", db=shown, revision=report.revision))
    else:
        print(_("cli.check_bad", db=shown), file=sys.stderr)
        for problem in report.problems:
            print(f"  {problem}", file=sys.stderr)
    return 0 if report.ok else 1


def _import(args: argparse.Namespace) -> int:
    from liaison.excel.importing import (
        DuplicatePolicy,
        ImportOptions,
        import_file,
        import_workbook,
    )
    from liaison.services.hub import Services

    options = ImportOptions(DuplicatePolicy(args.on_duplicate), args.valid_only)
    try:
        with db.open_database(args.db) as database:
            services = Services(database)
            progress = _StderrProgress()
            if args.kind == "all":
                report = import_workbook(
                    services, args.file, options=options, dry_run=args.dry_run, progress=progress
                )
            else:
                report = import_file(
                    services,
                    args.kind,
                    args.file,
                    sheet=args.sheet,
                    options=options,
                    dry_run=args.dry_run,
                    progress=progress,
                )
    except LiaisonError as exc:
        if not args.json:
            raise
        refused = {"row": None, "column": "", "message": exc.message()}
        print(
            json.dumps(
                {"created": 0, "updated": 0, "skipped": 0, "errors": [refused]},
                ensure_ascii=False,
            )
        )
        return 1
    _end_progress_line()
    if args.json:
        print(json.dumps(report.to_json(), ensure_ascii=False))
    else:
        for error in report.errors:
            where = error.where()
            shown = f"{error.sheet}: {where}: " if where else f"{error.sheet}: "
            print(shown + error.reason(), file=sys.stderr)
        stream = sys.stdout if report.accepted else sys.stderr
        print(report.summary(), file=stream)
    return 0 if report.accepted else 1


def _end_progress_line() -> None:
    if sys.stderr.isatty():
        print(file=sys.stderr)


def _template(args: argparse.Namespace) -> int:
    from liaison.excel.template import write_template

    path = write_template(args.kind, args.file)
    print(_("cli.template_done", path=path))
    return 0


def _export(args: argparse.Namespace) -> int:
    from liaison.excel.export import export_kinds, export_workbook

    with db.open_database(args.db) as database:
        result = export_workbook(
            database, args.file, kinds=export_kinds(args.kind), progress=_StderrProgress()
        )
    _end_progress_line()
    if args.json:
        print(json.dumps({"file": str(result.path), "sheets": result.sheets}, ensure_ascii=False))
    else:
        sheets = ", ".join(f"{kind} {n}" for kind, n in result.sheets.items())
        print(_("cli.export_done", path=result.path, sheets=sheets))
    return 0


def _undo_import(args: argparse.Namespace) -> int:
    from liaison.services.hub import Services

    with db.open_database(args.db) as database:
        result = Services(database).imports.undo(args.batch)
    if args.json:
        print(json.dumps(dataclasses.asdict(result), ensure_ascii=False))
    else:
        print(
            _(
                "cli.undo_done",
                batch=result.batch_id,
                deleted=result.deleted,
                trashed=result.trashed,
                restored=result.restored,
            )
        )
    return 0


def _imports(args: argparse.Namespace) -> int:
    from liaison.services.hub import Services

    with db.open_database(args.db) as database:
        batches = Services(database).imports.batches()
    if args.json:
        print(json.dumps([dataclasses.asdict(b) for b in batches], default=str, ensure_ascii=False))
        return 0
    if not batches:
        print(_("cli.no_imports"))
    for batch in batches:
        undone = (
            _("cli.undone_mark", when=f"{batch.undone_at:%Y-%m-%d %H:%M}")
            if batch.undone_at
            else ""
        )
        print(
            _(
                "cli.import_line",
                id=batch.id,
                when=f"{batch.created_at:%Y-%m-%d %H:%M}",
                kind=batch.kind,
                file=batch.file_name,
                created=batch.created,
                updated=batch.updated,
                skipped=batch.skipped,
                undone=undone,
            )
        )
    return 0


# --- report: printed documents (liaison.reports) ---------------------------------------------

_R = Catalog(
    {
        "cli.help.report": (
            "print a PDF report, agreement or visit sheet",
            "生成 PDF 报告、协议或走访记录单",
        ),
        "cli.help.report_enterprise": (
            "cooperation report of one enterprise",
            "单个企业的合作报告",
        ),
        "cli.help.report_annual": (
            "the college's annual cooperation report",
            "学校年度校企合作报告",
        ),
        "cli.help.report_agreement": (
            "an agreement for signature (with --placement or --student: the tripartite one)",
            "供签署的协议（加 --placement 或 --student 时为三方协议）",
        ),
        "cli.help.report_visit_sheet": (
            "visit sheets, one per enterprise, in one file",
            "走访记录单（每家企业一份，合为一个文件）",
        ),
        "cli.help.ref": (
            "id, credit code, exact name or agreement number",
            "编号、统一社会信用代码、企业全称或协议编号",
        ),
        "cli.help.agreement_ref": ("agreement number or id", "协议编号或 ID"),
        "cli.help.out": ("PDF file to write", "要写入的 PDF 文件"),
        "cli.help.from": (
            "first day of the period (default: 1 January)",
            "统计起始日期（默认 1 月 1 日）",
        ),
        "cli.help.to_date": (
            "last day of the period (default: 31 December)",
            "统计截止日期（默认 12 月 31 日）",
        ),
        "cli.help.year": ("calendar year", "年度"),
        "cli.help.paper": ("paper size", "纸张大小"),
        "cli.help.placement": (
            "placement id: print its tripartite agreement",
            "实习安置 ID：生成其三方协议",
        ),
        "cli.help.student": (
            "student number or name under the agreement: print their tripartite agreement",
            "协议下的学生学号或姓名：生成其三方协议",
        ),
        "cli.report_bad_date": ("not a date: {value}", "不是有效日期：{value}"),
        "cli.report_need_ref": (
            "give an agreement REF, or --placement ID",
            "请提供协议编号，或使用 --placement ID",
        ),
        "cli.report_done": (
            "{path} written: {pages} page(s).",
            "已写入 {path}，共 {pages} 页。",
        ),
    }
)


def _date_arg(value: str) -> date:
    from liaison.errors import ValidationError
    from liaison.rules.dates import parse_date

    try:
        parsed = parse_date(value, "date")
    except ValidationError:
        parsed = None
    if parsed is None:
        raise argparse.ArgumentTypeError(_R("cli.report_bad_date", value=value))
    return parsed


def _add_report_parser(sub: Any) -> None:
    report = sub.add_parser("report", help=_R("cli.help.report"))
    kinds = report.add_subparsers(
        dest="report", metavar="KIND", required=True, parser_class=_Parser
    )

    def common(parser: argparse.ArgumentParser) -> None:
        parser.add_argument(
            "--out", type=Path, required=True, metavar="FILE.pdf", help=_R("cli.help.out")
        )
        parser.add_argument(
            "--paper",
            type=str.lower,
            choices=("a4", "letter"),
            default="a4",
            help=_R("cli.help.paper"),
        )
        # Accepted after the command too; SUPPRESS keeps the global --lang when absent.
        parser.add_argument(
            "--lang", choices=i18n.LANGUAGES, default=argparse.SUPPRESS, help=_("cli.help.lang")
        )

    enterprise = kinds.add_parser("enterprise", help=_R("cli.help.report_enterprise"))
    enterprise.add_argument("ref", metavar="REF", help=_R("cli.help.ref"))
    enterprise.add_argument(
        "--from", dest="start", type=_date_arg, metavar="DATE", help=_R("cli.help.from")
    )
    enterprise.add_argument(
        "--to", dest="end", type=_date_arg, metavar="DATE", help=_R("cli.help.to_date")
    )
    common(enterprise)
    annual = kinds.add_parser("annual", help=_R("cli.help.report_annual"))
    annual.add_argument("--year", type=int, required=True, metavar="YYYY", help=_R("cli.help.year"))
    common(annual)
    agreement = kinds.add_parser("agreement", help=_R("cli.help.report_agreement"))
    agreement.add_argument("ref", metavar="REF", nargs="?", help=_R("cli.help.agreement_ref"))
    agreement.add_argument("--placement", type=int, metavar="ID", help=_R("cli.help.placement"))
    agreement.add_argument("--student", metavar="STUDENT", help=_R("cli.help.student"))
    common(agreement)
    visit = kinds.add_parser("visit-sheet", help=_R("cli.help.report_visit_sheet"))
    visit.add_argument("refs", metavar="REF", nargs="+", help=_R("cli.help.ref"))
    common(visit)


def _report(args: argparse.Namespace) -> int:
    from liaison.reports import refs
    from liaison.reports.agreement import agreement_document, placement_agreement
    from liaison.reports.annual import annual_report
    from liaison.reports.enterprise import enterprise_report
    from liaison.reports.visit_sheet import visit_sheets

    kind = args.report
    if kind == "agreement" and args.ref is None and args.placement is None:
        print(_("cli.usage_error", detail=_R("cli.report_need_ref")), file=sys.stderr)
        return 2
    if kind == "annual" and not 1900 <= args.year <= 9998:
        print(_("cli.usage_error", detail=f"--year {args.year}"), file=sys.stderr)
        return 2
    if kind == "enterprise" and args.start and args.end and args.end < args.start:
        print(
            _("cli.usage_error", detail=f"--to {args.end} < --from {args.start}"), file=sys.stderr
        )
        return 2
    options: dict[str, Any] = {
        "lang": i18n.language(),
        "paper": args.paper,
        "progress": _StderrProgress(),
    }
    with db.open_database(args.db) as database:
        with database.reading() as session:
            if kind == "enterprise":
                target = refs.enterprise_id(session, args.ref)
            elif kind == "visit-sheet":
                targets = [refs.enterprise_id(session, ref) for ref in args.refs]
            elif kind == "agreement" and args.placement is not None:
                target = refs.placement_id(session, args.placement)
            elif kind == "agreement":
                target = refs.agreement_id(session, args.ref)
                if args.student is not None:
                    target = refs.placement_of_student(session, target, args.student)
        if kind == "enterprise":
            result = enterprise_report(
                database, target, args.out, start=args.start, end=args.end, **options
            )
        elif kind == "annual":
            result = annual_report(database, args.year, args.out, **options)
        elif kind == "visit-sheet":
            result = visit_sheets(database, targets, args.out, **options)
        elif args.placement is not None or args.student is not None:
            result = placement_agreement(database, target, args.out, **options)
        else:
            result = agreement_document(database, target, args.out, **options)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    print(_R("cli.report_done", path=result.path, pages=result.pages))
    return 0


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "import": _import,
    "template": _template,
    "export": _export,
    "undo-import": _undo_import,
    "imports": _imports,
    "demo": _demo,
    "backup": _backup,
    "restore": _restore,
    "check": _check,
    "report": _report,
}


def main(argv: Sequence[str] | None = None, *, launchers: dict[str, Launcher] | None = None) -> int:
    """Run the command line; ``launchers`` adds the desktop app's commands (``gui`` …)."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    i18n.set_language(_lang_from_argv(args_list))
    launchers = launchers or {}
    parser = build_parser(launchers)
    args = parser.parse_args(args_list)
    if args.lang:
        i18n.set_language(args.lang)
    if args.db is None:
        args.db = paths.default_database()
    command = args.command or "gui"
    try:
        if command in launchers:
            return launchers[command](args)
        if command == "gui":
            print(_("cli.no_gui"), file=sys.stderr)
            return 2
        return COMMANDS[command](args)
    except LiaisonError as exc:
        print(exc.message(), file=sys.stderr)
        return 1
    except Cancelled:
        print(_("cli.cancelled"), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(_("cli.interrupted"), file=sys.stderr)
        return 130


def run(argv: Sequence[str] | None = None, **kwargs: Any) -> NoReturn:
    raise SystemExit(main(argv, **kwargs))
