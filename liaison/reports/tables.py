"""Tables of the printed documents: data lists, profile grids, key-figure cards, empty notes.

:func:`data_table` is built for the annual report's 10,000-row appendices: a cell becomes a
(costly) Paragraph only when its text must wrap; everything else stays a plain string that
ReportLab draws directly. Column widths are relative weights, turned into points once the
table learns how wide its frame is, so one table fits A4 and Letter alike.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Final, TypeAlias

from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable, LongTable, Paragraph, Table

from liaison.reports import labels
from liaison.reports.fonts import FONT, max_advance_em, string_width
from liaison.reports.forms import BlankLine
from liaison.reports.styles import BLOCK_SPACE, CELL_PAD_X, CELL_PAD_Y, PALETTE, Styles, styles
from liaison.reports.text import escape
from liaison.rules.rounding import percent

#: What a table cell may hold; numbers print with ``str`` (format them first).
Cell: TypeAlias = "str | int | float | Decimal | Flowable | None"

_SAMPLE_ROWS: Final = 300  # rows looked at to guess column widths
_MIN_COLUMN: Final = 28.0  # points
_WIDEST_SHARE: Final = 0.45  # no guessed column takes more of the width than this
_MISSING: Final = "—"
_LABEL_MAX: Final = 110.0  # points; longer field labels wrap


def _cell_text(value: Cell) -> str:
    return "" if value is None else str(value)


def _natural_widths(
    headers: Sequence[str], rows: Sequence[Sequence[Cell]], st: Styles
) -> list[float]:
    """Guess relative widths from the header words and the 90th percentile of cell widths."""
    size = st.cell_size
    widths = []
    for col, header in enumerate(headers):
        words = header.split() or [header]
        header_width = min(max(string_width(w, size, bold=True) for w in words), 80.0)
        cells = sorted(
            string_width(_cell_text(row[col]), size)
            for row in rows[:_SAMPLE_ROWS]
            if col < len(row) and not isinstance(row[col], Flowable)
        )
        typical = cells[int(len(cells) * 0.9)] if cells else 0.0
        widths.append(max(header_width, typical, _MIN_COLUMN) + 2 * CELL_PAD_X)
    return widths


def _scale(weights: Sequence[float], width: float, *, cap: bool) -> list[float]:
    if len(weights) and cap:
        weights = [min(w, width * _WIDEST_SHARE) for w in weights]
    total = sum(weights)
    if total <= 0:
        return [width / len(weights)] * len(weights)
    return [width * w / total for w in weights]


class _DataTable(Flowable):  # type: ignore[misc]
    """A table that makes its LongTable only once it knows its width, one page at a time.

    ReportLab splits a long table by building a new table of all remaining rows for every
    page, which grows with the square of the row count. Here each page builds a table of only
    the rows that can possibly fit on it, and the rest stay plain data until their turn.
    """

    def __init__(
        self,
        headers: Sequence[str],
        rows: Sequence[Sequence[Cell]],
        weights: Sequence[float] | None,
        numeric: frozenset[int],
        st: Styles,
        *,
        capped: bool | None = None,
    ) -> None:
        super().__init__()
        self.headers = list(headers)
        self.rows = rows
        # Guessed once from the first rows, so that every page has the same columns.
        self.weights = list(weights or _natural_widths(headers, rows, st))
        self.capped = weights is None if capped is None else capped
        self.numeric = numeric
        self.st = st
        self.liaison_rows = len(rows)  # progress reporting counts rows, not flowables
        self.spaceAfter = BLOCK_SPACE
        self._table: LongTable | None = None
        self._built_for = -1.0
        # No row is lower than one line of text and its padding.
        self._min_row = st.cell_leading + 2 * CELL_PAD_Y

    def _rows_that_could_fit(self, height: float) -> int:
        return int(height // self._min_row) + 1

    def _built(self, width: float) -> LongTable:
        if self._table is None or self._built_for != width:
            self._table = self._make(width, self.rows)
            self._built_for = width
        return self._table

    def _rest(self, rows: Sequence[Sequence[Cell]]) -> _DataTable:
        return _DataTable(
            self.headers, rows, self.weights, self.numeric, self.st, capped=self.capped
        )

    def _make(self, width: float, rows: Sequence[Sequence[Cell]]) -> LongTable:
        st = self.st
        widths = _scale(self.weights, width, cap=self.capped)
        ncols = len(self.headers)
        numeric = self.numeric
        header_row: list[Cell] = [
            Paragraph(escape(h), st.table_header_num if c in numeric else st.table_header)
            for c, h in enumerate(self.headers)
        ]
        room = [w - 2 * CELL_PAD_X for w in widths]
        cell_styles = [st.table_cell_num if c in numeric else st.table_cell for c in range(ncols)]
        size = st.cell_size
        measure = pdfmetrics.getFont(FONT).stringWidth
        # Text this short fits whatever its glyphs: most cells need no measuring at all.
        surely_fits = [int(r / (size * max_advance_em())) for r in room]
        data: list[list[Cell]] = [header_row]
        for row in rows:
            out: list[Cell] = []
            for c in range(ncols):
                value = row[c] if c < len(row) else None
                if isinstance(value, Flowable | list | tuple):  # tuple: a cut row's rest
                    out.append(value)
                    continue
                text = "" if value is None else str(value)
                if (
                    "\n" in text
                    or "\r" in text
                    or (len(text) > surely_fits[c] and measure(text, size) > room[c])
                ):
                    out.append(Paragraph(escape(text), cell_styles[c]))
                else:
                    out.append(text)
            data.append(out)
        commands: list[tuple[object, ...]] = [
            ("FONT", (0, 0), (-1, -1), FONT, size, st.cell_leading),
            ("TEXTCOLOR", (0, 0), (-1, -1), PALETTE.ink),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD_X),
            ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD_X),
            ("TOPPADDING", (0, 0), (-1, -1), CELL_PAD_Y),
            ("BOTTOMPADDING", (0, 0), (-1, -1), CELL_PAD_Y),
            ("BACKGROUND", (0, 0), (-1, 0), PALETTE.accent_soft),
            ("LINEBELOW", (0, 0), (-1, 0), 0.9, PALETTE.accent),
            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [None, PALETTE.zebra]),  # paper is white
            ("LINEBELOW", (0, -1), (-1, -1), 0.6, PALETTE.rule),
        ]
        commands += [("ALIGN", (c, 1), (c, -1), "RIGHT") for c in sorted(numeric)]
        return LongTable(
            data,
            colWidths=widths,
            repeatRows=1,
            style=commands,
            hAlign="LEFT",
            splitByRow=1,
            splitInRow=1,  # a row taller than a page (a long note) continues on the next
            spaceAfter=BLOCK_SPACE,
        )

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if len(self.rows) + 1 > self._rows_that_could_fit(availHeight):
            # Too tall for the space, whatever the rows hold: report the least it can be.
            self.width, self.height = availWidth, (len(self.rows) + 1) * self._min_row
        else:
            self.width, self.height = self._built(availWidth).wrap(availWidth, availHeight)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        could_fit = self._rows_that_could_fit(availHeight)
        if len(self.rows) + 1 <= could_fit:
            return list(self._built(availWidth).split(availWidth, availHeight))
        head = self._make(availWidth, self.rows[:could_fit])
        parts = head.split(availWidth, availHeight)
        if not parts:
            return []
        first = parts[0]
        placed = len(first._cellvalues) - 1  # less the header row
        rest: list[Sequence[Cell]] = list(self.rows[placed:])
        if len(parts) > 1 and placed + len(parts[1]._cellvalues) - 1 > could_fit:
            # A row too tall for a page was cut: what did not fit leads the next page.
            rest.insert(0, list(parts[1]._cellvalues[1]))
        return [first, self._rest(rest)]

    def draw(self) -> None:
        assert self._table is not None, "drawn before wrapped"
        self._table.drawOn(self.canv, 0, 0)


def data_table(
    headers: Sequence[str],
    rows: Sequence[Sequence[Cell]],
    col_widths: Sequence[float] | None = None,
    *,
    numeric_cols: Collection[int] = (),
    empty_text: str | None = None,
    lang: str | None = None,
) -> Flowable:
    """A full-width table with a header row repeated on every page it spans.

    ``col_widths`` are relative weights (``(3, 1, 1)``: the first column three times as wide);
    without them widths follow the content. Cells are text, numbers (printed with ``str``;
    format them first), None (blank) or flowables. Long text wraps; ``numeric_cols`` are
    right-aligned. With no rows, returns :func:`empty_section` saying ``empty_text``
    (default "No data").
    """
    if col_widths is not None and len(col_widths) != len(headers):
        raise ValueError(f"{len(col_widths)} column widths for {len(headers)} columns")
    if not headers:
        raise ValueError("a table needs at least one column")
    st = styles(lang)
    if not rows:
        return empty_section(empty_text or labels.text("pdf.no_data", st.lang), lang=st.lang)
    return _DataTable(headers, rows, col_widths, frozenset(numeric_cols), st)


def empty_section(text: str, *, lang: str | None = None) -> Flowable:
    """A quiet box saying a section has nothing to show, so the section does not vanish."""
    st = styles(lang)
    return Table(
        [[Paragraph(escape(text), st.muted)]],
        colWidths=["100%"],
        style=[
            ("FONT", (0, 0), (-1, -1), FONT, st.muted.fontSize),
            ("BACKGROUND", (0, 0), (-1, -1), PALETTE.zebra),
            ("BOX", (0, 0), (-1, -1), 0.5, PALETTE.rule),
            ("LEFTPADDING", (0, 0), (-1, -1), 3 * mm),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5 * mm),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5 * mm),
        ],
        hAlign="LEFT",
        spaceAfter=BLOCK_SPACE,
    )


@dataclass(frozen=True)
class KeyFigure:
    """One card: the figure as printed, its label, and the raw values to compare."""

    label: str
    value: str  # already formatted: "1,234.56"
    unit: str = ""  # printed small after the value: "万元"
    current: int | Decimal | None = None
    previous: int | Decimal | None = None


def change(current: int | Decimal | None, previous: int | Decimal | None) -> Decimal | None:
    """Percentage change from ``previous`` to ``current``, to one decimal; None if not defined."""
    if current is None or previous is None or previous == 0:
        return None
    return percent(Decimal(current) - Decimal(previous), abs(Decimal(previous)))


def change_text(
    current: int | Decimal | None, previous: int | Decimal | None, lang: str | None = None
) -> tuple[str, int]:
    """``("▲ 12.5%", 1)``, ``("▼ 3.0%", -1)``, ``("unchanged", 0)``, ``("new", 1)``; ``("", 0)``
    when there is nothing to compare."""
    if current is None or previous is None:
        return "", 0
    if previous == 0:
        if current == 0:
            return labels.text("pdf.change_same", lang), 0
        return labels.text("pdf.change_new", lang), 1 if current > 0 else -1
    pct = change(current, previous)
    assert pct is not None
    if pct == 0:
        return labels.text("pdf.change_same", lang), 0
    return (f"▲ {pct}%", 1) if pct > 0 else (f"▼ {-pct}%", -1)


#: A compared figure: its label, this period's and the previous period's value, and how a value
#: is printed (the words' ``count``, ``decimal``, ``wan`` …).
Compared: TypeAlias = "tuple[str, int | Decimal | None, int | Decimal | None, Callable[[Any], str]]"


def compare_rows(items: Sequence[Compared], lang: str | None = None) -> list[list[Cell]]:
    """Rows of label, this period, the previous period and the change, for the tables that set
    a period beside the one before (the enterprise and annual reports)."""
    return [
        [label, show(now), show(before), change_text(now, before, lang)[0]]
        for label, now, before, show in items
    ]


def key_figures(
    cards: Sequence[KeyFigure],
    *,
    columns: int = 4,
    compare_label: str = "",
    lang: str | None = None,
) -> Flowable:
    """A grid of cards with a big figure, its label and the change on the previous period.

    ``compare_label`` follows each change, e.g. "vs 2025" / "较 2025 年".
    """
    st = styles(lang)
    if not cards:
        return empty_section(labels.text("pdf.no_data", st.lang), lang=st.lang)
    columns = max(1, min(columns, len(cards)))
    colors = {1: PALETTE.positive, -1: PALETTE.negative, 0: PALETTE.muted}
    unit_size = st.figure_big.fontSize * 0.5
    cells: list[list[Flowable]] = []
    for card in cards:
        value = escape(card.value)
        if card.unit:
            value += f' <font size="{unit_size}">{escape(card.unit)}</font>'
        content: list[Flowable] = [
            Paragraph(value, st.figure_big),
            Paragraph(escape(card.label), st.figure_small),
        ]
        delta, sign = change_text(card.current, card.previous, st.lang)
        if delta:
            note = f'<font color="{colors[sign].hexval()}">{escape(delta)}</font>'
            if compare_label:
                note += f" {escape(compare_label)}"
            content.append(Paragraph(note, st.figure_small))
        cells.append(content)
    grid: list[list[object]] = []
    for start in range(0, len(cells), columns):
        chunk: list[object] = list(cells[start : start + columns])
        grid.append(chunk + [""] * (columns - len(chunk)))
    commands: list[tuple[object, ...]] = [
        ("FONT", (0, 0), (-1, -1), FONT, st.figure_small.fontSize),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3 * mm),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3 * mm),
        ("LEFTPADDING", (0, 0), (-1, -1), 2 * mm),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2 * mm),
        # Thick white inner lines are the gutters between cards.
        ("INNERGRID", (0, 0), (-1, -1), 2 * mm, PALETTE.paper),
    ]
    for index in range(len(cells)):
        row, col = divmod(index, columns)
        commands.insert(0, ("BACKGROUND", (col, row), (col, row), PALETTE.accent_soft))
    return Table(
        grid,
        colWidths=[f"{100 / columns:.4f}%"] * columns,
        style=commands,
        spaceAfter=BLOCK_SPACE,
    )


def field_table(
    pairs: Sequence[tuple[str, Cell]],
    *,
    columns: int = 2,
    fill_missing: bool = False,
    lang: str | None = None,
) -> Flowable:
    """Label/value pairs in a grid, ``columns`` pairs a row (a profile, an agreement's terms).

    A missing value (None or blank) prints a line to write on when ``fill_missing`` (forms
    for signature), else a dash.
    """
    st = styles(lang)
    if not pairs:
        return empty_section(labels.text("pdf.no_data", st.lang), lang=st.lang)
    columns = max(1, columns)
    cells: list[object] = []
    for label, value in pairs:
        cells.append(Paragraph(escape(label), st.label))
        if isinstance(value, Flowable):
            cells.append(value)
        elif value is None or _cell_text(value).strip() == "":
            cells.append(BlankLine() if fill_missing else Paragraph(_MISSING, st.field))
        else:
            cells.append(Paragraph(escape(_cell_text(value)), st.field))
    width = 2 * columns
    cells += [""] * (-len(cells) % width)
    grid = [cells[i : i + width] for i in range(0, len(cells), width)]
    # Each label column is as wide as its longest label (up to a limit); values share the rest.
    widths: list[float | str] = []
    for c in range(columns):
        longest = max(
            (string_width(label, st.label.fontSize) for label, _ in pairs[c::columns]), default=0
        )
        widths += [min(longest + 2 * CELL_PAD_X + 1, _LABEL_MAX), "*"]
    return Table(
        grid,
        colWidths=widths,
        style=[
            ("FONT", (0, 0), (-1, -1), FONT, st.field.fontSize),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD_X),
            ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD_X),
            ("TOPPADDING", (0, 0), (-1, -1), 2.2 * mm),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.6 * mm),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, PALETTE.rule),
            # Labels are set smaller than values; lower them onto the same baseline.
            *[
                ("TOPPADDING", (c, 0), (c, -1), 2.2 * mm + st.field.fontSize - st.label.fontSize)
                for c in range(0, width, 2)
            ],
        ],
        hAlign="LEFT",
        spaceAfter=BLOCK_SPACE,
    )
