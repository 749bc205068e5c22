"""What trafilatura drops between two blocks it keeps: a paragraph written as loose text after an
image (a Blogger post's `<div class="separator"><img></div>Text…<br><br>`), a heading inside a
live blog's entry, the list that a paragraph ending in a colon announces (a page with no
article element loses its lists). The page shows them between two paragraphs of the article,
where nothing but the article stands; they are put back there. So is the paragraph under the
last heading kept, when nothing of it was (a recipe's "Notes" written in a `<span>`).

Only the page without its clutter is looked at (an ad slot's, a caption's or a share box's words
are gone from it), only a short gap (a few lines: a timestamp, an author's name, the lost block),
and only what reads as the article: a run of words that makes a sentence, or a heading right
above the next block kept. A promotion, a credit or a label stays out (see `boilerplate`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import pairwise
from typing import TYPE_CHECKING
from xml.etree import ElementTree

from narrator.readers.boilerplate import is_promotion
from narrator.readers.clutter import all_text, blocks_in, word_count
from narrator.readers.structure import clean

if TYPE_CHECKING:
    from lxml.html import HtmlElement

__all__ = ["drop_empty_headings", "restore_gaps"]

# Tags that start a new line of the page as it is shown.
_LINE_TAGS = frozenset(
    {
        "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "figure",
        "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "blockquote",
        "pre", "table", "tr", "td", "th", "br", "hr", "form", "details", "summary", "center",
    }
)  # fmt: skip
_HEADING_TAGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
_UNSHOWN_TAGS = frozenset({"script", "style", "template", "title", "noscript", "rt", "rp"})
# A gap of more lines than this is not the space between two paragraphs of one article.
_MAX_GAP_LINES = 4
_MIN_SENTENCE_WORDS = 12
_MAX_HEADING_WORDS = 15
_MAX_HEADINGS = 2
# A teaser's blurb under its headline runs to a sentence or two; a section's paragraph longer.
_MIN_SECTION_WORDS = 40
_NUMBERED = re.compile(r"(\d{1,2})[.)]\s")
# A list announced by the paragraph before it ("Key features include:") runs longer than a gap.
_MAX_LIST_ITEMS = 12
_MAX_LABEL_WORDS = 5
# A figure's caption that trafilatura left out of the article: "Abbildung: …", "Fig. 3: …".
_FIGURE_LABEL = re.compile(
    r"(?:fig(?:ure)?\.?|abb(?:ildung)?\.?|bild|foto|photo|image|illustration|grafik|graphic"
    r"|chart|map|karte|source|quelle)\s*\d*\s*[:.\u2013\u2014-]\s",
    re.IGNORECASE,
)
_KEY_CHARS = 30
_MIN_LINE_CHARS = 10
_SENTENCE_END = re.compile(r"[.!?\u2026][\"'\u201d\u00bb)]*(?:\s|$)")


_NOT_LETTERS = re.compile(r"[\W_]+")


@dataclass(frozen=True)
class _Line:
    text: str
    squeezed: str
    heading: bool
    item: bool = False
    link: bool = False  # all of the line's words are a link's
    away: bool = False  # all of them a link's to another page


_BLANK = _Line("", "", heading=False)


def restore_gaps(main: ElementTree.Element, page: HtmlElement | None) -> None:
    """Put back in `main` the sentences and headings that the page shows between two of its
    blocks and the extraction lost."""
    body = page.find("body") if page is not None else None
    if body is None:
        return
    lines = [line for line in _lines(body) if line.squeezed]
    blocks = list(blocks_in(main))
    known = _squeezed(" ".join(main.itertext()))
    found = _positions(blocks, lines)
    restored: list[tuple[ElementTree.Element, ElementTree.Element, ElementTree.Element]] = []
    for (_, before, start), (parent, block, end) in pairwise(found):
        gap = lines[start + 1 : end]
        lost = [line for line in gap if not _is_known(line, known)]
        if _is_announced_list(before, gap, lost):
            restored.append((parent, block, _list_of(lost)))
            continue
        if not gap or len(gap) > _MAX_GAP_LINES:
            continue
        above_block = gap[-1] in lost and block.tag != "head"
        restored.extend((parent, block, element) for element in _restored(lost, above_block))
    if sum(element.tag == "head" for _, _, element in restored) > _MAX_HEADINGS:
        restored = _without_teaser_headings(restored)
    for parent, block, element in restored:
        parent.insert(list(parent).index(block), element)
    if found and blocks and found[-1][1] is blocks[-1][1]:
        _restore_under_last_heading(found[-1], lines, known)


def drop_empty_headings(main: ElementTree.Element) -> None:
    """Remove the headings that head nothing once the gaps are filled: a label of a few
    words followed by a heading of its rank or a higher one, or that ends the article
    ("Images in this article" over a gallery the extraction dropped, above "Press contacts")."""
    blocks = list(blocks_in(main))
    for index, (parent, block) in enumerate(blocks):
        after = blocks[index + 1][1] if index + 1 < len(blocks) else None
        text = clean(all_text(block))
        if block.tag != "head" or clean(block.tail or "") or not _is_label(text):
            continue
        if after is None or (after.tag == "head" and _rank(after) <= _rank(block)):
            parent.remove(block)


def _is_label(text: str) -> bool:
    """A few words that name a part ("Images in this article", "Contents") or ask the reader
    ("Enjoying this post?", over a sign-up box the extraction dropped), not a sentence set as a
    heading (a pull quote, a live blog's entry)."""
    statement = _SENTENCE_END.search(text.removesuffix("?"))
    return len(text.split()) <= _MAX_LABEL_WORDS and not statement


def _rank(heading: ElementTree.Element) -> int:
    """A heading's rank: 1 for h1, 6 for h6 (and for a heading of no rank)."""
    rend = heading.get("rend") or ""
    return int(rend[1]) if len(rend) == 2 and rend[0] == "h" and rend[1].isdigit() else 6


def _without_teaser_headings(
    restored: list[tuple[ElementTree.Element, ElementTree.Element, ElementTree.Element]],
) -> list[tuple[ElementTree.Element, ElementTree.Element, ElementTree.Element]]:
    """Headings lost all over the page head the teasers of other stories, which the extraction
    kept or dropped as it should (one or two lost are its slip): of many, only those over a
    section's paragraph stay, and a run numbered from one ("1. The battery", "2. The motor": a
    page builder's headings, all lost)."""
    headings = [element for _, _, element in restored if element.tag == "head"]
    numbers = [_NUMBERED.match(element.text or "") for element in headings]
    in_order = [int(number.group(1)) for number in numbers if number] == list(
        range(1, len(headings) + 1)
    )
    return [
        (parent, block, element)
        for parent, block, element in restored
        if element.tag != "head" or in_order or word_count(block) >= _MIN_SECTION_WORDS
    ]


def _is_announced_list(before: ElementTree.Element, gap: list[_Line], lost: list[_Line]) -> bool:
    """Whether a gap is a list, all of it lost, that the block before it announces: a
    paragraph ending in a colon ("Key features of the upgraded plant include:") or a heading
    ("Dates for your diary")."""
    # under a heading, a list of one item is a line of metadata (a date, a tag)
    announced = (before.tag == "head" and len(gap) > 1) or (
        before.tag == "p" and clean(all_text(before)).endswith(":")
    )
    whole = bool(gap) and len(lost) == len(gap) <= _MAX_LIST_ITEMS
    # A list of links after "See also:" is other pages', which the extraction rightly dropped.
    own = all(line.item and not line.link for line in gap)
    return announced and whole and own and not is_promotion(before)


def _list_of(items: list[_Line]) -> ElementTree.Element:
    element = ElementTree.Element("list", rend="ul")
    for line in items:
        ElementTree.SubElement(element, "item").text = line.text
    return element


def _restore_under_last_heading(
    last: tuple[ElementTree.Element, ElementTree.Element, int], lines: list[_Line], known: str
) -> None:
    """Put back the sentences the page shows right under the extraction's last block, a
    heading over nothing: those of the lines that follow it, up to the first line that is not
    one (a list of links, a page's "Created … Edited …" line after a list comes from beyond
    the article)."""
    parent, block, start = last
    if block.tag != "head":
        return
    at = list(parent).index(block) + 1
    for line in lines[start + 1 : start + 1 + _MAX_GAP_LINES]:
        sentence = next(_restored([line], above_block=False), None)
        if line.squeezed in known or sentence is None:
            return
        parent.insert(at, sentence)
        at += 1


def _restored(lost: list[_Line], above_block: bool) -> Iterator[ElementTree.Element]:
    """The blocks to put back of the `lost` lines of a gap: its sentences, and a heading that
    is the gap's last line (`above_block`, right above a block kept that is no heading)."""
    for index, line in enumerate(lost):
        words = len(line.text.split())
        last = index == len(lost) - 1
        # A heading that is all a link is another story's headline ("Also read" boxes).
        if line.heading and not line.away and last and above_block and words <= _MAX_HEADING_WORDS:
            element = ElementTree.Element("head", rend="h2")
        elif (
            not line.heading
            and words >= _MIN_SENTENCE_WORDS
            and _SENTENCE_END.search(line.text)
            and not _FIGURE_LABEL.match(line.text)
        ):
            element = ElementTree.Element("p")
        else:
            continue
        element.text = line.text
        if not is_promotion(element):
            yield element


def _positions(
    blocks: list[tuple[ElementTree.Element, ElementTree.Element]], lines: list[_Line]
) -> list[tuple[ElementTree.Element, ElementTree.Element, int]]:
    """Each block of the extraction with the line of the page where it starts, in order: a
    block not found after the one before it is left out."""
    found: list[tuple[ElementTree.Element, ElementTree.Element, int]] = []
    start = 0
    for parent, block in blocks:
        squeezed = _squeezed(all_text(block))
        if not squeezed:
            continue
        index = _line_of(squeezed, lines, start)
        if index is not None:
            found.append((parent, block, index))
            start = index + 1
    return found


def _line_of(squeezed: str, lines: list[_Line], start: int) -> int | None:
    key = squeezed[:_KEY_CHARS]
    for index in range(start, len(lines)):
        line = lines[index].squeezed
        if key in line or (len(line) >= _MIN_LINE_CHARS and squeezed.startswith(line)):
            return index
    return None


def _lines(body: HtmlElement) -> Iterator[_Line]:
    """The page's text as it shows it, a line per block of the page."""
    from lxml import etree

    walk = _LineWalk()
    for event, element in etree.iterwalk(body, events=("start", "end")):
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag in _LINE_TAGS:
            yield walk.line()
        if event == "start":
            walk.enter(element, tag, 1)
            if tag:
                walk.add(element.text)
            continue
        walk.enter(element, tag, -1)
        if element is not body:
            walk.add(element.tail)
    yield walk.line()


class _LineWalk:
    """The text of the line being walked, and what the walk is inside of."""

    def __init__(self) -> None:
        self.run: list[str] = []
        self.unlinked: list[str] = []  # the run's words outside links
        self.home: list[str] = []  # the run's words outside links to other pages
        self.depths = {"heading": 0, "item": 0, "link": 0, "away": 0, "hidden": 0}

    def enter(self, element: HtmlElement, tag: str, step: int) -> None:
        """Count the walk into (`step` 1) or out of (-1) `element`, whose tag is `tag`."""
        if tag in _HEADING_TAGS:
            self.depths["heading"] += step
        elif tag == "li":
            self.depths["item"] += step
        elif tag == "a" and element.get("href") is not None:
            # a link (to a part of the page too: a table of contents); an anchor is none,
            # and a link to the page's "#" opens a part of it (a question of a FAQ)
            self.depths["link"] += step
            self.depths["away"] += step * (not element.get("href", "").startswith("#"))
        elif tag in _UNSHOWN_TAGS:
            self.depths["hidden"] += step

    def add(self, text: str | None) -> None:
        if text and not self.depths["hidden"]:
            self.run.append(text)
            if not self.depths["link"]:
                self.unlinked.append(text)
            if not self.depths["away"]:
                self.home.append(text)

    def line(self) -> _Line:
        """The line walked so far, which the next starts after."""
        raw = "".join(self.run)
        linked = not "".join(self.unlinked).strip()
        away = not "".join(self.home).strip()
        self.run.clear()
        self.unlinked.clear()
        self.home.clear()
        if raw.isspace() or not raw:
            return _BLANK
        text = clean(raw)
        inside = self.depths
        heading, item = inside["heading"] > 0, inside["item"] > 0
        return _Line(text, _letters(text), heading, item, linked, away)


def _is_known(line: _Line, known: str) -> bool:
    """Whether the extraction holds the line, or each of its sentences apart: a pull quote
    drops the words between them ('"You never sleep on a light," he says. "Some part of
    you..."' shown as 'You never sleep on a light. Some part of you...')."""
    if line.squeezed in known:
        return True
    sentences = [_squeezed(part) for part in _SENTENCE_END.split(line.text)]
    return len(sentences) > 1 and all(sentence in known for sentence in sentences if sentence)


def _squeezed(text: str) -> str:
    return _letters(clean(text))


def _letters(text: str) -> str:
    """The letters and digits of clean `text`, in lower case: how lines and blocks are
    compared."""
    return _NOT_LETTERS.sub("", text.casefold())
