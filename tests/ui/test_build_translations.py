from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from ui import build_translations


@pytest.mark.parametrize("tool", ["lupdate", "lrelease"])
def test_tools_are_found_beside_this_python(tool: str) -> None:
    path = build_translations.find_tool(tool)
    assert path.is_file()
    assert tool in path.name


def test_a_missing_tool_is_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(build_translations.ToolNotFound):
        build_translations.find_tool("no-such-tool")


def test_release_compiles_loadable_qm_files(tmp_path: Path) -> None:
    (tmp_path / "liaison_zh_CN.ts").write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="zh_CN">'
        "<context><name>areas</name><message><source>Trash</source>"
        "<translation>回收站</translation></message></context></TS>",
        encoding="utf-8",
    )
    [qm] = build_translations.release(tmp_path)
    translator = QTranslator()
    assert translator.load(str(qm))
    assert translator.translate("areas", "Trash") == "回收站"


def test_main_compiles_and_reports(capsys: pytest.CaptureFixture[str]) -> None:
    assert build_translations.main([]) == 0
    assert "liaison_zh_CN.qm" in capsys.readouterr().out


def test_main_fails_cleanly_when_a_tool_fails(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken(command: list[str]) -> None:
        raise subprocess.CalledProcessError(3, command, "", "lrelease: bad file")

    monkeypatch.setattr(build_translations, "_run", broken)
    assert build_translations.main([]) == 1
    assert "bad file" in capsys.readouterr().err
