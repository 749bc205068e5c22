"""Two numbers joined by a slash before hours or days are alternatives, no fraction: Spanish
"en 24/48 h" -> "en 24 o 48 h", "6/8 horas" -> "6 u 8 horas"; Italian "24/48 ore" -> "24 o 48
ore"; Portuguese "24/48 h" -> "24 ou 48 h" (the numbers and units are read after).

A fraction of an hour keeps its slash ("3/4 h", "1/2 hora"): the second number must be above
the first and past four.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_ALTERNATIVES = re.compile(
    r"(?<![\w/.,:-])(?P<a>\d{1,2})/(?P<b>\d{1,3})"
    r"(?=\s?(?:h|hs|hrs?|horas?|ore|dias?|días|giorni)(?!\w))"
)


def alternatives_reader(or_word: Callable[[str], str]) -> Callable[[str], str]:
    """A rule writing "a/b" before a unit of time as "a <or> b", ``or_word`` giving the word
    for "or" before the second number as written ("o", or Spanish "u" before "8")."""

    def say(match: re.Match[str]) -> str:
        first, second = int(match["a"]), int(match["b"])
        if second <= first or second <= 4:
            return match.group(0)
        return f"{match['a']} {or_word(match['b'])} {match['b']}"

    def read_alternatives(text: str) -> str:
        """Write "24/48 h" as "24 o 48 h": two numbers of hours or days, one or the other."""
        return _ALTERNATIVES.sub(say, text) if "/" in text else text

    return read_alternatives
