"""Start-up benchmark: Liaison's window against a bare PySide6 window, and memory at 100,000 firms.

Run on demand (the databases are built once and kept in ``.demo/`` at the project root):

    QT_QPA_PLATFORM=offscreen pytest tests/perf/test_startup_perf.py -m perf -s

Each figure is the median of a few fresh ``python -c`` processes, timed from just before the
process is spawned: (a) a bare QApplication + QMainWindow until its first paint; (b) Liaison's
window on a 10,000-enterprise database until its first paint, and until the database is open and
the dashboard filled. Ratios are against (a), measured in the same run. Memory is the resident
set of Liaison with a 100,000-enterprise database open and the dashboard computed. A first,
uncounted round writes the bytecode (to ``.demo/pycache``), which an installation has too.
Nothing is asserted about the timings (they vary with the machine); the table is printed.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CACHE = ROOT / ".demo"
RUNS = int(os.environ.get("LIAISON_BENCH_RUNS", "5"))
TIMING_FIRMS = 10_000
MEMORY_FIRMS = int(os.environ.get("LIAISON_BENCH_MEMORY_ENTERPRISES", "100000"))
READY_TIMEOUT_S = int(os.environ.get("LIAISON_BENCH_TIMEOUT", "3600"))
# Another database for the memory figure (e.g. a copy carrying a core fix still to come).
MEMORY_DB = os.environ.get("LIAISON_BENCH_MEMORY_DB")

# A paint event of the watched window prints the clock; "ready" prints it with the memory.
_WATCH = """
import os, sys, time, json
from PySide6.QtCore import QEvent, QObject

def rss_mb():
    try:
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None

def peak_mb():
    try:
        import resource
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    except ImportError:
        return None

def report(event, **extra):
    print(json.dumps({"event": event, "at": time.time(), **extra}), flush=True)

class FirstPaint(QObject):
    def __init__(self, window, then=None):
        super().__init__(window)
        self.then = then
        window.installEventFilter(self)

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            report("paint")
            if self.then is not None:
                self.then()
        return False
"""

BARE = _WATCH + textwrap.dedent(
    """
    from PySide6.QtWidgets import QApplication, QMainWindow
    app = QApplication(sys.argv)
    window = QMainWindow()
    window.resize(1200, 760)
    FirstPaint(window, then=lambda: app.exit(0))
    window.show()
    app.exec()
    """
)

LIAISON = _WATCH + textwrap.dedent(
    """
    from PySide6.QtWidgets import QApplication
    from ui import app as liaison_app

    wait_for_ready = os.environ["BENCH_UNTIL"] == "ready"

    def ready():
        report("ready", rss_mb=rss_mb(), peak_mb=peak_mb())
        QApplication.exit(0)

    def watch(shell):
        shell.pages_ready.connect(lambda: shell.dashboard.refreshed.connect(ready))

    window = liaison_app.start(
        ["liaison"], db_url=os.environ["BENCH_DB"], lang="en", on_shell=watch
    )
    FirstPaint(window, then=None if wait_for_ready else (lambda: QApplication.exit(0)))
    sys.exit(QApplication.exec())
    """
)

# The way officers start it: the ``liaison`` command, through the core's command line. The
# command makes its QApplication itself, as it does for officers, and the first main window it
# shows is watched like the others. (An application-wide event filter would need the
# application made here first, which takes the command down another path, and it runs Python
# for every event of the start-up, some 20 ms that the bare window does not pay.)
COMMAND = _WATCH + textwrap.dedent(
    """
    from PySide6.QtWidgets import QApplication, QMainWindow

    def show_and_watch(window):
        del QMainWindow.show  # back to QWidget.show for this and any other window
        FirstPaint(window, then=lambda: QApplication.exit(0))
        window.show()

    QMainWindow.show = show_and_watch
    from ui.launch import main
    sys.exit(main(["--db", os.environ["BENCH_DB"], "--lang", "en"]))
    """
)


def demo_database(enterprises: int) -> Path:
    """The benchmark database of ``enterprises`` firms, built once and then reused."""
    target = CACHE / f"bench-{enterprises}.db"
    if target.exists():
        return target
    from liaison.db import open_database
    from liaison.demo import build

    CACHE.mkdir(exist_ok=True)
    partial = target.with_suffix(".partial.db")
    partial.unlink(missing_ok=True)
    began = time.perf_counter()
    with open_database(partial) as db:
        build(db, enterprises=enterprises, seed=2026, officer="bench")
    partial.rename(target)
    print(f"\nbuilt {target.name} in {time.perf_counter() - began:.0f} s")
    return target


def fresh_profile(tmp_path: Path, name: str) -> dict[str, str]:
    """Environment of a first-time user whose settings say: no automatic backup."""
    home = tmp_path / name
    config = home / ".config" / "Liaison"
    config.mkdir(parents=True, exist_ok=True)
    # The daily backup would copy the whole database in the middle of the measurement.
    (config / "Liaison.conf").write_text("[backup]\ndaily=false\n", encoding="utf-8")
    env = dict(os.environ)
    env.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_STATE_HOME=str(home / ".local" / "state"),
        XDG_CACHE_HOME=str(home / ".cache"),
        LIAISON_NO_DIALOGS="1",
        PYTHONPATH=str(ROOT),
        # Installed, Liaison runs from bytecode (pip and PyInstaller compile it). With
        # PYTHONDONTWRITEBYTECODE inherited, every run would compile all of Liaison's modules
        # from source, a cost the bare window (no modules of its own) does not pay. The runs
        # keep their bytecode here instead; an uncounted first round writes it.
        PYTHONPYCACHEPREFIX=str(CACHE / "pycache"),
    )
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return env


Events = dict[str, dict[str, float]]


def run(code: str, env: dict[str, str], timeout: float) -> Events:
    """Spawn ``python -c code``; its events, each with milliseconds since the spawn."""
    began = time.time()
    done = subprocess.run(
        [sys.executable, "-c", code],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    events: Events = {}
    for line in done.stdout.splitlines():
        if line.startswith("{"):
            event = json.loads(line)
            event["ms"] = (event.pop("at") - began) * 1000
            events[event.pop("event")] = event
    if done.returncode != 0 or not events:
        raise AssertionError(f"benchmark child failed ({done.returncode}):\n{done.stderr}")
    return events


def median_ms(samples: list[Events], event: str) -> float:
    return statistics.median(s[event]["ms"] for s in samples)


@pytest.mark.perf
def test_startup_against_a_bare_window_and_memory_at_scale(tmp_path: Path) -> None:
    timing_db = demo_database(TIMING_FIRMS)
    memory_db = Path(MEMORY_DB) if MEMORY_DB else demo_database(MEMORY_FIRMS)

    bare: list[Events] = []
    painted: list[Events] = []
    command: list[Events] = []
    ready: list[Events] = []
    warm_up = {"BENCH_DB": str(timing_db), "BENCH_UNTIL": "paint"}
    for name, code in (("bare", BARE), ("paint", LIAISON), ("command", COMMAND)):
        run(code, {**fresh_profile(tmp_path, f"warm-{name}"), **warm_up}, 120)  # not counted
    for i in range(RUNS):  # interleaved, so a busy moment of the machine hits every kind alike
        bare.append(run(BARE, fresh_profile(tmp_path, f"bare{i}"), 120))
        timing = {"BENCH_DB": str(timing_db)}
        profile = fresh_profile(tmp_path, f"paint{i}")
        painted.append(run(LIAISON, {**profile, **timing, "BENCH_UNTIL": "paint"}, 120))
        profile = fresh_profile(tmp_path, f"command{i}")
        command.append(run(COMMAND, {**profile, **timing}, 120))
        profile = fresh_profile(tmp_path, f"ready{i}")
        ready.append(run(LIAISON, {**profile, **timing, "BENCH_UNTIL": "ready"}, READY_TIMEOUT_S))
    profile = fresh_profile(tmp_path, "memory")
    at_scale = run(
        LIAISON,
        {**profile, "BENCH_DB": str(memory_db), "BENCH_UNTIL": "ready"},
        READY_TIMEOUT_S,
    )

    base = median_ms(bare, "paint")
    rows = [
        ("bare PySide6 QMainWindow, first paint", base),
        (f"Liaison window, first paint ({TIMING_FIRMS:,} firms)", median_ms(painted, "paint")),
        ("  the same, started as the `liaison` command", median_ms(command, "paint")),
        (f"Liaison, first paint on the way to ready ({TIMING_FIRMS:,})", median_ms(ready, "paint")),
        (
            f"Liaison, database open + dashboard filled ({TIMING_FIRMS:,})",
            median_ms(ready, "ready"),
        ),
    ]
    memory = at_scale["ready"]
    platform = os.environ.get("QT_QPA_PLATFORM", "offscreen")
    print(f"\nStart-up, median of {RUNS} runs each (QT_QPA_PLATFORM={platform})")
    print(f"{'':<62}{'ms':>8}{'× bare':>9}")
    for label, ms in rows:
        print(f"{label:<62}{ms:>8.0f}{ms / base:>9.2f}")
    print(
        f"Memory, {memory_db.name} open, dashboard computed "
        f"(after {memory['ms'] / 1000:.1f} s): RSS {memory['rss_mb']:.0f} MB, "
        f"peak {memory['peak_mb']:.0f} MB"
    )
    for sample in (*painted, *command, *ready):
        assert sample["paint"]["ms"] > 0
    assert memory["rss_mb"] > 0
