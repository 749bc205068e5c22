"""Two words written short that their neighbours decide, read before the abbreviations' rule
would take "fl." for "flourished" and leave "temp." as written:

- "fl." after an ordinal is a floor ("the 2nd fl." -> "the second floor"); before a month, as
  floras give a plant's season, it is flowering ("fl. July-Sept." -> "flowering July to
  September"); before a year it is still flourished ("fl. 1350"), read later
- "temp." after a determiner, before a verb, "of" or a figure, is the temperature, as case
  books and weather reports write it ("the temp. fell to 99°", "her temp. was 102") where "the
  temp. agency" is no temperature and "temp. Eliz." is a time (scholarly)
"""

from __future__ import annotations

import re

from narrator.spoken.en.context import ORDINAL_WORD, stop_after

_MONTHS = (
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b"
    r"|(?:spring|summer|autumn|winter)\b"
)
_FL = re.compile(rf"(?<![\w.])(?P<fl>[Ff]l)\.(?= ?(?P<month>{_MONTHS}))?")
# An ordinal as the ordinals' rule has read it: "second", "twenty-first".
_ORDINAL_BEFORE = re.compile(rf"\b{ORDINAL_WORD.pattern} $")
_DETERMINER = r"(?:the|The|his|His|her|Her|its|their|my|your|a|A)"
_VERB_OR_FIGURE = (
    r"(?:\d|of\b|was\b|is\b|were\b|had\b|has\b|rose\b|fell\b|remained\b|dropped\b|reached\b|"
    r"went\b|came\b|being\b|stood\b|ranged\b|varied\b|continued\b|gradually\b|still\b|then\b|"
    r"again\b|normal\b|subnormal\b|at\b|to\b|in the\b|on\b|rising\b|falling\b|chart\b)"
)
_TEMPERATURE = re.compile(rf"\b(?P<det>{_DETERMINER}) temp\.(?= {_VERB_OR_FIGURE})")
HINT = re.compile(r"(?<![\w.])(?:[Ff]l|temp)\.")


def _say_fl(match: re.Match[str]) -> str:
    if match["month"]:
        return "flowering" if match["fl"] == "fl" else "Flowering"
    start = match.start()
    if _ORDINAL_BEFORE.search(match.string, max(0, start - 24), start):
        return "floor" + stop_after(match)
    return match.group(0)


def read_fl_and_temp(text: str) -> str:
    """ "the 2nd fl." -> "the second floor"; "fl. July" -> "flowering July"; "the temp. fell"
    -> "the temperature fell"."""
    if "l." in text:
        text = _FL.sub(_say_fl, text)
    if "temp." in text:
        text = _TEMPERATURE.sub(r"\g<det> temperature", text)
    return text
