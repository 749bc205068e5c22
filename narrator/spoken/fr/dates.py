"""Dates in French: the day is a cardinal (the first is "premier"), the year a cardinal.

- "10 mars 2023" -> "dix mars deux mille vingt-trois"; "1er mai" -> "premier mai"; a month
  written short, "5 déc. 2026", "5 déc 2026" (no dot: before a year only), "3 janv." ->
  "cinq décembre deux mille vingt-six", "trois janvier"
- "02.03.2003", "02-03-2003", "02/03/2003" -> "deux mars deux mille trois" (day first);
  "17.06" -> "dix-sept juin"; "2003-03-02" -> "deux mars deux mille trois"
- "le 5/12" -> "le cinq décembre" (after an article, with no "de" after: "le 1/3 des voix"
  is a fraction)
- "les 17/18/19 mars" -> "les dix-sept dix-huit dix-neuf mars"
"""

from __future__ import annotations

import re

from narrator.spoken.fr.numbers import cardinal, year
from narrator.spoken.tables import read_table

MONTHS = tuple(row[0] for row in read_table("fr", "months"))
_BY_NAME = {m: i for i, m in enumerate(MONTHS, 1)}
_BY_NAME |= {a: i for i, row in enumerate(read_table("fr", "months"), 1) for a in row[1].split()}
_MONTH = "|".join(re.escape(n) for n in sorted(_BY_NAME, key=len, reverse=True))

HINT = re.compile(r"\d")
_DAYS_MONTH = re.compile(
    rf"(?<![\w.,])(?P<days>(?:1er|\d{{1,2}})(?:(?:\s?[/-]\s?|\s(?:et|au)\s)\d{{1,2}})*)"
    rf"\s+(?P<m>(?i:{_MONTH}))"
    rf"(?![\w])(?:\s+(?P<y>\d{{4}})(?![\d,]))?"
)
# A month written short without its dot, before a year, or in a dateline (in capitals, or
# before a dash or the agency's bracket: "PARIS, 5 déc (AFP) -"); alone, "sept" is seven and
# "nov" may be a word's start.
_UNDOTTED = {a.rstrip("."): a for a in _BY_NAME if a.endswith(".")}
_UNDOTTED_MONTH = re.compile(
    rf"(?:(?<=\d )|(?<=1er ))(?P<m>(?i:{'|'.join(sorted(_UNDOTTED, key=len, reverse=True))}))"
    r"(?= \d{4}(?![\d,])|\s*[-–—(]|(?<=[A-ZÉÛ]{3})(?![\w.]))"
)
_NUMERIC = re.compile(
    r"(?<![\w.,/-])(?P<d>\d{1,2})(?P<s>[./-])(?P<m>\d{1,2})(?:(?P=s)(?P<y>\d{4}))?(?![\w/-]|[.,]\d)"
)
# After "le", "du" or "jusqu'au" a day and month too ("la grève est prévue le 5/12"), unless
# "de" follows, as after a fraction ("le 1/3 des élèves"), or a percent sign ("rempli au 3/4"
# is a fraction).
_ARTICLE_BEFORE = re.compile(r"(?<!\w)(?i:le|du|jusqu['’]au)\s+$")
_FRACTION_AFTER = re.compile(r"\s?%|\s+(?:de|des|du|d['’])(?!\w)")
_CAPITAL_NEXT = re.compile(r"\s+[A-ZÀ-ÖØ-Þ]")
_ISO = re.compile(r"(?<![\w./-])(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?![\w./-])")


def _day(day: str) -> str:
    return "premier" if day in ("1", "01", "1er") else cardinal(int(day))


def date(day: str, month: int, year_: str | None) -> str:
    """Read a day as written, a month number and a year: ("1", 5, None) -> "premier mai"."""
    return f"{_day(day)} {MONTHS[month - 1]}" + (f" {year(int(year_))}" if year_ else "")


# Between days before their month: a slash or a dash is a pause, the words stay; a dash
# between two days after "les" or "du" is their "et" or "au" ("les 1-2 mai" -> "les premier
# et deux mai").
_DAY_JOINT = re.compile(r"(\s?[/-]\s?|\s(?:et|au)\s)")
_PAIR_ARTICLE = re.compile(r"(?<!\w)(?P<article>(?i:les|du))\s+$")


def _days(days: str, before: str) -> str:
    """Read days listed before their month: ("1 et 2", "") -> "premier et deux"."""
    parts = _DAY_JOINT.split(days)
    pair = _PAIR_ARTICLE.search(before[-8:]) if len(parts) == 3 else None
    pause = " " if not pair else " et " if pair["article"].lower() == "les" else " au "
    joints = [j if j.strip() in ("et", "au") else pause for j in parts[1::2]]
    said = [_day(day) for day in parts[::2]]
    return said[0] + "".join(joint + day for joint, day in zip(joints, said[1:], strict=True))


def _after_article(match: re.Match[str]) -> bool:
    """Whether a day and month stand after an article, with no "de" after them."""
    before = match.string[max(0, match.start() - 12) : match.start()]
    return bool(_ARTICLE_BEFORE.search(before)) and not _FRACTION_AFTER.match(
        match.string, match.end()
    )


def read_dates(text: str) -> str:
    """Read dates: "1er mai 2024" -> "premier mai deux mille vingt-quatre", "02/03/2003" ->
    "deux mars deux mille trois"."""

    def named(match: re.Match[str]) -> str:
        days = _DAY_JOINT.split(match["days"])[::2]
        if any(d != "1er" and not 1 <= int(d) <= 31 for d in days):
            return match.group(0)
        said_days = _days(match["days"], match.string[: match.start()])
        said = said_days + " " + MONTHS[_BY_NAME[match["m"].lower()] - 1]
        if match["y"]:
            return f"{said} {year(int(match['y']))}"
        # A month's abbreviating point before a capital also ends the sentence: "le 3 févr.
        # Puis" -> "février. Puis".
        dotted = match["m"].endswith(".") and _CAPITAL_NEXT.match(match.string, match.end())
        return said + ("." if dotted else "")

    def numeric(match: re.Match[str]) -> str:
        if not (1 <= int(match["d"]) <= 31 and 1 <= int(match["m"]) <= 12):
            return match.group(0)
        # Without a year, a slash or a dash is a date's when the day is past twelve or the
        # month has its zero ("25/12", "15/06"); "1/10", "3/12" stay fractions.
        no_year_date = int(match["d"]) > 12 or match["m"].startswith("0") or _after_article(match)
        if not match["y"] and match["s"] != "." and not (match["s"] == "/" and no_year_date):
            return match.group(0)
        return date(match["d"], int(match["m"]), match["y"])

    def iso(match: re.Match[str]) -> str:
        if not (1 <= int(match["d"]) <= 31 and 1 <= int(match["m"]) <= 12):
            return match.group(0)
        return date(match["d"], int(match["m"]), match["y"])

    if " " in text:
        text = _UNDOTTED_MONTH.sub(lambda m: _UNDOTTED[m["m"].lower()], text)
    text = _DAYS_MONTH.sub(named, text)
    text = _ISO.sub(iso, text)
    return _NUMERIC.sub(numeric, text)
