"""The error every refused spreadsheet raises; its messages live beside the code raising it."""

from __future__ import annotations

from liaison.i18n import LiaisonError


class SpreadsheetRejected(LiaisonError):
    """The file cannot be imported as it is; the message says why and what the officer can do.

    Raised before anything is written, so an import that meets it changes nothing.
    """
