"""Compound adjectives of a number and a stem, written with a hyphen, said as one word whose
number is in the genitive, as Russian joins them.

- "20-летний" -> "двадцатилетний", "3-комнатная" -> "трехкомнатная", "40-градусный" ->
  "сорокаградусный", "25-летие" -> "двадцатипятилетие"
- one is "одно" ("1-комнатная" -> "однокомнатная"), ninety "девяносто", a hundred "сто",
  a thousand "тысяче" ("100-летний" -> "столетний", "1000-летие" -> "тысячелетие")
"""

from __future__ import annotations

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


def read_compounds(text: str) -> str:
    """Read a number joined to a stem: "20-летний" -> "двадцатилетний"."""
    return _COMPOUND.sub(lambda m: _joined(int(m["number"])) + m["stem"], text)
