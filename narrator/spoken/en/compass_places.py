"""A compass point written short before a country's or region's name, as headlines write it.

- "S. Korea's exports", "N. Korea", "W. Virginia", "E. Africa" -> "South Korea's", ...; "M.P.
  for N. Lancashire" -> "North Lancashire"; not after a letter of a dotted name ("the U.S.
  Virginia office")
- undotted, a point of two letters: "habitat loss in SE Asia", "NE England", "SE Louisiana"
  -> "Southeast Asia", "Northeast England", "Southeast Louisiana"
"""

from __future__ import annotations

import re

from narrator.spoken.tables import read_mapping

# A compass point written short before a country's or region's name, as headlines write it:
# "S. Korea's exports", "N. Korea", "W. Virginia", "E. Africa" -> "South Korea's", ...
_COMPASS = {"N": "North", "S": "South", "E": "East", "W": "West"}
COMPASS_PLACES = (
    "Korea", "Africa", "America", "Carolina", "Dakota", "Sudan", "Ireland", "Vietnam", "Yemen",
    "Macedonia", "Cyprus", "Europe", "Asia", "Virginia", "Timor", "Germany", "Pakistan",
    "Bengal", "Ossetia", "Texas", "Yorkshire", "London", "Jerusalem", "Bank", "Coast",
    "Midlands", "Sussex", "Java", "Papua", "Indies", "Indians", "Australia", "Florida",
    "Kentucky", "Prussia", "Pacific", "Atlantic", "Lothian", "India", "China", "Italy", "Wales",
    "Persia", "Siberia", "Borneo", "Brazil", "Mexico", "Scotland", "England", "Riding",
    # the shires, as members sat for their divisions ("M.P. for N. Lancashire")
    "Lancashire", "Staffordshire", "Derbyshire", "Lincolnshire", "Hampshire", "Wiltshire",
    "Northumberland", "Gloucestershire", "Worcestershire", "Warwickshire", "Leicestershire",
    "Shropshire", "Nottinghamshire", "Northamptonshire", "Oxfordshire", "Hertfordshire",
    "Ayrshire", "Lanarkshire", "Aberdeenshire", "Perthshire", "Pembrokeshire",
)  # fmt: skip
_COMPASS_PLACE = re.compile(
    rf"(?P<point>[NSEW])\. (?<![\w.][NSEW]\. )(?=(?:{'|'.join(COMPASS_PLACES)})\b)"
)
# Undotted, a point of two letters: "habitat loss in SE Asia", "NE England", "SE Louisiana" ->
# "Southeast" (the places above, and the American states).
_REGIONS = sorted(
    {*COMPASS_PLACES, *read_mapping("en", "states").values()}, key=lambda p: (-len(p), p)
)
_TWO_LETTER_POINT_PLACE = re.compile(
    rf"(?<![\w.-])(?P<point>[NS][EW]) (?=(?:{'|'.join(_REGIONS)})\b)"
)


def read_compass_places(text: str) -> str:
    """ "S. Korea" -> "South Korea", "SE Asia" -> "Southeast Asia"."""
    if ". " in text and _COMPASS_PLACE.search(text):
        text = _COMPASS_PLACE.sub(lambda m: _COMPASS[m["point"]] + " ", text)
    if "E " in text or "W " in text:
        text = _TWO_LETTER_POINT_PLACE.sub(
            lambda m: f"{_COMPASS[m['point'][0]]}{_COMPASS[m['point'][1]].lower()} ", text
        )
    return text
