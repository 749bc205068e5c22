"""Italian fractions: the numerator and the denominator's ordinal, plural after more than
one: "1/2" -> "un mezzo", "1/3" -> "un terzo", "3/4" -> "tre quarti", "2 1/2" -> "due e un
mezzo"; a tournament's round: "ai 1/4 di finale" -> "ai quarti di finale", "la 1/2 finale" ->
"la semifinale"."""

from __future__ import annotations

from narrator.spoken.common.knockout_rounds import round_reader
from narrator.spoken.common.romance_designations import designation_reader
from narrator.spoken.common.romance_fractions import HINT, fraction_reader
from narrator.spoken.it.numbers import NUMERALS, cardinal, ordinal
from narrator.spoken.tables import read_words

__all__ = ["HINT", "fraction_words", "read_fractions"]


def fraction_words(numerator: int, denominator: int) -> str:
    """(3, 4) -> "tre quarti"; (1, 2) -> "un mezzo"."""
    name = "mezzo" if denominator == 2 else ordinal(denominator)
    if numerator == 1:
        return f"un {name}"
    return f"{cardinal(numerator)} {name[:-1]}i"


# A law's number and year are no fraction: "legge 190/2012" -> "cento novanta del duemila
# dodici".
_read_designations = designation_reader(read_words("it", "designations"), "del")
_read_fractions = fraction_reader(NUMERALS, fraction_words, "mezzo", "mezzo")


# A round of a tournament written as a fraction: "ai 1/4 di finale" -> "ai quarti di finale".
_ROUNDS = {4: "quarto", 8: "ottavo", 16: "sedicesimo"}
_PLURAL_WORDS = frozenset({"i", "gli", "ai", "agli", "dei", "degli", "nei", "negli", "sui"})


def _round_name(denominator: int, word_before: str) -> str | None:
    name = _ROUNDS.get(denominator)
    if name is None:
        return None
    return name[:-1] + "i" if word_before in _PLURAL_WORDS else name


_read_rounds = round_reader(_round_name, "di finale", "semi", "finale")


def read_fractions(text: str) -> str:
    """Read fractions, after a law's number and year are read as numbers ("legge 190/2012") and
    a tournament's rounds named ("ai 1/4 di finale" -> "ai quarti di finale")."""
    return _read_fractions(_read_designations(_read_rounds(text)))
