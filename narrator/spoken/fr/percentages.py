"""Percentages in French: "18%" and "18 %" -> "dix-huit pour cent"; "2,5 %" -> "deux virgule
cinq pour cent"."""

from __future__ import annotations

import re

from narrator.spoken.fr.numbers import NUM, START, decimal

HINT = re.compile(r"%")
_PERCENT = re.compile(rf"{START}(?P<sign>[-+])?(?P<num>{NUM})\s?%")


def read_percentages(text: str) -> str:
    """Read percentages: "18%" -> "dix-huit pour cent"."""

    def say(match: re.Match[str]) -> str:
        sign = {"-": "moins ", "+": "plus "}.get(match["sign"] or "", "")
        return f"{sign}{decimal(match['num'])} pour cent"

    return _PERCENT.sub(say, text)
