"""Spanish money: "5,50 €" -> "cinco euros cincuenta céntimos", "$1" -> "un dólar",
"€ 2 billones" -> "dos billones de euros", "£200.000.001" -> "doscientos millones una libras"
(the number agrees with a feminine currency)."""

from __future__ import annotations

from narrator.spoken.common.romance_money import HINT, MoneyWords, money_reader
from narrator.spoken.es.numbers import NUMERALS
from narrator.spoken.tables import read_table

__all__ = ["HINT", "read_money"]

_WORDS = MoneyWords(
    scales=r"mil millones|millones|millón|billones|billón|trillones|trillón|mil",
    of="de",
    cents_joiner="",
)
read_money = money_reader(NUMERALS, read_table("es", "currencies"), _WORDS)
