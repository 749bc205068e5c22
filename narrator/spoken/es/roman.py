"""Spanish Roman numerals: centuries are cardinals ("siglo XIX" -> "siglo diecinueve"), kings
and popes ordinals up to ten and cardinals beyond ("Felipe II" -> "Felipe segundo", "Luis
XIV" -> "Luis catorce")."""

from __future__ import annotations

from narrator.spoken.common.romance_roman import HINT, Articles, roman_reader
from narrator.spoken.es.numbers import cardinal, ordinal

__all__ = ["HINT", "read_roman_numerals"]


def _regnal(number: int) -> str:
    return ordinal(number) if number <= 10 else cardinal(number)


def _queen(number: int) -> str:
    return ordinal(number, True) if number <= 10 else cardinal(number)


# Before its noun a masculine ordinal drops its "-o": "el I Congreso" -> "el primer Congreso".
_ARTICLES = Articles(
    "el|del|al|los", "la|las", lambda n, f: ordinal(n, f, apocope=not f), _queen, times="vez"
)
# The parts of a book, whose number is said as a king's: "el tomo III".
_PARTS = "capítulos?|tomos?|volumen|libros?|actos?|títulos?|cantos?"
read_roman_numerals = roman_reader("siglos?|milenios?", cardinal, _regnal, _ARTICLES, parts=_PARTS)
