"""Liaison: the headless core (model, storage, rules, services, Excel, PDF, CLI).

Nothing in this package imports Qt or the ``ui`` package.
"""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("liaison")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"
