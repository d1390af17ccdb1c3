"""Callbacks that outlive their widget: skip them once the widget's C++ side is gone.

A page can be replaced (another database opened) while its query still runs on the worker;
when the answer arrives, the page it was for no longer exists and must not be touched.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ParamSpec

import shiboken6
from PySide6.QtCore import QObject

P = ParamSpec("P")


def while_alive(owner: QObject, callback: Callable[P, object]) -> Callable[P, None]:
    """``callback``, run only while ``owner`` still exists."""

    def guarded(*args: P.args, **kwargs: P.kwargs) -> None:
        if shiboken6.isValid(owner):
            callback(*args, **kwargs)

    return guarded
