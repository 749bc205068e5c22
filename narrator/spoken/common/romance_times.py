"""Times of day in the Romance languages: "10:15", "14h30", "13.30 h", "5:02 p.m.", with
seconds, a time of day and a time zone; each language says the hour and minutes its own way.

- "14:30:05" -> hours 14, minutes 30, seconds 5; "6h05" and "2 h 30 min" -> 6:05 and 2:30
- "1.00 a.m" -> the hour, then the language's words for a.m.
- "20:00 gmt-3" -> the time, then "g m t" and the offset in words
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from narrator.spoken.common.romance_numbers import Numerals

HINT = re.compile(r"\d[:.h]|\d h")


@dataclass(frozen=True, slots=True)
class Time:
    """A time of day as written."""

    hours: int
    minutes: int
    seconds: int | None
    meridiem: str
    """"am", "pm" or ""."""
    after: str
    """Words of the time of day written after it ("da tarde"), or ""."""
    unit: bool
    """Whether it was written with its unit ("13.30 h", "14h"), so surely a time."""


SayTime = Callable[[Time], str]

_MERIDIEM = r"(?:\s?(?P<mer>[ap])\.?\s?m\b\.?)"
_ZONE = r"(?:\s(?P<zone>gmt|utc|est|edt|cet|cest|pst|pdt)(?P<offset>[+-]\d{1,2}(?::\d{2})?)?\b)"


def time_reader(
    numerals: Numerals, say: SayTime, day_words: str = "", hour_words: str = ""
) -> Callable[[str], str]:
    """A rule reading times with the language's ``say``; ``day_words`` is a pattern of the
    words for the time of day that may follow ("da manhã|da tarde"), ``hour_words`` of the
    words before an hour ("alle|ore") after which "8.30" is a time, not a decimal."""
    before_hour = re.compile(rf"(?<!\w)(?i:{hour_words})\s$") if hour_words else None
    after = rf"(?:\s(?P<after>{day_words}))?" if day_words else r"(?P<after>(?!))?"
    clock = re.compile(
        rf"(?<![\w.,:])(?P<h>[01]?\d|2[0-4])(?:(?P<sep>[:.])(?P<m>[0-5]\d)(?::(?P<s>[0-5]\d))?"
        rf"(?P<unit>\s?h\b)?|\sh\s(?P<m2>[0-5]?\d)\smin\b(?:\s(?P<s2>[0-5]?\d)\sseg\b)?"
        rf"|(?P<hunit>\s?h)(?P<hm>[0-5]\d)?\b)"
        rf"(?!\d|[.,]\d|\s?(?:%|mil|mill|bill|milh|bilh|milion|miliard)){_MERIDIEM}?{after}{_ZONE}?"
    )

    def say_time(match: re.Match[str]) -> str:
        g = match.groupdict()
        by_dot = g["sep"] == "." and not (g["unit"] or g["mer"] or g["zone"])
        if g["hunit"] is not None and g["hm"] is None and not g["after"]:
            return match.group(0)  # "3 h" is a duration: the measures read it
        minutes = g["m"] or g["hm"] or g["m2"] or "0"
        seconds = g["s"] or g["s2"]
        time = Time(int(g["h"]), int(minutes), int(seconds) if seconds else None,
                    (g["mer"] or "").lower() + ("m" if g["mer"] else ""), g["after"] or "",
                    bool(g["unit"] or g["hunit"] or g["m2"]))  # fmt: skip
        if by_dot and int(g["h"]) < 13 and minutes != "00" and not _after_hour_word(match):
            return match.group(0)  # "5.20" alone is rather a decimal than twenty past five
        said = say(time)
        if g["zone"]:
            said += " " + " ".join(g["zone"].lower())
            if g["offset"]:
                said += " " + _offset(numerals, g["offset"])
        return said

    def _after_hour_word(match: re.Match[str]) -> bool:
        start = match.start()
        return before_hour is not None and bool(before_hour.search(match.string[:start][-12:]))

    def read_times(text: str) -> str:
        """Read times of day: "14:30" -> "catorce horas e trinta", "13.30" -> "trece y media"."""
        return clock.sub(say_time, text)

    return read_times


def _offset(numerals: Numerals, offset: str) -> str:
    sign = numerals.minus if offset[0] == "-" else numerals.plus
    hours, _, minutes = offset[1:].partition(":")
    said = f"{sign} {numerals.cardinal(int(hours), '')}"
    return f"{said} {numerals.cardinal(int(minutes), '')}" if minutes else said
