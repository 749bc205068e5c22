"""Spanish measures: "200 m" -> "doscientos metros", "245 mph" -> "doscientas cuarenta y
cinco millas por hora", "4,51/s" -> "cuatro coma cincuenta y uno por segundo", "1/2 mm" ->
"medio milímetro", "-8° c" -> "menos ocho grados centígrados"; dimensions and offers with
"x" or "×" between two numbers, "por": "5 x 4 m" -> "cinco por cuatro metros", "2x1" -> "dos
por uno"."""

from __future__ import annotations

import re

from narrator.spoken.common.article_units import article_unit_reader
from narrator.spoken.common.dimensions import times_sign_reader
from narrator.spoken.common.romance_alternatives import alternatives_reader
from narrator.spoken.common.romance_measures import HINT as NUMBER_HINT
from narrator.spoken.common.romance_measures import MeasureWords, measure_reader
from narrator.spoken.es.fractions import fraction_words
from narrator.spoken.es.numbers import NUMERALS
from narrator.spoken.rules import AnyOf
from narrator.spoken.tables import read_table

__all__ = ["HINT", "read_measures"]

# A unit alone after its article may be left when the money before has read the text's only
# number: the common units' names lead a second pattern.
HINT = AnyOf((re.compile(r"(?:kg|km|m²)(?!\w)"),), (NUMBER_HINT,))

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
# "o" is "u" before a word starting with its sound: "6/8 horas" -> "seis u ocho", "11".
_read_alternatives = alternatives_reader(
    lambda second: "u" if second.startswith("8") or second == "11" else "o"
)
# A unit written alone after an article or "por" is the unit itself: "El kg de tomate" -> "El
# kilogramo", "2 € por kg" -> "por kilogramo"; one letter ("el m") is left, one with a full
# stop ("el min. de Interior": a minister) or a number after ("el km 42") too.
_read_article_units = article_unit_reader(
    {row[0]: row[2] for row in _UNITS}, "el|del|al|por|cada", "[a-záéíóúñ]"
)


def read_measures(text: str) -> str:
    """Read measures ("200 m" -> "doscientos metros") and the "x" between dimensions ("5 x 4
    m" -> "cinco por cuatro metros"), and a unit alone after its article ("el kg")."""
    if "." in text:
        text = _STOPPED_UNIT.sub(r"\g<unit>", text)
    text = _read_measures(_say_times_signs(_read_alternatives(text)))
    return _read_article_units(text)
