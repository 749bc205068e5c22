"""Compound adjectives of a number and a stem, written with a hyphen, said as one word whose
number is in the genitive, as Russian joins them.

- "20-летний" -> "двадцатилетний", "3-комнатная" -> "трехкомнатная", "40-градусный" ->
  "сорокаградусный", "25-летие" -> "двадцатипятилетие"
- one is "одно" ("1-комнатная" -> "однокомнатная"), ninety "девяносто", a hundred "сто",
  a thousand "тысяче" ("100-летний" -> "столетний", "1000-летие" -> "тысячелетие")
"""

from __future__ import annotations

import functools
import re

from narrator.spoken.ru.numbers import cardinal
from narrator.spoken.rules import any_of

HINT = any_of(r"-(?<=\d-)[а-яё]{3}")
_COMPOUND = re.compile(r"(?<![\w.,-])(?P<number>\d{1,3}|1000)-(?P<stem>[а-яё]{3,})")
_JOINING = {"одного": "одно", "девяноста": "девяносто"}


def _joined(n: int) -> str:
    if n == 100:
        return "сто"
    if n == 1000:
        return "тысяче"
    words = cardinal(n, "g").split()
    return "".join(_JOINING.get(word, word) for word in words)


@functools.cache
def _number_words() -> frozenset[str]:
    """Every word of the numbers up to a thousand, in every case and gender."""
    numbers = [*range(20), *range(20, 100, 10), *range(100, 1001, 100)]
    return frozenset(
        word
        for n in numbers
        for case in "ngdipa"
        for gender in "mfn"
        for word in cardinal(n, case, gender).split()
    )


def read_compounds(text: str) -> str:
    """Read a number joined to a stem: "20-летний" -> "двадцатилетний"; a number before a
    number already read is a range's, and is left ("20-тридцать процентов")."""

    def say(match: re.Match[str]) -> str:
        if match["stem"] in _number_words():
            return match.group(0)
        return _joined(int(match["number"])) + match["stem"]

    return _COMPOUND.sub(say, text)
