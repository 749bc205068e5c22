"""A life's events written short, as reference books and county histories give them:

- before a year or a date, after a parenthesis, a comma, a line's start or a name: "(b.
  1800)", "(d. 1850)", "(fl. 1200)", "Henry VIII (r. 1509-1547)", "Jane Roe b. 1950" ->
  "born", "died", "flourished", "reigned"; elsewhere "d." may be a penny ("6d.") and "b." an
  initial
- before the place of it, after "was", "and" or a pronoun: "He was b. at Lancaster, Pa., and d.
  at Wheatland" -> "born at", "died at" (a year need not follow)
"""

from __future__ import annotations

import re

from narrator.spoken.en.context import NUMBER_AHEAD

_LIFE_EVENT = re.compile(
    r"(?:(?<=\()|(?<=[(,;] ))(?P<abbr>b|d|fl|r)\.(?=\s?\d{3,4}\b|\s?[a-zA-Z])"
    r"|(?<![^\s\[])(?P<alone>b|d|fl|r)\.(?=\s?(?:\d{3,4}\b(?![.,:]\d)|[a-z]+(?:-[a-z]+)? [a-z])"
    r"|\s?(?:\d{1,2} )?(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December)\b)"
)
# Besides a year: a date or a circa before it ("(b. May 1900)", "(b. c. 1900)").
_DATE_AHEAD = re.compile(
    r"\s?(?:circa|the [a-z]+(?:-[a-z]+)? of (?=[A-Z])|January|February|March|April|May|June|"
    r"July|August|September|October|November|December)\b"
)
# Where a word alone starts an entry's dates: a line's start, after a name ("Jane Roe b.
# 1950") or after "was" ("She was b. 1802, d. 1861").
_ALONE_AFTER = re.compile(r"(?:^|\[|\b[A-Z][a-z]+ |\b[Ww]as )$")
# A range of years as the ranges rule has read it: "fifteen fifty-eight to sixteen oh-three".
_READ_YEARS_AHEAD = re.compile(r"\s?[a-z]+(?:-[a-z]+)? [a-z]+(?:-[a-z]+)? to ")
_LIFE_EVENTS = {"b": "born", "d": "died", "fl": "flourished", "r": "reigned"}


def _say_life_event(match: re.Match[str]) -> str:
    """ "b." born, "d." died, "fl." flourished, "r." reigned, before a year in digits or one an
    earlier rule has read ("r. 1509-1547")."""
    text, end = match.string, match.end()
    abbr = match["abbr"] or match["alone"]
    if match["alone"] and not _ALONE_AFTER.search(text, max(0, match.start() - 30), match.start()):
        return match.group(0)  # "six d. 1200" (pence), "fig. b. 1200"
    if match["alone"] and not text[end:].lstrip()[:1].isdigit():
        if not (_DATE_AHEAD.match(text, end) or _READ_YEARS_AHEAD.match(text, end)):
            return match.group(0)
    elif not (NUMBER_AHEAD.match(text, end) or _DATE_AHEAD.match(text, end)):
        return match.group(0)
    said = _LIFE_EVENTS[abbr]
    return said if text[end : end + 1].isspace() else said + " "


# Before a place, after "was", "and" or a pronoun: "He was b. at Lancaster", "and d. in Paris".
_AT_A_PLACE = re.compile(
    r"(?:(?<=\bwas )|(?<=\band )|(?<=\bwho )|(?<=\b[Hh]e )|(?<=\b[Ss]he ))"
    r"(?P<abbr>b|d)\.(?= (?:at|in|near)\s[A-Z])"
)


def read_life_events(text: str) -> str:
    """ "(b. 1800)" -> "(born 1800)"; "He was b. at Lancaster" -> "He was born at Lancaster"."""
    text = _LIFE_EVENT.sub(_say_life_event, text)
    return _AT_A_PLACE.sub(lambda m: _LIFE_EVENTS[m["abbr"]], text)
