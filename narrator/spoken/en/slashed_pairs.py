"""Two numbers parted by a slash that are no fraction, for `narrator.spoken.en.fractions`,
whose pattern finds them (its groups: ``n`` and ``d``, the two numbers; ``glyph``, ``whole``,
``whole2``, a fraction's character and whole numbers, which none of these has):

- a blood pressure: "BP 120/80" -> "one hundred twenty over eighty"
- a cricket side's runs and wickets: "245/6 at stumps" -> "two hundred forty-five for six";
  a bowler's wickets and runs: "took 5/23 in the second innings" -> "five for twenty-three"
- a Territorial battalion: "the 2/5th Gloucesters" -> "the second fifth Gloucesters"
- a time signature, a number over itself, shares of a hundred: "3/4 time", "7/7", "60/40" ->
  "three four", "seven seven", "sixty forty"
- a runway's two headings: "runway 09/27" -> "runway zero nine twenty-seven"
- a number filed under a year, which no fraction in prose has: "Callout 47/2026" -> "forty-seven
  slash twenty twenty-six", "Law 14/2007", "Regulation (EU) 2016/679" -> "twenty sixteen slash
  six hundred seventy-nine"
"""

from __future__ import annotations

import re

from narrator.spoken.en.context import words_around
from narrator.spoken.en.numbers import cardinal, ordinal, year


def say_slashed_pair(match: re.Match[str]) -> str | None:
    """How the two numbers of ``match`` are said where they are no fraction, else None."""
    if match["glyph"] or match["whole"] or match["whole2"] or "," in match.group(0):
        return None
    n, d = int(match["n"]), int(match["d"])
    if runway_headings(match.string, match.start(), n, d):
        return f"{_heading(match['n'])} {_heading(match['d'])}"
    if _blood_pressure(match):
        return f"{cardinal(n)} over {cardinal(d)}"
    if _runs_for_wickets(match) or bowling_figures(match.string, match.start(), n, d):
        return f"{cardinal(n)} for {cardinal(d)}"
    if _battalion(match):
        return f"{ordinal(n)} {ordinal(d)}"
    if _two_numbers(match):
        return f"{cardinal(n)} {cardinal(d)}"
    named = _NAME_BEFORE.search(match.string, max(0, match.start() - 16), match.start())
    if named and _filed_under_a_year(n, d):
        return f"{_year_or_number(n)} slash {_year_or_number(d)}"
    return None


# What is filed under a year is named first: "Callout 47/2026", "Law 14/2007", "Regulation (EU)
# 2016/679", "case no. 123/2025" ("1/2007" alone is a fraction, as the class cases read it).
_NAME_BEFORE = re.compile(r"(?:\b[A-Z][a-z]+|\([A-Z]{2,}\)|\b(?i:no\.|number|nr\.|ref\.))\s$")


def _filed_under_a_year(n: int, d: int) -> bool:
    """Whether ``n``/``d`` is a number filed under a year ("47/2026", "2016/679"), not a share
    of a round whole ("a 1/2000 chance")."""
    if 1800 <= d <= 2099:
        return not (n == 1 and d % 100 == 0)
    return 1800 <= n <= 2099 and d >= 100


def _year_or_number(figure: int) -> str:
    """A part of a filed number: a year as years are said ("twenty twenty-six"), else a count."""
    return year(figure) if 1800 <= figure <= 2099 else cardinal(figure)


# A runway is named by its two ends' compass headings in tens of degrees, 1 to 36 and 18
# apart, after the word "runway": "runway 09/27", "Runways 13/31 and 04/22" -> "zero nine
# twenty-seven" (a leading zero said, as a single "runway 09" is), no date and no fraction.
_RUNWAY_BEFORE = re.compile(
    r"(?i:\brunways?)\s+(?:\d\d?[LRC]?/\d\d?[LRC]?(?:,\s*|\s+and\s+|\s+or\s+))*$"
)


def runway_headings(text: str, start: int, first: int, second: int) -> bool:
    """Whether the slashed pair at ``start`` in ``text`` is a runway's two headings."""
    if not (1 <= first <= 36 and 1 <= second <= 36 and abs(first - second) == 18):
        return False
    return _RUNWAY_BEFORE.search(text, max(0, start - 40), start) is not None


def _heading(figures: str) -> str:
    return f"zero {cardinal(int(figures))}" if figures.startswith("0") else cardinal(int(figures))


# Two pressures parted by a slash, after a word of blood pressure and up to four words, or
# before "mmHg", are read "over": "BP 120/80", "blood pressure on admission was 160/100" ->
# "one hundred twenty over eighty", "one hundred sixty over one hundred" (the measures read
# the "mmHg"); so after a reading of them, where two such numbers are no fraction: "A normal
# reading is below 120/80".
_PRESSURE_BEFORE = re.compile(
    r"(?:\bBP|(?i:pressure|hypertensi\w+|systolic|readings?))(?:\s+[\w,']+){0,4}?\s+$"
)
_PRESSURE_AFTER = re.compile(r"\s?mm\s?Hg\b")
# The second of two pressures joined: "readings of 145/92 and 150/95".
_PAIR_BEFORE = re.compile(r"\d{2,3}/\d{2,3},? (?:and|or|to|then) $")


def _blood_pressure(match: re.Match[str]) -> bool:
    """Whether a slash parts two blood pressures (see above)."""
    if not (70 <= int(match["n"]) <= 300 and 30 <= int(match["d"]) <= 200):
        return False
    text, start = match.string, match.start()
    first = _PAIR_BEFORE.search(text, max(0, start - 14), start)
    start = first.start() if first else start
    before = _PRESSURE_BEFORE.search(text, max(0, start - 50), start)
    return before is not None or _PRESSURE_AFTER.match(text, match.end()) is not None


# Before a word of music, a slash parts the beats of a bar from their note, said as two
# numbers: "in 3/4 time", "a 6/8 rhythm", as are "7/7" and "4/4", which no fraction is.
_METER_AFTER = re.compile(r"\s+(?:time|meter|metre|rhythm|signature|time signature|beat|waltz)\b")
# Or ending its clause where the words around speak of music: "The waltz is written in 3/4, the
# march in 2/4." ("3/4 of the song" and "3/4 hour" are fractions: a word follows).
_MUSIC_NEAR = re.compile(
    r"\b(?:waltz(?:es)?|march(?:es)?|minuets?|jigs?|polkas?|mazurkas?|scherzo|gavottes?|bars?|"
    r"tempo|beats?|metre|meter|rhythms?|songs?|piece|movement|composed|composer|melody|dance)\b"
)
_CLAUSE_END_AFTER = re.compile(r"\s*(?:[,;:.!?)]|$)|\s+(?:and|or|but|throughout)\b")


def _two_numbers(match: re.Match[str]) -> bool:
    """Whether a slash parts two numbers said one after the other: a time signature ("3/4
    time"), a number over itself ("7/7", "4/4") or shares making 100 ("60/40"), which no one
    writes for a fraction."""
    numerator, denominator = match["n"], match["d"]
    if numerator == denominator:
        return True
    if int(numerator) + int(denominator) == 100 and int(numerator) % 5 == 0:
        return True  # the shares of a whole in percent: "a 60/40 split", "70/30"
    meter = denominator in ("2", "4", "8", "16") and int(numerator) <= 16
    if not meter:
        return False
    if _METER_AFTER.match(match.string, match.end()):
        return True
    ends = numerator != "1" and _CLAUSE_END_AFTER.match(match.string, match.end()) is not None
    return ends and _MUSIC_NEAR.search(words_around(match, 50, 40)) is not None


# A cricket score, runs for wickets, where the words around speak of the game: "India were
# 245/6 at stumps" -> "two hundred forty-five for six" (no fraction has so many parts).
_CRICKET = re.compile(
    r"(?i:stumps|innings|wickets?|overs?\b|declared|batting|bowl|\bruns\b|cricket|all out|"
    r"\blunch\b|\btea\b|run chase|\bTests?\b|ODI|T20)"
)


def _runs_for_wickets(match: re.Match[str]) -> bool:
    """Whether a slash parts a cricket side's runs and wickets (see above)."""
    runs, wickets = int(match["n"]), int(match["d"])
    if wickets > 10 or runs < 10 * max(wickets, 1):
        return False
    return _CRICKET.search(words_around(match, 80, 40)) is not None


# A bowler's figures, wickets for runs, where the words around speak of bowling: "He took
# 5/23 in the second innings", "career-best figures of 6/45" (no date: "on 5/23" stays one,
# and "runs" is too often a verb: "The fundraiser runs Thursday, 2/13").
_DATE_WORD_BEFORE = re.compile(r"(?i:\b(?:on|since|until|till|by|from|dated?))\s$")
_BOWLING = re.compile(
    r"(?i:\btook\b|\btaking\b|figures|bowl|wickets?|innings|overs?\b|\bspell\b|cricket|"
    r"\bTests?\b|ODI|T20)"
)


def bowling_figures(text: str, start: int, wickets: int, runs: int) -> bool:
    """Whether the slashed pair at ``start`` in ``text`` is a bowler's wickets and runs."""
    if not (1 <= wickets <= 10 and runs >= 10):
        return False
    if _DATE_WORD_BEFORE.search(text, max(0, start - 8), start):
        return False
    return _BOWLING.search(text, max(0, start - 80), start + 60) is not None


# A battalion of a Territorial regiment, as British army lists number them after 1914: "the
# 2/5th Gloucesters" -> "the second fifth Gloucesters" (the line's fifth battalion, its second
# line); a fraction's ordinal has no capitalised name after it, but for a noun of the part
# taken, as older books capitalise nouns ("1/4th of the land", "the 1/4th Part of it").
_BATTALION = re.compile(
    r"(?<![\w.,/])[1-3]/\d{1,2}(?:st|nd|rd|th) (?!(?:Part|Share|Portion|Acre|Pound)s?\b)[A-Z]"
)


def _battalion(match: re.Match[str]) -> bool:
    """Whether the fraction numbers a battalion (see above)."""
    text, start = match.string, match.start()
    return _BATTALION.match(text, start) is not None and text[max(0, start - 4) : start] in (
        "the ",
        "The ",
    )
