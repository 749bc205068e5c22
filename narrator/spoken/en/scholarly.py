"""Words that antiquaries' and historians' books write short before a name:

- "built temp. Eliz.", "a cup, temp. Charles II" -> "in the time of Elizabeth", "in the time
  of Charles II": "temp." (tempore) in small letters before a capitalised name ("the temp. 35"
  and "Max. temp. Tuesday" are temperatures: a number or a word of the weather follows them)
- "wrecked off C. Hatteras", "rounded C. Horn" -> "Cape Hatteras", "Cape Horn": "C." after a
  word of sailing past, before a place's name ("C. Dickens" elsewhere is an initial)
"""

from __future__ import annotations

import re

# "temp." not after a word written short ("Max. temp."), before a capitalised name that is no
# weekday or setting ("temp. Tuesday", "set temp. High").
_NOT_A_NAME = r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|High|Low|Max|Min)"
_IN_THE_TIME_OF = re.compile(rf"(?<!\. )(?<!\w)temp\.(?= [A-Z][a-z]+\b)(?! {_NOT_A_NAME})")
# A ship passes or lies off a cape: "rounded C. Horn", "sighted C. Race", "wrecked off C.
# Hatteras"; "fought off C. Brown" is a man.
_CAPE = re.compile(
    r"\b(?P<verb>(?:(?:wrecked|anchored|lay|lying|cruising|sank|sunk|foundered|lost|stranded|"
    r"ashore|aground|anchor) )?off|round|rounded|rounding|doubled|doubling|sighted|weathered) "
    r"C\.(?= [A-Z][a-z]{2,}\b)"
)


def _say_cape(match: re.Match[str]) -> str:
    if match["verb"] == "off":
        return match.group(0)
    return f"{match['verb']} Cape"


def read_scholarly(text: str) -> str:
    """ "built temp. Eliz." -> "built in the time of Eliz."; "off C. Hatteras" -> "off Cape
    Hatteras"."""
    if "temp." in text:
        text = _IN_THE_TIME_OF.sub("in the time of", text)
    if "C. " in text:
        text = _CAPE.sub(_say_cape, text)
    return text
