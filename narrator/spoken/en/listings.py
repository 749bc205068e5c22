"""A property listing's shorthand after its counts: "4 bd., 3 ba." -> "4 bedrooms, 3
bathrooms", "1 br" -> "1 bedroom", "2.5 bth." -> "2.5 bathrooms" (the point at a line's end is
its full stop too, and stays; "1 bath" is a word, left as it is). Only after a number and before
a comma, a semicolon, a slash or the line's end, as listings run them together; glued to its
count in capitals (or a space after it) before a dwelling too, which it describes: "2BR apt.",
"2 BR apt." -> "2 bedroom apt.", "3BR, 2BA" -> "3 bedrooms, 2 bathrooms"; hyphened to its
count, before what it describes: "a 3-bd., 2-ba. ranch" -> "a 3-bedroom, 2-bathroom ranch".
"""

from __future__ import annotations

import re

from narrator.spoken.en.context import stop_after

_ROOMS = {"bd": "bedroom", "bdr": "bedroom", "bdrm": "bedroom", "br": "bedroom"}
_ROOMS |= {"ba": "bathroom", "bth": "bathroom"}
_ROOM = re.compile(
    r"(?<=\d )(?P<room>bdrm|bdr|bd|br|bth|ba)\.?(?=\s?[,;/]|\s*$)",
    re.MULTILINE,
)
_GLUED = re.compile(
    r"(?<![\w.,])(?P<count>\d) ?(?P<room>BR|BD|BA)(?:(?P<dwelling>(?= (?:apt|apartment|house|home|"
    r"condo|flat|unit|townhouse|duplex|cottage)\b))|(?=\s?[,;/]|\s*$))",
    re.MULTILINE,
)
# Hyphened to its count the room describes what comes after, singular: "the 3-bd., 2-ba.
# ranch" -> "the 3-bedroom, 2-bathroom ranch", "a 2-br. apartment".
_HYPHENED = re.compile(r"(?<=\d-)(?P<room>bdrm|bdr|bd|br|bth|ba)\b\.?(?=,? (?:\d|[a-z]))")
_A_BEFORE = re.compile(r"(?:^|\s)[Aa] $")
HINT = re.compile(r"\d[ -](?:bdrm|bdr|bd|br|bth|ba)\b|\d ?(?:BR|BD|BA)\b")


def _say_room(match: re.Match[str]) -> str:
    room = _ROOMS[match["room"]]
    before = match.string[max(0, match.start() - 8) : match.start()].split()
    one = bool(before) and before[-1] == "1"
    # The point of "3 ba." at the end of a line ends the sentence too: it stays.
    return (room if one else room + "s") + stop_after(match)


def _say_glued(match: re.Match[str]) -> str:
    room = "bathroom" if match["room"] == "BA" else "bedroom"
    # After "a" the counts describe the dwelling named later: "a 3 BR, 2 BA house".
    described = _A_BEFORE.search(match.string, max(0, match.start() - 3), match.start())
    plural = match["dwelling"] is None and match["count"] != "1" and described is None
    return f"{match['count']} {room}{'s' if plural else ''}"


def read_listings(text: str) -> str:
    """ "4 bd., 3 ba." -> "4 bedrooms, 3 bathrooms"; "2BR apt." -> "2 bedroom apt."."""
    text = _HYPHENED.sub(lambda m: _ROOMS[m["room"]], text) if "-b" in text else text
    return _GLUED.sub(_say_glued, _ROOM.sub(_say_room, text))
