"""``python -m liaison``: the headless command line (no desktop app)."""

from liaison.cli import run

run()
