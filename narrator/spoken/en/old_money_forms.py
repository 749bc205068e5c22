"""Old money's other written forms, for `old_money`: francs and guineas written short after
their number, as travellers' books and letters give prices ("20 fr. a day", "5 frs. the
bottle", "40 gns." -> "twenty francs a day", "five francs the bottle", "forty guineas"), and
sums with colons between pounds, shillings and pence, as accounts print them ("£3 : 10 : 6",
written "£3 10s. 6d." for `old_money` to read)."""

from __future__ import annotations

import re

from narrator.spoken.en.context import stop_after
from narrator.spoken.en.numbers import cardinal

_FRANCS = re.compile(r"(?<![\w.,])(?P<amt>\d{1,3}(?:,\d{3})*) frs?\.(?!\w)")
# Guineas written short: "40 gns.", "1 gn.", and "5 gs." after a word of price ("pulled 5 gs." is a
# pilot's g-force).
_GUINEAS = re.compile(r"(?<![\w.,])(?P<amt>\d{1,3}(?:,\d{3})*) (?P<short>gns?|gs)\.(?!\w)")
_PRICE_BEFORE = re.compile(
    r"(?i:\b(?:cost|costs|paid|pay|charged?|charges|fees?|fetched|price|priced|sold|bought|"
    r"worth|subscription|rent|for|at)\b)[^.;:!?]{0,16}$"
)
_COLON_SUM = re.compile(
    r"£(?P<l>\d[\d,]*) ?: ?(?P<s>1?\d) ?: ?(?P<d>(?:1[01]|\d)½?)(?![\d:])(?P<stop>\.?)"
)


def _say_francs(match: re.Match[str]) -> str:
    amount = match["amt"]
    name = "franc" if amount == "1" else "francs"
    return f"{cardinal(int(amount.replace(',', '')))} {name}{stop_after(match)}"


def _say_guineas(match: re.Match[str]) -> str:
    text, start = match.string, match.start()
    if match["short"] == "gs" and not _PRICE_BEFORE.search(text, max(0, start - 30), start):
        return match.group(0)
    amount = match["amt"]
    name = "guinea" if amount == "1" else "guineas"
    return f"{cardinal(int(amount.replace(',', '')))} {name}{stop_after(match)}"


def read_short_coins(text: str) -> str:
    """Read francs and guineas written short: "20 fr. a day" -> "twenty francs a day", "40
    gns." -> "forty guineas"."""
    if " fr" in text:
        text = _FRANCS.sub(_say_francs, text)
    return _GUINEAS.sub(_say_guineas, text) if " g" in text else text


def write_colon_sums(text: str) -> str:
    """Write an account's "£3 : 10 : 6" as "£3 10s. 6d.", which `old_money` reads."""
    return _COLON_SUM.sub(r"£\g<l> \g<s>s. \g<d>d\g<stop>", text)
