"""Betting odds written with a slash, as racing and sports pages print them, where a word of
betting is near: "at odds of 7/2" -> "at odds of seven to two", "the 100/1 outsider" -> "the
one hundred to one outsider", "a 6/1 shot", "the 5/4 favourite", "backed at 4/6" ("four to
six", odds on). Elsewhere "7/2" is left to dates and fractions ("won by 1/2 a length" is half
a length, the slash a fraction's before "a" or a measure of the race)."""

from __future__ import annotations

import re

from narrator.spoken.en.context import words_around
from narrator.spoken.en.numbers import cardinal
from narrator.spoken.rules import any_of

_ODDS = re.compile(r"(?<![\w.,/-])(?P<a>[1-9]\d{0,2})/(?P<b>[1-9]\d{0,2})(?![\w/-]|[.,]\d)")
_BETTING = re.compile(
    r"(?i:\b(?:odds(?:-on)?|favou?rites?|outsiders?|long-?shots?|bookmakers?|bookies|"
    r"backed|bets?|betting|punters?|wagers?|each-way|each way|starting price|evens)\b)"
)
# A bet's "shot" just after the odds: "a 6/1 shot" ("shot 7/10 from the field" is no bet).
_SHOT_AFTER = re.compile(r"\sshot\b")
# A fraction's own words after it: "1/2 a length", "3/4 of a mile", "1/2 lengths".
_FRACTION_AFTER = re.compile(r"\s(?:an?|of|lengths?|miles?|furlongs?|inch|inches|in)\b")
HINT = any_of(r"/(?<=\d/)\d")


def _say_odds(match: re.Match[str]) -> str:
    if match["a"] == match["b"] or _FRACTION_AFTER.match(match.string, match.end()):
        return match.group(0)  # "50/50 odds" is even, "fifty-fifty"
    shot = _SHOT_AFTER.match(match.string, match.end()) is not None
    if not shot and _BETTING.search(words_around(match, 40, 30)) is None:
        return match.group(0)
    return f"{cardinal(int(match['a']))} to {cardinal(int(match['b']))}"


def read_odds(text: str) -> str:
    """Read betting odds with a slash: "at odds of 7/2" -> "at odds of seven to two"."""
    return _ODDS.sub(_say_odds, text)
