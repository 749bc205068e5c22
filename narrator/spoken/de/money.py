"""Money in German: the currency is said after the amount, cents after the whole units.

- "3,50 €", "€3,50" -> "drei Euro fünfzig Cent"; "€0,20" -> "zwanzig Cent"; "1 €" -> "ein Euro"
- one unit after a preposition is declined as its case asks: "von 1,50 €" -> "von einem Euro
  fünfzig Cent", "um 1 $" -> "um einen Dollar", "mit 1 Mio. Euro" -> "mit einer Million Euro",
  "auf 1 €" (risen to) -> "auf einen Euro"
- "$2,2010" -> "zwei Komma zwei null eins Dollar" (more than two decimals: a decimal)
- "€ 1,2 Mio." -> "eins Komma zwei Millionen Euro"; "12 Mrd. Euro" -> "zwölf Milliarden Euro"
- Switzerland's "CHF 1'200", "Fr. 3.50", "Fr. 12.–" -> "ein tausend zwei hundert Franken", "drei
  Franken fünfzig Rappen", "zwölf Franken"
"""

from __future__ import annotations

import re

from narrator.spoken.common.swiss_amounts import swiss_amount_reader
from narrator.spoken.de.gender import gender_of
from narrator.spoken.de.numbers import NUM, SCALE, START, counted, decimal, one_of, scaled
from narrator.spoken.tables import read_table

_CURRENCIES = {row[0]: row[1:] for row in read_table("de", "currencies")}
_SYMBOLS = "|".join(
    re.escape(c) for c in sorted(_CURRENCIES, key=len, reverse=True) if not c.isalpha()
)
_CODES = "|".join(c for c in _CURRENCIES if c.isalpha())
_SCALED = rf"(?P<num>{NUM})(?:\s?(?P<scale>(?i:{SCALE}))(?!\w))?"
_BEFORE = re.compile(rf"(?P<cur>{_SYMBOLS}|\b(?:{_CODES})\b)\s?(?P<sign>-)?{_SCALED}")
_AFTER = re.compile(rf"{START}(?P<sign>-)?{_SCALED}\s?(?P<cur>{_SYMBOLS}|\b(?:{_CODES})\b)")
HINT = re.compile(rf"{_SYMBOLS}|\b(?:{_CODES})\b")
# A sign before a range is the whole range's: "$5–7 Mio." (by now "$5 bis 7 Mio.") is read as
# "5 bis 7 Mio. $", the currency said once: "fünf bis sieben Millionen Dollar".
_BEFORE_RANGE = re.compile(
    rf"(?P<cur>{_SYMBOLS}|\b(?:{_CODES})\b)\s?(?P<range>{NUM}(?: bis |\s?[-–]\s?)"
    rf"{NUM}(?:\s?(?i:{SCALE})(?!\w))?)"
)
_read_swiss = swiss_amount_reader(".")


def _units(n: int, one: str, many: str, before: str) -> str:
    """``n`` units, one declined after a preposition: (1, "Euro", "Euro", "von ") -> "einem
    Euro"."""
    return f"{one_of(gender_of(one), before, True)} {one}" if n == 1 else f"{counted(n)} {many}"


def amount(number: str, currency: str, scale: str | None = None, before: str = "") -> str:
    """Read an amount, given the text before it: ("2,20", "€") -> "zwei Euro zwanzig Cent",
    ("1", "€", None, "mit ") -> "einem Euro"."""
    one, many, sub_one, sub_many = _CURRENCIES[currency]
    if scale:
        return f"{scaled(number, scale, before)} {many}"
    whole, _, cents = number.replace(".", "").replace(" ", "").partition(",")
    cents = cents.rstrip("0")
    if cents.strip("-") == "" or not sub_one:
        if cents:
            return f"{decimal(number)} {many}"
        return _units(int(whole or 0), one, many, before)
    if len(cents) > 2:
        return f"{decimal(f'{whole},{cents}')} {many}"
    n, c = int(whole or 0), int(cents.ljust(2, "0"))
    if n == 0:
        return _units(c, sub_one, sub_many, before)
    return f"{_units(n, one, many, before)} {counted(c)} {sub_one if c == 1 else sub_many}"


# The scale's full stop that also ends the sentence: the text ends, or a capital follows.
_SENTENCE_END = re.compile(r"\s*$|\s+[A-ZÄÖÜ]")


def _sign_after_range(match: re.Match[str]) -> str:
    """ "$5–7 Mio." -> "5–7 Mio. $", and the sentence's stop if the scale's ended it."""
    ends = match["range"].endswith(".") and _SENTENCE_END.match(match.string, match.end())
    return f"{match['range']} {match['cur']}" + ("." if ends else "")


def read_money(text: str) -> str:
    """Read amounts of money: "3,50 €" -> "drei Euro fünfzig Cent", "$2" -> "zwei Dollar"."""

    def say(match: re.Match[str]) -> str:
        sign = "minus " if match["sign"] else ""
        before = "" if sign else match.string[: match.start()]
        return sign + amount(match["num"], match["cur"], match["scale"], before)

    text = _read_swiss(text)
    text = _BEFORE_RANGE.sub(_sign_after_range, text)
    text = _BEFORE.sub(say, text)
    return _AFTER.sub(say, text)
