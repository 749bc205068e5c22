"""Portuguese Roman numerals: centuries are cardinals ("século XIX" -> "século dezenove"),
kings and popes ordinals up to ten and cardinals beyond ("Pedro II" -> "Pedro segundo",
"Luís XIV" -> "Luís catorze")."""

from __future__ import annotations

from narrator.spoken.common.romance_roman import HINT, Articles, roman_reader
from narrator.spoken.pt.numbers import cardinal, ordinal

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
read_roman_numerals = roman_reader(
    "séculos?|séc\\.|milênios?", cardinal, _regnal, _ARTICLES, parts=_PARTS
)
