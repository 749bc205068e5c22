"""A box of links to a pasted page's own parts: a live page's "Key events", its entries'
headlines under their times ago ("2h ago" over "Trains cancelled across Wales"), or a long
read's contents, a line for each of its sections. Each line is a heading the page shows again
further down, where its part starts; a listener hears it there, once.
"""

from __future__ import annotations

__all__ = ["without_contents_boxes"]

_MIN_LINES = 2
_MAX_HEAD_WORDS = 16


def without_contents_boxes(groups: list[list[str]]) -> list[list[str]]:
    """`groups` (paragraphs, each a list of its lines) without a paragraph of two or more short
    lines that each come again, alone on their line, in a later paragraph."""
    later: set[str] = set()
    boxed: set[int] = set()
    for position in range(len(groups) - 1, -1, -1):
        lines = [line.strip() for line in groups[position] if line.strip()]
        short = all(len(line.split()) <= _MAX_HEAD_WORDS for line in lines)
        if len(lines) >= _MIN_LINES and short and all(line in later for line in lines):
            boxed.add(position)
        later.update(lines)
    return [group for position, group in enumerate(groups) if position not in boxed]
