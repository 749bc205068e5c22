"""Money in French: the currency after the amount, the cents after it.

- "3,50 €" and "€3,50" -> "trois euros cinquante"; "1 €" -> "un euro"; "0,20 €" -> "vingt
  centimes"; "$ 5" -> "cinq dollars"
- "1,49 euro" -> "un euro quarante-neuf", "16,90 euros" -> "seize euros quatre-vingt-dix"
- "1,2 million d'euros" reads as numbers and words; "12 M€" -> "douze millions d'euros"
- Switzerland's "CHF 1'500.–", "Fr. 25.50" -> "mille cinq cents francs suisses", "vingt-cinq francs
  cinquante"
"""

from __future__ import annotations

import re

from narrator.spoken.common.swiss_amounts import swiss_amount_reader
from narrator.spoken.fr.numbers import NUM, START, cardinal, decimal
from narrator.spoken.tables import read_table

_CURRENCIES = {row[0]: row[1:] for row in read_table("fr", "currencies")}
_CUR = "|".join(re.escape(c) if not c.isalpha() else rf"\b{c}\b" for c in _CURRENCIES)
_SCALES = {
    "M": ("million", "millions"),
    "Md": ("milliard", "milliards"),
    "Mds": ("milliard", "milliards"),
    "G": ("milliard", "milliards"),  # Quebec's "1,2 G$"
}
_BEFORE = re.compile(rf"(?P<cur>{_CUR})\s?(?P<num>{NUM})")
_AFTER = re.compile(rf"{START}(?P<num>{NUM})\s?(?P<scale>Mds?|M|G|k)?\s?(?P<cur>{_CUR})")
# An amount with its cents before the currency's word: "1,49 euro" -> "un euro quarante-neuf",
# as a price is said (was "un virgule quarante-neuf euro").
_NAMED = re.compile(rf"{START}(?P<num>\d+,\d\d)\s(?P<cur>euros?|dollars?)\b")
_NAMED_SIGN = {"euro": "€", "euros": "€", "dollar": "$", "dollars": "$"}
# A scale the scales rule has said before a currency's sign: "2,5 Mds €" -> "deux virgule cinq
# milliards €" -> "... milliards d'euros".
_SAID_SCALE = re.compile(rf"\b(?P<scale>millions?|milliards?)\s?(?P<cur>{_CUR})(?!\w)")
HINT = re.compile(rf"{_CUR}|\d,\d\d\s(?:euro|dollar)")
# A sign before a range is the whole range's: "$5–7 millions" (by now "$5 à 7 millions") is
# read as "5 à 7 millions $", the currency said once: "cinq à sept millions de dollars".
_BEFORE_RANGE = re.compile(
    rf"(?P<cur>{_CUR})\s?(?P<range>{NUM}(?: à |\s?[-–]\s?){NUM}(?:\s(?:millions?|milliards?)\b)?)"
)


def amount(number: str, currency: str, scale: str | None = None) -> str:
    """Read an amount: ("3,50", "€") -> "trois euros cinquante"."""
    one, many, sub = _CURRENCIES[currency]
    if scale == "k":  # thousands, which take no "de": "50 k€" -> "cinquante mille euros"
        return f"{decimal(number)} mille {many}"
    if scale:
        one_scale, many_scale = _SCALES[scale]
        # French counts a scale in the singular below two: "1,5 Md€" -> "un virgule cinq milliard".
        below_two = float(number.replace(" ", "").replace(",", ".")) < 2
        said = f"{decimal(number)} {one_scale if below_two else many_scale}"
        return _of(said, many)
    whole, _, cents = number.replace(".", "").replace(" ", "").partition(",")
    cents = cents.rstrip("0")
    if len(cents) > 2:
        return f"{decimal(number)} {many}"
    n = int(whole or 0)
    c = int(cents.ljust(2, "0")) if cents else 0
    if n == 0 and c:
        return f"{cardinal(c)} {sub}"
    count = cardinal(n)
    if count.endswith(("million", "millions", "milliard", "milliards")) and not c:
        return _of(count, many)  # "1 000 000 €" -> "un million d'euros"
    said = f"{count} {one if n <= 1 else many}"
    return f"{said} {cardinal(c)}" if c else said


def _of(scale: str, many: str) -> str:
    return f"{scale} d'{many}" if many[0] in "aeioué" else f"{scale} de {many}"


_read_swiss = swiss_amount_reader(" ")


def read_money(text: str) -> str:
    """Read amounts of money: "3,50 €" -> "trois euros cinquante", "$5" -> "cinq dollars"."""
    text = _read_swiss(text)
    text = _BEFORE_RANGE.sub(lambda m: f"{m['range']} {m['cur']}", text)
    text = _BEFORE.sub(lambda m: amount(m["num"], m["cur"]), text)
    text = _SAID_SCALE.sub(lambda m: _of(m["scale"], _CURRENCIES[m["cur"]][1]), text)
    text = _NAMED.sub(lambda m: amount(m["num"], _NAMED_SIGN[m["cur"]]), text)
    return _AFTER.sub(lambda m: amount(m["num"], m["cur"], m["scale"]), text)
