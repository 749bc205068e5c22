"""Ranges in German: a dash between two numbers is "bis" (see `narrator.spoken.common.ranges`).

- "S. 12–14" -> "S. 12 bis 14", "10–15 %" -> "10 bis 15 %", "1.000-2.000 Euro"
- between two years, years: "1990-2000" -> "neunzehn hundert neunzig bis zwei tausend"
"""

from __future__ import annotations

from narrator.spoken.common.ranges import HINT, range_reader
from narrator.spoken.de.numbers import year

__all__ = ["HINT", "read_ranges"]

read_ranges = range_reader("bis", year)
