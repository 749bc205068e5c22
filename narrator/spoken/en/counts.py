"""Whether a number of four figures counts things or names a year: "about 1500 people" and
"there are 1776 steps" count, "the 1998 elections" names its year.

`counts` decides for `narrator.spoken.en.numbers`, which reads the number; the nouns of things
counted and a plural after a number serve the rules that read a number's unit too.
"""

from __future__ import annotations

import re

from narrator.spoken.tables import read_words

# Words before a number that make it a count, not a year: "about 1500 people".
_COUNTING_BEFORE = re.compile(
    r"(?i:\b(?:about|some|over|nearly|almost|around|approximately|roughly|than|only|just|"
    r"least|most|estimated|total of|population of|all|another|additional|extra|up to|"
    r"down to|exactly|under|below|above|a record|a further|a mere|an extra))\s+$"
)
# Verbs after which a number and a plural count something: "there are 1776 steps".
_HAVING_BEFORE = re.compile(
    r"(?i:\b(?:are|were|has|have|had|with|without|carried|carries|employs|employed|contains|"
    r"contained|holds|held|sold|bought|built|killed|injured|wounded|scored|wrote|made|"
    r"received|recorded|registered|counted|includes|included|including|totaling|totalling|"
    r"reached|exceeded|lists|listed|features|featured|comprises|comprised))\s+$"
)
# Nouns of things counted in thousands: "4070 people", "1500 soldiers" ("the 1998
# elections" and "2004 results" name years: after a year-like number, most plurals do).
COUNT_NOUNS = "|".join(sorted(read_words("en", "count_nouns"), key=lambda w: (-len(w), w)))
"""The nouns of things counted ("people", "soldiers"), longest first, as a regex alternation."""
COUNTED = re.compile(rf"\s+(?:{COUNT_NOUNS})\b")
PLURAL = re.compile(r"\s+[a-z]{2,}[^s\W]s\b")
_YEAR_BEFORE = re.compile(
    r"(?i:\b(?:the|in|of|since|from|until|till|by|for|during|its|his|her|their|"
    r"year|early|late|mid|circa|c\.))\W*$|'s\s+$"
)


def counted_before(match: re.Match[str]) -> bool:
    """Whether the words before a number count with it: "about 911 calls", "made 999 calls"."""
    before = match.string[max(0, match.start() - 30) : match.start()]
    return _COUNTING_BEFORE.search(before) is not None or _HAVING_BEFORE.search(before) is not None


# Words before a number that make it a place in a book, a number and no year: "page 1990".
_PLACE_IN_TEXT_BEFORE = re.compile(r"(?i:\b(?:page|pages|line|lines|verse|paragraph))\s+$")


def counts(match: re.Match[str]) -> bool:
    """Whether a written number from 1000 to 2099 counts something rather than names a year."""
    text, start, end = match.string, match.start(), match.end()
    before = text[max(0, start - 30) : start]
    # The words of place and of counting end in a space: most numbers follow none of them,
    # and the counting words are looked for only where a counted word or a plural follows.
    spaced = before[-1:].isspace()
    if spaced and _PLACE_IN_TEXT_BEFORE.search(before):
        return True
    if COUNTED.match(text, end) is not None:
        counting = spaced and _COUNTING_BEFORE.search(before) is not None
        return counting or not _YEAR_BEFORE.search(before)
    # "about 1500 acres of land", "there are 1776 steps": a word of amount or a verb that
    # has a count, then a plural; "around 1700 there were" is a year.
    if PLURAL.match(text, end) is None:
        return False
    counting = spaced and _COUNTING_BEFORE.search(before) is not None
    return counting or _HAVING_BEFORE.search(before) is not None
