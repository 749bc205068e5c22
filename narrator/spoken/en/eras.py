"""Years of an era, read for `dates`: "805 B.C." -> "eight oh-five BC", "AD 79" -> "AD
seventy-nine", "44-40 BC" -> "forty-four to forty BC" (a year of an era is read as a year,
never as a quantity: "eight hundred five"); the era's letters are spelled after the year.
In lower case too, "500 bc", and "1066 ad" where no noun can follow "ad" (not "a 1966 ad
campaign")."""

from __future__ import annotations

import re

from narrator.spoken.en.context import stop_after
from narrator.spoken.en.numbers import year

# The era after the year: "805 B.C.", "44 BC", "79 CE"; in lower case dotted, "44 b.c.", or
# where no noun can follow it: "500 bc", "1066 ad." (not "a 1966 ad campaign").
_ERA = (
    r"(?P<era>B\.?\s?C\.?(?:\s?E\.?)?|C\.?\s?E\.?|A\.?\s?D\.?|b\.c\.(?:e\.)?|a\.d\."
    r"|(?:bce?|ad)(?=[,;:)]|\.?\s*$))"
)
# A range of years may come before the era or after "AD": "44-40 BC", "AD 325 - 350".
_ERA_RANGE = r"(?P<first>\d{1,4})\s?[-–]\s?"
# The look-ahead for the first digit comes before the look-behind: a pattern led by a
# look-behind costs a full try at every position of the text. _ERA_FIRST is led by its "A",
# the word boundary looked behind from there, for the same reason.
_YEAR_OF_ERA = re.compile(
    rf"(?=\d)(?<![\w.,])(?:{_ERA_RANGE})?(?P<year>\d{{1,4}})\s?{_ERA}(?![\w.])"
)
_ERA_FIRST = re.compile(
    r"A(?<!\wA)\.?\s?D\.?\s?(?P<year>\d{1,4})(?:\s?[-–]\s?(?P<last>\d{1,4}))?(?![\w.,]\d|\w)"
)


def _say_year_of_era(match: re.Match[str]) -> str:
    """ "805 B.C." -> "eight oh-five BC": a year of an era is read as a year."""
    era = re.sub(r"[.\s]", "", match["era"]).upper()
    first = f"{year(int(match['first']))} to " if match["first"] else ""
    return f"{first}{year(int(match['year']))} {era}" + stop_after(match)


def _say_era_first(match: re.Match[str]) -> str:
    """ "AD 79" -> "AD seventy-nine", "AD 325 - 350" -> "AD three twenty-five to three fifty"."""
    last = f" to {year(int(match['last']))}" if match["last"] else ""
    return f"AD {year(int(match['year']))}{last}"


def read_eras(text: str) -> str:
    """ "805 B.C." -> "eight oh-five BC", "AD 79" -> "AD seventy-nine"."""
    text = _YEAR_OF_ERA.sub(_say_year_of_era, text)
    return _ERA_FIRST.sub(_say_era_first, text)
