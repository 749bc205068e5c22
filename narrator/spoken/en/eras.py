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
# A range of years may come before the era or after "AD", with a dash or a word: "44-40 BC",
# "AD 325 - 350", "from 44 to 40 BC", "ruled A.D. 161 to 180", "between AD 900 and 950" (the
# second year is a year of the era too, never a quantity: not "one hundred eighty").
_TO = r"(?:\s?[-–]\s?|\s(?P<to>to|and|until|till)\s)"
_ERA_RANGE = rf"(?P<first>\d{{1,4}}){_TO}(?P<circa>(?:c|ca)\.\s?|circa\s)?"
# The look-ahead for the first digit comes before the look-behind: a pattern led by a
# look-behind costs a full try at every position of the text. _ERA_FIRST is led by its "A",
# the word boundary looked behind from there, for the same reason.
_YEAR_OF_ERA = re.compile(
    rf"(?=\d)(?<![\w.,])(?:{_ERA_RANGE})?(?P<year>\d{{1,4}})\s?{_ERA}(?![\w.])"
)
# Before the year: "AD 79", "A.D. 161 to 180", and dotted "B.C. 146", as older histories
# write it ("BC 146" undotted may be British Columbia's).
_ERA_FIRST = re.compile(
    rf"(?:A(?<!\wA)\.?\s?D\.?|(?P<bc>B(?<!\wB)\.\s?C\.))\s?(?P<year>\d{{1,4}})"
    rf"(?:{_TO}(?P<last>\d{{1,4}}))?(?![\w.,]\d|\w)"
)


# A dash between two years that each carry their era, as a life or a reign is dated: "(69 BC
# – 10 August 30 BC)", "(356 BC – 323 BC)", "(c. 110 BC – AD 10)" -> "... BC to ..." (the
# range before the era reads "44-40 BC"; here the first year's era stands before the dash).
_ERA_LETTERS = r"(?:B\.?\s?C\.?(?:\s?E\.?)?|C\.?\s?E\.?|A\.?\s?D\.?)"
_DASH_BETWEEN_ERAS = re.compile(
    rf"(?P<first>\d{{1,4}}\s?{_ERA_LETTERS})\s?[-–]\s?"
    r"(?=(?:c\.\s?|ca\.\s?|circa\s)?(?:A\.?\s?D\.?\s?\d|\d[^-–;()]{0,20}?\b(?:B\.?\s?C|A\.?\s?D|C\.?\s?E)\b))"
)


def _say_year_of_era(match: re.Match[str]) -> str:
    """ "805 B.C." -> "eight oh-five BC": a year of an era is read as a year."""
    era = re.sub(r"[.\s]", "", match["era"]).upper()
    circa = "circa " if match["circa"] else ""  # "c. 100 – c. 170 AD": both about
    first = f"{year(int(match['first']))} {match['to'] or 'to'} {circa}" if match["first"] else ""
    return f"{first}{year(int(match['year']))} {era}" + stop_after(match)


def _say_era_first(match: re.Match[str]) -> str:
    """ "AD 79" -> "AD seventy-nine", "AD 325 - 350" -> "AD three twenty-five to three fifty",
    "B.C. 146" -> "BC one forty-six"."""
    era = "BC" if match["bc"] else "AD"
    # "A.D. 161 and 3 legions": a smaller number after a word is no year of the range (before
    # Christ the years count down: "B.C. 264 to 241").
    if match["to"] and (int(match["last"]) < int(match["year"])) != bool(match["bc"]):
        return (
            f"{era} {year(int(match['year']))}"
            + match.group(0)[match.end("year") - match.start() :]
        )
    last = f" {match['to'] or 'to'} {year(int(match['last']))}" if match["last"] else ""
    return f"{era} {year(int(match['year']))}{last}"


def read_eras(text: str) -> str:
    """ "805 B.C." -> "eight oh-five BC", "AD 79" -> "AD seventy-nine"."""
    if "–" in text or "-" in text:
        text = _DASH_BETWEEN_ERAS.sub(lambda m: f"{m['first']} to ", text)
    text = _YEAR_OF_ERA.sub(_say_year_of_era, text)
    return _ERA_FIRST.sub(_say_era_first, text)
