"""Commands on the database itself: demo, backup, restore, check."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from liaison import db
from liaison.cli.progress import StderrProgress, end_progress_line
from liaison.cli.texts import _


def add_parsers(sub: Any) -> None:
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
            progress=StderrProgress(),
        )
        end_progress_line()
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


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "demo": _demo,
    "backup": _backup,
    "restore": _restore,
    "check": _check,
}
