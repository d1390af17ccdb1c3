from __future__ import annotations

import argparse
from pathlib import Path

import pytest

import liaison
from liaison import cli, paths


def test_version_is_printed_on_stdout(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        cli.main(["--version"])
    assert stopped.value.code == 0
    out, err = capsys.readouterr()
    assert out == f"liaison {liaison.__version__}\n" and err == ""
    assert liaison.__version__ and liaison.__version__[0].isdigit()


def test_a_launcher_finds_its_own_database_unless_one_is_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[str | None] = []

    def gui(args: argparse.Namespace) -> int:
        seen.append(args.db)
        return 0

    assert cli.main([], launchers={"gui": gui}) == 0
    assert cli.main(["gui"], launchers={"gui": gui}) == 0
    named = str(tmp_path / "named.db")
    assert cli.main(["--db", named, "gui"], launchers={"gui": gui}) == 0
    monkeypatch.setenv("LIAISON_DB", named)
    assert cli.main(["gui"], launchers={"gui": gui}) == 0
    # None: the desktop app looks the default up after its window has painted.
    assert seen == [None, None, named, None]


def test_the_core_commands_get_the_default_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(paths, "data_dir", lambda: tmp_path)
    assert cli.main(["backup", "--to", str(tmp_path / "backups")]) == 0
    assert (tmp_path / "liaison.db").exists()
