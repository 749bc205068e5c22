"""Italian times of day: the hour, then "e" and the minutes with "minuti", and the seconds.

- "12:30" -> "dodici e trenta minuti"; "03:38" -> "tre e trentotto minuti"; "15:00" -> "quindici"
- after "alle", "dalle", "delle", "le", "ore" a time in a sentence is said as a newsreader says
  it, the minutes without "minuti": "alle 15:30" -> "alle quindici e trenta", "dalle 00:01" ->
  "dalle zero e un minuto" (one minute keeps its noun), "il treno delle 7.40" -> "delle sette e
  quaranta"
- "17:15:26" -> "diciassette e quindici minuti e ventisei secondi"
- after a word of lasting, a duration: "dura 1h45" -> "un'ora e quarantacinque minuti"; with
  both units, a duration anywhere: "in 2 h 05 min" -> "due ore e cinque minuti"
"""

from __future__ import annotations

import re

from narrator.spoken.common.romance_times import HINT, Time, time_reader
from narrator.spoken.it.numbers import NUMERALS, cardinal

__all__ = ["HINT", "read_times", "say_time"]


def say_time(time: Time) -> str:
    """Time(12, 30...) -> "dodici e trenta minuti"."""
    said = "l'una" if time.hours == 1 else cardinal(time.hours)
    if time.minutes:
        said += f" e {'un minuto' if time.minutes == 1 else cardinal(time.minutes) + ' minuti'}"
    if time.seconds:
        said += f" e {'un secondo' if time.seconds == 1 else cardinal(time.seconds) + ' secondi'}"
    return said


def _say_after_hour_word(time: Time) -> str:
    """Time(15, 30...) after "alle" -> "quindici e trenta": the minutes without their noun."""
    said = say_time(time)
    return said.replace(" minuti", "", 1) if time.seconds is None else said


_HOUR_WORDS = "alle|dalle|delle|ore|le"
_read_clock_times = time_reader(NUMERALS, say_time, hour_words=_HOUR_WORDS)
_read_times_in_sentence = time_reader(NUMERALS, _say_after_hour_word, hour_words=_HOUR_WORDS)
# A time of hours and minutes after a word that says a time follows ("alle 15:30", "dalle
# 8.45"), not one with seconds or a unit; the rest is read as the references read it alone.
_AFTER_HOUR_WORD = re.compile(
    rf"(?<!\w)(?i:{_HOUR_WORDS})\s(?:[01]?\d|2[0-4])[:.][0-5]\d(?![\d:]|[.,]\d|\s?h\b)"
)
# Hours and minutes joined by "h" after a word of lasting are a duration: "il volo dura
# 1h45" -> "un'ora e quarantacinque minuti", "in 2h30" (a time of day after "alle").
_DURATION = re.compile(
    r"(?P<before>\b(?i:dura|durata|durato|durerà|durano|dopo|in|circa|oltre|per) )"
    r"(?P<h>\d{1,2}) ?h ?(?P<m>[0-5]\d)\b(?!\s?(?:min|')\b)"
)


# Hours and minutes both written with their units are a duration wherever they stand: "in
# 2 h 05 min" -> "in due ore e cinque minuti", "dura 1h45 min", "in 2h05'" (the minute's
# mark; a time of day has neither).
_WITH_UNITS = re.compile(
    r"(?P<before>)(?<![\w.,:])(?P<h>\d{1,2}) ?h ?(?P<m>[0-5]?\d) ?(?:min\b|['’](?!\d))"
)


def _duration(match: re.Match[str]) -> str:
    hours = "un'ora" if match["h"] == "1" else f"{cardinal(int(match['h']))} ore"
    minutes = int(match["m"])
    said = f" e {'un minuto' if minutes == 1 else cardinal(minutes) + ' minuti'}" if minutes else ""
    return match["before"] + hours + said


def read_times(text: str) -> str:
    """Read times of day ("12:30" -> "dodici e trenta minuti") and a duration in hours and
    minutes joined by "h" after a word of lasting ("dura 1h45")."""
    if "h" in text:
        if "min" in text or "'" in text or "’" in text:  # a quick test before the search
            text = _WITH_UNITS.sub(_duration, text)
        text = _DURATION.sub(_duration, text)
    text = _AFTER_HOUR_WORD.sub(lambda m: _read_times_in_sentence(m.group(0)), text)
    return _read_clock_times(text)
