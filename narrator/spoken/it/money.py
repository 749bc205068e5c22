"""Italian money: "2,01 ₽" -> "due rubli un copeca", "1 eur" -> "un euro", "4,2 £" ->
"quattro sterline venti penny", "€ 1,2 milioni" -> "uno virgola due milioni di euro"; Switzerland's
"CHF 1'200.–" -> "milleduecento franchi svizzeri"."""

from __future__ import annotations

import re

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


# A price per a period or a measure is said with the article, as Italian says it: "1.500
# €/mese" (by now "1.500 € per mese") -> "mille cinquecento euro al mese", "all'anno", "al
# chilo", "a persona".
_PER_ARTICLE = {"mese": "al mese", "anno": "all'anno", "giorno": "al giorno",
                "settimana": "alla settimana", "ora": "all'ora", "notte": "a notte",
                "persona": "a persona", "chilo": "al chilo", "chilogrammo": "al chilogrammo",
                "litro": "al litro",
                "metro quadrato": "al metro quadrato"}  # fmt: skip
_PER_AFTER_MONEY = re.compile(
    r"(?P<currency>\beur[o]?|dollar[oi]|sterlin[ae]|franchi|centesimi|[€$£]) per "
    r"(?P<noun>" + "|".join(_PER_ARTICLE) + r")\b"
)


def read_money(text: str) -> str:
    """Read amounts of money, Switzerland's written as Italy's first; a price per month "al
    mese"."""
    text = _read_amounts(_read_swiss(text))
    if " per " in text:  # a quick test before the search
        text = _PER_AFTER_MONEY.sub(lambda m: f"{m['currency']} {_PER_ARTICLE[m['noun']]}", text)
    return text
