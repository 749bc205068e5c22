"""Ordinals written with a suffix.

- "1st" -> "first"; "22nd" -> "twenty-second"; "1,000th" -> "one thousandth"
- "4rd" -> "four rd", "111st" -> "one one one st": a suffix that does not fit the number is
  no ordinal
- "the 19th-20th centuries" -> "the nineteenth to twentieth centuries"
- "the 49ers" -> "the forty-niners", "the 76ers" -> "the seventy-sixers": "-ers" after a
  number makes a noun of the number said, as "niner" of "nine"
"""

from __future__ import annotations

import re

from narrator.spoken.en.context import HAS_DIGIT
from narrator.spoken.en.numbers import cardinal, digits, ordinal
from narrator.spoken.rules import any_of

_ORDINAL = re.compile(
    r"(?<![\w.,])(?P<num>\d{1,3}(?:,\d{3})+|\d+)(?P<suffix>st|nd|rd|th|er(?=s?\b))(?P<plural>s)?\b",
    re.IGNORECASE,
)


# A dash between two ordinals is "to": "the 19th-20th centuries", "1st–3rd places".
_ORDINAL_RANGE = re.compile(
    r"(?<![\w.,])(?P<a>\d+(?i:st|nd|rd|th))\s?[-–]\s?(?P<b>\d+(?i:st|nd|rd|th))\b"
)


# The dash first, the suffix behind it: the regex engine finds a literal quickly.
_ORDINAL_RANGE_HINT = any_of(
    *(rf"{dash}(?<=\d[sSnNrRtT][tTdDhH]{dash})" for dash in ("-", "–", " -", " –"))
)


def _say_number_ers(match: re.Match[str]) -> str:
    """ "49ers" -> "forty-niners", "a 49er" -> "a forty-niner"."""
    words = cardinal(int(match["num"].replace(",", "")))
    return (words[:-1] if words.endswith("e") else words) + "er" + (match["plural"] or "")


def _ordinal_suffix(n: int) -> str:
    if n % 100 in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def read_ordinals(text: str) -> str:
    """Read ordinals: "1st" -> "first", "22nd" -> "twenty-second", "1,000th" -> "one thousandth".

    A suffix that does not fit the number ("4rd") is no ordinal: number and letters are read.
    """

    def say(match: re.Match[str]) -> str:
        if match["suffix"] == "er":  # "49ers": a noun of the number
            return _say_number_ers(match)
        n = int(match["num"].replace(",", ""))
        if match["suffix"].lower() != _ordinal_suffix(n):
            # No ordinal: a number with letters, long ones read as a code ("111st").
            said = cardinal(n) if n < 100 else digits(match["num"])
            return f"{said} {match['suffix']}"
        return ordinal(n) + ("s" if match["plural"] else "")  # "10ths" -> "tenths"

    if _ORDINAL_RANGE_HINT.search(text):
        text = _ORDINAL_RANGE.sub(lambda m: f"{m['a']} to {m['b']}", text)
    return _ORDINAL.sub(say, text)


HINT = HAS_DIGIT
