"""A blog's footnotes, which trafilatura drops with the block that holds them (`<div
class="footnotes">` under a Hugo, Jekyll or Ghost post): the article marks each with a number
that links to it ("…than Venice<sup><a href="#fn:1">1</a></sup>"), and the note is the
author's own words. They are read after the article, under "Notes", in the order the article
refers to them.

Only a numbered mark links a note: an encyclopedia's bracketed references ("[1]", linking to
`cite_note-1`) are sources, not notes, and stay out.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING
from xml.etree import ElementTree

from narrator.readers.structure import clean

if TYPE_CHECKING:
    from lxml.html import HtmlElement

__all__ = ["restore_footnotes"]

_MARK = re.compile(r"\d{1,3}")
_BACKLINK = re.compile(r"\s*(?:[\u21a9\u2191\u2934\u21b5][\ufe0e\ufe0f]?|\^|return to text)\s*$")
_MIN_NOTE_WORDS = 5
_MAX_NOTES = 40
_HEADING = "Notes"
_BLOCKS = frozenset({"p", "li", "td", "blockquote", "dd"})
_KEY_CHARS = 60
_NOT_LETTERS = re.compile(r"[\W_]+")


def restore_footnotes(main: ElementTree.Element, page: HtmlElement | None) -> None:
    """Add to `main` the notes that the article's numbered marks link to and that the
    extraction dropped."""
    if page is None:
        return
    kept = _squeezed(" ".join(main.itertext()))
    notes = [note for note in _notes(page, kept) if _squeezed(note) not in kept]
    if not notes:
        return
    heading = ElementTree.SubElement(main, "head", rend="h2")
    heading.text = _HEADING
    for number, note in enumerate(notes, 1):
        ElementTree.SubElement(main, "p").text = f"{number}. {note}"


def _notes(page: HtmlElement, kept: str) -> list[str]:
    """The text of each note that a numbered mark in the article's `kept` text links to,
    once, in order (a mark beside an author's name links to an affiliation)."""
    targets = {element.get("id"): element for element in page.iter() if element.get("id")}
    notes: list[str] = []
    for mark in page.iter("a"):
        in_article = _is_mark(mark) and _block_of(mark) in kept
        target = targets.get((mark.get("href") or "")[1:]) if in_article else None
        if target is None or target.get("id", "").startswith("cite"):
            continue
        text = _BACKLINK.sub("", clean(target.text_content()))
        if len(text.split()) >= _MIN_NOTE_WORDS and text not in notes:
            notes.append(text)
    return notes[:_MAX_NOTES]


def _is_mark(link: HtmlElement) -> bool:
    """A link to a part of the page whose text is a number alone: a footnote's mark."""
    href = link.get("href") or ""
    number = clean(link.text_content())
    return href.startswith("#") and len(href) > 1 and bool(_MARK.fullmatch(number))


def _block_of(mark: HtmlElement) -> str:
    """The start of the paragraph (or item, cell, quote) a mark stands in, squeezed."""
    block = next((up for up in mark.iterancestors() if up.tag in _BLOCKS), mark)
    return _squeezed(block.text_content())[:_KEY_CHARS] or "\0"


def _squeezed(text: str) -> str:
    return _NOT_LETTERS.sub("", clean(text).casefold())
