"""Portuguese measures: "200 g" -> "duzentos gramas", "1 km" -> "um quilômetro", "1 m²" ->
"um metro quadrado", "25°C" -> "vinte e cinco graus celsius", "1 h" -> "uma hora"; the "x"
between two numbers: "5 x 4 m" -> "cinco por quatro metros", "2x1" -> "dois por um"; a match's
score after a verb of winning or losing: "venceu por 3 x 0" -> "três a zero"."""

from __future__ import annotations

import re

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
# Brazil writes a score with "x": after a verb of a match's end, "por" or "placar", no unit
# after it, it is said "a" ("O jogo terminou 2 x 1" -> "dois a um").
_SCORE = re.compile(
    r"(?P<before>\b(?i:venc|perd|termin|acab|fech|encerr|empat|ganh|gole|bat|derrot|placar)\w*"
    r"(?: de| por)? "
    r"|\bpor )(?P<a>\d{1,2}) ?[x×] ?(?P<b>\d{1,2})(?!\w| ?(?:[mck]?m|metros?)\b)"
)


def read_measures(text: str) -> str:
    """Read measures ("200 g" -> "duzentos gramas") and the "x" between dimensions ("5 x 4
    m" -> "cinco por quatro metros")."""
    text = _SCORE.sub(r"\g<before>\g<a> a \g<b>", text) if "x" in text else text
    return _read_measures(_say_times_signs(text))
