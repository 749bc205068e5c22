"""A photo gallery's captions, which are its story ("In pictures: fifty years of the carnival"):
trafilatura drops figures with their captions, and the clutter rules drop captions, which on
most pages only repeat the article. A run of three captioned figures or more, each caption a
sentence, is a gallery, and its captions are read where it stands."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING
from xml.etree import ElementTree

from narrator.readers.clutter import blocks_in, parsed
from narrator.readers.structure import clean

if TYPE_CHECKING:
    from lxml.html import HtmlElement

__all__ = ["restore_gallery"]

_MIN_FIGURES = 3
_MIN_CAPTION_WORDS = 6
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)]*$")
# The parts of a caption that are not its words: the photographer's credit, a screen reader's
# "Image caption,".
_NOT_CAPTION = re.compile(r"credit|copyright|source|visually-hidden|sr-only|byline", re.IGNORECASE)
_SPACES = re.compile(r"\s+")


def restore_gallery(main: ElementTree.Element, html: str) -> None:
    """Put a gallery's captions (`html`'s runs of captioned figures) back in `main`, after the
    last block that the page shows before the gallery, when the extraction has none of them."""
    if "<figcaption" not in html:
        return
    page = parsed(html)
    if page is None:
        return
    known = _squeezed(" ".join(main.itertext()))
    for gallery, captions in _galleries(page):
        if any(_squeezed(caption) in known for caption in captions):
            continue
        before = _squeezed(" ".join(_text_before(page, gallery)))
        blocks = list(blocks_in(main))
        shown = [pair for pair in blocks if _squeezed(" ".join(pair[1].itertext())) in before]
        parent, after = shown[-1] if shown else (main, None)
        at = list(parent).index(after) + 1 if after is not None else 0
        for offset, caption in enumerate(captions):
            paragraph = ElementTree.Element("p")
            paragraph.text = caption
            parent.insert(at + offset, paragraph)


def _galleries(page: HtmlElement) -> list[tuple[HtmlElement, list[str]]]:
    """The elements holding three captioned figures or more, each caption a sentence."""
    found = []
    for element in page.iter():
        figures = [child for child in element if child.tag == "figure"]
        captions = [_caption(figure) for figure in figures]
        if len(figures) >= _MIN_FIGURES and all(captions):
            found.append((element, [caption for caption in captions if caption]))
    return found


def _caption(figure: HtmlElement) -> str | None:
    """A figure's caption without its credit, if it is a sentence."""
    caption = figure.find(".//figcaption")
    if caption is None:
        return None
    parts = [caption.text or ""]
    for child in caption:
        name = f"{child.get('class', '')} {child.get('id', '')}"
        if isinstance(child.tag, str) and not _NOT_CAPTION.search(name):
            parts.append(" ".join(child.itertext()))
        parts.append(child.tail or "")
    text = clean(" ".join(parts))
    is_sentence = len(text.split()) >= _MIN_CAPTION_WORDS and _SENTENCE_END.search(text)
    return text if is_sentence else None


def _text_before(page: HtmlElement, gallery: HtmlElement) -> list[str]:
    """The page's words before `gallery`, in document order."""
    texts = []
    ancestors = set(gallery.iterancestors())
    for element in page.iter():
        if element is gallery:
            break
        if isinstance(element.tag, str):  # not a comment
            texts.append(element.text or "")
        if element not in ancestors:  # its tail follows the gallery
            texts.append(element.tail or "")
    return texts


def _squeezed(text: str) -> str:
    return _SPACES.sub("", text)
