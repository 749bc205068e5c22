"""Ranges of numbers, read with "to".

- "10-15" -> "ten to fifteen"; "2019–2022" -> "twenty nineteen to twenty twenty-two"
- "2019-20" -> "twenty nineteen to twenty twenty" (a two-digit end takes the century)
"""

from __future__ import annotations

import re

from narrator.spoken.en.context import HAS_DIGIT, NUM, START
from narrator.spoken.en.numbers import number

_RANGE = re.compile(rf"{START}(?P<a>-?{NUM})(?:[-–]|\s[–—]\s)(?P<b>{NUM})(?![\w/-]|\.\d)")


def read_ranges(text: str) -> str:
    """Read ranges of numbers with "to": "10-15" -> "ten to fifteen", "2019–2022" -> years.

    A two-digit end of a range of years takes its century: "2019-20" -> "... to twenty twenty".
    """

    def say(match: re.Match[str]) -> str:
        first, second = match["a"], match["b"]
        if re.fullmatch(r"(1\d|20)\d\d", first) and re.fullmatch(r"\d\d", second):
            second = first[:2] + second
        return f"{number(first)} to {number(second)}"

    return _RANGE.sub(say, text)


HINT = HAS_DIGIT
