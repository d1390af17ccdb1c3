"""The command line (a contract: DESIGN.md "Command line"; tests and scripts rely on it).

Exit status: 0 done; 1 input rejected, nothing written; 2 usage error. Errors go to stderr in
the chosen language. The desktop app's commands (``gui``, ``self-test``) are added by the ``ui``
package, which calls :func:`main` with its launchers; the core never imports Qt.

The commands live in one module per area (storage, spreadsheets, printing), imported only when
one of them runs: opening the desktop app must not pay for SQLAlchemy before its window shows.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from typing import Any, NoReturn

import liaison
from liaison import i18n
from liaison.cli.texts import _
from liaison.i18n import LiaisonError
from liaison.tasks import Cancelled

Launcher = Callable[[argparse.Namespace], int]
Command = Callable[[argparse.Namespace], int]
_GLOBAL_WITH_VALUE = ("--db", "--lang")


class _ShowVersion(argparse.Action):
    """``--version``: the version is looked up only when asked for (it costs an import)."""

    def __init__(self, option_strings: Sequence[str], dest: str) -> None:
        super().__init__(
            option_strings,
            dest=argparse.SUPPRESS,
            nargs=0,
            help="show program's version number and exit",  # argparse's own wording
        )

    def __call__(self, parser: argparse.ArgumentParser, *_args: object) -> NoReturn:
        print(f"liaison {liaison.__version__}")
        parser.exit()


class Parser(argparse.ArgumentParser):
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


def _command_word(argv: Sequence[str]) -> str | None:
    """The command named in ``argv`` (the first word that is not an option or its value)."""
    skip = False
    for arg in argv:
        if skip:
            skip = False
        elif arg in _GLOBAL_WITH_VALUE:
            skip = True
        elif not arg.startswith("-"):
            return arg
    return None


def _area_commands() -> list[Any]:
    from liaison.cli import printing, spreadsheets, storage

    return [storage, spreadsheets, printing]


def build_parser(launchers: dict[str, Launcher], *, areas: bool = True) -> argparse.ArgumentParser:
    """The parser; ``areas=False`` leaves out the core's commands (a launcher is running)."""
    parser = Parser(prog="liaison", description=_("cli.description"))
    parser.add_argument("--version", action=_ShowVersion)
    parser.add_argument("--db", metavar="PATH_OR_URL", help=_("cli.help.db"))
    parser.add_argument("--lang", choices=i18n.LANGUAGES, help=_("cli.help.lang"))
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    for name in launchers:
        sub.add_parser(name, help=_(f"cli.help.{name.replace('-', '_')}"))
    if areas:
        for module in _area_commands():
            module.add_parsers(sub)
    return parser


def main(argv: Sequence[str] | None = None, *, launchers: dict[str, Launcher] | None = None) -> int:
    """Run the command line; ``launchers`` adds the desktop app's commands (``gui`` …).

    A launcher's ``args.db`` is None without ``--db``: it looks for the database itself
    (``LIAISON_DB``, then its own choices).
    """
    args_list = list(sys.argv[1:] if argv is None else argv)
    i18n.set_language(_lang_from_argv(args_list))
    launchers = launchers or {}
    word = _command_word(args_list)
    quick = (word is None or word in launchers) and not {"-h", "--help"} & set(args_list)
    if quick:  # only the launcher named, if any: each sub-parser costs a millisecond
        parser = build_parser({word: launchers[word]} if word else {}, areas=False)
    else:
        parser = build_parser(launchers)
    args = parser.parse_args(args_list)
    if args.lang:
        i18n.set_language(args.lang)
    command = args.command or "gui"
    if args.db is None and command not in launchers:
        # A launcher gets None and finds the database itself: the desktop app does so once its
        # window shows (platformdirs, behind the default, costs the window some 4 ms).
        from liaison import paths

        args.db = paths.default_database()
    try:
        if command in launchers:
            return launchers[command](args)
        if command == "gui":
            print(_("cli.no_gui"), file=sys.stderr)
            return 2
        commands: dict[str, Command] = {}
        for module in _area_commands():
            commands.update(module.COMMANDS)
        return commands[command](args)
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
