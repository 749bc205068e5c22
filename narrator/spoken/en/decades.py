"""Decades.

- "the 1980s" -> "the nineteen eighties"; "'90s" -> "nineties"; "the 2000s" -> "the two
  thousands"
- "1960s-1980s" -> "nineteen sixties to nineteen eighties"; "mid-1980s" keeps its "mid-"
"""

from __future__ import annotations

import re

from narrator.spoken.en.numbers import cardinal, year
from narrator.spoken.rules import any_of

_DECADES = re.compile(
    r"(?<![\w$])(?:(?P<c1>\d\d)|')?(?P<d1>\d)0'?s\b"
    r"(?:\s?[-–]\s?(?:(?P<c2>\d\d)|')?(?P<d2>\d)0'?s\b)?"
)


def _plural(words: str) -> str:
    head, _, last = words.rpartition(" ")
    last = last[:-1] + "ies" if last.endswith("y") else last + "s"
    return f"{head} {last}".strip()


def _say_decade(century: str | None, decade: str) -> str:
    if century is None:
        return _plural(cardinal(int(decade) * 10)) if decade != "0" else "two thousands"
    return _plural(year(int(century + decade + "0")))


def read_decades(text: str) -> str:
    """Read decades: "the 1980s" -> "the nineteen eighties", "'90s" -> "nineties".

    "1960s-1980s" is a range ("to"); "mid-1980s" keeps its "mid-".
    """

    def say(match: re.Match[str]) -> str:
        words = _say_decade(match["c1"], match["d1"])
        if match["d2"]:
            words += " to " + _say_decade(match["c2"], match["d2"])
        return words

    return _DECADES.sub(say, text)


# The "0" first: the regex engine finds a literal quickly.
HINT = any_of(r"0s\b(?<=\d0s)", r"0's\b(?<=\d0's)")
