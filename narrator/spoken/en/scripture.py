"""Books of the Bible that go by number, read for `ranges` before it reads chapter and verse.

- "2 Kings v. 14" -> "Second Kings five 14", "1 Sam. xvii. 49" -> "First Samuel seventeen
  49", "I Kings xix. 12" -> "First Kings nineteen 12", "2 Samuel 12:7" -> "Second Samuel
  12:7": the number before such a book is its order, said as an ordinal, and a Roman
  chapter after it is said as a count, as a reader cites it
- only before a chapter (a Roman numeral with its dot, or chapter and verse parted by a
  colon or a dot, or read already as two numbers in words), so "He had 3 kings in his hand"
  and "gave 2 John" are left
"""

from __future__ import annotations

import re

from narrator.spoken.common.roman import roman_value
from narrator.spoken.en.numbers import cardinal

# The books that go by number, with the short forms old books and sermons write.
_BOOKS = {
    "Samuel": "Samuel", "Sam": "Samuel", "Kings": "Kings", "Kgs": "Kings",
    "Chronicles": "Chronicles", "Chron": "Chronicles", "Chr": "Chronicles",
    "Corinthians": "Corinthians", "Cor": "Corinthians",
    "Thessalonians": "Thessalonians", "Thess": "Thessalonians",
    "Timothy": "Timothy", "Tim": "Timothy", "Peter": "Peter", "Pet": "Peter",
    "John": "John", "Esdras": "Esdras", "Maccabees": "Maccabees", "Macc": "Maccabees",
}  # fmt: skip
_ORDERS = {"1": "First", "2": "Second", "3": "Third", "I": "First", "II": "Second", "III": "Third"}
_NUMERAL = r"[ivxlc]{1,7}|[IVXLC]{1,7}"
# Chapter and verse the times have read already ("5:14" -> "five fourteen").
_CHAPTER_IN_WORDS = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|"
    r"thirty|forty|fifty)(?:-[a-z]+)? (?:one|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty)\b"
)
_NUMBERED_BOOK = re.compile(
    rf"(?<![\w.,])(?P<nth>[123]|I{{1,3}}) (?P<book>{'|'.join(_BOOKS)})\b(?P<dot>\.)?"
    rf"(?=\s+(?:\d{{1,3}}[:.]\d|{_CHAPTER_IN_WORDS}|(?:{_NUMERAL})\.(?:\s?\d|\s|$)))"
    rf"(?:\s+(?P<numeral>{_NUMERAL})\.(?P<verse>\s?(?=\d))?)?"
)
# Only a short form takes a dot; the full name must not end the sentence before a numeral.
_SHORT_FORMS = frozenset(short for short, name in _BOOKS.items() if short != name)
HINT = re.compile(rf"(?:[123]|I{{1,3}}) (?:{'|'.join(_BOOKS)})\b")


def _say_numbered_book(match: re.Match[str]) -> str:
    book = match["book"]
    if (match["dot"] is not None) != (book in _SHORT_FORMS):
        return match.group(0)  # "Sam" undotted, "John." ending a sentence: no citation
    said = f"{_ORDERS[match['nth']]} {_BOOKS[book]}"
    if match["numeral"] is None:
        return said
    chapter = roman_value(match["numeral"].upper())
    if chapter is None:
        return match.group(0)
    return f"{said} {cardinal(chapter)}" + (" " if match["verse"] is not None else ".")


def read_numbered_books(text: str) -> str:
    """ "2 Kings v. 14" -> "Second Kings five 14", "1 Sam. xvii. 49" -> "First Samuel
    seventeen 49"; "3 kings" of a hand of cards is left."""
    if not HINT.search(text):
        return text
    return _NUMBERED_BOOK.sub(_say_numbered_book, text)
