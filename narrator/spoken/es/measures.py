"""Spanish measures: "200 m" -> "doscientos metros", "245 mph" -> "doscientas cuarenta y
cinco millas por hora", "4,51/s" -> "cuatro coma cincuenta y uno por segundo", "1/2 mm" ->
"medio milímetro", "-8° c" -> "menos ocho grados centígrados"; dimensions and offers with
"x" or "×" between two numbers, "por": "5 x 4 m" -> "cinco por cuatro metros", "2x1" -> "dos
por uno"."""

from __future__ import annotations

from narrator.spoken.common.dimensions import times_sign_reader
from narrator.spoken.common.romance_measures import HINT, MeasureWords, measure_reader
from narrator.spoken.es.fractions import fraction_words
from narrator.spoken.es.numbers import NUMERALS
from narrator.spoken.tables import read_table

__all__ = ["HINT", "read_measures"]

_read_measures = measure_reader(
    NUMERALS, read_table("es", "units"), MeasureWords("por", "de", "medio"), fraction_words
)
_say_times_signs = times_sign_reader("por")


def read_measures(text: str) -> str:
    """Read measures ("200 m" -> "doscientos metros") and the "x" between dimensions ("5 x 4
    m" -> "cinco por cuatro metros")."""
    return _read_measures(_say_times_signs(text))
