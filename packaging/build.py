#!/usr/bin/env python3
"""Build the Liaison bundle for this platform with PyInstaller.

    python packaging/build.py [--self-test]

Linux: ``dist/liaison/`` (one folder, run ``dist/liaison/liaison``).
macOS: ``dist/Liaison.app``. Windows: ``dist/liaison/`` with version information, and
``dist/Liaison-<version>-setup.exe`` when Inno Setup's ``iscc`` is on PATH.
Run it with the project's virtual environment (``pip install -e '.[package]'``).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUILD = ROOT / "build"
DIST = ROOT / "dist"


def version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as fh:
        return str(tomllib.load(fh)["project"]["version"])


def windows_version_info(ver: str) -> Path:
    """PyInstaller's VSVersionInfo text for the .exe's Details tab."""
    parts = [int(p) for p in ver.split(".")[:3]]
    numbers = ", ".join(str(p) for p in [*parts, 0, 0, 0, 0][:4])
    fields = {
        "CompanyName": "Liaison",
        "FileDescription": "Liaison - college-enterprise cooperation",
        "FileVersion": ver,
        "InternalName": "liaison",
        "OriginalFilename": "liaison.exe",
        "ProductName": "Liaison",
        "ProductVersion": ver,
    }
    strings = ",\n".join(f"            StringStruct('{k}', '{v}')" for k, v in fields.items())
    text = f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers=({numbers}), prodvers=({numbers}), mask=0x3f, flags=0x0,
                    OS=0x40004, fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('040904B0', [
{strings}
    ])]),
    VarFileInfo([VarStruct('Translation', [1033, 1200, 2052, 1200])])
  ]
)
"""
    BUILD.mkdir(exist_ok=True)
    target = BUILD / "version_info.txt"
    target.write_text(text, encoding="utf-8")
    return target


def folder_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--self-test", action="store_true", help="run the bundle's self-test")
    args = parser.parse_args()
    ver = version()
    started = time.monotonic()
    subprocess.run([sys.executable, "-m", "ui.build_translations"], cwd=ROOT, check=True)
    if sys.platform == "win32":
        windows_version_info(ver)
    env = dict(os.environ, LIAISON_VERSION=ver)
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            str(DIST),
            "--workpath",
            str(BUILD / "pyinstaller"),
            str(ROOT / "packaging" / "liaison.spec"),
        ],
        cwd=ROOT,
        env=env,
        check=True,
    )
    bundle = DIST / ("Liaison.app" if sys.platform == "darwin" else "liaison")
    built = time.monotonic() - started
    print(f"[build] {bundle} {folder_size(bundle) / 2**20:.0f} MB, built in {built:.0f} s")
    if sys.platform == "win32" and shutil.which("iscc"):
        subprocess.run(
            [
                "iscc",
                f"/DAppVersion={ver}",
                f"/DDistDir={DIST}",
                str(ROOT / "packaging" / "windows" / "liaison.iss"),
            ],
            check=True,
        )
    if args.self_test:
        exe = (
            bundle / "Contents" / "MacOS" / "liaison"
            if sys.platform == "darwin"
            else (bundle / ("liaison.exe" if sys.platform == "win32" else "liaison"))
        )
        env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
        return subprocess.run([str(exe), "self-test"], env=env).returncode
    return 0


if __name__ == "__main__":
    sys.exit(main())
