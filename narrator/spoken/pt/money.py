"""Portuguese money: "R$ 12,05" -> "doze reais e cinco centavos", "R$ 0,25" -> "vinte e cinco
centavos", "€ 12" -> "doze euros", "R$ 1,2 bilhão" -> "um vírgula dois bilhão de reais"."""

from __future__ import annotations

from narrator.spoken.common.romance_money import HINT, MoneyWords, money_reader
from narrator.spoken.pt.numbers import NUMERALS
from narrator.spoken.tables import read_table

__all__ = ["HINT", "read_money"]

_WORDS = MoneyWords(
    scales=r"mil milhões|milhões|milhão|bilhões|bilhão|trilhões|trilhão|mil|mi|bi",
    of="de",
    cents_joiner="e",
)
read_money = money_reader(NUMERALS, read_table("pt", "currencies"), _WORDS)
