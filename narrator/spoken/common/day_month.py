"""A day and month written with a slash after the word for "day" ("no dia 7/9", "el día
7/9", "il giorno 7/9"): a date, whatever its numbers, which alone could be a fraction.

The month is written with a zero before it ("7/09", "12/011"), the form the date readers
take for a date.
"""

from __future__ import annotations

import re
from collections.abc import Callable


def day_word_reader(words: str) -> Callable[[str], str]:
    """A rule marking "N/M" after one of ``words`` (a pattern: "día|dia") as a date."""
    pattern = re.compile(
        rf"(?P<before>(?<!\w)(?i:{words})\s+)(?P<day>[1-9]|[12]\d|3[01])/(?P<month>[1-9]|1[0-2])"
        r"(?![\d/])"
    )

    def mark(match: re.Match[str]) -> str:
        # "7/9" -> "7/09"; "12/11" -> "12/011", a month ten to twelve marked by a zero too
        return f"{match['before']}{match['day']}/0{match['month']}"

    def mark_dates(text: str) -> str:
        """Write the month of a day and month after the word for "day" with a zero."""
        return pattern.sub(mark, text) if "/" in text else text

    return mark_dates
