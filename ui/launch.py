"""The ``liaison`` command: the core's command line plus the desktop app's own commands."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence


def _gui(args: argparse.Namespace) -> int:
    from ui.app import main as app_main  # Qt is imported only when the window is wanted

    return app_main(db_url=args.db, lang=args.lang)


def _self_test(args: argparse.Namespace) -> int:
    from ui.self_test import run

    return run(args)


def main(argv: Sequence[str] | None = None) -> int:
    from liaison.cli import main as cli_main

    return cli_main(argv, launchers={"gui": _gui, "self-test": _self_test})


if __name__ == "__main__":
    sys.exit(main())
