"""Italian Roman numerals, as ordinals: "secolo XIX" -> "secolo diciannovesimo", "Luigi XIV"
-> "Luigi quattordicesimo", "Papa Giovanni XXIII" -> "Papa Giovanni ventitreesimo", "la II
guerra mondiale" -> "la seconda guerra mondiale"; a day before its month names a street after a
date, a cardinal: "via XX Settembre" -> "via venti settembre"."""

from __future__ import annotations

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


def read_roman_numerals(text: str) -> str:
    """Read Roman numerals: centuries, popes and kings, parts of a book, a date's day."""
    return _read_roman(_read_day_of(text))
