"""Ranges: a dash between two numbers, said with a language's word ("bis", "à").

- German "S. 12–14" -> "S. 12 bis 14", "10–15 %" -> "10 bis 15 %", "1.000-2.000 Euro"
- between two years, with a reader of years, the years: German "1990-2000" -> "neunzehn
  hundert neunzig bis zwei tausend"
- a chain of three numbers or more ("01-23-45", "2003-03-02") is no range
- runs after phones, times and dates, which read their own dashes, and before money,
  measures and percentages, which then read the number that carries the unit
"""

from __future__ import annotations

import re
from collections.abc import Callable

from narrator.spoken.rules import any_of

HINT = any_of(r"-(?<=\d-)", r"–(?<=\d–)", r" (?<=\d )[-–] ?\d")
_NUMBER = r"(?:\d{1,3}(?:[.\u202f\u00a0 ]\d{3})+|\d+)(?:,\d+)?"
_RANGE = re.compile(
    rf"(?<![\w.,:/-])(?P<first>{_NUMBER})(?: [-–] ?|[-–] ?)(?P<last>{_NUMBER})(?![\w.,/-]\d|\w)"
)


def _years(first: str, last: str) -> bool:
    return all(len(n) == 4 and n.isdigit() and 1100 <= int(n) <= 2099 for n in (first, last))


def range_reader(word: str, year: Callable[[int], str] | None = None) -> Callable[[str], str]:
    """A rule reading a dash between two numbers as ``word``; between two years, each said
    with ``year`` where one is given."""

    def say(match: re.Match[str]) -> str:
        first, last = match["first"], match["last"]
        if year is not None and _years(first, last):
            return f"{year(int(first))} {word} {year(int(last))}"
        return f"{first} {word} {last}"

    def read_ranges(text: str) -> str:
        """Read a dash between numbers as the language's word: "12–14" -> "12 bis 14"."""
        return _RANGE.sub(say, text)

    return read_ranges
