"""Compass points written short, as logs, travels and old geographies write them:

- "the wind had shifted to the N.N.E." -> "to the north-northeast"; "our course lay S.W. by
  W." -> "southwest by west"; "a league to the E. of the river" -> "to the east of"
- a point of two or three letters, each dotted, read wherever no name follows it ("S. W.
  Williston" and "W. W. Mayo" are a man's initials); a point of one letter only after a word
  of direction ("to the E.", "by W.") and before "of", a comma or the sentence's end
- undotted after a distance and before "of" a place: "12 km SW of Ridgecrest" -> "southwest",
  or after a verb of going, as directions give it: "head S on US 1" -> "head south on"; a
  highway's direction after its number ("From I-80 E, take" -> "east"), a side after "keep",
  "bear" or "veer" ("keep L at the fork" -> "keep left")
"""

from __future__ import annotations

import re

from narrator.spoken.en.context import stop_after

_WORDS = {"N": "north", "S": "south", "E": "east", "W": "west"}
# The points a compass card names: one, two or three letters.
_POINTS = (
    "NNE", "ENE", "ESE", "SSE", "SSW", "WSW", "WNW", "NNW", "NE", "NW", "SE", "SW",
)  # fmt: skip
_DOTTED = "|".join(r"\.".join(point) for point in _POINTS)
_POINT = re.compile(
    rf"(?<![\w.])(?P<point>{_DOTTED})\.(?! ?[A-Z][a-z])(?! ?[A-Z]\.)"
    r"|(?<![\w.])(?P<one>[NSEW])\.(?= of\b|[,;)]|\s*$|\s+[a-z])"
)
# "to the E.", or "by" after another point ("N.W. by W."; "by E. and F. Spon" is a publisher).
_DIRECTION_BEFORE = re.compile(
    r"(?:\b(?:to the|from the|towards the)|(?:[NSEW]\.|north|south|east|west) by) $"
)
# "in the S. of England", "the N. of Scotland": a point after "the", before "of" a place.
_PART_OF_A_PLACE = re.compile(r"\bthe $")
_PLACE_AHEAD = re.compile(r" of [A-Z][a-z]")
# The written forms that may hold a point, for the abbreviations' hint: a point of two or three
# letters, or one after "the" or beside "by" ("U.S." holds no point).
# The first words of degrees a rule before may have said: "N. forty-five degrees".
BEARING_WORDS = (
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "zero",
)  # fmt: skip
_CLAUSE_GOES_ON = ("near", "at", "and", "or", "is", "was", "are", "were", "in", "between", "past")
COMPASS_FORMS = frozenset(
    {f"{point}." for point in _DOTTED.replace("\\", "").split("|")}
    | {f"{word} {letter}." for word in ("the", "by") for letter in _WORDS}
    | {f"{letter}. by" for letter in _WORDS}
    | {f"{point} of" for point in (*_POINTS, *_WORDS)}
    | {f"{point} {word}" for point in (*_POINTS, *_WORDS) for word in ("on", "onto", "for")}
    | {f"{point} {word}" for point in (*_POINTS, *_WORDS) for word in ("along", "toward")}
    | {f"{side} {word}" for side in "LR" for word in ("at", "on", "onto", "after", "past")}
    | {f"{point}," for point in _WORDS}
    # a road's point ending its sentence: "toward Rt. 128 N." (found by the road's word: a lone
    # "S." is in every "U.S.", and would send most news through every abbreviation's pattern)
    | {"Route", "Rte.", "Highway", "Hwy", "Interstate", "I-"}
    | {f"{point}. {figure}" for point in "NS" for figure in "123456789"}
    | {f"{point}. {word}" for point in "NS" for word in BEARING_WORDS}
    | {f"{point}. to" for point in _WORDS}
    | {f"{point} to" for point in (*_POINTS, *_WORDS)}
    # a highway's direction before the clause goes on: "I-95 N near Exit 4", "US 1 S is closed"
    | {f"{point} {word}" for point in _WORDS for word in _CLAUSE_GOES_ON}
    # the wind's turning: "backing to S", "veering NW later"
    | {f"{verb}{end}" for verb in ("back", "Back", "veer", "Veer") for end in ("ing", "ed", "s")}
)
_BY_A_POINT = re.compile(r" by (?:[NSEW]\.)+")
HINT = re.compile(rf"(?<![\w.])(?:{_DOTTED})\.|(?:by|the) [NSEW]\.")


def say_point(letters: str) -> str:
    """A point of the compass by its letters, as one word or hyphenated as dictionaries write it:
    "N" -> "north", "SW" -> "southwest", "NNE" -> "north-northeast"."""
    if len(letters) == 3:
        return f"{_WORDS[letters[0]]}-{_WORDS[letters[1]]}{_WORDS[letters[2]]}"
    return "".join(_WORDS[letter] for letter in letters)


def _say_point(match: re.Match[str]) -> str:
    if match["one"]:
        start = match.start()
        by_a_point = _BY_A_POINT.match(match.string, match.end())
        if not (
            by_a_point
            or _DIRECTION_BEFORE.search(match.string, max(0, start - 12), start)
            or (
                _PART_OF_A_PLACE.search(match.string, max(0, start - 4), start)
                and _PLACE_AHEAD.match(match.string, match.end())
            )
        ):
            return match.group(0)
        return _WORDS[match["one"]] + stop_after(match)
    return say_point(match["point"].replace(".", "")) + stop_after(match)


# A point undotted after a distance and before "of", as news of earthquakes and storms gives
# it: "12 km SW of Ridgecrest" (the distance read already: "twelve kilometers SW of"), and
# as directions give it before the road: "go 2 mi. N on Rte. 9" -> "two miles north on".
# A side or an end named by its point after "the": "the N. side of Main St." -> "north side".
_SIDE_OF = re.compile(
    r"(?<=\bthe )(?P<one>[NSEW])\.(?= (?:side|end|bank|shore|coast|wall|aisle|transept|front|face|"
    r"slope|gate|door|porch|wing|part|temperate|tropical|frigid|torrid|polar|pole|hemisphere)\b)"
)
# A surveyor's bearing: "Thence N. 45° E. 20 rods" -> "north forty-five degrees east", the
# point before its degrees (the measures may have read them); and a point after a place's name
# before "to" ("ran from Albany W. to the Genesee country" -> "west").
_BEARING = re.compile(r"(?<![\w.])(?P<one>[NS])\.(?= (?:\d{1,3}°|[a-z]+(?:-[a-z]+)? degrees?\b))")
_FROM_A_PLACE = re.compile(r"\b(?P<place>[A-Z][a-z]{2,}) (?P<one>[NSEW])\.(?= to\b)")
_UNDOTTED_AFTER_DISTANCE = re.compile(
    r"\b(?P<distance>kilometers|kilometres|miles|meters|metres|feet|yards|leagues|km|mi|blocks)"
    rf"\.? (?P<point>{'|'.join(_POINTS)}|[NSEW])(?= of [A-Z]| to\b| toward| on\b| onto\b| along\b)"
)
# A point undotted after a verb of going, as directions give it: "head S on US 1", "turn E on
# Rte. 9", "continue NW for 2 miles" -> "south", "east", "northwest".
_UNDOTTED_AFTER_GOING = re.compile(
    r"\b(?P<verb>(?:[Hh]ead|[Tt]urn|[Gg]o|[Dd]rive|[Tt]ravel|[Cc]ontinue|[Pp]roceed|[Bb]ear|"
    r"[Vv]eer|[Ww]alk|[Mm]ove)(?:s|ed|ing)?|went|drove|flew|sailed) "
    rf"(?P<point>{'|'.join(_POINTS)}|[NSEW])"
    r"(?= (?:on|onto|along|for|at|toward|towards|into|to|past|via|until|through)\b|[,;]|\.?$)"
)
# A highway's direction after its number ("From I-80 E, take", "US 1 N", "closed I-95 N for 3
# hours", "Take I-5 S to Seattle", "US 101 N was backed up": its number read already, in
# groups, "US one oh-one N"; "I-thirty-five W" is the road's own letter, see models) and a side
# after a verb of keeping to it ("keep L at the fork" -> "keep left").
_NUMBER_WORD = (
    r"(?:oh|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|"
    r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)"
)
# A word that opens the next sentence after a road's dotted point: "Take Rt. 128 N. The exit is
# on the left", "on I-95 S. Expect delays" ("Route 9 W. Orange" may be a town's name).
_OPENS_A_SENTENCE = (
    r"(?:The|This|That|It|He|She|They|We|You|There|Then|Take|Turn|Exit|Follow|Continue|Expect|"
    r"Look|Keep|Stay|Traffic)\b"
)
_HIGHWAY_POINT = re.compile(
    r"\b(?P<road>(?:I|US|SR|Route|Rte\.|Rt\.|Hwy\.?|Highway|Interstate)[- ]\d{1,3}|"
    rf"(?:US|SR|Route|Highway) {_NUMBER_WORD}(?:[- ]{_NUMBER_WORD}){{0,3}}) "
    rf"(?P<point>[NSEW])(?P<dot>\.)?(?=[,;]|\s*$|\s+[a-z]|(?<=\.)\s+{_OPENS_A_SENTENCE})"
)
_KEEP_SIDE = re.compile(
    r"\b(?P<verb>[Kk]eep|[Bb]ear|[Vv]eer|[Ss]tay|[Tt]urn)(?P<side> [LR])(?= (?:at|on|onto|into|"
    r"after|before|past|for)\b|[,;]|\.?$)"
)
# A point the wind goes round to, as logs and forecasts write it: "Wind SSW, backing to S by
# afternoon", "veering NW later", "the wind veered to N. by E." -> "south", "northwest", "north
# by east" (the wind's word before its first point is `addresses`' to read).
_WIND_TURNS_TO = re.compile(
    r"\b(?P<verb>(?:[Bb]ack|[Vv]eer)(?:s|ed|ing)?(?: round)?(?: to)?(?: the)?) "
    r"(?P<point>(?:N\.N\.|S\.S\.)[EW]\.|E\.[NS]\.E\.|W\.[NS]\.W\.|[NS]\.[EW]\.|[NESW]\."
    rf"|{'|'.join(_POINTS)}|[NSEW])(?:\s+by\s+(?P<by>[NESW])\.?)?"
    r"(?=[\s,;:)]|$)(?! ?[A-Z][a-z])"
)


def _say_highway_point(match: re.Match[str]) -> str:
    """ "Rt. 128 N." -> "... north." ending its sentence; "N. to exit 5" -> "north to"."""
    mid_sentence = re.match(r"\s+[a-z]", match.string[match.end() :]) is not None
    dot = "" if mid_sentence else match["dot"] or ""
    return f"{match['road']} {_WORDS[match['point']]}{dot}"


def _say_wind_turn(match: re.Match[str]) -> str:
    by = f" by {_WORDS[match['by']]}" if match["by"] else ""
    return f"{match['verb']} {say_point(match['point'].replace('.', ''))}{by}{stop_after(match)}"


GOING_HINT = re.compile(
    r"(?<=[a-z0-9] )(?:[NS][EW]?|[EW]|NN[EW]|SS[EW]|[EW]N[EW]|[EW]S[EW]|[LR])(?=[ ,;.]|$)"
)
DISTANCE_HINT = re.compile(
    r"[sit]\.? (?:[NS][EW]?|[EW]|NN[EW]|SS[EW]|[EW]N[EW]|[EW]S[EW]) "
    r"(?:of [A-Z]|to\b|toward|on\b|onto\b|along\b)"
)


def read_compass_points(text: str) -> str:
    """ "to the N.N.E." -> "to the north-northeast"; "S.W. by W." -> "southwest by west";
    "twelve kilometers SW of Ridgecrest" -> "... southwest of Ridgecrest"; "head S on" ->
    "head south on"."""
    if DISTANCE_HINT.search(text):
        text = _UNDOTTED_AFTER_DISTANCE.sub(
            lambda m: f"{m['distance']} {say_point(m['point'])}", text
        )
    if GOING_HINT.search(text):
        text = _UNDOTTED_AFTER_GOING.sub(lambda m: f"{m['verb']} {say_point(m['point'])}", text)
        text = _WIND_TURNS_TO.sub(_say_wind_turn, text)
        text = _HIGHWAY_POINT.sub(_say_highway_point, text)
        text = _KEEP_SIDE.sub(
            lambda m: f"{m['verb']} {'left' if m['side'] == ' L' else 'right'}", text
        )
    if "." in text:
        text = _BEARING.sub(lambda m: _WORDS[m["one"]], text)
        text = _FROM_A_PLACE.sub(lambda m: f"{m['place']} {_WORDS[m['one']]}", text)
    if "the " in text and _SIDE_OF.search(text):
        text = _SIDE_OF.sub(lambda m: _WORDS[m["one"]], text)
    if not HINT.search(text):
        return text
    return _POINT.sub(_say_point, text)
