"""A story's own box set in an aside: its summary ("Key points", "Das Wichtigste in Kürze" over
their bullets) or a review's verdict ("The verdict" over its sentence). trafilatura leaves every
aside out, a rail's and a box's alike; the page names these as the story's ('key-points',
'verdict-box': narrator.readers.named_clutter), and they are put back where the page shows
them: before the block the page shows next, else after the block it shows before them.

A box of the page's facts about itself is no story's: a list of labels and values one of which
is when it was last updated ("Details" over "Last Updated" / "Dec 08, 2026" / "Location" / "Jet
Propulsion Laboratory"), which goes with its heading.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import TYPE_CHECKING
from xml.etree import ElementTree

from narrator.readers.named_clutter import is_clutter_name, is_own_box
from narrator.readers.stamps import is_stamp
from narrator.readers.structure import clean

if TYPE_CHECKING:
    from lxml.html import HtmlElement

__all__ = ["drop_metadata_lists", "restore_own_boxes"]

_HEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
_MAX_KNOWN_SHARE = 0.5
_MIN_MATCH_CHARS = 20
_WORD = re.compile(r"\w+")
_SUMMARY_HEADING = re.compile(
    r"(?:key (?:points|facts|takeaways)|(?:the )?(?:short version|main points|takeaways|tl;?dr)"
    r"|(?:if )?your time is short|in short|at a glance|in brief|summary"
    r"|das wichtigste(?: in k\u00fcrze)?|auf einen blick|en bref|l'essentiel|en resumen"
    r"|claves|in breve|in sintesi|em resumo|\u0433\u043b\u0430\u0432\u043d\u043e\u0435)\s*:?",
    re.IGNORECASE,
)
"""A summary box's heading: "Key points", "If your time is short", "Auf einen Blick"."""
_MAX_SUMMARY_WORDS = 150
_DATED_LABEL = re.compile(
    r"(?:last (?:updated|modified|reviewed)|(?:date )?(?:published|updated|posted)|release date"
    r"|ver\u00f6ffentlicht|aktualisiert|publi\u00e9 le|mis \u00e0 jour|publicado|actualizado"
    r"|pubblicato|aggiornato|\u043e\u0431\u043d\u043e\u0432\u043b\u0435\u043d\u043e)\s*:?",
    re.IGNORECASE,
)
"""A label over the page's date in a list of its facts: "Last Updated", "Veröffentlicht"."""


def restore_own_boxes(main: ElementTree.Element, page: HtmlElement | None) -> None:
    """Put back into `main` each of the page's own boxes (an aside named as the story's summary
    or verdict, a short box headed as its summary) that the extraction lost, where the page
    shows it."""
    body = page.find("body") if page is not None else None
    if body is None:
        return
    restored: list[HtmlElement] = []
    for box in body.iter("aside", "div", "section"):
        if not (is_own_box(box) or _is_summary_box(box)) or any(
            ancestor in restored for ancestor in box.iterancestors()
        ):
            continue
        if _mostly_known(clean(box.text_content()), _text(main)):
            continue
        restored.append(box)
        blocks = _blocks(box)
        place = _place(main, box)
        if blocks and place is not None:
            parent, index = place
            for offset, block in enumerate(blocks):
                parent.insert(index + offset, block)


def _is_summary_box(box: HtmlElement) -> bool:
    """A short box headed as the story's summary ("If your time is short", "Key points", "Das
    Wichtigste in Kürze") whose markup names it as no clutter."""
    heading = next(box.iter(*_HEADINGS), None)
    if heading is None or len(box.text_content().split()) > _MAX_SUMMARY_WORDS:
        return False
    names = f"{box.get('class') or ''} {box.get('id') or ''}".lower().split()
    shown = _SUMMARY_HEADING.fullmatch(clean(heading.text_content()))
    return bool(shown) and not any(is_clutter_name(name) for name in names)


def _blocks(box: HtmlElement) -> list[ElementTree.Element]:
    """The box's heading, paragraphs and list as the extraction writes them."""
    blocks: list[ElementTree.Element] = []
    for element in box.iter("h2", "h3", "h4", "h5", "h6", "p", "ul", "ol"):
        text = clean(element.text_content())
        if not text:
            continue
        if element.tag in _HEADINGS:
            blocks.append(_element("head", text, rend=element.tag))
        elif element.tag == "p":
            blocks.append(_element("p", text))
        else:
            listed = ElementTree.Element("list", rend=element.tag)
            for item in element.iter("li"):
                listed.append(_element("item", clean(item.text_content())))
            blocks.append(listed)
    return blocks


def _element(tag: str, text: str, **attributes: str) -> ElementTree.Element:
    element = ElementTree.Element(tag, attributes)
    element.text = text
    return element


def _place(main: ElementTree.Element, box: HtmlElement) -> tuple[ElementTree.Element, int] | None:
    """Where in `main` the box goes: before the block the page shows next that `main` holds,
    else after the one it shows before; None if `main` holds neither."""
    parents = {child: parent for parent in main.iter() for child in parent}
    kept = {_text(block): block for block in main.iter() if block in parents and _is_block(block)}
    following = (el for el in box.itersiblings() if isinstance(el.tag, str))
    for sibling in following:
        if (block := _holding(kept, sibling)) is not None:
            parent = parents[block]
            return parent, list(parent).index(block)
    preceding = (el for el in box.itersiblings(preceding=True) if isinstance(el.tag, str))
    for sibling in preceding:
        if (block := _holding(kept, sibling)) is not None:
            parent = parents[block]
            return parent, list(parent).index(block) + 1
    return None


def _holding(
    kept: dict[str, ElementTree.Element], element: HtmlElement
) -> ElementTree.Element | None:
    """The block of `main` that shows `element`'s text, or its last paragraph's."""
    text = clean(element.text_content())
    if len(text) < _MIN_MATCH_CHARS:
        return None
    if text in kept:
        return kept[text]
    return next((block for shown, block in kept.items() if shown and shown in text), None)


def _is_block(element: ElementTree.Element) -> bool:
    return element.tag in ("p", "head", "list") and len(_text(element)) >= _MIN_MATCH_CHARS


def _text(element: ElementTree.Element) -> str:
    return clean(" ".join(element.itertext()))


def _mostly_known(box: str, text: str) -> bool:
    """Whether half the box's runs of three words are already in the extracted text."""
    box_trigrams = _trigrams(box)
    return len(box_trigrams & _trigrams(text)) > _MAX_KNOWN_SHARE * len(box_trigrams)


def _trigrams(text: str) -> set[tuple[str, ...]]:
    words = _WORD.findall(text.casefold())
    return {tuple(words[i : i + 3]) for i in range(len(words) - 2)}


def drop_metadata_lists(main: ElementTree.Element) -> None:
    """Take out of `main` each list of the page's facts about itself (a label of when it was
    updated over its date), with the heading right above it if it heads nothing else."""
    parents = {child: parent for parent in main.iter() for child in parent}
    for listed in [element for element in main.iter("list") if _is_metadata(element)]:
        parent = parents[listed]
        children = list(parent)
        index = children.index(listed)
        above = children[index - 1] if index else None
        below = children[index + 1] if index + 1 < len(children) else None
        parent.remove(listed)
        if above is not None and above.tag == "head" and (below is None or below.tag == "head"):
            parent.remove(above)


def _is_metadata(listed: ElementTree.Element) -> bool:
    """Whether a list's items hold a dated label followed by a date ("Last Updated" over "Dec
    08, 2026")."""
    items = [_text(item) for item in listed]
    return any(
        _DATED_LABEL.fullmatch(label) and is_stamp(value) for label, value in pairwise(items)
    )
