"""Italian measures: "1 m" -> "un metro", "4,3 l" -> "quattro virgola tre litri", "15 A" ->
"quindici ampere", "50 km/h" -> "cinquanta chilometri orari"; the "x" between two numbers: "5
x 4 m" -> "cinque per quattro metri", "3x2" -> "tre per due"."""

from __future__ import annotations

from narrator.spoken.common.dimensions import times_sign_reader
from narrator.spoken.common.romance_measures import HINT, MeasureWords, measure_reader
from narrator.spoken.it.fractions import fraction_words
from narrator.spoken.it.numbers import NUMERALS
from narrator.spoken.tables import read_table

__all__ = ["HINT", "read_measures"]

_read_measures = measure_reader(
    NUMERALS, read_table("it", "units"), MeasureWords("al", "di", "mezzo"), fraction_words
)
_say_times_signs = times_sign_reader("per")


def read_measures(text: str) -> str:
    """Read measures ("1 m" -> "un metro") and the "x" between dimensions ("5 x 4 m" ->
    "cinque per quattro metri")."""
    return _read_measures(_say_times_signs(text))
