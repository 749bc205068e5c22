"""Portuguese measures: "200 g" -> "duzentos gramas", "1 km" -> "um quilômetro", "1 m²" ->
"um metro quadrado", "25°C" -> "vinte e cinco graus celsius", "1 h" -> "uma hora"; the "x"
between two numbers: "5 x 4 m" -> "cinco por quatro metros", "2x1" -> "dois por um"; a match's
score after a verb of winning or losing: "venceu por 3 x 0" -> "três a zero"."""

from __future__ import annotations

import re

from narrator.spoken.common.article_units import article_unit_reader
from narrator.spoken.common.dimensions import times_sign_reader
from narrator.spoken.common.romance_alternatives import alternatives_reader
from narrator.spoken.common.romance_measures import HINT as NUMBER_HINT
from narrator.spoken.common.romance_measures import MeasureWords, measure_reader
from narrator.spoken.pt.fractions import fraction_words
from narrator.spoken.pt.numbers import NUMERALS
from narrator.spoken.rules import AnyOf
from narrator.spoken.tables import read_table

__all__ = ["HINT", "read_measures"]

# A unit alone after its article may be left when the money before has read the text's only
# number: the common units' names lead a second pattern.
HINT = AnyOf((re.compile(r"(?:kg|km|m²)(?!\w)"),), (NUMBER_HINT,))

_UNITS = read_table("pt", "units")
_read_measures = measure_reader(NUMERALS, _UNITS, MeasureWords("por", "de", "meio"), fraction_words)
# A unit written alone after an article or "por" is the unit itself: "O kg da carne" -> "O
# quilograma", "R$ 5 por kg" -> "por quilograma"; one letter ("o m") is left, one with a full
# stop or a number after ("o km 42") too.
_read_article_units = article_unit_reader(
    {row[0]: row[2] for row in _UNITS}, "o|do|ao|no|por|cada", "[a-zà-ú]"
)
_say_times_signs = times_sign_reader("por")
_read_alternatives = alternatives_reader(lambda _second: "ou")
# Brazil writes a score with "x": after a verb of a match's end, "por" or "placar", no unit
# after it, it is said "a" ("O jogo terminou 2 x 1" -> "dois a um").
_SCORE = re.compile(
    r"(?P<before>\b(?i:venc|perd|termin|acab|fech|encerr|empat|ganh|gole|bat|derrot|placar)\w*"
    r"(?: de| por)? "
    r"|\bpor )(?P<a>\d{1,2}) ?[x×] ?(?P<b>\d{1,2})(?!\w| ?(?:[mck]?m|metros?)\b)"
    # ... or between two teams' names ("Brasil 7 x 1 Alemanha"), or after them in brackets
    # ("Grêmio x Inter (2 x 1)").
    r"|(?P<before2>[A-ZÀ-Ú][\wà-ú-]* |[A-ZÀ-Ú][\wà-ú-]* [x×] [A-ZÀ-Ú][\wà-ú-]* \()"
    r"(?P<a2>\d{1,2}) ?[x×] ?(?P<b2>\d{1,2})(?= [A-ZÀ-Ú]|\))"
)


def _score(match: re.Match[str]) -> str:
    if match["before"] is not None:
        return f"{match['before']}{match['a']} a {match['b']}"
    return f"{match['before2']}{match['a2']} a {match['b2']}"


# A race's time written with its units' letters, its hundredths last: "9s87" -> "nove segundos
# e oitenta e sete", "1min43s21" -> "um minuto, quarenta e três segundos e vinte e um".
_RACE_TIME = re.compile(
    r"(?<![\w.,])(?:(?P<m>\d{1,2})min(?=\d))?(?P<s>\d{1,2})s(?P<c>\d{2})(?![\d\w])"
)


def _race_time(match: re.Match[str]) -> str:
    minutes, seconds = int(match["m"] or 0), int(match["s"])
    said = ""
    if minutes:
        said = (
            "um minuto" if minutes == 1 else f"{NUMERALS.cardinal(minutes, 'm')} minutos"
        ) + ", "
    said += "um segundo" if seconds == 1 else f"{NUMERALS.cardinal(seconds, 'm')} segundos"
    return f"{said} e {NUMERALS.cardinal(int(match['c']), 'm')}"


def read_measures(text: str) -> str:
    """Read measures ("200 g" -> "duzentos gramas") and the "x" between dimensions ("5 x 4
    m" -> "cinco por quatro metros"), and a unit alone after its article ("o kg")."""
    text = _SCORE.sub(_score, text) if "x" in text else text
    if "s" in text:  # a quick test before the search
        text = _RACE_TIME.sub(_race_time, text)
    text = _read_measures(_say_times_signs(_read_alternatives(text)))
    return _read_article_units(text)
