"""A court's case number, a year, the letters of its kind of case and a serial number, as
courts write it and lawyers and newsreaders say it: each part on its own, not a range, a time
or a minus.

- "2024-CV-1187" -> "twenty twenty-four CV eleven eighty-seven" (was "twenty twenty-four-CV-one
  one eight seven"); "12-cv-4412" -> "twelve CV forty-four twelve"; "2024-CR-553" -> "... CR
  five fifty-three"
- a judge's initials after it: "2023-CV-1187-ABC" -> "... eleven eighty-seven, A-B-C"; a
  federal court's, its office before a colon ("1:23-cv-04412"), is notation's
- the letters first, where a court's words are around: "charged under CR-2023-0553" -> "CR
  twenty twenty-three zero five five three" ("the FY-2024-100 plan" is left)
- a serial of three or four figures is said in pairs, as a year is; with a zero before it or
  of five figures or more, one by one, as notation says a federal court's ("2023-L-004512")
- a date's month between its figures is no kind of case: "12-Jun-2023"
"""

from __future__ import annotations

import re

from narrator.spoken.en.context import words_around
from narrator.spoken.en.initialisms import spelled
from narrator.spoken.en.numbers import digits, year

# The letters of a kind of case, one to four in either case ("CV", "cv", "Civ", "CR", "MJ",
# "BK", "DR", "JV"), between a year of two or four figures and a serial of three to six, maybe
# before a judge's initials.
_NUMBER_BEFORE = r"(?:(?P<no>\b[Nn]o\.|#)\s?)?"
_YEAR_FIRST = re.compile(
    rf"{_NUMBER_BEFORE}(?<![\w.:/-])(?P<year>\d{{2}}|(?:19|20)\d\d)-"
    r"(?P<kind>[A-Za-z]{1,4})-"
    r"(?P<num>\d{3,6})(?:-(?P<judge>[A-Z]{2,4}))?(?![\w/]|[.,]\d|-\d)"
)
_KIND_FIRST = re.compile(
    rf"{_NUMBER_BEFORE}(?<![\w.:/-])"
    r"(?P<kind>[A-Z]{1,4})-(?P<year>(?:19|20)\d\d)-(?P<num>\d{3,6})(?![\w/]|[.,]\d|-\d)"
)
HINT = re.compile(r"\d-[A-Za-z]{1,4}-\d|[A-Z]-(?:19|20)\d\d-\d")


def read_dockets(text: str) -> str:
    """Say a court's case number part by part: "2024-CV-1187" -> "twenty twenty-four CV eleven
    eighty-seven", "12-cv-4412" -> "twelve CV forty-four twelve"."""
    text = _YEAR_FIRST.sub(_say_year_first, text)
    return _KIND_FIRST.sub(_say_kind_first, text)


def _say_year_first(match: re.Match[str]) -> str:
    kind, written_year = match["kind"], match["year"]
    if not _a_kind_of_case(kind) or (len(kind) == 1 and len(written_year) == 2):
        return match.group(0)  # "10-A-100": one letter between short figures may be anything's
    said = f"{_say_year(written_year)} {_letters(kind)} {_serial(match['num'])}"
    return _number_word(match) + said + (f", {_letters(match['judge'])}" if match["judge"] else "")


# With its letters first, a case number is told from a form's or a plan's ("FY-2024-100") by
# a court's words around it.
_COURT_AROUND = re.compile(
    r"(?i:\b(?:case|docket|court|judge|filed|fil(?:ing|es)|lawsuit|suit|su(?:ed|ing)|charged|"
    r"indict\w*|plaintiffs?|defendants?|prosecut\w*|complaint|petition|appeal)\b)"
)


def _say_kind_first(match: re.Match[str]) -> str:
    if not _a_kind_of_case(match["kind"]) or not _COURT_AROUND.search(words_around(match, 80, 60)):
        return match.group(0)
    said = f"{_letters(match['kind'])} {_say_year(match['year'])} {_serial(match['num'])}"
    return _number_word(match) + said


def _number_word(match: re.Match[str]) -> str:
    """ "No." or "#" before the case number, read here as the numero rule would have read it
    before figures ("No. 2023-CV-0412" -> "number ...")."""
    return "" if match["no"] is None else "number "


# Letters written as a word or a model's ("2024-Pro-500", "20-XL-300") are no kind of case: a
# kind is in capitals or in small letters, or one capital and small letters of three ("Civ").
_KIND = re.compile(r"[A-Z]{1,4}|[a-z]{1,4}|[A-Z][a-z]{1,2}")
# The sizes and marks a product's code carries between its figures, and a date's months.
_NOT_A_KIND = frozenset(
    {"XL", "XXL", "XS", "GB", "TB", "MB", "KG", "KM", "MM", "CM", "IN", "FT", "JAN", "FEB",
     "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "SEPT", "OCT", "NOV", "DEC"}
)  # fmt: skip


def _a_kind_of_case(kind: str) -> bool:
    return _KIND.fullmatch(kind) is not None and kind.upper() not in _NOT_A_KIND


def _say_year(written: str) -> str:
    """A year of four figures as a year; of two as people say them: "23", "05" -> "oh five"."""
    if len(written) == 2 and written[0] == "0":
        return "oh " + digits(written[1])
    return year(int(written))


def _letters(kind: str) -> str:
    capitals = kind.upper()
    return spelled(capitals) if len(capitals) < 3 else "-".join(capitals)


def _serial(written: str) -> str:
    """A serial number: "1187" -> "eleven eighty-seven", "553" -> "five fifty-three"; "0412",
    "004512" one figure at a time."""
    if written[0] == "0" or len(written) > 4:
        return digits(written)
    return year(int(written))
