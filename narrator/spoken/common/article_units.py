"""A unit's symbol written alone after an article or "per" is the unit itself, in the Romance
languages: Spanish "El kg de tomate" -> "El kilogramo", French "le prix du m²" -> "du mètre
carré", Italian "15 € al kg" -> "al chilogrammo", Portuguese "R$ 5 por kg" -> "por quilograma".

A symbol of one letter ("el m", "le m") is left, as is one whose full stop goes on in small
letters (an abbreviation: "el min. de Interior", a minister) and, where the language asks,
one with a number after ("el km 42", a road's mark).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping


def article_unit_reader(
    names: Mapping[str, str], articles: str, small_letters: str, number_after: bool = True
) -> Callable[[str], str]:
    """A rule writing a unit's symbol (a key of ``names``, two characters or more) after one of
    ``articles`` (an alternation, any case) as its name in ``names``; ``small_letters`` is
    the class of the language's small letters that show a full stop is an abbreviation's, and
    ``number_after`` leaves a symbol with a number after it."""
    symbols = "|".join(re.escape(u) for u in sorted(names, key=len, reverse=True) if len(u) > 1)
    pattern = re.compile(
        rf"(?<![\w'’])(?P<word>(?i:{articles})) (?P<unit>{symbols})"
        rf"(?![\w²³'’/]|\.\s*{small_letters})" + (r"(?!\.?\s*\d)" if number_after else "")
    )

    def read_article_units(text: str) -> str:
        return pattern.sub(lambda m: f"{m['word']} {names[m['unit']]}", text)

    return read_article_units
