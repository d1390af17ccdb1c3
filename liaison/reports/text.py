"""User text inside ReportLab Paragraph markup.

A Paragraph parses its text as mini-XML, so an enterprise called ``A&B <Tech>`` would either
raise or lose characters. Everything an officer typed goes through :func:`escape` (``para``
does it by default); only markup the code itself writes is passed through unescaped.
"""

from __future__ import annotations

import re
from typing import Final

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

# Control characters are not allowed in XML and would make the paragraph parser fail.
_CONTROL: Final = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_NEWLINE: Final = re.compile(r"\r\n|\r|\n")
_ESCAPES: Final = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})


def escape(value: object) -> str:
    """``value`` as Paragraph markup that prints exactly as typed; None prints nothing.

    ``<``, ``>`` and ``&`` become entities, line breaks become ``<br/>``, tabs a space, and
    control characters are dropped.
    """
    if value is None:
        return ""
    text = _CONTROL.sub("", str(value).replace("\t", " ").translate(_ESCAPES))
    return _NEWLINE.sub("<br/>", text)


def para(value: object, style: ParagraphStyle, *, markup: bool = False) -> Paragraph:
    """A Paragraph of user text in ``style``; ``markup=True`` passes code-made markup through."""
    return Paragraph(str(value) if markup else escape(value), style)
