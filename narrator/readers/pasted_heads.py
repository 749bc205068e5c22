"""A story's head pasted in one block with its first paragraph, no blank line between them,
where the story's other paragraphs are apart: the standfirst over the posting stamp over the
sponsor's label over the first paragraph ("The head of packaging at Fenwick Fresh tells …"
over "8 December 2026" over "Sponsored by BoxCo Solutions" over "Fenwick Fresh, one of …").

Lines joined into one paragraph where a stamp stands whole on a line of its own are no wrapped
paragraph's: the block is parted at the stamp, which goes with the lines of clutter under it
("Comments (14)"); the sponsor's label there, which labels the story it is on, goes too (over a
paragraph of its own, a newsletter's, it labels that paragraph as an ad, and goes with it:
narrator.readers.site_lines).
"""

from __future__ import annotations

from narrator.readers.site_lines import is_site_frame
from narrator.readers.stamps import is_stamp
from narrator.readers.trailers import is_clutter_line

__all__ = ["apart_from_stamp"]

_MIN_HEAD_WORDS = 8
"""A standfirst's words at the least ("The head of packaging at Fenwick Fresh tells …")."""
_MIN_PROSE_WORDS = 12
_SENTENCE_ENDS = (".", "!", "?", '"', "\u201d", "\u00bb")


def apart_from_stamp(groups: list[list[str]]) -> list[list[str]]:
    """`groups` (blocks, each a list of its lines) with the first block parted around a stamp
    on a line of its own between lines of words, a sponsor's label under the stamp left out;
    the first block unchanged if the text has no other block (its lines may be one per
    paragraph) or no stamp between its lines."""
    if len(groups) < 2 or not groups[0]:
        return groups
    first = groups[0]
    stamp = next((i for i in range(1, len(first) - 1) if is_stamp(first[i].strip())), None)
    if stamp is None:
        return groups
    below = stamp + 1
    while below < len(first) - 1 and _is_frame(first[below].strip()):
        below += 1  # "Sponsored by BoxCo Solutions", "Comments (14)" under the stamp
    # the words over the stamp and under it make sentences: not a source's name over its stamp
    # over a reading time ("AFP" over "Fri, December 5, 2026 …" over "2 min read")
    if not all(_is_prose(line, _MIN_HEAD_WORDS) for line in first[:stamp]) or not _is_prose(
        first[below], _MIN_PROSE_WORDS
    ):
        return groups
    framed = [line for line in first[stamp:below] if not is_site_frame(line.strip())]
    return [first[:stamp], framed, first[below:], *groups[1:]]


def _is_frame(line: str) -> bool:
    return is_site_frame(line) or is_clutter_line(line)


def _is_prose(line: str, words: int) -> bool:
    """Whether a line is a standfirst's or a paragraph's: `words` words or more, the last
    ending a sentence if it is a paragraph's."""
    ends = words < _MIN_PROSE_WORDS or line.rstrip().endswith(_SENTENCE_ENDS)
    return len(line.split()) >= words and ends
