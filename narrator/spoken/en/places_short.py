"""English counties and university towns written short after a place, as old books and
letters give them: "St. John's Coll., Camb." -> "St. John's Coll., Cambridge", "Alnwick,
Northumb." -> "Alnwick, Northumberland", "in Middx., and" -> "in Middlesex, and". Those said as
written ("Bucks.", "Herts.", "Hunts.", "Notts.") are left, as English readers say them.

One is read only where a place's name is: after "in" or after a capitalised word and a comma,
and before a comma, a semicolon, a parenthesis or the sentence's end.
"""

from __future__ import annotations

import re

from narrator.spoken.en.context import stop_after
from narrator.spoken.tables import read_mapping

_SAID = read_mapping("en", "places_short")
PLACES_WRITTEN_SHORT = frozenset(f"{short}." for short in _SAID)
_SHORT = "|".join(sorted(_SAID, key=lambda short: (-len(short), short)))
_PLACE = re.compile(
    rf"(?:(?<=\bin )|(?<=[A-Za-z.], ))(?P<short>{_SHORT})\.(?=[,;)]|\s*$|\s+[A-Z\"'(])"
)
_CAPITALISED_BEFORE = re.compile(r"[A-Z][\w'.]*, $")


def _say_place(match: re.Match[str]) -> str:
    text, start = match.string, match.start()
    if text[start - 2] == "," and not _CAPITALISED_BEFORE.search(text, max(0, start - 30), start):
        return match.group(0)
    return _SAID[match["short"]] + stop_after(match)


def read_places_written_short(text: str) -> str:
    """ "Aylesbury, Bucks." -> "Aylesbury, Buckinghamshire."; "in Hunts., and" -> "in
    Huntingdonshire, and"."""
    return _PLACE.sub(_say_place, text)
