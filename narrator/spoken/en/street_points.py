"""A compass point of one dotted letter before a street's name, as city addresses write it
with no house number: "on E. 55th St." -> "on East fifty-fifth Street", "up W. Fourth Street",
"the corner of N. Main St.". A single capital and a point elsewhere is an initial ("E. Smith").
"""

from __future__ import annotations

import re

from narrator.spoken.en.context import ORDINAL_WORD
from narrator.spoken.tables import read_mapping

_WORDS = {"N": "North", "S": "South", "E": "East", "W": "West"}
_STREET_TYPES = read_mapping("en", "street_types")
_STREET_TYPE = "(?:{})\\b".format(
    "|".join(sorted({*_STREET_TYPES, *_STREET_TYPES.values(), "Way"}, key=lambda w: (-len(w), w)))
)
# The street's name is a capitalised word or a numbered street's ordinal, read already.
_POINT = re.compile(
    rf"(?<![\w.])(?P<letter>[NSEW])\.(?= (?:[A-Z][a-z]+|{ORDINAL_WORD.pattern}) {_STREET_TYPE})"
)
# Led by the point's letter, not by the look behind it, so the regex engine skips ahead to it.
# Led by the point and its space, the letter before them looked behind for.
HINT = re.compile(r"\. (?<=(?<![\w.])[NSEW]\. )(?:[A-Z][a-z]+|[a-z-]+(?:st|nd|rd|th)) [A-Z]")


def read_street_points(text: str) -> str:
    """ "on E. fifty-fifth St." -> "on East fifty-fifth St."; "E. Smith" is left."""
    return _POINT.sub(lambda match: _WORDS[match["letter"]], text)
