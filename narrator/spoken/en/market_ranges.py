"""Two prices joined by "@", as market reports write a range, before `narrator.spoken.en.money`
reads the prices: "Flour, $6.25 @ $6.50 per bbl." -> "$6.25 to $6.50 per bbl."; "corn, 58 @
60c." -> "58 to 60c."; old British money "1s. 2d. @ 1s. 4d." -> "1s. 2d. to 1s. 4d.". A count
at a price stays "at" ("2 @ $5").
"""

from __future__ import annotations

import re

# "@" between two prices of a market report is their range; a count at a price stays "at"
# ("2 @ $5"), the second being no higher than half again the first.
_GLYPHS = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅛": 0.125, "⅜": 0.375, "⅝": 0.625, "⅞": 0.875}
_PRICE = r"\d{1,4}(?:\.\d{1,2})?[½¼¾⅛⅜⅝⅞]?"
_AT_RANGE = re.compile(
    rf"(?<![\w.,])(?P<a>(?P<cur>[$£])?(?P<x>{_PRICE})) ?@ ?"
    rf"(?P<b>(?(cur)[$£]|(?![$£]))(?P<y>{_PRICE}))(?![\d,])"
    r"(?(cur)|(?=c\.|cts?\b|[sd]\.|\s+(?:per|a|the)\s))"  # bare, a price's unit after: "58 @ 60c."
)

_OLD_MONEY_AT = re.compile(r"(?<=\d[sd]\.) ?@ ?(?=\d{1,3}[sd]\.)")  # "1s. 2d. @ 1s. 4d."


def _price_range(match: re.Match[str]) -> str:
    low, high = (
        float(v.rstrip("½¼¾⅛⅜⅝⅞") or 0) + _GLYPHS.get(v[-1], 0) for v in match.group("x", "y")
    )
    return f"{match['a']} to {match['b']}" if 0 < low < high <= 1.5 * low else match.group(0)


def write_at_ranges(text: str) -> str:
    """Write "to" for the "@" between two prices of a range: "$6.25 @ $6.50" -> "$6.25 to $6.50"."""
    if "@" not in text:
        return text
    return _OLD_MONEY_AT.sub(" to ", _AT_RANGE.sub(_price_range, text))
