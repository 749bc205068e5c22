"""The sizes of books as catalogues and old title pages write them: a number of leaves to the
sheet and the end of its Latin name.

- "printed in 4to" -> "printed in quarto"; "a fine 8vo" -> "a fine octavo"
- "2 vols. 12mo" -> "two vols. duodecimo", "16mo" -> "sextodecimo": the sizes also written
  for months ("12mo", "18mo") only beside a book's words: after "in", a count of volumes or
  a comma, or before a comma and a capitalised place ("12mo, London") or the end of the text
  ("printed in 12mo."), and after a count of volumes whatever follows ("3 vols. 12mo, appeared")
"""

from __future__ import annotations

import re

from narrator.spoken.rules import any_of

# The two sizes no other reading shares, and those that months share.
_SIZES = {"4to": "quarto", "8vo": "octavo"}
_MONTH_LIKE = {"12mo": "duodecimo", "16mo": "sextodecimo", "18mo": "octodecimo",
               "24mo": "vicesimo-quarto", "32mo": "trigesimo-secondo"}  # fmt: skip
_SIZE = re.compile(r"(?<![\w.,/-])(?P<size>4to|8vo|12mo|16mo|18mo|24mo|32mo)\b(?![\w-])")
_BOOK_WORD_BEFORE = re.compile(r"(?:\b(?:in|vols?\.?|volumes?|an?)|,|\d) $")
_PLACE_AFTER = re.compile(
    r",? [A-Z][a-z]+|\.?,? (?:1[5-9]\d\d)\b|,? (?:pp|boards|calf|cloth)\b|\.(?=\s*$)"
)
# After a word of printing and "in", the size is a book's whatever follows: "A pocket edition
# in 18mo was printed", "The pocket edition, in 12mo, sold" ("The loan runs 12mo." is a term).
_PRINTED_IN_BEFORE = re.compile(
    r"\b(?:editions?|printed|reprinted|published|issued|bound|volumes?|copy|copies),?\s+in\s$"
)
# After a count of volumes, the size is a book's whatever follows: "in 3 vols. 12mo, appeared".
_VOLUMES_BEFORE = re.compile(r"\d\s(?:vols?\.?|volumes?),?\s$")
# A size named as a thing, after an article and a word of its look, where no noun follows it:
# "a thin 12mo, now worth £50", "a small 16mo of 90 pages" ("a 12mo loan" is a term of months).
_ARTICLE_BEFORE = re.compile(r"\b[Aa]n? (?:[a-z]+ )?$")
_NO_NOUN_AFTER = re.compile(r"[,;:)]|\.?\s*$|\.\s+[A-Z]| (?:of|in|with|bound|printed)\b")
HINT = any_of(r"4to", r"8vo", r"mo\b(?<=\dmo)")


def _say(match: re.Match[str]) -> str:
    size = match["size"]
    if size in _SIZES:
        return _SIZES[size]
    text, start, end = match.string, match.start(), match.end()
    if _BOOK_WORD_BEFORE.search(text, max(0, start - 10), start) and _PLACE_AFTER.match(text, end):
        return _MONTH_LIKE[size]
    if _PRINTED_IN_BEFORE.search(text, max(0, start - 24), start) or _VOLUMES_BEFORE.search(
        text, max(0, start - 12), start
    ):
        return _MONTH_LIKE[size]
    if _ARTICLE_BEFORE.search(text, max(0, start - 16), start) and _NO_NOUN_AFTER.match(text, end):
        return _MONTH_LIKE[size]
    return match.group(0)


def read_book_sizes(text: str) -> str:
    """Read the sizes of books: "4to" -> "quarto", "8vo" -> "octavo", "2 vols. 12mo,
    London" -> "2 vols. duodecimo, London"."""
    return _SIZE.sub(_say, text)
