"""Percentages.

- "5.5%" -> "five point five percent"; "+3%" -> "plus three percent"
- "5-10%" -> "five to ten percent"
"""

from __future__ import annotations

import re

from narrator.spoken.en.context import HAS_DIGIT, NUM, START
from narrator.spoken.en.numbers import decimal

_PERCENT = re.compile(rf"{START}(?P<num>[-+]?{NUM})(?:\s?[-–]\s?(?P<num2>{NUM}))?\s?%")


def read_percentages(text: str) -> str:
    """Read percentages: "5.5%" -> "five point five percent", "5-10%" -> "five to ten percent"."""

    def say(match: re.Match[str]) -> str:
        words = decimal(match["num"].lstrip("+"))
        if match["num"].startswith("+"):
            words = "plus " + words
        if match["num2"]:
            words += " to " + decimal(match["num2"])
        return words + " percent"

    return _PERCENT.sub(say, text)


HINT = HAS_DIGIT
