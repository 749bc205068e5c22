"""Chapter and verse after a book of the Bible, a colon between them.

- "Gen. 1:1" -> "Gen. one one", "Psalm 23:4" -> "Psalm twenty-three four" (no ratio, no time)
- "Matt. 5:3-12" -> "Matt. five three to twelve": verses after the first, with a dash
- "Samuel 12:7", "John 3:16": the books named in full too
"""

from __future__ import annotations

import re

from narrator.spoken.en.numbers import number
from narrator.spoken.tables import read_mapping

# After a book of the Bible, a colon parts chapter and verse, said one after the other:
# "Gen. 1:1" -> "Gen. one one", "Psalm 23:4" (no ratio, no time).
_BOOKS = read_mapping("en", "bible_books")
# The books named in full that no short form stands for: "Samuel 12:7", "John 3:16".
_FULL_NAMES = (
    "Samuel", "John", "Mark", "Luke", "Acts", "Ruth", "Job", "Jude", "Daniel", "Joel", "Amos",
    "Jonah", "Nahum", "Haggai", "Zephaniah", "Ezra", "Titus", "James", "Timothy", "Peter",
)  # fmt: skip
_BOOK_NAMES = sorted(
    {*_BOOKS, *_BOOKS.values(), *_FULL_NAMES, "Psalm", "Psalms", "Ps"}, key=lambda w: (-len(w), w)
)
# Verses after the first, with a dash: "Matt. 5:3-12" -> "five three to twelve".
_VERSE = re.compile(
    rf"\b(?P<book>{'|'.join(map(re.escape, _BOOK_NAMES))})(?P<dot>\.?\s)(?P<a>\d{{1,3}}):"
    r"(?P<b>\d{1,3})(?:[-–](?P<c>\d{1,3}))?(?![\d:]|[.,]\d)"
)


def read_verses(text: str) -> str:
    """Read a Bible book's chapter and verses: "John 3:16-18" -> "John three sixteen to
    eighteen" (for `times`, which would read "3:16" as a clock and leave "-18")."""
    return _VERSE.sub(_say_verse, text)


def _say_verse(match: re.Match[str]) -> str:
    said = f"{match['book']}{match['dot']}{number(match['a'])} {number(match['b'])}"
    return f"{said} to {number(match['c'])}" if match["c"] else said
