"""Percentages in German: "15 %" and "15%" -> "fünfzehn Prozent"; "2,5 %" -> "zwei Komma fünf
Prozent"; "5-10 %" -> "fünf bis zehn Prozent"."""

from __future__ import annotations

import re

from narrator.spoken.de.numbers import NUM, START, decimal

HINT = re.compile(r"%")
_PERCENT = re.compile(
    rf"{START}(?P<sign>[-+])?(?P<num>{NUM})(?:\s?%?\s?(?:-|–|bis)\s?(?P<to>{NUM}))?\s?%"
)


def read_percentages(text: str) -> str:
    """Read percentages: "15 %" -> "fünfzehn Prozent", "5-10%" -> "fünf bis zehn Prozent"."""

    def say(match: re.Match[str]) -> str:
        sign = {"-": "minus ", "+": "plus "}.get(match["sign"] or "", "")
        said = sign + decimal(match["num"])
        if match["to"]:
            said += " bis " + decimal(match["to"])
        return said + " Prozent"

    return _PERCENT.sub(say, text)
