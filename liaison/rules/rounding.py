"""How figures are rounded for people to read: half up, everywhere.

Officers check printed figures against their spreadsheets, and Excel's ROUND and the school
rule both round a half up (6.25 → 6.3). Python's ``round``, ``format(x, ".1f")`` and
``Decimal.quantize`` without a rounding argument round a half to even (6.25 → 6.2), so a
figure rounded one way in a table and the other in a chart would differ in its last digit.
Every figure shown rounded goes through :func:`half_up`; shares go through :func:`percent`.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal


def half_up(value: Decimal | int, places: int) -> Decimal:
    """``value`` to ``places`` decimals, a half rounded away from zero: 0.125 → 0.13."""
    return Decimal(value).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def percent(part: Decimal | int, whole: Decimal | int, places: int = 1) -> Decimal | None:
    """``part`` as a percentage of ``whole`` (6.25 for 1 of 16 … to ``places`` decimals, half
    up: 6.3); None when ``whole`` is zero."""
    if not whole:
        return None
    return half_up(Decimal(part) * 100 / Decimal(whole), places)
