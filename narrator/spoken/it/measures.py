"""Italian measures: "1 m" -> "un metro", "4,3 l" -> "quattro virgola tre litri", "15 A" ->
"quindici ampere", "50 km/h" -> "cinquanta chilometri orari"."""

from __future__ import annotations

from narrator.spoken.common.romance_measures import HINT, MeasureWords, measure_reader
from narrator.spoken.it.fractions import fraction_words
from narrator.spoken.it.numbers import NUMERALS
from narrator.spoken.tables import read_table

__all__ = ["HINT", "read_measures"]

read_measures = measure_reader(
    NUMERALS, read_table("it", "units"), MeasureWords("al", "di", "mezzo"), fraction_words
)
