"""Figures of the indicators: shares, student-months and amounts in 万元 for texts."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Final

from liaison.rules.rounding import half_up, percent

DAYS_PER_MONTH: Final = Decimal("30.4375")
FEN_PER_WAN: Final = 1_000_000


@dataclass(frozen=True, slots=True)
class Share:
    """``part`` out of ``whole``; the ratio is None when there is nothing to divide by."""

    part: int
    whole: int

    @property
    def ratio(self) -> Decimal | None:
        if not self.whole:
            return None
        return half_up(Decimal(self.part) / Decimal(self.whole), 4)

    @property
    def percent(self) -> Decimal | None:
        """The ratio in per cent, one decimal place (``Decimal("66.7")``)."""
        return percent(self.part, self.whole)


def student_months(days: int) -> Decimal:
    """Placement days as student-months (days / 30.4375, two places, half up)."""
    return half_up(Decimal(days) / DAYS_PER_MONTH, 2)


def wan(fen: int) -> str:
    """An amount in 万元 for texts, to the 元 at most and without trailing zeros (``12.5``)."""
    amount = half_up(Decimal(fen) / FEN_PER_WAN, 4)
    return format(amount.normalize(), "f")
