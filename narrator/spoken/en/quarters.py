"""Quarters and halves of a year, in the notations of business news.

- "2Q22" -> "second quarter twenty twenty-two"; "3Q" -> "third quarter"; "1H2023" ->
  "first half twenty twenty-three" (the number first: the quarter's ordinal); after a
  preposition, "in 2Q22" -> "in the second quarter of twenty twenty-two"
- "Q3" -> "Q three", "Q4 2024" -> "Q four twenty twenty-four", "H1" -> "H one": the letter
  first is said as written, by the rule for letters and digits, with the year as a year;
  "Q4'23" -> "Q four twenty twenty-three"; "Q1-Q3" -> "Q one to Q three"
"""

from __future__ import annotations

import re

from narrator.spoken.en.numbers import ordinal, year
from narrator.spoken.rules import any_of

_NUMBER_FIRST = re.compile(
    r"(?<![\w.-])(?P<n>[1-4])(?P<kind>Q|H)(?P<year>\d{4}|\d{2}|'\d{2})?(?![\w-])"
)
_NAMES = {"Q": "quarter", "H": "half"}
# The letter first with a short year after an apostrophe: "Q4'23", "Q1 '24" -> "Q4 twenty
# twenty-three" (the letter and its digit are read by the rule for letters and digits).
_LETTER_FIRST_YEAR = re.compile(r"(?<![\w.-])(?P<q>[QH][1-4])\s?'(?P<year>\d\d)(?![\w'-])")
# A range of quarters or halves, the letter first: "Q1-Q3", "Q2–Q4 2024" -> "Q1 to Q3"...
_LETTER_FIRST_RANGE = re.compile(r"(?<![\w.-])(?P<a>([QH])[1-4])\s?[-–]\s?(?P<b>\2[1-4])(?![\w-])")
# The letter first: the regex engine finds a literal quickly.
HINT = any_of(
    r"Q(?<=\dQ)",
    r"H(?<=\dH)",
    r"'(?<=[QH]\d')\d",
    r"'(?<=[QH]\d ')\d",
    r"Q(?<=\d[-–]Q)",
    r"H(?<=\d[-–]H)",
    r"Q(?<=\d [-–] Q)",
)


# After a preposition the quarter is a time, said as one: "in 2Q22" -> "in the second quarter
# of twenty twenty-two", "for 3Q" -> "for the third quarter".
_PREPOSITION_BEFORE = re.compile(
    r"(?i:\b(?:in|for|during|of|from|to|by|since|until|through|over|after|before))\s$"
)


def _say(match: re.Match[str]) -> str:
    if match["kind"] == "H" and match["n"] not in "12":
        return match.group(0)
    words = f"{ordinal(int(match['n']))} {_NAMES[match['kind']]}"
    text, start = match.string, match.start()
    a_time = _PREPOSITION_BEFORE.search(text, max(0, start - 8), start) is not None
    written_year = (match["year"] or "").lstrip("'")
    if written_year:
        full = int(written_year) if len(written_year) == 4 else 2000 + int(written_year)
        words += (" of " if a_time else " ") + year(full)
    return f"the {words}" if a_time else words


def read_quarters(text: str) -> str:
    """Read quarters written number first: "2Q22" -> "second quarter twenty twenty-two",
    "3Q" -> "third quarter"."""
    if "-" in text or "–" in text:
        text = _LETTER_FIRST_RANGE.sub(lambda m: f"{m['a']} to {m['b']}", text)
    if "'" in text:
        text = _LETTER_FIRST_YEAR.sub(lambda m: f"{m['q']} {year(2000 + int(m['year']))}", text)
    return _NUMBER_FIRST.sub(_say, text)
