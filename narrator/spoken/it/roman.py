"""Italian Roman numerals, as ordinals: "secolo XIX" -> "secolo diciannovesimo", "Luigi XIV"
-> "Luigi quattordicesimo", "Papa Giovanni XXIII" -> "Papa Giovanni ventitreesimo", "la II
guerra mondiale" -> "la seconda guerra mondiale"; a day before its month names a street after a
date, a cardinal: "via XX Settembre" -> "via venti settembre"."""

from __future__ import annotations

import re

from narrator.spoken.common.roman import roman_value
from narrator.spoken.common.romance_roman import HINT, Articles, day_of_month_reader, roman_reader
from narrator.spoken.it.numbers import cardinal, ordinal
from narrator.spoken.tables import read_table

__all__ = ["HINT", "read_roman_numerals"]

# Singular articles only: an ordinal after a plural's would be a plural, and capitals after
# one are initials ("I CC hanno arrestato": the carabinieri).
_ARTICLES = Articles(
    "il|lo|del|dello|al|allo|nel|nello|sul|sullo|dal|dallo",
    "la|della|alla|nella|sulla|dalla",
    ordinal,
    lambda number: ordinal(number, True),
    times="volta",
)
# The parts of a book, whose number is said as a king's: "el tomo III".
_PARTS = "capitoli|capitolo|tomo|volume|libro|atto|titolo|canto"
_read_roman = roman_reader("secoli|secolo|sec\\.", ordinal, ordinal, _ARTICLES, parts=_PARTS)
_MONTH_NAMES = "|".join(row[1] for row in read_table("it", "months"))
_read_day_of = day_of_month_reader(_MONTH_NAMES, "", "primo", cardinal)


# Two centuries joined, the century's noun before or after them: "secoli XV-XVII", "del
# XV-XVII secolo" -> "quindicesimo-diciassettesimo", "il XV e il XVI secolo".
_CENTURY_PAIR = re.compile(
    r"(?P<before>\b(?:secoli|secolo|sec\.)\s)?(?<![\w-])(?P<a>[IVXL]{1,6})"
    r"(?P<joint>\s?[-–]\s?|\se\s(?:il\s)?|\so\s|\sal\s)(?P<b>[IVXL]{1,6})(?![\w-])"
    r"(?P<after>\s(?:secoli|secolo)\b)?"
)


def _century_pair(match: re.Match[str]) -> str:
    a, b = roman_value(match["a"]), roman_value(match["b"])
    if not (match["before"] or match["after"]) or not a or not b:
        return match.group(0)
    joint = "-" if match["joint"].strip() in "-–" else match["joint"]
    return f"{match['before'] or ''}{ordinal(a)}{joint}{ordinal(b)}{match['after'] or ''}"


def read_roman_numerals(text: str) -> str:
    """Read Roman numerals: centuries, popes and kings, parts of a book, a date's day."""
    text = _CENTURY_PAIR.sub(_century_pair, text)
    return _read_roman(_read_day_of(text))
