from __future__ import annotations

import re
import sys
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from ui import qtcompat

UI = Path(qtcompat.__file__).parent


class Sender(QObject):
    fired = Signal(int)


def test_emit_and_disconnect_keep_the_booleans_alive() -> None:
    sender = Sender()
    received: list[int] = []
    sender.fired.connect(received.append)
    before = sys.getrefcount(True)
    for n in range(2000):  # more than Python 3.11's True has references at start-up
        qtcompat.emit(sender.fired, n)
    assert received == list(range(2000))

    def slot(_n: int) -> None:
        pass

    for _ in range(2000):
        sender.fired.connect(slot)
        assert qtcompat.disconnect(sender.fired, slot)
    assert abs(sys.getrefcount(True) - before) < 10


def test_ui_code_emits_only_through_the_work_around() -> None:
    direct = re.compile(r"\.(emit|disconnect)\(")
    offenders = [
        f"{path.relative_to(UI.parent)}:{number}"
        for path in UI.rglob("*.py")
        if path.name != "qtcompat.py"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if direct.search(line)
    ]
    assert offenders == [], "use ui.qtcompat.emit/disconnect instead of .emit(/.disconnect("
