"""A story's head pasted in one block with its first paragraph, no blank line between them,
where the story's other paragraphs are apart: the standfirst over the posting stamp over the
sponsor's label over the first paragraph ("The head of packaging at Fenwick Fresh tells …"
over "8 December 2026" over "Sponsored by BoxCo Solutions" over "Fenwick Fresh, one of …"), or
over the release's kind and its issue ("Press release" over "Issued: Tuesday 8 December 2026"),
or right over it, where the text keeps each of its other paragraphs on one line.

Lines joined into one paragraph where the page's own lines stand whole between them (a stamp, a
label, "Comments (14)") are no wrapped paragraph's: the block is parted around those lines,
which go; so does a sponsor's label among them, which labels the story it is on (over a
paragraph of its own, a newsletter's, it labels that paragraph as an ad, and goes with it:
narrator.readers.site_lines).
"""

from __future__ import annotations

import itertools

from narrator.readers.site_lines import is_site_frame, is_site_lead
from narrator.readers.stamps import is_stamp
from narrator.readers.trailers import is_clutter_line

__all__ = ["apart_from_stamp"]

_MIN_HEAD_WORDS = 8
"""A standfirst's words at the least ("The head of packaging at Fenwick Fresh tells …")."""
_MIN_PROSE_WORDS = 12
_MIN_OTHER_BLOCKS = 3
"""The blocks it takes to tell a text that keeps its paragraphs on one line each."""
_SENTENCE_ENDS = (".", "!", "?", '"', "\u201d", "\u00bb")


def apart_from_stamp(groups: list[list[str]]) -> list[list[str]]:
    """`groups` (blocks, each a list of its lines) with the first block parted around the
    page's lines in it (a stamp, a label: "Published Tuesday 8 December 2026" over "Share this
    page" over the first paragraph), the sponsor's labels among them left out; the first block
    unchanged if the text has no other block (its lines may be one per paragraph), or if its
    other lines are not a standfirst's or a paragraph's ("AFP" over "Fri, December 5, 2026 …"
    over "2 min read"), if it ends in no paragraph, or if a lead of clutter opens it: a box."""
    if len(groups) < 2 or not groups[0]:
        return groups
    first = groups[0]
    runs = [(framed, list(lines)) for framed, lines in itertools.groupby(first, _is_frame)]
    words = [line for framed, lines in runs if not framed for line in lines]
    if runs[-1][0] or not _is_prose(first[-1], _MIN_PROSE_WORDS):
        return groups
    if len(runs) == 1:  # the standfirst right over the paragraph, no line between them
        return _apart_if_unwrapped(groups)
    if not all(_is_prose(line, _MIN_HEAD_WORDS) for line in words):
        return groups
    if is_site_lead(first[0].strip()):
        return groups  # a box under its lead goes whole ("Unlock the Editor's Digest …")
    parted = [
        [line for line in lines if not is_site_frame(line.strip())] if framed else lines
        for framed, lines in runs
    ]
    return [part for part in parted if part] + groups[1:]


def _is_frame(line: str) -> bool:
    line = line.strip()
    return is_stamp(line) or is_site_frame(line) or is_clutter_line(line)


def _is_prose(line: str, words: int) -> bool:
    """Whether a line is a standfirst's or a paragraph's: `words` words or more, the last
    ending a sentence if it is a paragraph's."""
    ends = words < _MIN_PROSE_WORDS or line.rstrip().endswith(_SENTENCE_ENDS)
    return len(line.split()) >= words and ends


def _apart_if_unwrapped(groups: list[list[str]]) -> list[list[str]]:
    """`groups` with the first block's lines apart, each a paragraph, where they are a
    standfirst's and a paragraph's and the text keeps each of its other paragraphs on one line
    (no two lines of prose follow each other in its other blocks: a text wrapped at a column's
    width runs every paragraph on over lines)."""
    first, others = groups[0], groups[1:]
    if len(first) < 2 or len(others) < _MIN_OTHER_BLOCKS:
        return groups
    if not all(_is_prose(line, _MIN_HEAD_WORDS) for line in first):
        return groups
    if any(
        _is_prose(a, _MIN_HEAD_WORDS) and _is_prose(b, _MIN_HEAD_WORDS) for a, b in _pairs(others)
    ):
        return groups
    return [[line] for line in first] + others


def _pairs(groups: list[list[str]]) -> list[tuple[str, str]]:
    return [pair for group in groups for pair in itertools.pairwise(group)]
