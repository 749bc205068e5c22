"""Bearings: a point of the compass in capitals that a word beside it makes a direction.

- after a word of the wind or of a ship's way, as logs and voyages write it: "Wind N.N.E.,
  moderate", "wind at SW", "bearing N. by E.", "steered W.S.W." -> "north-northeast", ...,
  "north by east" (elsewhere "S.W." may be initials)
- before the wind it names, as forecasts write it: "NE winds 5 to 10 mph" -> "northeast winds"
- between a distance and "of": "15 km N of the city", "20 mi. SW of Denver" -> "north of",
  "southwest of"
"""

from __future__ import annotations

import re

from narrator.spoken.en.compass import say_point
from narrator.spoken.en.context import stop_after

# A point of the compass after a word of the wind or of a ship's way, as logs and voyages
# write it: "Wind N.N.E., moderate", "wind at SW", "bearing N. by E.", "steered W.S.W.", "a
# breeze from the S.S.W." -> "north-northeast", ..., "north by east" (elsewhere "S.W." may be
# initials).
_POINT_AFTER_WIND = re.compile(
    r"\b(?P<lead>(?:[Ww]inds?|[Bb]earing|[Ss]teering|[Ss]teered|[Cc]ourse|[Hh]eading|"
    r"[Bb]reezes?|[Gg]ales?|[Ss]qualls?)[,:]?"
    r"(?:\s+(?:at|from|the|was|is|blew|blows|blowing|came|veered|backed|shifted|round|to|"
    r"light|fresh|strong|moderate|gentle|steady|high)){0,4}"
    r"\s+)"
    r"(?P<point>(?:N\.N\.|S\.S\.)[EW]\.|E\.[NS]\.E\.|W\.[NS]\.W\.|[NS]\.[EW]\.|[NESW]\."
    r"|(?:NN|SS)[EW]|E[NS]E|W[NS]W|[NS][EW]|[NESW])(?:\s+by\s+(?P<by>[NESW])\.?)?"
    r"(?=[\s,;:)]|$)"
)


# ... or before the wind it names, as forecasts write it: "NE winds 5 to 10 mph", "a NW wind".
_POINT_BEFORE_WIND = re.compile(
    r"(?<![\w.-])(?P<point>(?:NN|SS)[EW]|E[NS]E|W[NS]W|[NS][EW]|[NESW])"
    r"(?= (?:winds?|breezes?|gales?|swells?)\b)"
)


def _say_point_after_wind(match: re.Match[str]) -> str:
    point = say_point(match["point"].replace(".", ""))
    by = f" by {say_point(match['by'])}" if match["by"] else ""
    return match["lead"] + point + by + stop_after(match)


# A point of the compass in capitals between a distance and "of": "The airport is 15 km N of
# the city", "20 mi. SW of Denver" -> "... north of", "... southwest of".
_POINT_AFTER_DISTANCE = re.compile(
    r"(?<=\d)(?P<unit>\s?(?:km|mi|miles?|kilomet(?:er|re)s?|nm|ft|yds?|m)\.?\s)"
    r"(?P<point>(?:NN|SS)[EW]|E[NS]E|W[NS]W|[NS][EW]|[NESW])(?=\s+of\b)"
)


def read_bearings(text: str) -> str:
    """ "wind at SW" -> "wind at southwest", "15 km N of" -> "15 km north of"."""
    if " of" in text:
        text = _POINT_AFTER_DISTANCE.sub(lambda m: m["unit"] + say_point(m["point"]), text)
    text = _POINT_AFTER_WIND.sub(_say_point_after_wind, text)
    return _POINT_BEFORE_WIND.sub(lambda m: say_point(m["point"]), text)
