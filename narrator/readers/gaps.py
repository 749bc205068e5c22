"""What trafilatura drops between two blocks it keeps: a paragraph written as loose text after an
image (a Blogger post's `<div class="separator"><img></div>Text…<br><br>`), a heading inside a
live blog's entry. The page shows them between two paragraphs of the article, where nothing but
the article stands; they are put back there.

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
from narrator.readers.clutter import all_text, blocks_in
from narrator.readers.structure import clean

if TYPE_CHECKING:
    from lxml.html import HtmlElement

__all__ = ["restore_gaps"]

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
    for (_, _, start), (parent, block, end) in pairwise(found):
        gap = lines[start + 1 : end]
        if not gap or len(gap) > _MAX_GAP_LINES:
            continue
        lost = [line for line in gap if line.squeezed not in known]
        above_block = gap[-1] in lost and block.tag != "head"
        restored.extend((parent, block, element) for element in _restored(lost, above_block))
    if sum(element.tag == "head" for _, _, element in restored) > _MAX_HEADINGS:
        # Headings lost all over the page head the teasers of other stories, which the
        # extraction kept or dropped as it should: one or two lost are its slip.
        restored = [item for item in restored if item[2].tag != "head"]
    for parent, block, element in restored:
        parent.insert(list(parent).index(block), element)


def _restored(lost: list[_Line], above_block: bool) -> Iterator[ElementTree.Element]:
    """The blocks to put back of the `lost` lines of a gap: its sentences, and a heading that
    is the gap's last line (`above_block`, right above a block kept that is no heading)."""
    for index, line in enumerate(lost):
        words = len(line.text.split())
        last = index == len(lost) - 1
        if line.heading and last and above_block and words <= _MAX_HEADING_WORDS:
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

    run: list[str] = []
    heading = 0  # how deep inside a heading the walk is
    hidden = 0  # how deep inside a script or style

    def line() -> _Line:
        raw = "".join(run)
        run.clear()
        if raw.isspace() or not raw:
            return _BLANK
        text = clean(raw)
        return _Line(text, _letters(text), heading > 0)

    for event, element in etree.iterwalk(body, events=("start", "end")):
        tag = element.tag if isinstance(element.tag, str) else ""
        if event == "start":
            if tag in _LINE_TAGS:
                yield line()
            heading += tag in _HEADING_TAGS
            hidden += tag in _UNSHOWN_TAGS
            if element.text and not hidden and tag:
                run.append(element.text)
            continue
        if tag in _LINE_TAGS:
            yield line()
        heading -= tag in _HEADING_TAGS
        hidden -= tag in _UNSHOWN_TAGS
        if element.tail and not hidden and element is not body:
            run.append(element.tail)
    yield line()


def _squeezed(text: str) -> str:
    return _letters(clean(text))


def _letters(text: str) -> str:
    """The letters and digits of clean `text`, in lower case: how lines and blocks are
    compared."""
    return _NOT_LETTERS.sub("", text.casefold())
