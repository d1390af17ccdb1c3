"""The `report` command: printed documents (liaison.reports)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from liaison import db, i18n
from liaison.cli import Parser
from liaison.cli.progress import StderrProgress, end_progress_line
from liaison.cli.texts import _
from liaison.i18n import Catalog

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


def add_parsers(sub: Any) -> None:
    report = sub.add_parser("report", help=_R("cli.help.report"))
    kinds = report.add_subparsers(dest="report", metavar="KIND", required=True, parser_class=Parser)

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
        "progress": StderrProgress(),
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
    end_progress_line()
    print(_R("cli.report_done", path=result.path, pages=result.pages))
    return 0


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {"report": _report}
