"""English counties and university towns written short after a place, as old books and
letters give them: "St. John's Coll., Camb." -> "St. John's Coll., Cambridge", "Alnwick,
Northumb." -> "Alnwick, Northumberland", "in Middx., and" -> "in Middlesex, and"; old
colonies' provinces too ("Halifax, N.S." -> "Halifax, Nova Scotia"), and American states as
old letters and county histories wrote them where AP writes them otherwise ("Hartford, Ct.",
"Erie, Penna.", "Davenport, Ia.", "Sacramento, Cal."). Ohio's "O." is read after a county
("Knox Co., O.") or a town after a word of place or opening a dateline ("born at Toledo, O."),
not after a surname ("Jespersen, O."); a state in AP's form after a county too ("Allen Co.,
Ind."). Those said as written ("Bucks.", "Herts.", "Hunts.", "Notts.") are left, as English
readers say them.

Features of a map before their names ("the I. of Wight", "the R. Plate", "the G. of Lyons",
"the C. of Good Hope", "Simon's Bay, C. of Good Hope") and islands after theirs ("the
Sandwich Is.") are said whole too; so is "the Pt." of a ship's bearings ("the Pt. bearing S.").

A county or town is read only where a place's name is: after "in" or after a capitalised word
and a comma, and before a comma, a semicolon, a parenthesis or the sentence's end; or opening
a book's imprint in brackets before its year ("(Leipz. 1888)").
"""

from __future__ import annotations

import re

from narrator.spoken.en.context import stop_after
from narrator.spoken.tables import read_mapping

_SAID = read_mapping("en", "places_short")
# The forms that may start a place read here; Ohio's "O." is read by its own rule below.
PLACES_WRITTEN_SHORT = frozenset(f"{short}." for short in _SAID) | {"O."}
_SHORT = "|".join(re.escape(short) for short in sorted(_SAID, key=lambda s: (-len(s), s)))
_PLACE = re.compile(
    rf"(?:(?<=\bin )|(?<=[A-Za-z.], ))(?P<short>{_SHORT})\.(?=[,;)]|\s*$|\s+[A-Z\"'(])"
)
_CAPITALISED_BEFORE = re.compile(r"[A-Z][\w'.]*, $")
# A book's imprint in brackets, its town written short before the year: "(Edin. 1828)",
# "(Leipz. 1888)", "(Camb., 1902)" -> "Edinburgh", "Leipzig", "Cambridge".
_IMPRINT = re.compile(rf"(?<=\()(?P<short>{_SHORT})\.(?=,? \d{{4}}\b)")
# Ohio's "O." and a state in AP's form after a county: "Knox Co., O.", "Allen Co., Ind.".
_AP_STATES = read_mapping("en", "ap_states")
_AP = "|".join(re.escape(short) for short in sorted(_AP_STATES, key=lambda s: (-len(s), s)))
_STATE_AFTER_COUNTY = re.compile(
    rf"(?<=\bCo\., )(?P<short>O|{_AP})\.(?![\w.])|(?<=[a-z], )(?P<ohio>O)\.(?=[,;)]|\s*$|\s+[a-z])"
)
# Where a town's name and its comma stand before "O.": after a word of place, or opening a
# line as a dateline does ("Toledo, O., Dec. 3").
_TOWN_AFTER_PLACE_WORD = re.compile(
    r"\b(?:at|in|near|from|of|to|At|In|Near|From)\s[A-Z][a-z]+(?: [A-Z][a-z]+)?, $"
)
_DATELINE_TOWN = re.compile(r"(?:^|\n)[A-Z][a-z]+(?: [A-Z][a-z]+)?, $")
_DATE_AHEAD = re.compile(
    r",? (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? (?:\d|[a-z])"
)


def _say_place(match: re.Match[str]) -> str:
    text, start = match.string, match.start()
    if text[start - 2] == "," and not _CAPITALISED_BEFORE.search(text, max(0, start - 30), start):
        return match.group(0)
    if match["short"] == "Cal" and text[match.end() + 1 : match.end() + 2].isupper():
        return match.group(0)  # a man's name before his surname: "Cal. Jones"
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


def _say_state_after_county(match: re.Match[str]) -> str:
    if match["ohio"]:
        start = match.start()
        before = max(0, start - 40)
        dateline = _DATELINE_TOWN.search(match.string, before, start) and _DATE_AHEAD.match(
            match.string, match.end()
        )
        if not (dateline or _TOWN_AFTER_PLACE_WORD.search(match.string, before, start)):
            return match.group(0)
        return "Ohio" + stop_after(match)
    return ("Ohio" if match["short"] == "O" else _AP_STATES[match["short"]]) + stop_after(match)


def read_places_written_short(text: str) -> str:
    """ "Aylesbury, Bucks." -> "Aylesbury, Buckinghamshire."; "in Hunts., and" -> "in
    Huntingdonshire, and"; "the I. of Wight" -> "the Isle of Wight"."""
    if "O." in text or "Co., " in text:
        text = _STATE_AFTER_COUNTY.sub(_say_state_after_county, text)
    if "(" in text:
        text = _IMPRINT.sub(lambda m: _SAID[m["short"]], text)
    return _FEATURE.sub(_say_feature, _PLACE.sub(_say_place, text))
