"""Other stories' headlines that the extraction keeps as the article's: the list that ends many
news articles after its heading ("More on this story", "Related Topics") was lost, each item a
link to another page, and nothing in the article announcing it; and a headline set alone in
the body, a block that is nothing but a link to another page."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING
from xml.etree import ElementTree

from narrator.readers.clutter import all_text, blocks_in, parsed, word_count
from narrator.readers.structure import clean

if TYPE_CHECKING:
    from lxml.html import HtmlElement

__all__ = ["drop_closing_links", "drop_linked_teasers"]

_MAX_HEADLINE_WORDS = 16
# The words of a list item its link holds: a headline, beside its date ("Published 12 May").
_MIN_LINKED_SHARE = 0.5
_MIN_KEPT_PARAGRAPHS = 2
_SPACES = re.compile(r"\s+")
# A headline runs to several words; a link's label ("Tweet", "Summer", "Hier geht's zur
# Facebook Veranstaltung") is no other story's.
_MIN_TEASER_WORDS = 6
_MAX_TEASER_WORDS = 25


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


def drop_linked_teasers(main: ElementTree.Element, html: str) -> None:
    """Remove the short paragraphs of `main` that are, on the page (`html`), a block holding
    nothing but a link to another page: another story's headline set in the body ("The apple
    you eat was engineered for shelf life. Here's what it lost."), which trafilatura keeps."""
    paragraphs = [(parent, block) for parent, block in blocks_in(main) if block.tag == "p"]
    short = [
        (parent, block)
        for parent, block in paragraphs
        if _MIN_TEASER_WORDS <= word_count(block) <= _MAX_TEASER_WORDS
    ]
    if not short or len(paragraphs) - len(short) < _MIN_KEPT_PARAGRAPHS:
        return
    page = parsed(html)
    teasers = _linked_blocks(page) if page is not None else set()
    for parent, block in short:
        if _squeezed(clean(all_text(block))) in teasers:
            parent.remove(block)


def _linked_blocks(page: HtmlElement) -> set[str]:
    """The page's paragraphs and divisions whose words are all one link's to another page,
    without spaces."""
    found = set()
    for block in page.iter("p", "div"):
        links = list(block.iter("a"))
        if len(links) != 1 or (links[0].get("href") or "#").startswith("#"):
            continue
        text = clean(" ".join(block.itertext()))
        if text and text == clean(" ".join(links[0].itertext())):
            found.add(_squeezed(text))
    return found


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
