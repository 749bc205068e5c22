"""Spanish measures: "200 m" -> "doscientos metros", "245 mph" -> "doscientas cuarenta y
cinco millas por hora", "4,51/s" -> "cuatro coma cincuenta y uno por segundo", "1/2 mm" ->
"medio milímetro", "-8° c" -> "menos ocho grados centígrados"; dimensions and offers with
"x" or "×" between two numbers, "por": "5 x 4 m" -> "cinco por cuatro metros", "2x1" -> "dos
por uno"."""

from __future__ import annotations

import re

from narrator.spoken.common.dimensions import times_sign_reader
from narrator.spoken.common.romance_measures import HINT, MeasureWords, measure_reader
from narrator.spoken.es.fractions import fraction_words
from narrator.spoken.es.numbers import NUMERALS
from narrator.spoken.tables import read_table

__all__ = ["HINT", "read_measures"]

_UNITS = read_table("es", "units")
_read_measures = measure_reader(
    NUMERALS, _UNITS, MeasureWords("por", "de", "medio"), fraction_words
)
# A unit written with a full stop within a sentence, as Latin American text often writes it
# ("5 kg. de harina", "3 mts. de tela"): the stop is the abbreviation's, no sentence's end.
_STOPPED_UNIT = re.compile(
    r"(?<=\d)(?P<unit>\s?(?:"
    + "|".join(re.escape(row[0]) for row in sorted(_UNITS, key=lambda row: -len(row[0])))
    + r"))\.(?=\s+[a-záéíóúñ])"
)
_say_times_signs = times_sign_reader("por")


def read_measures(text: str) -> str:
    """Read measures ("200 m" -> "doscientos metros") and the "x" between dimensions ("5 x 4
    m" -> "cinco por cuatro metros")."""
    if "." in text:
        text = _STOPPED_UNIT.sub(r"\g<unit>", text)
    return _read_measures(_say_times_signs(text))
