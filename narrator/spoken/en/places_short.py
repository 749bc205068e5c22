"""English counties and university towns written short after a place, as old books and
letters give them: "St. John's Coll., Camb." -> "St. John's Coll., Cambridge", "Alnwick,
Northumb." -> "Alnwick, Northumberland", "in Middx., and" -> "in Middlesex, and"; old
colonies' provinces too ("Halifax, N.S." -> "Halifax, Nova Scotia"), and Connecticut as old
letters wrote it ("Hartford, Ct."). Those said as written ("Bucks.", "Herts.", "Hunts.",
"Notts.") are left, as English readers say them.

Features of a map before their names ("the I. of Wight", "the R. Plate", "the G. of Lyons",
"the C. of Good Hope", "Simon's Bay, C. of Good Hope") and islands after theirs ("the
Sandwich Is.") are said whole too; so is "the Pt." of a ship's bearings ("the Pt. bearing S.").

A county or town is read only where a place's name is: after "in" or after a capitalised word
and a comma, and before a comma, a semicolon, a parenthesis or the sentence's end.
"""

from __future__ import annotations

import re

from narrator.spoken.en.context import stop_after
from narrator.spoken.tables import read_mapping

_SAID = read_mapping("en", "places_short")
PLACES_WRITTEN_SHORT = frozenset(f"{short}." for short in _SAID)
_SHORT = "|".join(re.escape(short) for short in sorted(_SAID, key=lambda s: (-len(s), s)))
_PLACE = re.compile(
    rf"(?:(?<=\bin )|(?<=[A-Za-z.], ))(?P<short>{_SHORT})\.(?=[,;)]|\s*$|\s+[A-Z\"'(])"
)
_CAPITALISED_BEFORE = re.compile(r"[A-Z][\w'.]*, $")


def _say_place(match: re.Match[str]) -> str:
    text, start = match.string, match.start()
    if text[start - 2] == "," and not _CAPITALISED_BEFORE.search(text, max(0, start - 30), start):
        return match.group(0)
    return _SAID[match["short"]] + stop_after(match)


# Features of a map written short before their names, as old geographies write them: "the I.
# of Wight", "the G. of Lyons", "the Str. of Magellan", "the R. Plate", "crossed L. Superior";
# and islands after theirs: "the Sandwich Is.". A letter before a name elsewhere is an initial.
_FEATURE = re.compile(
    r"\b(?P<feature>I|G|Str)\.(?= of (?:the )?[A-Z])"
    r"|(?:(?<=the )|(?<=[a-z], ))(?P<cape>C)\.(?= of (?:the )?[A-Z][a-z]{2,})"
    r"|(?<=the )(?P<point>Pt)\.(?= [a-z])"
    r"|(?:(?<=\bthe )|(?<=\bcrossed )|(?<=\bacross ))(?P<water>R|L)\.(?= [A-Z][a-z]+\b(?!'s)"
    r"(?! (?:[A-Z]|house|family|company|firm|store|shop|estate|building|brothers)))"
    r"|(?<=[a-z] )(?P<islands>Is)\.(?![\w.])"
)
_ISLANDS_NAME_BEFORE = re.compile(
    r"\b(?!(?:What|That|This|There|Here|Which|Who|Where|How|Such|Thus|Life)\b)[A-Z][a-z]{2,} $"
)
_FEATURES = {"I": "Isle", "G": "Gulf", "Str": "Strait", "R": "River", "L": "Lake", "C": "Cape"}
_FEATURES |= {"Pt": "Point"}


def _say_feature(match: re.Match[str]) -> str:
    if match["islands"]:
        start = match.start()
        if not _ISLANDS_NAME_BEFORE.search(match.string, max(0, start - 20), start):
            return match.group(0)
        return "Islands" + stop_after(match)
    return _FEATURES[match["feature"] or match["water"] or match["cape"] or match["point"]]


def read_places_written_short(text: str) -> str:
    """ "Aylesbury, Bucks." -> "Aylesbury, Buckinghamshire."; "in Hunts., and" -> "in
    Huntingdonshire, and"; "the I. of Wight" -> "the Isle of Wight"."""
    return _FEATURE.sub(_say_feature, _PLACE.sub(_say_place, text))
