"""Portuguese times of day: the hour (feminine: "uma", "duas"), "horas", then "e" and the
minutes; with seconds, "minutos e ... segundos". Before "da tarde" or "da noite" an afternoon
hour is said on the twelve-hour clock.

- "14:30" -> "catorze horas e trinta"; "6h05" -> "seis horas e cinco"; "12:00" -> "doze horas"
- "14:30:05" -> "catorze horas e trinta minutos e cinco segundos"
- "15h da tarde" -> "três horas da tarde"
"""

from __future__ import annotations

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


read_times = time_reader(
    NUMERALS, say_time, "da manhã|da tarde|da noite|da madrugada", hour_words="às|das|pelas"
)
