"""The annual report's year-on-year tables: this year, last year and the change.

The key figures, the strands' counts by kind and status, and the placements, employment and
training figures all set the report's year beside the year before in the same columns; the
headers and the table over the keys of two counts live here so that they read alike.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from reportlab.platypus import Flowable

from liaison.i18n import Catalog
from liaison.reports.document import table_or_note
from liaison.reports.tables import compare_rows
from liaison.reports.words import Words

_ = Catalog(
    {
        "report.annual.col.indicator": ("Indicator", "指标"),
        "report.annual.col.this_year": ("{year}", "{year}年"),
        "report.annual.col.change": ("Change", "变化"),
    }
)

#: Relative widths of a year-on-year table: the label, this year, last year, the change.
WIDTHS: tuple[float, ...] = (3.5, 1.4, 1.4, 1.4)
#: Its columns that hold figures.
NUMERIC: tuple[int, ...] = (1, 2, 3)


def headers(words: Words, year: int, first: str) -> list[str]:
    """``first``, then the year, the year before and the change."""
    return [
        first,
        words("report.annual.col.this_year", year=year),
        words("report.annual.col.this_year", year=year - 1),
        words("report.annual.col.change"),
    ]


def by_key(
    words: Words,
    year: int,
    first: str,
    now: Mapping[str, int],
    before: Mapping[str, int],
    label: Callable[[str], str],
    order: Sequence[str],
    empty: str,
    extra: tuple[str, Mapping[str, int]] | None = None,
) -> Flowable:
    """A "this year / last year / change" table over the keys of two counts, in ``order``."""
    keys = [k for k in order if now.get(k) or before.get(k) or (extra and extra[1].get(k))]
    keys += sorted(k for k in {*now, *before} if k not in order and (now.get(k) or before.get(k)))
    rows = compare_rows(
        [(label(k), now.get(k, 0), before.get(k, 0), words.count) for k in keys], words.lang
    )
    titles = headers(words, year, first)
    widths = WIDTHS
    numeric = NUMERIC
    if extra is not None:
        for row, key in zip(rows, keys, strict=True):
            row.append(words.count(extra[1].get(key, 0)))
        titles.append(extra[0])
        widths += (1.6,)
        numeric += (4,)
    return table_or_note(titles, rows, widths, words(empty), words, numeric=numeric)
