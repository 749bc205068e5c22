"""Portuguese times of day: the hour (feminine: "uma", "duas"), "horas", then "e" and the
minutes; with seconds, "minutos e ... segundos". Before "da tarde" or "da noite" an afternoon
hour is said on the twelve-hour clock.

- "14:30" -> "catorze horas e trinta"; "6h05" -> "seis horas e cinco"; "12:00" -> "doze horas"
- "14:30:05" -> "catorze horas e trinta minutos e cinco segundos"
- "15h da tarde" -> "três horas da tarde"
- "9h30min" -> "nove horas e trinta minutos" (the minutes' "min" said)
"""

from __future__ import annotations

import re

from narrator.spoken.common.romance_times import HINT, Time, time_reader
from narrator.spoken.pt.numbers import NUMERALS, cardinal

__all__ = ["HINT", "read_times", "say_time"]


def say_time(time: Time) -> str:
    """Time(14, 30...) -> "catorze horas e trinta"."""
    hours = time.hours
    afternoon = time.after == "da tarde" and 13 <= hours <= 18
    if afternoon or (time.after == "da noite" and hours > 18):
        hours -= 12
    said = f"{cardinal(hours, 'f')} {'hora' if hours == 1 else 'horas'}"
    if time.seconds is not None:
        said += f" e {cardinal(time.minutes)} minutos e {cardinal(time.seconds)} segundos"
    elif time.minutes:
        said += f" e {cardinal(time.minutes)}"
    return f"{said} {time.after}" if time.after else said


_read_clock_times = time_reader(
    NUMERALS, say_time, "da manhã|da tarde|da noite|da madrugada", hour_words="às|das|pelas"
)
# Hours and minutes with both units written: "9h30min", "1h05 min", "2 h 5 min"; the point
# of "min." is the sentence's unless a word in small letters follows.
_HOURS_MINUTES = re.compile(
    r"(?<![\w.,])(?P<h>[01]?\d|2[0-3])\s?h\s?(?P<m>[0-5]?\d)\s?min\b(?:\.(?=\s[a-zà-ú]))?"
)


def _hours_minutes(match: re.Match[str]) -> str:
    hours, minutes = int(match["h"]), int(match["m"])
    said = f"{cardinal(hours, 'f')} {'hora' if hours == 1 else 'horas'}"
    return f"{said} e {cardinal(minutes)} {'minuto' if minutes == 1 else 'minutos'}"


# Two hours joined by a dash before one "h": the first is an hour too, the span closed by "às"
# after "das" ("das 10-18h" -> "das dez às dezoito horas"), else by "a".
_HOUR_SPAN = re.compile(
    r"(?P<before>(?<!\w)(?i:das|de|entre)\s)?(?<![\w.,:])(?P<a>[01]?\d|2[0-3])\s?[-–]\s?"
    r"(?=(?:[01]?\d|2[0-3])\s?h\b)"
)


def _hour_span(match: re.Match[str]) -> str:
    before = match["before"] or ""
    to = "às" if before.lower().strip() == "das" else "e" if before.strip() == "entre" else "a"
    return f"{before}{cardinal(int(match['a']), 'f')} {to} "


def read_times(text: str) -> str:
    """Read times of day: "14:30" -> "catorze horas e trinta", "9h30min" -> "nove horas e
    trinta minutos", "das 10-18h" -> "das dez às dezoito horas"."""
    if "min" in text:
        text = _HOURS_MINUTES.sub(_hours_minutes, text)
    if "h" in text:
        text = _HOUR_SPAN.sub(_hour_span, text)
    return _read_clock_times(text)
