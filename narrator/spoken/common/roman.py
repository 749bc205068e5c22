"""Roman numerals: their value, for the rules of each language that read them.

- "XIV" -> 14, "MCMXCIX" -> 1999; "IIII", "VV" or "ABC" -> None (not a well-formed numeral)
"""

from __future__ import annotations

import re

NUMERAL = r"(?=[MDCLXVI])M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})"
_WELL_FORMED = re.compile(NUMERAL)
_VALUES = {"M": 1000, "D": 500, "C": 100, "L": 50, "X": 10, "V": 5, "I": 1}


def roman_value(numeral: str) -> int | None:
    """The value of a well-formed Roman numeral in capitals, else None."""
    if not numeral or not _WELL_FORMED.fullmatch(numeral):
        return None
    total = 0
    for letter, after in zip(numeral, numeral[1:] + " ", strict=True):
        value = _VALUES[letter]
        total += -value if after != " " and _VALUES[after] > value else value
    return total
