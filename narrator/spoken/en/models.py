"""Model numbers, which people read in groups like years.

- "A350" -> "A three fifty"; "MH370" -> "MH three seventy"; "I-405" -> "I-four oh-five"
  (capital letters, then three digits)
- "Boeing 747" -> "Boeing seven forty-seven", "Boeing 707" -> "Boeing seven oh-seven",
  "Porsche 911" (three digits after a make in ``tables/makes.tsv``)
- "G7", "F-16", "COVID-19": fewer digits are read by the rule for letters and digits
"""

from __future__ import annotations

import re

from narrator.spoken.en.numbers import year
from narrator.spoken.tables import read_words

_MAKES = "|".join(
    sorted((re.escape(m) for m in read_words("en", "makes")), key=lambda m: (-len(m), m))
)
_LETTERED = re.compile(
    r"(?<![\w.-])(?P<letters>[A-Z]{1,3})(?P<hyphen>-)?(?P<num>[1-9]\d\d)(?P<plural>s)?"
    r"(?![\w]|[.,]\d)"
)
_AFTER_MAKE = re.compile(rf"\b(?P<make>{_MAKES})\s+(?P<num>[1-9]\d\d)(?![\d]|[.,]\d)")
HINT = re.compile(r"[A-Z](?:-?\d\d\d|[a-z]+\s\d\d\d)")


def read_model_numbers(text: str) -> str:
    """Read model numbers in groups: "A350" -> "A three fifty", "Boeing 747" -> "Boeing
    seven forty-seven"."""
    text = _AFTER_MAKE.sub(lambda m: f"{m['make']} {year(int(m['num']))}", text)
    return _LETTERED.sub(_say_lettered, text)


def _say_lettered(match: re.Match[str]) -> str:
    words = year(int(match["num"]))
    if match["plural"]:  # "A350s" -> "A three fifties"
        words = words[:-1] + "ies" if words.endswith("y") else words + "s"
    return match["letters"] + ("-" if match["hyphen"] else " ") + words
