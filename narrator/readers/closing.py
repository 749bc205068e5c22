"""The list of other stories' headlines that ends many news articles after its heading ("More on
this story", "Related Topics") was lost: each item a link to another page, and nothing in the
article announcing it."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING
from xml.etree import ElementTree

from narrator.readers.clutter import all_text, parsed, word_count
from narrator.readers.structure import clean

if TYPE_CHECKING:
    from lxml.html import HtmlElement

__all__ = ["drop_closing_links"]

_MAX_HEADLINE_WORDS = 16
# The words of a list item its link holds: a headline, beside its date ("Published 12 May").
_MIN_LINKED_SHARE = 0.5
_MIN_KEPT_PARAGRAPHS = 2
_SPACES = re.compile(r"\s+")


def drop_closing_links(main: ElementTree.Element, html: str) -> None:
    """Remove the list that ends `main` when each of its items is, on the page (`html`), a list
    item mostly made of a link to another page: the headlines of other stories. A list that the
    paragraph before it announces ("Useful numbers:") is the article's, and so is a list of
    sentences."""
    blocks = list(main)
    if len(blocks) < 2 or blocks[-1].tag != "list":
        return
    closing, before = blocks[-1], blocks[-2]
    items = [clean(all_text(item)) for item in closing.findall("item")]
    if not items or clean(all_text(before)).endswith(":") or not all(map(_is_headline, items)):
        return
    prose = [block for block in blocks[:-1] if block.tag == "p" and word_count(block) > 0]
    if len(prose) < _MIN_KEPT_PARAGRAPHS:
        return
    page = parsed(html)
    linked = _linked_items(page) if page is not None else set()
    if all(_squeezed(item) in linked for item in items):
        main.remove(closing)


def _is_headline(item: str) -> bool:
    return 0 < len(item.split()) <= _MAX_HEADLINE_WORDS and not item.endswith((".", "!", "?"))


def _linked_items(page: HtmlElement) -> set[str]:
    """The page's list items whose words are mostly a link's to another page, without spaces
    (the extraction may join a link's words to the next element's)."""
    found = set()
    for item in page.iter("li"):
        words = " ".join(item.itertext()).split()
        away = [
            word
            for link in item.iter("a")
            if not (link.get("href") or "#").startswith("#")
            for word in " ".join(link.itertext()).split()
        ]
        if words and len(away) >= _MIN_LINKED_SHARE * len(words):
            found.add(_squeezed(clean(" ".join(words))))
    return found


def _squeezed(text: str) -> str:
    return _SPACES.sub("", text)
