"""Portuguese measures: "200 g" -> "duzentos gramas", "1 km" -> "um quilômetro", "1 m²" ->
"um metro quadrado", "25°C" -> "vinte e cinco graus celsius", "1 h" -> "uma hora"."""

from __future__ import annotations

from narrator.spoken.common.romance_measures import HINT, MeasureWords, measure_reader
from narrator.spoken.pt.fractions import fraction_words
from narrator.spoken.pt.numbers import NUMERALS
from narrator.spoken.tables import read_table

__all__ = ["HINT", "read_measures"]

read_measures = measure_reader(
    NUMERALS, read_table("pt", "units"), MeasureWords("por", "de", "meio"), fraction_words
)
