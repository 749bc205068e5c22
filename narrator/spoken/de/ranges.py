"""Ranges in German: a dash between two numbers is "bis".

- "S. 12–14" -> "S. 12 bis 14", "10–15 %" -> "10 bis 15 %", "1.000-2.000 Euro"
- between two years, years: "1990-2000" -> "neunzehn hundert neunzig bis zwei tausend"
- runs after phones, times and dates, which read their own dashes ("030-1234567",
  "2003-03-02"), and before money, measures and percentages, which then read the number
  that carries the unit
"""

from __future__ import annotations

import re

from narrator.spoken.de.numbers import year
from narrator.spoken.rules import any_of

HINT = any_of(r"-(?<=\d-)", r"–(?<=\d–)", r" (?<=\d )[-–] ?\d")
_NUMBER = r"(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?"
_RANGE = re.compile(
    rf"(?<![\w.,:/-])(?P<first>{_NUMBER})(?: [-–] ?|[-–] ?)(?P<last>{_NUMBER})(?![\w.,/-]\d|\w)"
)


def _years(first: str, last: str) -> bool:
    return all(len(n) == 4 and n.isdigit() and 1100 <= int(n) <= 2099 for n in (first, last))


def read_ranges(text: str) -> str:
    """Read a dash between numbers as "bis": "12–14" -> "12 bis 14"; between two years, the
    years are said as years: "1990-2000" -> "neunzehn hundert neunzig bis zwei tausend"."""

    def say(match: re.Match[str]) -> str:
        first, last = match["first"], match["last"]
        if _years(first, last):
            return f"{year(int(first))} bis {year(int(last))}"
        return f"{first} bis {last}"

    return _RANGE.sub(say, text)
