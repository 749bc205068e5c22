"""Italian Roman numerals, as ordinals: "secolo XIX" -> "secolo diciannovesimo", "Luigi XIV"
-> "Luigi quattordicesimo", "Papa Giovanni XXIII" -> "Papa Giovanni ventitreesimo", "la II
guerra mondiale" -> "la seconda guerra mondiale"."""

from __future__ import annotations

from narrator.spoken.common.romance_roman import HINT, Articles, roman_reader
from narrator.spoken.it.numbers import ordinal

__all__ = ["HINT", "read_roman_numerals"]

_ARTICLES = Articles(
    "il|lo|i|gli|del|dello|dei|degli|al|allo|ai|agli|nel|nello|nei|negli|sul|sullo|dal|dallo",
    "la|le|della|delle|alla|alle|nella|nelle|sulla|sulle|dalla|dalle",
    ordinal,
    lambda number: ordinal(number, True),
    times="volta",
)
# The parts of a book, whose number is said as a king's: "el tomo III".
_PARTS = "capitoli|capitolo|tomo|volume|libro|atto|titolo|canto"
read_roman_numerals = roman_reader(
    "secoli|secolo|sec\\.", ordinal, ordinal, _ARTICLES, parts=_PARTS
)
