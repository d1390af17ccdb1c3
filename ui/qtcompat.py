"""Work-arounds for bugs in the installed PySide6, each detected at import and inert without it.

PySide6 6.12.0 on Python 3.11: ``SignalInstance.emit()`` and ``.disconnect()`` hand back ``True``
or ``False`` without the reference they owe. On Python 3.11 those are ordinary refcounted
objects, so every call steals one reference, and after some hundreds of emits the interpreter
aborts with "bool_dealloc: deallocating True or False" (PySide6 6.11.3 and Python 3.12+, where
the booleans are immortal, are unaffected). Until that version is excluded everywhere, ui code
emits and disconnects through :func:`emit` and :func:`disconnect`, which give the reference back
when (and only when) the probe below saw it stolen; a test keeps ``.emit(`` out of ``ui/``.
"""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal, SignalInstance

_PROBES = 8


class _Probe(QObject):
    fired = Signal()


def _restore(value: object, count: int = 1) -> None:
    for _ in range(count):
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(value))


def _steals(call: Callable[[], object]) -> bool:
    """Whether ``call`` (which returns True) takes a reference to ``True`` each time."""
    before = sys.getrefcount(True)
    for _ in range(_PROBES):
        call()
    stolen = before - sys.getrefcount(True)
    if stolen >= _PROBES:
        _restore(True, stolen)
        return True
    return False


def _probe() -> tuple[bool, bool]:
    probe = _Probe()

    def slot() -> None:
        pass

    emit_steals = _steals(probe.fired.emit)

    def connect_and_disconnect() -> object:
        probe.fired.connect(slot)
        return probe.fired.disconnect(slot)

    return emit_steals, _steals(connect_and_disconnect)


EMIT_STEALS, DISCONNECT_STEALS = _probe()


def emit(signal: SignalInstance, *args: Any) -> None:
    """``signal.emit(*args)``, without PySide6 6.12's stolen reference."""
    result: object = signal.emit(*args)  # type: ignore[func-returns-value]  # it returns a bool
    if EMIT_STEALS:
        _restore(result)


def disconnect(signal: SignalInstance, slot: Callable[..., Any] | None = None) -> bool:
    """``signal.disconnect(slot)`` (every slot when None); whether something was disconnected."""
    result = signal.disconnect() if slot is None else signal.disconnect(slot)
    if DISCONNECT_STEALS:
        _restore(result)
    return bool(result)
