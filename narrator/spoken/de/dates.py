"""Dates in German: the day is an ordinal, its ending follows the article before it.

- "24. Juli 2013" -> "vier und zwanzigster Juli zwei tausend dreizehn"
- "am 14. März" -> "am vierzehnten März"; "2. mär. 2003" -> "zweiter März ..."; "am Montag,
  3. Juni" -> "am Montag, dritten Juni" (the day's name between takes the article's case)
- "vom 24.-26. März" -> "vom vier und zwanzigsten bis sechs und zwanzigsten März": a range
  of days before their month, read with "bis"
- "02.03.2003", "2.3.", "2003-03-02", "23/06/2024" -> "zweiter März ..." (day first; year first
  when it leads)
"""

from __future__ import annotations

import re

from narrator.spoken.de.numbers import ending_after, ordinal, year
from narrator.spoken.tables import read_table

MONTHS = tuple(row[0] for row in read_table("de", "months"))
_BY_NAME = {m.lower(): i for i, m in enumerate(MONTHS, 1)}
_BY_NAME |= {
    a.lower().rstrip("."): i
    for i, r in enumerate(read_table("de", "months"), 1)
    for a in r[1].split()
}
_NAMES = sorted({re.escape(name) for name in _BY_NAME}, key=lambda n: (-len(n), n))
MONTH = rf"(?i:{'|'.join(_NAMES)})\b\.?"

HINT = re.compile(r"\d")
_DAY_MONTH = re.compile(
    rf"(?<![\w.,])(?P<d>\d{{1,2}})\.\s*(?P<m>{MONTH})(?:\s+(?P<y>\d{{4}})(?![\d,.]\d))?"
)
_NUMERIC = re.compile(
    r"(?<![\w.,/-])(?P<d>\d{1,2})(?P<s>[./])(?P<m>\d{1,2})(?:(?P=s)(?P<y>\d{4}|(?:\.)?)?)?"
    r"(?![\w/]|[.,]\d)"
)
# A day and a month spaced from their points, with a year: "geb. am 3. 5. 1960".
_SPACED = re.compile(
    r"(?<![\w.,/-])(?P<d>\d{1,2})\.\s(?P<m>\d{1,2})\.\s(?P<y>\d{4})(?![\w/]|[.,]\d)"
)
_ISO = re.compile(r"(?<![\w./-])(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?![\w./-])")


_WEEKDAY_BETWEEN = re.compile(
    r"(?P<article>\b\w+)\s+(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend"
    r"|Sonntag|(?:Mo|Di|Mi|Do|Fr|Sa|So)\.),?\s*$"
)
_DAY_RANGE = re.compile(rf"(?<![\w.,])(?P<first>\d{{1,2}})\.\s?[-–]\s?(?=\d{{1,2}}\.\s*{MONTH})")
# Two days parted by a slash before their month are both days: "am 1./2. Mai" -> "am ersten
# und zweiten Mai".
_DAY_PAIR = re.compile(rf"(?<![\w.,/])(?P<first>\d{{1,2}})\./\s?(?=\d{{1,2}}\.\s*{MONTH})")
# "von 1. bis 3. Mai" is said with the article, as "vom 1. bis 3. Mai" is written: "vom ersten
# bis dritten Mai", not "von erster".
_FROM_DAY = re.compile(
    rf"\b(?P<von>[Vv]on) (?=\d{{1,2}}\.\s?(?:bis(?: zum)?|[-–])\s?\d{{1,2}}\.\s*{MONTH})"
)


# A day joined to one before it shares its case: "am 14. und 15. März" -> "am vierzehnten
# und fünfzehnten".
_JOINED_DAY = re.compile(r"(?<![\w.,])\d{1,2}\.\s?(?:und|u\.|oder|sowie)\s$")


def _ending(before: str) -> str:
    """The day's ending: the word before asks for it, or the article before a day's name
    ("am Montag, 3. Juni") or before the day it is joined to ("am 14. und 15. Juni")."""
    joined = _JOINED_DAY.search(before)
    if joined:
        before = before[: joined.start()]
    weekday = _WEEKDAY_BETWEEN.search(before[-30:])
    return ending_after(weekday["article"] + " " if weekday else before)


def date(day: int, month: int, year_: str | None, before: str) -> str:
    """Read a day, a month number and a year as written, the ending set by ``before``."""
    said = f"{ordinal(day, _ending(before))} {MONTHS[month - 1]}"
    return said + (f" {year(int(year_))}" if year_ else "")


def _valid(day: str, month: str | int) -> bool:
    return 1 <= int(day) <= 31 and 1 <= int(month) <= 12


_FULL_NAMES = frozenset(m.lower() for m in MONTHS) | {"jänner"}
_SENTENCE_END = re.compile(r"\s*$|\s+[A-ZÄÖÜ]")


def _stop(match: re.Match[str]) -> str:
    """The full stop after a month and no year that ends the sentence, kept: a full name's
    always ("am 3. Mai."), an abbreviation's where the text ends or a capital follows ("am
    3. Aug. Dann")."""
    month = match["m"]
    if match["y"] or not month.endswith("."):
        return ""
    full = month[:-1].lower() in _FULL_NAMES
    return "." if full or _SENTENCE_END.match(match.string, match.end()) else ""


def read_dates(text: str) -> str:
    """Read dates: "am 14. März 2024" -> "am vierzehnten März zwei tausend vier und zwanzig",
    "02.03.2003" and "2003-03-02" -> "zweiter März zwei tausend drei"."""

    def named(match: re.Match[str]) -> str:
        month = _BY_NAME[match["m"].lower().rstrip(".")]
        if not _valid(match["d"], month):
            return match.group(0)
        said = date(int(match["d"]), month, match["y"], match.string[: match.start()])
        # Austria's "Jänner" is said as written.
        said = said.replace("Januar", "Jänner") if match["m"].startswith("Jän") else said
        return said + _stop(match)

    def numeric(match: re.Match[str]) -> str:
        if not _valid(match["d"], match["m"]) or (match["s"] == "/" and not match["y"]):
            return match.group(0)
        y = match["y"] if match["y"] and match["y"] != "." else None
        return date(int(match["d"]), int(match["m"]), y, match.string[: match.start()])

    def iso(match: re.Match[str]) -> str:
        if not _valid(match["d"], match["m"]):
            return match.group(0)
        return date(int(match["d"]), int(match["m"]), match["y"], match.string[: match.start()])

    text = _FROM_DAY.sub(lambda m: f"{m['von'][:2]}m ", _DAY_PAIR.sub(r"\g<first>. und ", text))
    text = _DAY_RANGE.sub(r"\g<first>. bis ", text)
    text = _DAY_MONTH.sub(named, text)
    text = _ISO.sub(iso, _SPACED.sub(iso, text))
    return _NUMERIC.sub(numeric, text)
