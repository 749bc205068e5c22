"""A printed page's text as it is copied from a PDF: its running heads, its page numbers, its
words broken at the lines' ends, its lines wrapped at the column's width.

- a running head, the paper's or the document's name and its date, page or kind apart by a
  wide gap: "THE HARBOUR GAZETTE          December 5, 2026", "Annual report 2026        Page 3",
  "Severn Vale Water          Press release"
- a page's number on a line of its own in the run of the text: "3", "Page 3", "Page 3 of 12",
  "- 3 -"; after the document's name: "River Valley Water / Page 2"
- a release's mark that it goes on over the page: "- more -", "(more)", "- continued -"
- a word broken at a line's end: "ending a dispute with environ-" over "mental groups" is
  "environmental"; a word that the text writes with its hyphen elsewhere ("well-known") keeps it
- a title wrapped onto a second line: "Council approves £12m plan to rebuild" over "the seafront
  promenade", "River Valley Water lifts boil-water advisory for" over "Eastside neighborhoods"
- lines wrapped with no blank line between paragraphs: joined where a line does not end a
  sentence, or fills the column
"""

from __future__ import annotations

import re

from narrator.readers.stamps import is_stamp
from narrator.readers.trailers import is_clutter_line, is_page_frame

__all__ = ["unwrapped", "unwrapped_title", "without_page_marks"]

_GAP = re.compile(r"^(?P<left>\S.{0,60}?)(?:[ \u00a0]{3,}|\t+)(?P<right>\S.{0,60})$")
_PAGE = re.compile(
    r"^(?:(?:page|p\.|seite|p\u00e1gina|pag\.)\s*\d{1,4}(?:\s*(?:of|/|von|de|sur)\s*\d{1,4})?"
    r"|[-\u2013\u2014]?\s*\d{1,3}\s*[-\u2013\u2014]?)$",
    re.IGNORECASE,
)
"""A page's number: "3", "- 3 -", "Page 3", "Page 3 of 12"."""
_MAX_PAGE_CHARS = 20
_NAMED_PAGE = re.compile(
    r"^(?:[^\W\d_][^|/\u2013\u2014]{0,50}?\s*[/|\u2013\u2014]\s*(?P<page>(?:page|p\.|seite"
    r"|p\u00e1gina|pag\.)\s*\d{1,4}(?:\s*(?:of|/|von|de|sur)\s*\d{1,4})?)"
    r"|(?P<first>(?:page|p\.|seite|p\u00e1gina|pag\.)\s*\d{1,4})\s*[/|\u2013\u2014]\s*[^\W\d_].{0,50})$",
    re.IGNORECASE,
)
"""A running head of the document's name and the page's number apart by a mark: "River Valley
Water / Page 2", "Page 2 | Annual report"."""
_GOES_ON = re.compile(
    r"^(?:[-\u2013\u2014]+\s*(?:more|continued|mehr|suite|sigue|segue|continua)\s*[-\u2013\u2014]+"
    r"|\((?:more|continued|mehr|suite|sigue|segue|continua)\)|(?-i:MORE))$",
    re.IGNORECASE,
)
"""A release's mark at a page's foot that its text goes on over the page: "- more -"."""
_OPEN_END = re.compile(
    r"(?:\b(?i:for|of|to|the|an|and|or|in|on|at|with|from|by|as|into|over|after|about|de|del"
    r"|la|el|los|las|en|para|por|le|les|des|du|et|pour|sur|f\u00fcr|der|die|das|den|dem|und"
    r"|von|zum|zur|im|mit|di|il|per|da|do|dos|na|no|com|\u0434\u043b\u044f|\u043f\u043e|\u043d\u0430)"
    r"|\b(?:a|e|y|\u0438|\u0432|\u0441))$"
)
"""A title's line that ends on a word that cannot end it: a preposition, an article, "and"."""
_NAME = re.compile(r"^[^\W\d_][^|#=<>{}]{0,50}$")
"""A running head's name of the paper or the document."""
_HYPHENATED = re.compile(r"[^\W\d_]+-[^\W\d_]+")
_BROKEN = re.compile(r"(?<=[^\W\d_])-$")
_CONTINUES = re.compile(r"^[^\W\d_A-Z\u00c0-\u00de]")
"""A line that goes on a word broken above it: it starts with a small letter."""
_ENDS_SENTENCE = re.compile(r"[.!?:;\"'\u201d\u2019)]$")
_MIN_WRAPPED_LINES = 4
_MIN_TITLE_LINES = 3
_BY = re.compile(r"^(?:by|von|par|por|di|da|de)\s", re.IGNORECASE)
"""A byline in small letters under a title ("by Jane Doe"): no part of the title."""
_MIN_WIDTH = 50
_FULL_LINE = 0.85
"""A line this share of the column's width or more fills it: the paragraph goes on."""


def without_page_marks(lines: list[str]) -> list[str]:
    """`lines` without the running heads and page numbers a PDF's pages put among them; a
    number alone is a page's only between two lines of text (or after the last)."""
    kept: list[str] = []
    for position, line in enumerate(lines):
        stripped = line.strip()
        if ("   " in stripped or "\t" in stripped) and _is_running_head(stripped):
            continue
        if len(stripped) <= _MAX_PAGE_CHARS and _is_page_number(lines, position):
            continue
        if _GOES_ON.match(stripped) or (
            ("/" in stripped or "|" in stripped or "\u2013" in stripped)
            and _NAMED_PAGE.match(stripped)
        ):
            continue
        kept.append(line)
    return _rejoined(kept)


def _is_page_number(lines: list[str], position: int) -> bool:
    before = lines[position - 1].strip() if position else ""
    after = lines[position + 1].strip() if position + 1 < len(lines) else None
    line = lines[position].strip()
    # the last line alone, if it names the page: "Seite 1 von 1" under a letter's signature
    last = after is None and not before and line[:1].isalpha()
    if line[:1].isalpha() and " of " in line and _PAGE.match(line):
        return True  # a page's number as its words say it, blank lines round it: "Page 1 of 2"
    return (
        (bool(before) or last)
        and after != ""
        and bool(_PAGE.match(line))
        and not (before and _is_counted(before))
    )


def _is_running_head(line: str) -> bool:
    gap = _GAP.match(line)
    if gap is None:
        return False
    left, right = gap["left"].strip(), gap["right"].strip()
    for mark, name in ((left, right), (right, left)):
        # by a page's number a document's name may hold figures ("Annual report 2026"); by a
        # date it may not ("Hochsprung W14" over "19.05.2007" is a table's row)
        if _PAGE.match(mark) and _NAME.match(name):
            return True
        if is_stamp(mark) and _NAME.match(name) and not any(ch.isdigit() for ch in name):
            return True
        if is_page_frame(mark) and _NAME.match(name):
            return True  # by the document's kind: "Severn Vale Water          Press release"
    return False


def _is_counted(line: str) -> bool:
    """A line a number under it may belong to: a label ("Goals") rather than running text."""
    return len(line.split()) <= 2 and not _ENDS_SENTENCE.search(line)


def _rejoined(lines: list[str]) -> list[str]:
    """Words broken at a line's end made whole ("environ-" over "mental groups"), unless the
    text writes the word with its hyphen elsewhere ("well-known")."""
    if not any(line.rstrip().endswith("-") for line in lines):
        return lines
    written = set(_HYPHENATED.findall("\n".join(lines)))  # the words written with a hyphen
    joined: list[str] = []
    for line in lines:
        stripped = line.strip()
        if joined and _BROKEN.search(joined[-1]) and _CONTINUES.match(stripped):
            head = joined[-1].rsplit(None, 1)[-1]
            tail = stripped.split(None, 1)[0]
            hyphenated = f"{head}{tail}" in written
            joined[-1] = f"{joined[-1] if hyphenated else joined[-1][:-1]}{stripped}"
            continue
        joined.append(line.rstrip())
    return joined


def unwrapped_title(lines: list[str]) -> list[str]:
    """`lines` with a title wrapped onto the next line made one line: "Council approves £12m
    plan to rebuild" over "the seafront promenade" (a small letter, no blank line between)."""
    if len(lines) < _MIN_TITLE_LINES or not lines[1].strip():
        return lines
    first, second = lines[0].strip(), lines[1].strip()
    wrapped = (
        (_CONTINUES.match(second) is not None or _OPEN_END.search(first) is not None)
        and _BY.match(second) is None
        and not any(is_clutter_line(line) for line in lines[1:3])
        and not _ENDS_SENTENCE.search(first)
        and not _ENDS_SENTENCE.search(second)
        and len(second) < len(first)
    )
    return [f"{first} {second}", *lines[2:]] if wrapped else lines


def unwrapped(lines: list[str]) -> list[list[str]]:
    """The paragraphs of a text with no blank lines, one per line, or when its lines are
    wrapped at a column's width, each line joined to the one above where that one does not
    end a sentence or fills the column."""
    widths = [len(line.strip()) for line in lines]
    # the column's width: a line a broken word was joined to is longer than the rest
    width = sorted(widths)[len(widths) * 3 // 4] if widths else 0
    open_ends = sum(1 for line in lines if not _ENDS_SENTENCE.search(line.strip()))
    wrapped = (
        len(lines) >= _MIN_WRAPPED_LINES
        and width >= _MIN_WIDTH
        and open_ends * 3 >= len(lines)
        and sum(w >= _FULL_LINE * width for w in widths) * 2 >= len(lines)
    )
    if not wrapped:
        return [[line] for line in lines]
    groups: list[list[str]] = []
    for line in lines:
        above = groups[-1][-1].strip() if groups else ""
        goes_on = bool(above) and (
            not _ENDS_SENTENCE.search(above) or len(above) >= _FULL_LINE * width
        )
        # a short line that ends no sentence, under one that does, heads what follows
        heading = (
            len(line.strip()) < width / 2
            and not _ENDS_SENTENCE.search(line.strip())
            and bool(_ENDS_SENTENCE.search(above))
        )
        full = len(above) >= _FULL_LINE * width
        if goes_on and not heading and (full or _CONTINUES.match(line.strip())):
            groups[-1].append(line)
        else:
            groups.append([line])
    return groups
