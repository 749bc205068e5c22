"""A box of links to a pasted page's own parts: a live page's "Key events", its entries'
headlines under their times ago ("2h ago" over "Trains cancelled across Wales"), or a long
read's contents, a line for each of its sections, under its label or not ("On this page",
"Contents", GOV.UK's and a council's). Each line is a heading the page shows again further
down, where its part starts; a listener hears it there, once.
"""

from __future__ import annotations

import re

from narrator.readers.event_fields import is_event_field

__all__ = ["heads_prose", "heads_section", "is_kept_line", "without_contents_boxes"]

_MIN_LINES = 2
_MAX_HEAD_WORDS = 16
_MIN_PROSE_WORDS = 15
_LABEL = re.compile(
    r"^(?:on this page|contents|in this (?:article|guide)|auf dieser seite|inhalt|sur cette page"
    r"|sommaire|en esta p\u00e1gina|\u00edndice|in questa pagina|indice|nesta p\u00e1gina"
    r"|на этой странице|содержание)\s*:?$",
    re.IGNORECASE,
)


def without_contents_boxes(groups: list[list[str]]) -> list[list[str]]:
    """`groups` (paragraphs, each a list of its lines) without a paragraph of two or more short
    lines that each come again, alone on their line, in a later paragraph."""
    later: set[str] = set()
    boxed: set[int] = set()
    for position in range(len(groups) - 1, -1, -1):
        lines = [line.strip() for line in groups[position] if line.strip()]
        short = all(len(line.split()) <= _MAX_HEAD_WORDS for line in lines)
        labelled = bool(lines) and bool(_LABEL.match(lines[0]))
        listed = lines[1:] if labelled else lines
        if len(listed) >= _MIN_LINES and short and _heads_later(listed, later, labelled):
            boxed.add(position)
        later.update(lines)
    return [group for position, group in enumerate(groups) if position not in boxed]


def _heads_later(listed: list[str], later: set[str], labelled: bool) -> bool:
    """Whether the lines are the heads of parts further down: each of them; or, under the box's
    label, some of them and none a sentence, since a guide pasted one part at a time lists the
    parts on its other pages too ("Contents" over "Warnings and insurance", "Safety and
    security", "Entry requirements", where only "Safety and security" comes again)."""
    if all(line in later for line in listed):
        return True
    sentence = any(line.endswith((".", "!", "?", ":", ";", ",")) for line in listed)
    return labelled and not sentence and any(line in later for line in listed)


def heads_prose(groups: list[list[str]], position: int) -> bool:
    """Whether a paragraph of one short line heads a paragraph of prose: a part's heading (the
    next item's under a newsletter's "Read more" button), no headline in a box of links."""
    after = " ".join(groups[position + 1]) if position + 1 < len(groups) else ""
    prose = len(after.split()) >= _MIN_PROSE_WORDS and after.rstrip().endswith((".", "!", "?"))
    return len(groups[position]) == 1 and prose


_TOPIC_LINKS = frozenset({"accessibility"})
"""A footer's links (narrator.readers.site_lines) that name a topic a page's section may be
about too."""


def heads_section(line: str, groups: list[list[str]], position: int) -> bool:
    """Whether a footer's link alone in its paragraph heads a paragraph of prose: a section's
    heading ("Accessibility" over "A viewing area with step-free access is set aside …"), not
    the link it is in a footer's list ("Privacy notice" over "Accessibility")."""
    return line.lower() in _TOPIC_LINKS and heads_prose(groups, position)


def is_kept_line(line: str, groups: list[list[str]], position: int) -> bool:
    """Whether a line that reads as clutter by itself stays where it stands: a footer's link
    that heads a section (see `heads_section`), or an event's date or time among its fields
    ("Hora: 19:30" over "Lugar: Teatro Municipal", narrator.readers.event_fields)."""
    return heads_section(line, groups, position) or is_event_field(line, groups[position])
