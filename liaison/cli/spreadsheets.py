"""Excel commands: import, template, export, imports, undo-import."""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from liaison import db
from liaison.cli.progress import StderrProgress, end_progress_line
from liaison.cli.texts import _
from liaison.i18n import LiaisonError


def add_parsers(sub: Any) -> None:
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
            progress = StderrProgress()
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
    end_progress_line()
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


def _template(args: argparse.Namespace) -> int:
    from liaison.excel.template import write_template

    path = write_template(args.kind, args.file)
    print(_("cli.template_done", path=path))
    return 0


def _export(args: argparse.Namespace) -> int:
    from liaison.excel.export import export_kinds, export_workbook

    with db.open_database(args.db) as database:
        result = export_workbook(
            database, args.file, kinds=export_kinds(args.kind), progress=StderrProgress()
        )
    end_progress_line()
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


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "import": _import,
    "template": _template,
    "export": _export,
    "undo-import": _undo_import,
    "imports": _imports,
}
