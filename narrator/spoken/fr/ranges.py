"""Ranges in French: a dash between two numbers is "à" (see `narrator.spoken.common.ranges`).

- "10-15 %" -> "10 à 15 %", "1990-2000" -> "1990 à 2000", "p. 12-14" -> "page 12 à 14"
- two years in a row after a season's word are one season, no range: "la saison 2023-2024"
  -> "la saison 2023, 2024" (a pause, as "l'année scolaire 2024-2025" is said)
"""

from __future__ import annotations

import re

from narrator.spoken.common.ranges import HINT, range_reader

__all__ = ["HINT", "read_ranges"]

_read_ranges = range_reader("à")
_SEASON = re.compile(
    r"(?i:\b(?:saisons?|scolaires?|universitaires?|exercices?|campagnes?)\s)"
    r"(?P<first>(?:19|20)\d\d)\s?[-–]\s?(?P<last>(?:19|20)\d\d)\b"
)


def _season(match: re.Match[str]) -> str:
    first, last = match["first"], match["last"]
    if int(last) != int(first) + 1:
        return match.group(0)
    return match.group(0)[: match.start("first") - match.start()] + f"{first}, {last}"


def read_ranges(text: str) -> str:
    """Read a dash between numbers as "à" ("12-14" -> "12 à 14"), but for a season's two
    years ("la saison 2023-2024")."""
    return _read_ranges(_SEASON.sub(_season, text))
