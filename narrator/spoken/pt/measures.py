"""Portuguese measures: "200 g" -> "duzentos gramas", "1 km" -> "um quilômetro", "1 m²" ->
"um metro quadrado", "25°C" -> "vinte e cinco graus celsius", "1 h" -> "uma hora"; the "x"
between two numbers: "5 x 4 m" -> "cinco por quatro metros", "2x1" -> "dois por um"."""

from __future__ import annotations

from narrator.spoken.common.dimensions import times_sign_reader
from narrator.spoken.common.romance_measures import HINT, MeasureWords, measure_reader
from narrator.spoken.pt.fractions import fraction_words
from narrator.spoken.pt.numbers import NUMERALS
from narrator.spoken.tables import read_table

__all__ = ["HINT", "read_measures"]

_read_measures = measure_reader(
    NUMERALS, read_table("pt", "units"), MeasureWords("por", "de", "meio"), fraction_words
)
_say_times_signs = times_sign_reader("por")


def read_measures(text: str) -> str:
    """Read measures ("200 g" -> "duzentos gramas") and the "x" between dimensions ("5 x 4
    m" -> "cinco por quatro metros")."""
    return _read_measures(_say_times_signs(text))
