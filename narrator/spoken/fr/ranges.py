"""Ranges in French: a dash between two numbers is "à" (see `narrator.spoken.common.ranges`).

- "10-15 %" -> "10 à 15 %", "1990-2000" -> "1990 à 2000", "p. 12-14" -> "page 12 à 14"
"""

from __future__ import annotations

from narrator.spoken.common.ranges import HINT, range_reader

__all__ = ["HINT", "read_ranges"]

read_ranges = range_reader("à")
