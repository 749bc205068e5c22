"""Ratios and scores in German: two numbers parted by a colon that no clock reads are said
with "zu".

- "2:1 gewonnen" -> "zwei zu eins gewonnen", "Halbzeit 1:1" -> "eins zu eins", "0:2",
  "im Maßstab 1:25.000" -> "eins zu fünf und zwanzig tausend"
- a colon before two digits is a time ("10:15" -> "zehn Uhr fünfzehn"), but after
  "Verhältnis", "Maßstab", "Endstand" or "Halbzeitstand" a ratio: "im Verhältnis 1:10" ->
  "im Verhältnis eins zu zehn"
- the "x" or "×" between two numbers, a dimension's or a relay's, is "mal": "5 x 4 m" -> "fünf
  mal vier Meter", "4x100-Meter-Staffel" -> "vier mal hundert-Meter-Staffel"
- the "x" after a number before a word counts the times: "3x täglich" -> "drei mal täglich",
  "5x in Folge", "3 x Weltmeister"
"""

from __future__ import annotations

import re

from narrator.spoken.common.dimensions import times_sign_reader
from narrator.spoken.de.numbers import cardinal
from narrator.spoken.rules import any_of

HINT = any_of(r":(?<=\d:)\d", r"[x×](?<=\d[x×])\d", r" [x×] (?<=\d [x×] )\d", r"\d ?x\s")
_say_times_signs = times_sign_reader("mal")
_RATIO = re.compile(
    r"(?<![\w.,:])(?P<a>\d{1,3}):(?P<b>\d{1,3}(?:\.\d{3})+|\d{1,6})(?![\w:]|[.,]\d)"
)
_RATIO_BEFORE = re.compile(r"(?:Verhältnis|Maßstab|Endstand|Halbzeitstand|Stand)\s(?:von\s)?$")


# The times something happens: "3x täglich", "5x in Folge", "3 x Weltmeister"; not before a
# number, a dimension's sign.
_TIMES = re.compile(r"(?<![\w.,])(?P<n>\d{1,3}) ?x(?=\s+[^\W\d])")


def _said(n: str) -> str:
    number = int(n.replace(".", ""))
    return "eins" if number == 1 else cardinal(number)


# A goal's minute in brackets after the score and the scorer: "1:0 Müller (12.)" -> "1:0
# Müller, 12. Minute," (the ordinals read it).
_GOAL_MINUTE = re.compile(
    r"(?P<goal>(?<![\w:])\d{1,2}:\d{1,2} [A-ZÄÖÜ][\w'’-]+(?: [A-ZÄÖÜ][\w'’-]+)?) "
    r"\((?P<minute>\d{1,3})\.(?:\+\d)?\)(?P<after>[,;.]?)"
)


def _goal_minute(match: re.Match[str]) -> str:
    return f"{match['goal']}, {match['minute']}. Minute{match['after'] or ','}"


def read_ratios(text: str) -> str:
    """Read ratios and scores: "2:1" -> "zwei zu eins", a goal's minute after its scorer;
    "10:15" is left to times; "5 x 4" -> "5 mal 4", "3x täglich" -> "3 mal täglich"."""

    def say(match: re.Match[str]) -> str:
        a, b = match["a"], match["b"]
        clock = len(b) == 2 and int(b) < 60 and int(a) <= 24
        if clock and not _RATIO_BEFORE.search(match.string, 0, match.start()):
            return match.group(0)
        return f"{_said(a)} zu {_said(b)}"

    if "(" in text:
        text = _GOAL_MINUTE.sub(_goal_minute, text)
    text = _TIMES.sub(lambda m: f"{'ein' if m['n'] == '1' else m['n']} mal", _say_times_signs(text))
    return _RATIO.sub(say, text)
