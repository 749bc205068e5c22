"""A rate per a round base, written with a slash: the slash is said "per".

- "8 L/100 km" -> "8 L per 100 km" -> "eight liters per one hundred kilometers" (fuel use)
- "£1.20/100g" -> "one pound twenty pence per one hundred grams" (a shelf's unit price)
- "120 mg/100 ml", "5 cases/100,000 people": a dose or a count per a base of ten, a hundred, a
  thousand...

The base is a round power of ten with its unit or noun after it, and the amount before the
slash has its unit, noun or currency sign: a bare number before it is a fraction ("3/100 inch"
is three hundredths of an inch, "1/1000 sec" a shutter's time).
"""

from __future__ import annotations

import re

from narrator.spoken.rules import any_of

_AMOUNT = r"(?<![\w.,/])(?:[$£€¥]\s?\d[\d,.]*|\d[\d,.]*\s?[A-Za-zµμ]{1,12}[²³]?)"
_BASE = r"(?:10{1,6}|1(?:0{0,2}),000(?:,000)?)"
_RATE = re.compile(rf"(?P<amount>{_AMOUNT})/(?P<base>{_BASE}\s?[A-Za-zµμ]+[²³]?)(?![\w/])")

HINT = any_of(r"/(?=1)")


def read_rate_bases(text: str) -> str:
    """ "8 L/100 km" -> "8 L per 100 km"; "3/100 inch" is left, a fraction."""
    return _RATE.sub(r"\g<amount> per \g<base>", text)
