"""Ratings as reviews print them: stars, and scores with a decimal out of a scale.

- "★★★★☆" -> "four out of five stars"; "★★★½☆" -> "three and a half out of five stars"
- "★★★" -> "three stars", "★★★½" -> "three and a half stars" (no scale printed, none said);
  "a 5★ hotel" -> "a five star hotel"
- "Rating: 3.5/5", "8.5/10 stars" -> "three point five out of five", "eight point five out of
  ten stars" (whole scores, "rated 7/10", "4/5 stars", are read by the fractions' module)

- a school's grade with its minus, after an article or a verb of getting it: "an A- in art",
  "earned a B-" -> "an A minus", "a B minus" (its plus is the symbols' "plus": "a C+")

A lone "★" is left as written: it marks a list's items or a footnote more often than a rating.
"""

from __future__ import annotations

import re

from narrator.spoken.en.fractions import OUT_OF_AFTER, RATING_BEFORE
from narrator.spoken.en.numbers import cardinal, decimal
from narrator.spoken.rules import any_of

_FULL, _EMPTY, _HALF = "★⭐", "☆✩", "½⯪"
_STARS = re.compile(
    rf"(?P<full>[{_FULL}]+)(?P<half>[{_HALF}])?(?P<empty>[{_EMPTY}]*)|[{_EMPTY}]{{2,}}"
)
_DECIMAL_SCORE = re.compile(
    r"(?<![\w.,/])(?P<n>\d{1,2}\.\d{1,2}) ?/ ?(?P<d>5|10|100)(?![\w/]|[.,]\d)"
)
# The letter of a grade and its minus: "an A- in art", "got a B-." (not "A-level", "B-52").
_GRADE_MINUS = re.compile(
    r"\b(?P<before>(?:an|An|a|A|got|earned|received|gets|grade|Grade|scored|of) )"
    r"(?P<grade>[A-DF])[-−](?=[\s,.;:!?)]|$)"
)
HINT = any_of(*_FULL, *_EMPTY, r"/ ?(?:5|10|100)\b", r"[A-DF][-−](?=[\s,.;:!?)]|$)")


def _say_stars(match: re.Match[str]) -> str:
    full, half, empty = len(match["full"] or ""), bool(match["half"]), len(match["empty"] or "")
    if not (match["full"] or empty):  # "☆☆☆☆☆": nothing given
        return f"none out of {cardinal(len(match.group(0)))} stars"
    if full == 1 and not half and not empty:
        return _after_a_number(match) or match.group(0)
    given = f"{cardinal(full)} and a half" if half else cardinal(full)
    if not empty:
        return f"{given} stars"
    return f"{given} out of {cardinal(full + half + empty)} stars"


def _after_a_number(match: re.Match[str]) -> str | None:
    """A star glued to a number is the number's unit: "a 5★ hotel" -> "a 5 star hotel",
    "rated 4.5★." -> "rated 4.5 stars."; None where no number comes before."""
    before = match.string[max(0, match.start() - 2) : match.start()]
    if not before or not before.rstrip()[-1:].isdigit():
        return None
    attributive = re.match(r" [a-z]", match.string[match.end() : match.end() + 2])
    return f"{'' if before.endswith(' ') else ' '}{'star' if attributive else 'stars'}"


def _say_decimal_score(match: re.Match[str]) -> str:
    text, start = match.string, match.start()
    if not (
        OUT_OF_AFTER.match(text, match.end())
        or RATING_BEFORE.search(text, max(0, start - 12), start)
    ):
        return match.group(0)
    return f"{decimal(match['n'])} out of {cardinal(int(match['d']))}"


def read_ratings(text: str) -> str:
    """Read ratings: "★★★★☆" -> "four out of five stars", "Rating: 3.5/5" -> "three point
    five out of five", "an A-" -> "an A minus"."""
    text = _STARS.sub(_say_stars, text)
    text = _GRADE_MINUS.sub(lambda m: f"{m['before']}{m['grade']} minus", text)
    return _DECIMAL_SCORE.sub(_say_decimal_score, text)
