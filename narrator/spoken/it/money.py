"""Italian money: "2,01 ₽" -> "due rubli un copeca", "1 eur" -> "un euro", "4,2 £" ->
"quattro sterline venti penny", "€ 1,2 milioni" -> "uno virgola due milioni di euro"; Switzerland's
"CHF 1'200.–" -> "milleduecento franchi svizzeri"."""

from __future__ import annotations

from narrator.spoken.common.romance_money import HINT, MoneyWords, money_reader
from narrator.spoken.common.swiss_amounts import swiss_amount_reader
from narrator.spoken.it.numbers import NUMERALS
from narrator.spoken.tables import read_table

__all__ = ["HINT", "read_money"]

_WORDS = MoneyWords(
    scales=r"milioni|milione|miliardi|miliardo|mila|mln|mld", of="di", cents_joiner=""
)
_read_amounts = money_reader(NUMERALS, read_table("it", "currencies"), _WORDS)
_read_swiss = swiss_amount_reader(".")


def read_money(text: str) -> str:
    """Read amounts of money, Switzerland's written as Italy's first."""
    return _read_amounts(_read_swiss(text))
