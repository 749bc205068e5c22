"""Spanish ranges: a dash between two numbers is "a": "2–4 espigas" -> "2 a 4 espigas",
"1990-2000" -> "1990 a 2000" (the numbers are read by the rules after)."""

from __future__ import annotations

from narrator.spoken.common.romance_ranges import HINT, range_reader

__all__ = ["HINT", "read_ranges"]

read_ranges = range_reader("a")
