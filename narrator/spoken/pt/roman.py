"""Portuguese Roman numerals: centuries are cardinals ("século XIX" -> "século dezenove"),
kings and popes ordinals up to ten and cardinals beyond ("Pedro II" -> "Pedro segundo",
"Luís XIV" -> "Luís catorze"); a day in a date's name, a cardinal ("Praça XV de Novembro" ->
"quinze de novembro")."""

from __future__ import annotations

from narrator.spoken.common.romance_roman import (
    HINT,
    Articles,
    century_pair_reader,
    day_of_month_reader,
    roman_reader,
)
from narrator.spoken.pt.numbers import cardinal, ordinal
from narrator.spoken.tables import read_table

__all__ = ["HINT", "read_roman_numerals"]


def _regnal(number: int) -> str:
    return ordinal(number) if number <= 10 else cardinal(number)


def _queen(number: int) -> str:
    return ordinal(number, True) if number <= 10 else cardinal(number)


_ARTICLES = Articles(
    "o|os|do|dos|no|nos|ao|aos|pelo", "a|as|da|das|na|nas|à|às|pela", ordinal, _queen, times="vez"
)
# The parts of a book, whose number is said as a king's: "el tomo III".
_PARTS = "capítulos?|tomos?|volumes?|livros?|atos?|títulos?|cantos?"
_read_roman = roman_reader("séculos?|séc\\.|milênios?", cardinal, _regnal, _ARTICLES, parts=_PARTS)
# A day written in Roman numerals before its month names a street or a square after a date:
# "Rua XV de Novembro", "Av. IX de Julho".
_MONTH_NAMES = "|".join(row[1] for row in read_table("pt", "months"))
_read_day_of = day_of_month_reader(_MONTH_NAMES, " de", "primeiro", cardinal)


# Two centuries after their noun: "séculos XV a XVII" -> "séculos quinze a dezessete",
# "séculos XV-XVII", "séculos XV e XVI".
_read_century_pair = century_pair_reader("séculos?|séc\\.", "e|ou|a|ao", cardinal)


def read_roman_numerals(text: str) -> str:
    """Read Roman numerals: centuries, kings and popes, parts of a book, a date's day."""
    text = _read_century_pair(text)
    return _read_roman(_read_day_of(text))
