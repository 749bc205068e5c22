"""Times of day in Russian: hours and minutes counted.

- "13:05" -> "тринадцать часов пять минут", "02:00" -> "два часа", "21:01" -> "двадцать
  один час одна минута"; "10:15:30" adds "тридцать секунд"
- "в 15.30", "к 9.00" and "15.30 ч." (a full stop after a preposition or before "ч.") ->
  "пятнадцать часов тридцать минут"
"""

from __future__ import annotations

import re

from narrator.spoken.ru.numbers import cardinal, form

HINT = re.compile(r"\d[:.]\d\d")
_COLON = re.compile(
    r"(?<![\w.,:])(?P<h>[01]?\d|2[0-3]):(?P<m>[0-5]\d)(?::(?P<s>[0-5]\d))?(?![\d:]|[.,]\d)"
)
_DOTTED = re.compile(
    r"(?<!\w)(?P<prep>[вВкК]|до|с|со|около|после)\s(?P<h>[01]?\d|2[0-3])\.(?P<m>[0-5]\d)(?![\d.,])"
    r"|(?<![\w.,])(?P<h2>[01]?\d|2[0-3])\.(?P<m2>[0-5]\d)\s?ч\.?(?!\w)"
)


def _count(n: int, gender: str, one: str, few: str, many: str) -> str:
    return f"{cardinal(n, 'n', gender)} {form(n, one, few, many)}"


def say_time(hours: int, minutes: int, seconds: int = 0) -> str:
    """A time of day: (13, 5) -> "тринадцать часов пять минут", (2, 0) -> "два часа"."""
    said = [_count(hours, "m", "час", "часа", "часов")]
    if minutes or seconds:
        said.append(_count(minutes, "f", "минута", "минуты", "минут"))
    if seconds:
        said.append(_count(seconds, "f", "секунда", "секунды", "секунд"))
    return " ".join(said)


def read_times(text: str) -> str:
    """Read times: "13:05" -> "тринадцать часов пять минут", "в 15.30" -> "в пятнадцать
    часов тридцать минут"."""

    def colon(match: re.Match[str]) -> str:
        return say_time(int(match["h"]), int(match["m"]), int(match["s"] or 0))

    def dotted(match: re.Match[str]) -> str:
        if match["prep"]:
            return f"{match['prep']} {say_time(int(match['h']), int(match['m']))}"
        return say_time(int(match["h2"]), int(match["m2"]))

    return _DOTTED.sub(dotted, _COLON.sub(colon, text))
