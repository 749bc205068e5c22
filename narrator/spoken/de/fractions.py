"""Fractions in German.

- "1/4" -> "ein viertel"; "3/8" -> "drei achtel"; "1/22" -> "ein zwei und zwanzigstel"
- "1/2" -> "ein halb", "4/2" -> "vier halbe"; "1 1/2" -> "ein ein halb"; "½" -> "ein halb"
- a season, a year and the next one's last digits: "2024/25" -> "zwei tausend vier und zwanzig
  fünf und zwanzig"
"""

from __future__ import annotations

import re

from narrator.spoken.common.seasons import is_season
from narrator.spoken.de.numbers import cardinal, counted, ordinal, year

HINT = re.compile(r"\d/\d|[½¼¾⅓⅔]")
_FRACTION = re.compile(
    r"(?<![\w/.,])(?P<sign>-)?(?:(?P<whole>\d+)\s)?(?P<num>\d+)/(?P<den>\d+)(?![\w/]|[.,]\d)"
)
_GLYPHS = {"½": "1/2", "¼": "1/4", "¾": "3/4", "⅓": "1/3", "⅔": "2/3"}


def fraction(numerator: int, denominator: int) -> str:
    """A fraction: (3, 4) -> "drei viertel", (1, 2) -> "ein halb"."""
    said = counted(numerator)
    if denominator == 2:
        return f"{said} {'halb' if numerator == 1 else 'halbe'}"
    *words, last = ordinal(denominator, "").split()
    return " ".join([said, *words, last + "el"])


def read_fractions(text: str) -> str:
    """Read fractions: "1/4" -> "ein viertel", "1 1/2" -> "ein ein halb"."""
    for glyph, written in _GLYPHS.items():
        if glyph in text:
            text = re.sub(rf"(?<=\d){glyph}", f" {written}", text).replace(glyph, written)

    def say(match: re.Match[str]) -> str:
        numerator, denominator = int(match["num"]), int(match["den"])
        if not match["whole"] and is_season(match["num"], match["den"]):
            return f"{year(numerator)} {cardinal(denominator)}"
        said = fraction(numerator, denominator)
        if match["whole"]:
            said = f"{counted(int(match['whole']))} {said}"
        return ("minus " if match["sign"] else "") + said

    return _FRACTION.sub(say, text)


__all__ = ["cardinal", "fraction", "read_fractions"]
