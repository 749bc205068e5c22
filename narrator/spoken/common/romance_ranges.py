"""Ranges of numbers in the Romance languages: a dash between two numbers is "to".

- "2–4 espigas" -> "2 a 4 espigas"; "1990-2000" -> "1990 a 2000" (the numbers are read later)
- a hyphen is a range only upwards and not from zero: "14064-2" and "0-0" are left alone
"""

from __future__ import annotations

import re
from collections.abc import Callable

HINT = re.compile(r"\d ?[–-] ?\d")
_RANGE = re.compile(
    r"(?<![\w.,-])(?P<low>\d+(?:[.,]\d+)*)(?P<dash> ?– ?|-)(?P<high>\d+(?:[.,]\d+)*)(?![\w-])"
)


def _number(written: str) -> float:
    return float(written.replace(".", "").replace(",", "."))


def range_reader(to: str) -> Callable[[str], str]:
    """A rule reading a dash between numbers as ``to`` ("a")."""

    def say(match: re.Match[str]) -> str:
        low, high = match.group("low"), match.group("high")
        if match.group("dash") == "-" and (low[0] == "0" or _number(high) <= _number(low)):
            return match.group(0)  # "14064-2" and "0-0" are codes and scores
        return f"{low} {to} {high}"

    def read_ranges(text: str) -> str:
        """Read a dash between two numbers as "to": "2–4" -> "2 a 4"."""
        return _RANGE.sub(say, text)

    return read_ranges
