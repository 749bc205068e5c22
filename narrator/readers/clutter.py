"""Clutter in a web page: the blocks its markup names as navigation, ads, share and sign-up boxes,
comments and captions.

The rules judge by tag and by class or id; they only take blocks out of what trafilatura found
in the whole page, and not when that would cost much of the article (see `drop_clutter_blocks`).
The other stories a page appends under its article are the exception: trafilatura may take
them for the article, so they go whatever their share (see `drop_other_stories`).
What a block's words say of it (a promotion, a credit, a closing "Related stories") is judged
in `narrator.readers.boilerplate`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING
from xml.etree import ElementTree

from narrator.readers.call_boxes import is_call_box
from narrator.readers.decoding import normalize_text
from narrator.readers.named_clutter import is_clutter

if TYPE_CHECKING:
    from lxml.html import HtmlElement

__all__ = [
    "BLOCK_TAGS",
    "all_text",
    "blocks_in",
    "drop_clutter_blocks",
    "drop_other_stories",
    "is_layout",
    "parsed",
    "without_clutter",
    "word_count",
]

BLOCK_TAGS = frozenset({"p", "head", "list", "quote"})
_MAX_CLUTTER_SHARE = 0.3
_MIN_HELD_SHARE = 0.5
# A photo caption that names the article's people shares about half its runs of words with it.
_MAX_MISSING_SHARE = 0.4
_LAYOUT_TAGS = frozenset({"div", "table", "row", "cell"})
# A ruby annotation (the reading of a Japanese word, "rt", in parentheses, "rp") is read by
# trafilatura as nothing.
_UNSHOWN_TAGS = frozenset({"script", "style", "template", "title", "rt", "rp"})
_XML_DECLARATION = re.compile(r"\A\s*<\?xml[^>]*\?>")
# The names a page gives the other stories it shows: "nextstory", "next-post", "prev_post",
# "more-articles", "related-posts", "other-stories".
_OTHER_STORY = re.compile(
    r"(?<![a-z])(?:next|prev|previous|more|other|related)[-_]?"
    r"(?:posts?|stor(?:y|ies)|articles?|entry|entries)(?![a-z])"
)
_OTHER_STORY_MARK = re.compile(
    r"(?:next|prev|previous|more|other|related)[-_]?(?:posts?|stor(?:y|ies)|articles?|entry|entries)",
    re.IGNORECASE,
)
_MIN_PARAGRAPH_WORDS = 12
_WORD = re.compile(r"\w+")


def drop_clutter_blocks(main: ElementTree.Element, page: HtmlElement | None, html: str) -> None:
    """Remove the blocks of `main` whose words are not in the page without its clutter but are
    in the whole page `html`, unless they hold more than a share of the article's words (the
    rules then took the article for clutter).

    A block whose words the whole page does not show as trafilatura gives them either (a
    Japanese word with its reading beside it, text a script writes) was not lost to the clutter
    rules: it is kept."""
    if page is None:
        return
    kept = _PageWords(" ".join(_shown_text(page)))
    doomed = [(parent, block) for parent, block in blocks_in(main) if kept.lost(block)]
    if not doomed:
        return
    whole = parsed(html)
    if whole is None:
        return
    shown = _PageWords(" ".join(_shown_text(whole)))
    doomed = [(parent, block) for parent, block in doomed if not shown.lost(block)]
    doomed = _without_headings_of_kept_text(main, doomed)
    lost = sum(word_count(block) for _, block in doomed)
    if lost <= _MAX_CLUTTER_SHARE * word_count(main):
        for parent, block in doomed:
            parent.remove(block)


def _without_headings_of_kept_text(
    main: ElementTree.Element, doomed: list[tuple[ElementTree.Element, ElementTree.Element]]
) -> list[tuple[ElementTree.Element, ElementTree.Element]]:
    """`doomed` without the headings followed by a block that stays: a heading the page put in
    a division named like navigation ('steps-list-nav') over the article's steps is the
    article's, where a clutter heading ("Newsletter", "Related") heads clutter or nothing."""
    going = {id(block) for _, block in doomed}
    staying: set[int] = set()
    followed = False  # whether the block after this one stays
    for _, block in reversed(list(blocks_in(main))):
        if block.tag == "head" and followed:
            staying.add(id(block))  # and the heading over it ("Steps" over "Step 1") stays too
        else:
            followed = id(block) not in going
    return [(parent, block) for parent, block in doomed if id(block) not in staying]


def drop_other_stories(main: ElementTree.Element, html: str) -> None:
    """Remove the blocks of `main` that the page shows only in the elements it names as other
    stories ('nextstory', 'next-post', 'more-articles', 'related-posts'): a blog that appends
    its next posts under the article, a news page that loads the next story below this one.

    trafilatura may take those stories for the article and the article for a short part of
    them, so neither the share of words the other clutter rules keep to nor an element's
    holding most of the extraction protects them; an element that holds the page's h1, its
    article or its main does, and so does a part that would leave no paragraph to read."""
    if not _OTHER_STORY_MARK.search(html):
        return  # most pages: no need to parse them again
    page = parsed(html)
    body = page.find("body") if page is not None else None
    if body is None:
        return
    protected = _ancestors_of_article(body)
    others = [
        element
        for element in body.iter()
        if element not in protected and _names_other_stories(element) and not _holds_h1(element)
    ]
    if not others:
        return
    shown = _PageWords(" ".join(text for other in others for text in _shown_text(other)))
    for other in others:
        if other.getparent() is not None:
            other.drop_tree()
    rest = _PageWords(" ".join(_shown_text(page)))
    doomed = [
        (parent, block)
        for parent, block in blocks_in(main)
        if rest.lost(block) and not shown.lost(block)
    ]
    doomed_ids = {id(block) for _, block in doomed}
    if any(
        word_count(block) >= _MIN_PARAGRAPH_WORDS
        for _, block in blocks_in(main)
        if id(block) not in doomed_ids
    ):
        for parent, block in doomed:
            parent.remove(block)


def _names_other_stories(element: HtmlElement) -> bool:
    if not isinstance(element.tag, str):
        return False
    names = f"{element.get('class') or ''} {element.get('id') or ''}".lower()
    return _OTHER_STORY.search(names) is not None


def _holds_h1(element: HtmlElement) -> bool:
    return element.tag == "h1" or next(element.iter("h1"), None) is not None


def _shown_text(page: HtmlElement) -> Iterator[str]:
    """The text a page shows, in the order it shows it: not that of its scripts and styles,
    where a "related stories" widget keeps the headlines it shows in a JSON object (and, there,
    they would count as kept).

    An element's tail comes after its children's text: "<h3><b>Which oils are <i>not</i></b>
    in it?</h3>" reads "Which oils are not in it?", and a heading read out of order was taken
    for one the page no longer shows."""
    from lxml import etree

    for event, element in etree.iterwalk(page, events=("start", "end")):
        if event == "start":
            if isinstance(element.tag, str) and element.tag not in _UNSHOWN_TAGS and element.text:
                yield element.text
        elif element.tail and element is not page:
            yield element.tail


class _PageWords:
    """The words left in a page once its clutter is gone, to look a block's words up in."""

    def __init__(self, text: str) -> None:
        text = normalize_text(text)  # once: the page is long, and normalizing it costs most
        self.squeezed = "".join(text.split())
        self.trigrams = _trigrams(_WORD.findall(text.casefold()))

    def lost(self, block: ElementTree.Element) -> bool:
        """Whether much of a block's words (over 40%) are missing from the page without its
        clutter.

        A long block is judged by its runs of three words, not as a whole: trafilatura drops
        a word here and there (a formula, a table's "twitter" row label) that the page keeps."""
        text = normalize_text(all_text(block))
        if "".join(text.split()) in self.squeezed:
            return False
        trigrams = _trigrams(_WORD.findall(text.casefold()))
        missing = len(trigrams - self.trigrams)
        return not trigrams or missing > _MAX_MISSING_SHARE * len(trigrams)


def blocks_in(
    element: ElementTree.Element,
) -> Iterator[tuple[ElementTree.Element, ElementTree.Element]]:
    """Each (parent, block) under `element`, looking inside divisions and layout tables."""
    for child in element:
        if child.tag in _LAYOUT_TAGS and (child.tag != "table" or is_layout(child)):
            yield from blocks_in(child)
        else:
            yield element, child


def all_text(element: ElementTree.Element) -> str:
    """The text of `element` and everything in it, its pieces joined by spaces."""
    return " ".join(element.itertext())


def word_count(element: ElementTree.Element) -> int:
    """How many words `element` holds."""
    return len(all_text(element).split())


def _words(text: str) -> list[str]:
    return _WORD.findall(normalize_text(text).casefold())


def _trigrams(words: list[str]) -> set[tuple[str, ...]]:
    return {tuple(words[i : i + 3]) for i in range(len(words) - 2)}


def is_layout(table: ElementTree.Element) -> bool:
    """A table used to lay out a page holds paragraphs and headings, not data."""
    return any(child.tag in BLOCK_TAGS for cell in table.iter("cell") for child in cell)


def without_clutter(html: str, article: str = "") -> HtmlElement | None:
    """The page with its navigation, ads, share and sign-up boxes, comments and captions
    removed, judged by tag and by class or id; None when the page cannot be parsed.

    An element that holds most of `article` (the text trafilatura found) stays, whatever its
    class says: a story inside 'widget-content' or 'entry-content no-share' is no widget."""
    tree = parsed(html)
    if tree is None:
        return None
    body = tree.find("body")
    if body is None:
        return tree
    protected = _ancestors_of_article(body)
    # A code sample's highlighted tokens ("token comment", "hljs-comment") are its words.
    protected.update(el for code in body.iter("pre", "code") for el in code.iterdescendants())
    doomed = [
        el for el in body.iter() if el not in protected and (is_clutter(el) or is_call_box(el))
    ]
    holds_article = _ArticleHolders(article)
    holders: set[HtmlElement] = set()
    others: set[HtmlElement] = set()
    for element in doomed:
        # Inside an element that does not hold the article, none does.
        if not any(ancestor in others for ancestor in element.iterancestors()):
            (holders if holds_article(element) else others).add(element)
    kinds = {_kind(element) for element in holders} - {None}
    dropped: set[HtmlElement] = set()
    for element in doomed:
        if any(ancestor in dropped for ancestor in element.iterancestors()):
            continue  # gone with its ancestor
        if element not in holders and _kind(element) not in kinds:
            element.drop_tree()
            dropped.add(element)
    return tree


def _kind(element: HtmlElement) -> tuple[str, frozenset[str]] | None:
    """An element's tag and classes: a page builder's text blocks ("elementor-widget
    elementor-widget-text-editor") are all of one kind, and when one holds most of the article
    the others of its kind hold the rest of it, not clutter."""
    classes = frozenset((element.get("class") or "").split())
    return (element.tag, classes) if classes else None


def parsed(html: str) -> HtmlElement | None:
    """The page parsed; None when it cannot be."""
    from lxml import etree
    from lxml.html import document_fromstring

    try:
        return document_fromstring(_XML_DECLARATION.sub("", html))
    except (etree.ParserError, ValueError):
        return None


class _ArticleHolders:
    """Tells the elements that hold over half of an article's runs of three words; only those
    with words enough are looked at closely."""

    def __init__(self, article: str) -> None:
        words = _words(article)
        self.min_words = _MIN_HELD_SHARE * len(words)
        self.trigrams = _trigrams(words)

    def __call__(self, element: HtmlElement) -> bool:
        if not self.trigrams:
            return False
        text = element.text_content()
        if len(text.split()) < self.min_words:
            return False
        held = len(self.trigrams & _trigrams(_words(text)))
        return held > _MIN_HELD_SHARE * len(self.trigrams)


def _ancestors_of_article(body: HtmlElement) -> set[HtmlElement]:
    """The elements that hold the article (its h1, article or main), which are never dropped
    however careless their class names."""
    protected: set[HtmlElement] = set()
    for anchor in body.iter("h1", "article", "main"):
        protected.update(anchor.iterancestors())
        protected.add(anchor)
    return protected
