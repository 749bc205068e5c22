"""A run of short sections under the title, each a headline over a paragraph or a few: a
letters page's letters, a newsletter's items ("Closing the pool would be a false economy" over
the letter and its signature, then "Look again at the figures" over the next). The first
headline, right under the title, has the shape of a standfirst with no full stop; what tells it
for a head is the next one, a few paragraphs down and as long. A standfirst over the dateline
("Facility will store enough power for 300,000 homes" over "RENO, Nev., …") or over an
interview's first question is none.
"""

from __future__ import annotations

from narrator.readers.wire import dateline_of

__all__ = ["heads_short_section"]

_MAX_HEAD_WORDS = 8
_MIN_NEXT_HEAD_WORDS = 3
"""The next head is a headline as the first is, not a label ("Links")."""
_MAX_SECTION_PARAGRAPHS = 3


def heads_short_section(paragraphs: list[tuple[str, str]], starts: set[int], position: int) -> bool:
    """Whether the paragraph at `position` (each paragraph with its role) heads the first of a
    run of short sections, the later ones starting at `starts`."""
    following = min((start for start in starts if start > position), default=0)
    below = paragraphs[position + 1][0]
    return (
        position + 1 < following <= position + 1 + _MAX_SECTION_PARAGRAPHS
        and len(paragraphs[position][0].split()) <= _MAX_HEAD_WORDS
        and len(paragraphs[following][0].split()) >= _MIN_NEXT_HEAD_WORDS
        and dateline_of(below) is None
        and not below.endswith("?")
    )
