"""How far the reminders look ahead and back, as the officer set them.

Kept apart from :mod:`liaison.dashboard` so the app's settings can read them without loading
SQLAlchemy before the window shows.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Horizons:
    """Days: agreements ending within, partners silent for, follow-ups due within."""

    agreements_within_days: int = 60
    silent_days: int = 180
    follow_up_soon_days: int = 7
