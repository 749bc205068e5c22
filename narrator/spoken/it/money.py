"""Italian money: "2,01 ₽" -> "due rubli un copeca", "1 eur" -> "un euro", "4,2 £" ->
"quattro sterline venti penny", "€ 1,2 milioni" -> "uno virgola due milioni di euro"."""

from __future__ import annotations

from narrator.spoken.common.romance_money import HINT, MoneyWords, money_reader
from narrator.spoken.it.numbers import NUMERALS
from narrator.spoken.tables import read_table

__all__ = ["HINT", "read_money"]

_WORDS = MoneyWords(
    scales=r"milioni|milione|miliardi|miliardo|mila|mln|mld", of="di", cents_joiner=""
)
read_money = money_reader(NUMERALS, read_table("it", "currencies"), _WORDS)
