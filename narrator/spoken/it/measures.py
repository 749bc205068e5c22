"""Italian measures: "1 m" -> "un metro", "4,3 l" -> "quattro virgola tre litri", "15 A" ->
"quindici ampere", "50 km/h" -> "cinquanta chilometri orari"; the "x" between two numbers: "5
x 4 m" -> "cinque per quattro metri", "3x2" -> "tre per due"."""

from __future__ import annotations

import re

from narrator.spoken.common.article_units import article_unit_reader
from narrator.spoken.common.dimensions import times_sign_reader
from narrator.spoken.common.romance_alternatives import alternatives_reader
from narrator.spoken.common.romance_measures import HINT as NUMBER_HINT
from narrator.spoken.common.romance_measures import MeasureWords, measure_reader
from narrator.spoken.it.fractions import fraction_words
from narrator.spoken.it.numbers import NUMERALS
from narrator.spoken.rules import AnyOf
from narrator.spoken.tables import read_table

__all__ = ["HINT", "read_measures"]

_UNITS = read_table("it", "units")
_read_measures = measure_reader(NUMERALS, _UNITS, MeasureWords("al", "di", "mezzo"), fraction_words)
# A unit written alone after an article or "per" is the unit itself: "15 € al kg" -> "al
# chilogrammo", "il m²"; one letter is left, one with a full stop or a number after too.
_read_article_units = article_unit_reader(
    {row[0]: row[2] for row in _UNITS}, "il|al|del|per|ogni", "[a-zà-ú]"
)
# A unit alone after its article may be left when the money before has read the text's only
# number: the common units' names lead a second pattern.
HINT = AnyOf((re.compile(r"(?:kg|km|m²)(?!\w)"),), (NUMBER_HINT,))
_say_times_signs = times_sign_reader("per")
_read_alternatives = alternatives_reader(lambda _second: "o")
# A race's time with its marks, minutes before "'", seconds before '"', then hundredths:
# '9"95' -> "nove secondi e novantacinque", "1'43\"21" -> "un minuto quarantatre secondi e
# ventuno".
_RACE_TIME = re.compile(
    r"(?<![\w.,'])(?:(?P<m>\d{1,2})['’](?=\d\d[\"”]))?(?P<s>\d{1,2})[\"”](?P<c>\d{2})(?!\d)"
)


def _race_time(match: re.Match[str]) -> str:
    minutes = int(match["m"] or 0)
    said = f"{'un minuto' if minutes == 1 else f'{minutes} minuti'} " if minutes else ""
    seconds = int(match["s"])
    return said + f"{'un secondo' if seconds == 1 else f'{seconds} secondi'} e {match['c']}"


# "una" before a vowel is written "un'", as a feminine unit's one is said: "1 h" -> "un'ora";
# not before "o", "e", "ed", which are no nouns ("una o 2 volte" stays).
_ELIDED_ONE = re.compile(r"\b([Uu])na (?=[aeiouàèéìòù][a-zà-ù]{2})")


def read_measures(text: str) -> str:
    """Read measures ("1 m" -> "un metro") and the "x" between dimensions ("5 x 4 m" ->
    "cinque per quattro metri"), and a race's time ('9"95')."""
    if '"' in text or "”" in text:
        text = _RACE_TIME.sub(_race_time, text)
    text = _read_measures(_say_times_signs(_read_alternatives(text)))
    if "una " in text:  # a quick test before the search
        text = _ELIDED_ONE.sub(r"\1n'", text)
    return _read_article_units(text)
