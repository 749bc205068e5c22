"""Italian Roman numerals, as ordinals: "secolo XIX" -> "secolo diciannovesimo", "Luigi XIV"
-> "Luigi quattordicesimo", "Papa Giovanni XXIII" -> "Papa Giovanni ventitreesimo"."""

from __future__ import annotations

from narrator.spoken.common.romance_roman import HINT, roman_reader
from narrator.spoken.it.numbers import ordinal

__all__ = ["HINT", "read_roman_numerals"]

read_roman_numerals = roman_reader("secoli|secolo|sec\\.", ordinal, ordinal)
