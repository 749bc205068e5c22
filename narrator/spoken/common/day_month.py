"""A day and month written with a slash after the word for "day" ("no dia 7/9", "el día
7/9", "il giorno 7/9"): a date, whatever its numbers, which alone could be a fraction.

The month is written with its zero ("7/09"), or the day ("07/10"), the forms the date
readers take for a date.
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
        day, month = match["day"], match["month"]
        if len(month) == 1:
            month = "0" + month
        elif len(day) == 1:  # "7/10": the day's zero, the month having none to write
            day = "0" + day
        return f"{match['before']}{day}/{month}"

    def mark_dates(text: str) -> str:
        """Write the month (or the day) of a day and month after the word for "day" with its
        zero."""
        return pattern.sub(mark, text) if "/" in text else text

    return mark_dates
