"""A motorway's junctions, as British traffic news numbers them: "the M25 between J10 and J11"
-> "the M25 between junction 10 and junction 11" (the numbers read after), "at J4a" ->
"junction 4a". Only where the words around speak of a motorway: elsewhere "J" and a number
are a model's or a grid's ("a Galaxy J7", "cell J10"). A road built as a motorway keeps its
number with an "M" after it, no aside in brackets: "the A1(M)" -> "the A1 M" ("A one M").
"""

from __future__ import annotations

import re

from narrator.spoken.en.context import words_around

_JUNCTION = re.compile(r"(?<![\w.-])J(?P<number>\d{1,2}[ab]?)\b(?![-/.]\d)")
# A motorway by its number ("M25", "A1(M)") or its words.
_MOTORWAY = re.compile(
    r"\b(?:M\d{1,3}\b|A\d{1,4}\s?\(M\)|(?i:motorways?|carriageway|slip road|hard shoulder))"
)
# A road with motorway status: "A1(M)", "A38(M)" (read "A one M", with no pause for commas).
_MOTORWAY_ROAD = re.compile(r"\b(?P<road>A\d{1,4})\(M\)")
HINT = re.compile(r"J\d|\d\(M\)")


def _say_junction(match: re.Match[str]) -> str:
    if not _MOTORWAY.search(words_around(match, 120, 120)):
        return match.group(0)
    return f"junction {match['number']}"


def read_motorway_junctions(text: str) -> str:
    """ "between J10 and J11 of the M25" -> "between junction 10 and junction 11 of the M25";
    "the A1(M)" -> "the A1 M"."""
    return _MOTORWAY_ROAD.sub(r"\g<road> M", _JUNCTION.sub(_say_junction, text))
