"""Map coordinates, read for `measures`: "51°30′N 0°07′W" -> "fifty-one degrees thirty
minutes north, zero degrees seven minutes west"; "40.7°N, 74.0°W" -> "forty point seven
degrees north, seventy-four point zero degrees west". Degrees, then minutes and seconds
(primes, or the quotes they were made into), then the hemisphere's letter, said as its word;
two coordinates side by side are parted by a pause, as a reader says a position. An angle
with its minutes and no hemisphere is said the same way: "4° 17′ 33″", "38° 47'" -> "four
degrees seventeen minutes thirty-three seconds", "thirty-eight degrees forty-seven minutes"
(the primes are no feet and inches after degrees).
"""

from __future__ import annotations

import re

from narrator.spoken.en.context import stop_after
from narrator.spoken.en.numbers import decimal

_DEGREES = (
    r"(?<![\w.])(?P<deg>\d{1,3}(?:\.\d+)?) ?°\s?(?:(?P<min>\d{1,2}(?:\.\d+)?) ?['′]\s?)?"
    r"(?:(?P<sec>\d{1,2}(?:\.\d+)?) ?(?:[\"″]|'')\s?)?"
)
_COORDINATE = re.compile(
    _DEGREES + r"(?P<hemisphere>[NSEW])(?![\w'])"
    # "40° N., long. 30° W.", "Course S. 20° E. over the ice": the letter's dot before a comma
    # or the sentence going on (before a capital it may end the sentence).
    r"(?:\.(?=[,;]|\s+[a-z]))?"
)
# The hemisphere may come first, before the word: "in N. lat. 4° 54', we found" -> "in north
# latitude four degrees fifty-four minutes"; the minutes are then said without a letter after.
_HEMISPHERE_FIRST = re.compile(r"\b(?P<letter>[NSEW])\.? (?=(?:[Ll]at|[Ll]ong?)\.\s?\d)")
_AFTER_THE_WORD = re.compile(r"(?:(?<=latitude )|(?<=longitude ))" + _DEGREES)
# Degrees with their minutes and no hemisphere: an angle, a declination, a star's distance.
_ANGLE = re.compile(
    r"(?<![\w.])(?P<deg>\d{1,3}(?:\.\d+)?) ?°\s?(?P<min>\d{1,2}(?:\.\d+)?) ?['′]"
    r"(?:\s?(?P<sec>\d{1,2}(?:\.\d+)?) ?(?:[\"″]|''))?(?![\w'′\"″]|\.\d)"
)
_HEMISPHERES = {"N": "north", "S": "south", "E": "east", "W": "west"}
# Old books write latitude and longitude short before the degrees: "in lat. 40° N., long.
# 30° W.", "Lat. 23° 30' S." ("lat." alone before other words is left to the abbreviations).
# A log says how it was found between: "Lat. obs. 23° N.", "long. by acct. 45° W.".
_LATITUDE_OR_LONGITUDE = re.compile(
    r"\b(?P<word>[Ll]at|[Ll]ong|[Ll]on)\.(?P<how> obs\.| by (?:obs\.|acct\.|account))?"
    r"(?=\s?\d{1,3}(?:\.\d+)?\s?(?:°|[NSEW]\b(?!['’]\w)))"
)
# A log may write the degrees bare, their hemisphere after: "in lat. 41 N., long. 60 W." ->
# "in latitude forty-one north, longitude sixty west".
_BARE_AFTER_THE_WORD = re.compile(
    r"(?:(?<=latitude )|(?<=longitude ))(?P<deg>\d{1,3}(?:\.\d+)?) ?(?P<hemisphere>[NSEW])"
    r"(?![\w'’])(?:\.(?=[,;]))?"
)
# The word may follow the hemisphere: "in 23° 30′ N. lat. and 82° W. long." -> "north
# latitude", "west longitude".
_WORD_AFTER = re.compile(
    r"(?<=[\d°′'″\"] [NSEW])\.? (?P<word>lat|long|lon)\."
    r"|(?<=\d°[NSEW])\.? (?P<word2>lat|long|lon)\."
)
_WORDS = {"lat": "latitude", "long": "longitude", "lon": "longitude"}
_HOW = {" obs.": " observed", " by obs.": " by observation", " by acct.": " by account"}
_ANOTHER_AHEAD = re.compile(r"\s+\d")


def _amount(written: str, unit: str) -> str:
    """ "07", "minute" -> "seven minutes"; "1", "degree" -> "one degree"."""
    number = written if "." in written else str(int(written))
    return f"{decimal(number)} {unit}{'' if number == '1' else 's'}"


def _say_coordinate(match: re.Match[str]) -> str:
    parts = [_amount(match["deg"], "degree")]
    if match["min"]:
        parts.append(_amount(match["min"], "minute"))
    if match["sec"]:
        parts.append(_amount(match["sec"], "second"))
    if match.re is _ANGLE:
        return " ".join(parts)
    if match.re is _AFTER_THE_WORD:
        return " ".join(parts) + (" " if match.group(0)[-1].isspace() else "")
    parts.append(_HEMISPHERES[match["hemisphere"]])
    pause = "," if _ANOTHER_AHEAD.match(match.string, match.end()) else ""
    return " ".join(parts) + pause


def _say_word_after(match: re.Match[str]) -> str:
    return f" {_WORDS[match['word'] or match['word2']]}{stop_after(match)}"


def read_coordinates(text: str) -> str:
    """ "51°30′N" -> "fifty-one degrees thirty minutes north"; "lat. 40° N." -> "latitude
    forty degrees north"."""
    if ". l" in text or ". L" in text:
        text = _HEMISPHERE_FIRST.sub(lambda m: _HEMISPHERES[m["letter"]] + " ", text)
    text = _LATITUDE_OR_LONGITUDE.sub(
        lambda m: _WORDS[m["word"].lower()] + _HOW.get(m["how"] or "", m["how"] or ""), text
    )
    if "at." in text or "on." in text or "ong." in text:
        text = _WORD_AFTER.sub(_say_word_after, text)
    text = _COORDINATE.sub(_say_coordinate, text)
    if "itude " in text:
        text = _AFTER_THE_WORD.sub(_say_coordinate, text)
        text = _BARE_AFTER_THE_WORD.sub(
            lambda m: f"{decimal(m['deg'])} {_HEMISPHERES[m['hemisphere']]}", text
        )
    if "'" in text or "′" in text:
        text = _ANGLE.sub(_say_coordinate, text)
    return text
