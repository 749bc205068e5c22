"""Spanish money: "5,50 €" -> "cinco euros cincuenta céntimos", "$1" -> "un dólar",
"€ 2 billones" -> "dos billones de euros", "£200.000.001" -> "doscientos millones una libras"
(the number agrees with a feminine currency).

In a text about a country of the peso (Argentina, Mexico, Colombia, Chile...), or that
names the peso, "$" is the peso, as its press writes it ("El dólar cerró a $ 1.250 en Buenos
Aires" -> "mil doscientos cincuenta pesos"); "US$" stays the dollar.
"""

from __future__ import annotations

import re

from narrator.spoken.common.romance_money import HINT, MoneyWords, money_reader
from narrator.spoken.es.numbers import NUMERALS
from narrator.spoken.tables import read_table, read_words

__all__ = ["HINT", "read_money"]

_WORDS = MoneyWords(
    scales=r"mil millones|millones|millón|billones|billón|trillones|trillón|mil",
    of="de",
    cents_joiner="",
)
_ROWS = read_table("es", "currencies")
_PESO = ("$", "m", "peso", "pesos", "m", "centavo", "centavos")
_read_dollars = money_reader(NUMERALS, _ROWS, _WORDS)
_read_pesos = money_reader(
    NUMERALS, tuple(_PESO if row[0] == "$" else row for row in _ROWS), _WORDS
)
_PESO_PLACE = re.compile(
    r"(?i)(?<!\w)(?:"
    + "|".join(sorted(map(re.escape, read_words("es", "peso_places")), key=lambda w: (-len(w), w)))
    + r")(?!\w)"
)


def read_money(text: str) -> str:
    """Read amounts of money: "5,50 €" -> "cinco euros cincuenta céntimos", "$ 940" ->
    "novecientos cuarenta pesos" in a text that names a country of the peso."""
    if "$" in text and _PESO_PLACE.search(text):
        return _read_pesos(text)
    return _read_dollars(text)
