"""Spanish measures: "200 m" -> "doscientos metros", "245 mph" -> "doscientas cuarenta y
cinco millas por hora", "4,51/s" -> "cuatro coma cincuenta y uno por segundo", "1/2 mm" ->
"medio milímetro", "-8° c" -> "menos ocho grados centígrados"."""

from __future__ import annotations

from narrator.spoken.common.romance_measures import HINT, MeasureWords, measure_reader
from narrator.spoken.es.fractions import fraction_words
from narrator.spoken.es.numbers import NUMERALS
from narrator.spoken.tables import read_table

__all__ = ["HINT", "read_measures"]

read_measures = measure_reader(
    NUMERALS, read_table("es", "units"), MeasureWords("por", "de", "medio"), fraction_words
)
