#!/usr/bin/env python3
"""Set up a development environment from a fresh clone, then open the app or run the tests.

    python3 packaging/dev.py app     # venv + packages, then Liaison on a demo database
    python3 packaging/dev.py test    # venv + packages + PostgreSQL, then the whole suite

Only the standard library is used here: this runs before anything is installed. On Debian or
Ubuntu, system packages that are missing (Qt's runtime libraries, PostgreSQL) are installed with
apt-get when running as root; otherwise the command says what to install and carries on.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PY = BIN / ("python.exe" if os.name == "nt" else "python")

# Libraries Qt needs at run time on a bare Debian (offscreen tests need the first group only).
QT_LIBS = ["libegl1", "libgl1", "libxkbcommon0", "libfontconfig1", "libdbus-1-3", "libglib2.0-0"]
QT_XCB_LIBS = [
    "libxkbcommon-x11-0",
    "libxcb-cursor0",
    "libxcb-icccm4",
    "libxcb-keysyms1",
    "libxcb-shape0",
    "libxcb-render-util0",
    "libxcb-image0",
    "libxcb-xinerama0",
    "libxcb-randr0",
    "libx11-xcb1",
]
TEST_TOOLS = ["postgresql", "poppler-utils"]


def say(text: str) -> None:
    print(f"[dev] {text}", flush=True)


def run(*cmd: str | Path, env: dict[str, str] | None = None, check: bool = True) -> int:
    return subprocess.run([str(c) for c in cmd], env=env, check=check).returncode


def is_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


def missing_debs(names: list[str]) -> list[str]:
    if not shutil.which("dpkg-query"):
        return []
    missing = []
    for name in names:
        probe = subprocess.run(
            ["dpkg-query", "-W", "-f=${Status}", name], capture_output=True, text=True
        )
        if "install ok installed" not in probe.stdout:
            missing.append(name)
    return missing


def apt_install(names: list[str]) -> None:
    missing = missing_debs(names)
    if not missing:
        return
    if not is_root() or not shutil.which("apt-get"):
        say("missing system packages (install them with apt): " + " ".join(missing))
        return
    say("installing " + " ".join(missing))
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    run("apt-get", "update", "-qq", env=env, check=False)
    run("apt-get", "install", "-y", "-qq", "--no-install-recommends", *missing, env=env)


def ensure_venv(extras: str) -> None:
    if not PY.exists():
        say(f"creating {VENV}")
        made = subprocess.run([sys.executable, "-m", "venv", str(VENV)]).returncode
        if made != 0:
            # Debian ships venv's pip bootstrap separately.
            apt_install([f"python{sys.version_info.major}.{sys.version_info.minor}-venv"])
            shutil.rmtree(VENV, ignore_errors=True)
            run(sys.executable, "-m", "venv", VENV)
    stamp = VENV / ".liaison-installed"
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes() + extras.encode()).hexdigest()
    if stamp.exists() and stamp.read_text() == wanted:
        return
    say(f"installing Liaison and its packages ({extras or 'runtime'})")
    run(PY, "-m", "pip", "install", "-q", "--upgrade", "pip")
    target = f"{ROOT}[{extras}]" if extras else str(ROOT)
    run(PY, "-m", "pip", "install", "-q", "-e", target)
    stamp.write_text(wanted)


def build_translations() -> None:
    run(PY, "-m", "ui.build_translations")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def find_pg_bin() -> Path | None:
    for candidate in sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True):
        if (candidate / "pg_ctl").exists():
            return candidate
    found = shutil.which("pg_ctl")
    return Path(found).parent if found else None


@contextlib.contextmanager
def postgres_server() -> Iterator[str | None]:
    """A throwaway PostgreSQL cluster on 127.0.0.1 for the run; its URL, or None."""
    pg = find_pg_bin()
    if pg is None:
        yield None
        return
    base = Path(tempfile.mkdtemp(prefix="liaison-pg-"))
    data, sockets = base / "data", base / "sock"
    sockets.mkdir()
    as_user: list[str] = []
    if is_root():
        # PostgreSQL refuses to run as root; Debian's package made a postgres user for it.
        shutil.chown(base, "postgres")
        shutil.chown(sockets, "postgres")
        as_user = ["runuser", "-u", "postgres", "--"]
    port = free_port()
    log = base / "server.log"
    try:
        subprocess.run(
            [
                *as_user,
                str(pg / "initdb"),
                "-D",
                str(data),
                "-U",
                "postgres",
                "--auth=trust",
                "-E",
                "UTF8",
                "--locale=C",
            ],
            check=True,
            capture_output=True,
        )
        opts = f"-p {port} -k {sockets} -c listen_addresses=127.0.0.1 -c fsync=off"
        subprocess.run(
            [
                *as_user,
                str(pg / "pg_ctl"),
                "-D",
                str(data),
                "-l",
                str(log),
                "-o",
                opts,
                "-w",
                "start",
            ],
            check=True,
            capture_output=True,
        )
        subprocess.run(
            [
                *as_user,
                str(pg / "createdb"),
                "-h",
                "127.0.0.1",
                "-p",
                str(port),
                "-U",
                "postgres",
                "liaison_test",
            ],
            check=True,
            capture_output=True,
        )
        say(f"PostgreSQL {pg.parent.name} running on 127.0.0.1:{port}")
        yield f"postgresql+psycopg://postgres@127.0.0.1:{port}/liaison_test"
    except subprocess.CalledProcessError as exc:
        say(f"PostgreSQL could not start: {exc.stderr.decode(errors='replace')[-500:]}")
        yield None
    finally:
        subprocess.run(
            [*as_user, str(pg / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop"],
            capture_output=True,
        )
        shutil.rmtree(base, ignore_errors=True)


def cmd_test(pytest_args: list[str]) -> int:
    if sys.platform.startswith("linux"):
        apt_install(QT_LIBS + TEST_TOOLS)
    ensure_venv("dev,package")
    build_translations()
    started = time.monotonic()
    env = dict(os.environ)
    with postgres_server() as pg_url:
        if pg_url:
            env["LIAISON_TEST_PG_URL"] = pg_url
        elif os.environ.get("CI"):
            say("CI needs PostgreSQL for the core tests, and it did not start")
            return 1
        else:
            say("no PostgreSQL server: the PostgreSQL variants of the core tests will be skipped")
        code = subprocess.run([str(PY), "-m", "pytest", *pytest_args], env=env, cwd=ROOT).returncode
    if code == 0 and not pytest_args:
        say("ruff")
        code = run(BIN / "ruff", "check", ".", check=False) or run(
            BIN / "ruff", "format", "--check", ".", check=False
        )
    if code == 0 and not pytest_args:
        say("mypy liaison ui")
        code = run(BIN / "mypy", check=False)
    if code == 0 and not pytest_args and sys.platform.startswith("linux"):
        say("building the Linux bundle and running its self-test")
        code = run(PY, ROOT / "packaging" / "build.py", "--self-test", check=False)
    say(f"done in {time.monotonic() - started:.0f} s, exit status {code}")
    return code


def cmd_app(app_args: list[str]) -> int:
    if sys.platform.startswith("linux"):
        apt_install(QT_LIBS + QT_XCB_LIBS)
    ensure_venv("")
    build_translations()
    liaison = BIN / ("liaison.exe" if os.name == "nt" else "liaison")
    demo = Path(
        subprocess.run(
            [str(PY), "-c", "from ui.shell import demo_database; print(demo_database())"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    )
    if not demo.exists():
        say(f"creating the demo database {demo} (first run only)")
        run(liaison, "--db", demo, "demo")
    say(f"opening Liaison on {demo}")
    return run(liaison, "--db", demo, *app_args, check=False)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("what", choices=["app", "test"])
    parser.add_argument("rest", nargs=argparse.REMAINDER, help="passed on to the app or pytest")
    args = parser.parse_args()
    os.chdir(ROOT)
    return cmd_app(args.rest) if args.what == "app" else cmd_test(args.rest)


if __name__ == "__main__":
    sys.exit(main())
