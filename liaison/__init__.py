"""Liaison: the headless core (model, storage, rules, services, Excel, PDF, CLI).

Nothing in this package imports Qt or the ``ui`` package.
"""

from __future__ import annotations

__all__ = ["__version__"]

__version__: str  # an annotation only: the value comes from __getattr__ below


def __getattr__(name: str) -> str:
    # ``__version__`` is read from the installed metadata on first use only: importing
    # ``importlib.metadata`` (and the ``email`` package it pulls in) costs the desktop app
    # some 15 ms before its window can paint, and the window does not show the version.
    if name != "__version__":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        found = version("liaison")
    except PackageNotFoundError:  # running from a source tree that was never installed
        found = "0.0.0+source"
    globals()["__version__"] = found
    return found
