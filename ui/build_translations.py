"""Build step for the app's translations: ``python -m ui.build_translations [--update]``.

``--update`` runs ``pyside6-lupdate`` over ``ui/`` to refresh ``resources/translations/*.ts``
(the committed sources translators edit in Qt Linguist); every run compiles each ``.ts`` into
the ``.qm`` the app loads (build output, git-ignored).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

from ui.i18n import translations_dir

UI_DIR = Path(__file__).resolve().parent
TS_LANGUAGES = ("zh_CN",)


class ToolNotFound(FileNotFoundError):
    pass


def find_tool(name: str) -> Path:
    """``lupdate`` or ``lrelease`` from the PySide6 install this Python uses.

    Looks for the ``pyside6-<name>`` wrapper beside the interpreter (a venv's bin or Scripts),
    then on PATH, then for the binary inside the PySide6 package.
    """
    suffix = ".exe" if os.name == "nt" else ""
    wrapper = f"pyside6-{name}{suffix}"
    candidates = [Path(sys.executable).parent / wrapper]
    on_path = shutil.which(f"pyside6-{name}")
    if on_path:
        candidates.append(Path(on_path))
    try:
        import PySide6

        package = Path(PySide6.__file__).parent
        candidates += [package / f"{name}{suffix}", package / "Qt" / "libexec" / f"{name}{suffix}"]
    except ImportError:  # pragma: no cover - PySide6 is a dependency
        pass
    for candidate in candidates:
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return candidate
    raise ToolNotFound(f"{name} not found; looked at: {', '.join(map(str, candidates))}")


def ts_files(directory: Path | None = None) -> list[Path]:
    directory = directory or translations_dir()
    return [directory / f"liaison_{lang}.ts" for lang in TS_LANGUAGES]


def python_sources(root: Path = UI_DIR) -> list[Path]:
    return sorted(p for p in root.rglob("*.py") if "__pycache__" not in p.parts)


def _run(command: list[str]) -> None:
    completed = subprocess.run(command, capture_output=True, text=True, check=False)
    if completed.returncode != 0:
        raise subprocess.CalledProcessError(
            completed.returncode, command, completed.stdout, completed.stderr
        )


def update(directory: Path | None = None) -> list[Path]:
    """Extract the texts of ``ui/`` into the ``.ts`` files, keeping existing translations."""
    targets = ts_files(directory)
    for ts in targets:
        ts.parent.mkdir(parents=True, exist_ok=True)
        sources = [str(p) for p in python_sources()]
        # No source locations: line numbers would churn the committed file on every edit.
        _run(
            [
                str(find_tool("lupdate")),
                *sources,
                "-locations",
                "none",
                "-no-obsolete",
                "-ts",
                str(ts),
            ]
        )
    return targets


def release(directory: Path | None = None) -> list[Path]:
    """Compile every ``.ts`` into a ``.qm`` beside it; return the ``.qm`` paths."""
    compiled = []
    for ts in ts_files(directory):
        qm = ts.with_suffix(".qm")
        _run([str(find_tool("lrelease")), str(ts), "-qm", str(qm)])
        compiled.append(qm)
    return compiled


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ui.build_translations", description=__doc__)
    parser.add_argument("--update", action="store_true", help="refresh the .ts files from ui/")
    args = parser.parse_args(argv)
    try:
        if args.update:
            for ts in update():
                print(f"updated {ts}")
        for qm in release():
            print(f"compiled {qm}")
    except (ToolNotFound, subprocess.CalledProcessError) as exc:
        detail = getattr(exc, "stderr", "") or ""
        print(f"error: {exc}\n{detail}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
