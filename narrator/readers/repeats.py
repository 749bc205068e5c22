"""What a web page shows twice or shows as a figure, once its article is extracted: the title
again as the first paragraph (a page that writes its title in a styled division, not an h1), a
pull quote that repeats a sentence of the body in large type, and a bare count (the likes and
responses under a post's title: "1.2K", "31"); and a post's date and title that the extraction
puts after it as headings over nothing (a Blogger post's). A listener hears each once, or not
at all.
"""

from __future__ import annotations

import re
from dataclasses import replace

from narrator.models import Block, BlockKind, Section
from narrator.readers.stamps import is_stamp

__all__ = ["without_repeats"]

# A count and nothing else ("31", "1.2K", "4,812") before the body's first sentence: a post's
# likes and responses. In the body it is a recipe's step number or an ingredient's quantity.
_COUNT = re.compile(r"\d[\d.,]*\s?[KkMm]?")
_MIN_BODY_WORDS = 8
_QUOTES = "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb "
# The title shown again is looked for among the first blocks; the blocks before it, each of a
# few words, are the page's header ("Home", "Transport").
_OPENING_BLOCKS = 3
_MAX_HEADER_WORDS = 4
# A pull quote is a sentence or two; a longer quote that the body holds too is the body's own.
_MAX_PULL_QUOTE_WORDS = 60


def without_repeats(sections: tuple[Section, ...], title: str) -> tuple[Section, ...]:
    """`sections` without the `title` shown again as one of the first paragraphs (and the few
    words before it: a "Home" link, a section's name), the quotes whose words a paragraph of
    the body holds (pull quotes), and the blocks before the body that are only a count."""
    paragraphs = [
        _folded(block.text)
        for section in sections
        for block in section.blocks
        if block.kind is BlockKind.PARAGRAPH
    ]
    sections = _without_title_again(sections, title)
    kept: list[Section] = []
    in_body = False
    for section in sections:
        blocks: list[Block] = []
        for block in section.blocks:
            if _is_pull_quote(block, paragraphs) or (not in_body and _COUNT.fullmatch(block.text)):
                continue
            in_body = in_body or len(block.text.split()) >= _MIN_BODY_WORDS
            blocks.append(block)
        if blocks or section.heading:
            kept.append(replace(section, blocks=tuple(blocks)))
    while len(kept) > 1 and not kept[-1].blocks and _is_post_header(kept[-1].heading, title):
        kept.pop()
    return tuple(kept)


def _is_post_header(heading: str | None, title: str) -> bool:
    """Whether a heading over nothing at the end is the post's date or its title again."""
    return heading is not None and (is_stamp(heading) or _folded(heading) == _folded(title))


def _without_title_again(sections: tuple[Section, ...], title: str) -> tuple[Section, ...]:
    if not sections or sections[0].heading is not None or not title:
        return sections
    blocks = sections[0].blocks
    for index, block in enumerate(blocks[:_OPENING_BLOCKS]):
        if _folded(block.text) == _folded(title) or _is_page_head(block.text, title):
            before = blocks[:index]
            start = index if any(len(b.text.split()) > _MAX_HEADER_WORDS for b in before) else 0
            opening = replace(sections[0], blocks=blocks[:start] + blocks[index + 1 :])
            return (opening, *sections[1:])
    return sections


def _is_page_head(text: str, title: str) -> bool:
    """Whether a block is the page's head run into one paragraph: the title with a label of a
    few words before it and its stamp after it ("Disrupted Service disruption: ferries
    cancelled Tuesday Last updated: 07/12/2026 16:30")."""
    words, headline = " ".join(text.split()), " ".join(title.split())
    at = words.find(headline) if headline else -1
    if at < 0:
        return False
    before, after = words[:at].strip(), words[at + len(headline) :].strip()
    label = len(before.split()) <= _MAX_HEADER_WORDS and not before.endswith((".", "!", "?"))
    return label and (not after or is_stamp(after)) and bool(before or after)


def _is_pull_quote(block: Block, paragraphs: list[str]) -> bool:
    if block.kind is not BlockKind.QUOTE or len(block.text.split()) > _MAX_PULL_QUOTE_WORDS:
        return False
    words = _folded(block.text)
    return bool(words) and any(words in paragraph for paragraph in paragraphs)


def _folded(text: str) -> str:
    """`text` in lower case without its quotation marks and final stop, its words one space
    apart: a pull quote drops the quotation marks and the "she said" that the body has."""
    words = " ".join(text.casefold().split()).strip(_QUOTES).rstrip(".,;:!?\u2026").strip(_QUOTES)
    return "".join(ch for ch in words if ch not in _QUOTES[:-1])
