"""Decades in German: a number ending in zero with "er" is the decade's adjective, its number
said as a year and "er" joined to its last word.

- "in den 1990er Jahren" -> "in den neunzehn hundert neunziger Jahren"
- "die 90er-Jahre" -> "die neunziger Jahre", "die 20er" -> "die zwanziger"
- "2000er" -> "zwei tausender", "1800er" -> "achtzehn hunderter"
"""

from __future__ import annotations

import re

from narrator.spoken.de.numbers import year
from narrator.spoken.rules import any_of

HINT = any_of(r"e(?<=0e)r")
_DECADE = re.compile(r"(?<![\w.,])(?P<number>\d{0,2}[1-9]0|\d{2}00)er(?:-(?=Jahr)|(?!\w))")


def _decade(match: re.Match[str]) -> str:
    said = year(int(match["number"]))
    gap = " " if match.group(0).endswith("-") else ""
    return f"{said}er{gap}"


def read_decades(text: str) -> str:
    """Read decades: "1990er Jahre" -> "neunzehn hundert neunziger Jahre", "90er-Jahre" ->
    "neunziger Jahre"."""
    return _DECADE.sub(_decade, text)
