"""Spanish times of day: the hour (feminine, "la una"), then "y" and the minutes, with
"cuarto" and "media"; a.m. and p.m. become the part of the day.

- "13.30" -> "trece y media"; "1.05 h" -> "una y cinco"; "00:52" -> "cero y cincuenta y dos";
  "0:00" -> "cero horas"
- "5:02 p.m." -> "cinco y dos de la tarde"; "12.15 a.m." -> "doce y cuarto de la noche"
- "15 h 10 min 40 seg" -> "quince horas diez minutos y cuarenta segundos"
- "21.00 h" -> "veintiuna horas" (an hour past twelve on the hour, with its "h"); "1.00 h" ->
  "una"; "21 hs", "21:00 hrs." -> "veintiuna horas", "8 a. m." -> "ocho de la mañana" (an
  hour alone)
"""

from __future__ import annotations

import re

from narrator.spoken.common.romance_times import HINT as CLOCK_HINT
from narrator.spoken.common.romance_times import Time, time_reader
from narrator.spoken.es.numbers import NUMERALS, cardinal

__all__ = ["HINT", "read_times", "say_time"]


def _part_of_day(time: Time) -> str:
    if time.meridiem == "am":
        return "de la noche" if time.hours in (0, 12) else "de la mañana"
    if time.meridiem == "pm":
        if time.hours == 12:
            return "del mediodía"
        return "de la tarde" if time.hours < 8 else "de la noche"
    return ""


def say_time(time: Time) -> str:
    """Time(13, 30...) -> "trece y media"."""
    hours = cardinal(time.hours, "f")
    if time.seconds is not None and time.seconds:
        said = f"{hours} horas {cardinal(time.minutes)} minutos y {cardinal(time.seconds)} "
        said += "segundos"
    elif time.minutes == 15:
        said = f"{hours} y cuarto"
    elif time.minutes == 30:
        said = f"{hours} y media"
    elif time.minutes:
        said = f"{hours} y {cardinal(time.minutes)}"
    elif time.hours == 0 and not time.meridiem:  # midnight is no count: "a las cero horas"
        said = "cero horas"
    else:  # an hour of the 24-hour clock written with its "h": "a las 21.00 h" -> "veintiuna horas"
        said = f"{hours} horas" if time.unit and time.hours > 12 else hours
    part = _part_of_day(time)
    return f"{said} {part}" if part else said


HINT = re.compile(rf"{CLOCK_HINT.pattern}|\d\s?(?:[ap]\.\s?m|hr?s\b)|las 12\s?m\.")
_read_clock_times = time_reader(NUMERALS, say_time, hour_words="las")
# An hour alone with the "hs" of Latin American writing, or with a.m. and p.m.: written as
# the clock reader knows it ("21 hs" -> "21.00 h", "8 a. m." -> "8:00 a.m.").
# After "las" or "la" only: elsewhere it counts hours ("dura 3 hs" -> "tres horas").
_HOURS_UNIT = re.compile(r"(?i)(?P<art>\blas? )(?P<h>[01]?\d|2[0-4])\s?hr?s\b\.?")
# A clock time with "hs" or "hrs": its "h" ("21:00 hrs." -> "21:00 h", "veintiuna horas").
_CLOCK_HOURS_UNIT = re.compile(r"(?<![\w.,:])(?P<t>(?:[01]?\d|2[0-4])[:.][0-5]\d)\s?hr?s\b\.?")
# "12 m." (meridiano, as Colombia writes noon) after "las": "a las 12:00 m." -> "doce del
# mediodía".
_NOON = re.compile(r"(?i)(?<=\blas )12(?::00)?\s?m\.")
_HOUR_MERIDIEM = re.compile(r"(?<![\w.,:])(?P<h>0?[1-9]|1[0-2])\s?(?P<m>[ap])\.\s?m\.")


def read_times(text: str) -> str:
    """Read times of day: "13.30" -> "trece y media", "21 hs" -> "veintiuna horas", "5 p. m."
    -> "cinco de la tarde"."""
    text = _CLOCK_HOURS_UNIT.sub(r"\g<t> h", text)
    text = _HOURS_UNIT.sub(r"\g<art>\g<h>.00 h", text)
    text = _NOON.sub("12:00 p.m.", text)
    text = _HOUR_MERIDIEM.sub(r"\g<h>:00 \g<m>.m.", text)
    return _read_clock_times(text)
