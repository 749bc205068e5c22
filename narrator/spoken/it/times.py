"""Italian times of day: the hour, then "e" and the minutes with "minuti", and the seconds.

- "12:30" -> "dodici e trenta minuti"; "03:38" -> "tre e trentotto minuti"; "15:00" -> "quindici"
- "17:15:26" -> "diciassette e quindici minuti e ventisei secondi"
"""

from __future__ import annotations

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


read_times = time_reader(NUMERALS, say_time, hour_words="alle|dalle|ore|le")
