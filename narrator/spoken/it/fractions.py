"""Italian fractions: the numerator and the denominator's ordinal, plural after more than
one: "1/2" -> "un mezzo", "1/3" -> "un terzo", "3/4" -> "tre quarti", "2 1/2" -> "due e un
mezzo"."""

from __future__ import annotations

from narrator.spoken.common.romance_fractions import HINT, fraction_reader
from narrator.spoken.it.numbers import NUMERALS, cardinal, ordinal

__all__ = ["HINT", "fraction_words", "read_fractions"]


def fraction_words(numerator: int, denominator: int) -> str:
    """(3, 4) -> "tre quarti"; (1, 2) -> "un mezzo"."""
    name = "mezzo" if denominator == 2 else ordinal(denominator)
    if numerator == 1:
        return f"un {name}"
    return f"{cardinal(numerator)} {name[:-1]}i"


read_fractions = fraction_reader(NUMERALS, fraction_words, "mezzo", "mezzo")
