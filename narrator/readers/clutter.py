"""Clutter in a web page: the blocks its markup names as navigation, ads, share and sign-up boxes,
comments and captions, the "related stories" and sign-up lines that trail many articles, and
the short promotions of the site itself ("Sign up for our newsletter", "Read more: …") inside them.

The rules judge by tag and by class or id; they only take blocks out of what trafilatura found
in the whole page, and not when that would cost much of the article (see `drop_clutter_blocks`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING
from xml.etree import ElementTree

from narrator.readers.decoding import normalize_text
from narrator.readers.structure import clean

if TYPE_CHECKING:
    from lxml.html import HtmlElement

__all__ = [
    "BLOCK_TAGS",
    "drop_clutter_blocks",
    "drop_promotions",
    "drop_trailing_boilerplate",
    "is_layout",
    "is_promotion",
    "without_clutter",
]

_CLUTTER_TAGS = frozenset({"nav", "aside", "footer", "form", "button", "iframe", "figcaption"})
_CLUTTER_WORDS = frozenset(
    [
        "nav",
        "navigation",
        "navbar",
        "menu",
        "ad",
        "ads",
        "advert",
        "advertisement",
        "sponsor",
        "sponsored",
        "promo",
        "cta",
        "share",
        "sharing",
        "social",
        "newsletter",
        "signup",
        "subscribe",
        "subscription",
        "paywall",
        "related",
        "recommended",
        "mostread",
        "popular",
        "trending",
        "cookie",
        "cookies",
        "consent",
        "gdpr",
        "popup",
        "modal",
        "sidebar",
        "widget",
        "comment",
        "comments",
        "breadcrumb",
        "breadcrumbs",
        "footer",
        "caption",
        "banner",
        "ticker",
    ]
)
_CLUTTER_ENDINGS = ("nav", "menu", "sidebar")
_CLASS_PARTS = re.compile(r"[-_]+")
BLOCK_TAGS = frozenset({"p", "head", "list", "quote"})
_MAX_CLUTTER_SHARE = 0.3
_MIN_HELD_SHARE = 0.5
# A photo caption that names the article's people shares about half its runs of words with it.
_MAX_MISSING_SHARE = 0.4
_LAYOUT_TAGS = frozenset({"div", "table", "row", "cell"})
_TAIL_START = 2 / 3
_MAX_BOILERPLATE_WORDS = 40
# An advertising disclosure runs longer than a promotion: "This post contains references to
# products from our advertisers. We may receive compensation when you click… Terms apply…",
# and so does the site's offer to advertisers.
_DISCLOSURE = re.compile(
    r"\b(?:our|the) advertisers\b|\bwe may (?:receive|earn|get) (?:a )?(?:compensation|commission)"
    # The site's offer to advertisers: "Advertise with the most visited news site in …".
    r"|^advertise (?:with|on)\b",
    re.IGNORECASE,
)
_MAX_DISCLOSURE_WORDS = 80
# "Jane Roe is a freelance writer…" in italics closes many blog posts and opinion pieces.
_AUTHOR_BIO = re.compile(r"(?:[A-Z][\w.'\u2019-]* ){1,3}(?:is|was) (?:a|an|the)\b")
# The whole heading must name the section ("Related stories", "More from The Ledger",
# "Comments (12)"): "Popular bougainvillea varieties" opens a part of the article.
_TAIL_HEADING = re.compile(
    r"(?:(?:related|recommended|popular|trending|latest|more|most (?:read|popular|viewed|shared))"
    r"(?: (?:stories|articles|posts|news|reads|content|links|videos|topics|coverage|now))?"
    r"|read (?:more|also|next)|see also|you (?:may|might) (?:also )?(?:like|enjoy)"
    r"|further reading|comments?|share(?: this(?: \w+)?)?|join the (?:conversation|discussion)"
    # The appeal for money that closes many blogs and papers: "While you are here…".
    r"|(?:(?:while|since|now that) you(?:'re| are) here|before you go)[.,!\u2026]*)"
    r"(?:(?: (?:on|from|in|about|at|by)\b| ?[:(|\u2013\u2014-]).*)?",
    re.IGNORECASE,
)
_MAX_TAIL_SHARE = 0.5
_BOILERPLATE = re.compile(
    r"\b(?:subscri(?:be|bers?|ption) (?:now|today|here|to)\b|newsletters?\b|follow us\b"
    r"|follow (?:\w+ ){1,3}on (?:twitter|facebook|instagram)|sign(?:ing)? up (?:here|now|today)"
    r"|sign(?:ing)? up (?:for|to) (?:our|the)\b.{0,30}\b(?:newsletter|edition|updates)"
    r"|download (?:the|our)\b.{0,40}\bapps?\b|all rights reserved|copyright\b"
    r"|letters? to the editor|support our work|advertise with|last (?:modified|updated)\b)"
    r"|©|^(?:related|read more)\b",
    re.IGNORECASE,
)
# A short block that speaks of the site's own business, wherever it stands in the article:
# its newsletter, its advertisers, its paywall, its photo credits, a link to another story.
_PROMOTION = re.compile(
    r"\b(?:sign(?:ing)? up|subscrib(?:e|ing))\b.{0,60}\b(?:newsletters?|our|to get|for free)\b"
    r"|\bour (?:\w+ )?newsletters?\b|\bnewsletters?$"
    r"|\b(?:our|the) (?:advertisers|affiliate)"
    r"|\bwe may (?:receive|earn|get) (?:a )?(?:compensation|commission|a share)"
    r"|\balready (?:a )?(?:subscriber|registered)"
    r"|\bto (?:view|read|continue reading) the (?:full|whole|rest of the) (?:story|article)"
    r"|\bsupport(?:ing)? (?:our|independent) (?:work|journalism)"
    r"|^\(?(?:photo |image |picture )?cr[eé]dits?(?: photos?)?\s*:"
    r"|^(?:(?:featured|header|cover|top|lead) )?(?:photo|image|picture)s?(?: source| credits?)?\s*:"
    # A line a listener cannot follow: "… click here to watch live".
    r"|\bclick here\b"
    # A newsletter's small print (a blog's call to comment is the author's own words).
    r"|\b(?:you can|to) unsubscribe\b|\bunsubscribe at any time\b"
    # A copyright line: "© 2019 Science X Network", "Copyright © …", "Copyright 2024 …".
    r"|^(?:©|\(c\) \d{4}|copyright (?:©|\(c\)|\d{4}))"
    r"|\bfollow us on\b|\blog ?in to\b.{0,30}\b(?:comment|read|access)"
    r"|\bsubscribers? (?:also )?(?:get|receive)\b|\bsubmit (?:your|a) letter\b"
    r"|\bdonate(?: now| today)?$"
    r"|^(?:read (?:more|also|next)|related(?: stories| articles| content| posts)?|see also"
    r"|also read|more on this(?: story)?|recommended(?: reading)?|watch|listen"
    # The same in the other languages narrator reads: German, French, Spanish, Italian, Polish.
    r"|lesen sie (?:auch|mehr)|mehr zum thema|weiterlesen|(?:à )?lire (?:aussi|également)"
    r"|(?:lee|leer|ver) (?:también|más)|mira|leggi anche|czytaj (?:też|także|również|więcej))"
    r"\s*[:|\u2013\u2014-]",
    re.IGNORECASE,
)
# A photo's caption ends with its credit: "The quay at dawn. Photo: Ann Lee", "… (Image: Reuters)",
# "… Olivier Douliery/AFP via Getty Images", "… in Las Croabas. By U.S. CUSTOMS AND BORDER
# PROTECTION" (a credit in capitals after a sentence; a byline is not in capitals).
_CAPTION_CREDIT = re.compile(
    r"(?:\b(?:photo(?:graph)?|image|picture|pic|foto|bild|credit)s?(?: by| credit)?\s*[:\u00a9]"
    r"\s*(?:[^.!?:]|\.(?=\S)){1,60}|\((?:photo|image|picture|foto)s?\b[^()]{0,60}\)|\(credits?:[^()]{0,60}\)"
    r"|\bvia Getty Images|/Getty Images|\bAP Photo/[^.!?]{1,40}"
    r"|(?:^|[.!?]\s+)(?:featured |header |cover |top )?(?:photo(?:graph)?|image|picture)s?"
    r" (?:by|courtesy of) (?-i:[A-Z])[^.!?:]{1,60}"
    r"|(?-i:[.!?]\s+By [A-Z][A-Z.'\- ]{3,60}))\.?$",
    re.IGNORECASE,
)
_MAX_CAPTION_WORDS = 40
# A line of labelled metadata and nothing else: "News date : 04/21/2022 Category : Press
# Releases", "Release Date:", "Tags: travel, food", "Filed under: Politics".
_METADATA_LABEL = (
    r"(?:(?:news|release|publication|post(?:ed)?) date|categor(?:y|ies)|tags?|filed under"
    r"|posted in|topics?|keywords|published|(?:last )?updated|kategorien?|schlagw(?:ö|oe)rter"
    r"|rubrik|th[eè]mes?|cat[eé]gories?|etiquetas|categor[ií]as?)"
)
_METADATA_LINE = re.compile(rf"(?:{_METADATA_LABEL}\s*:\s*[^:]{{0,60}}?\s*)+", re.IGNORECASE)
_MAX_METADATA_WORDS = 20
_MAX_LABEL_WORDS = 6
# A script's text that trafilatura took for a paragraph: "(function() { document.addEvent…".
_SCRIPT = re.compile(
    r"\(?\s*(?:function\b|var \w+\s*=|let \w+\s*=|const \w+\s*=|window\.|document\.|if ?\(window)"
)
_MIN_SCRIPT_MARKS = 3
# A line that is only a web address, the story's source or the site's own ("BVINEWS.COM",
# "Source: www.example.org/news"): read aloud it says nothing of the story.
_ADDRESS_LINE = re.compile(
    r"(?:(?:source|via|quelle|fuente|fonte)\s*:\s*)?(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)*"
    # The common endings of a site's name, not a file's (".py", ".md", ".js").
    r"\.(?:com|org|net|info|news|gov|edu|uk|de|fr|es|it|pl|ch|at|nl|eu|tv|us|ca|au|ie|nz)"
    r"(?:/\S*)?",
    re.IGNORECASE,
)
_UNSHOWN_TAGS = frozenset({"script", "style", "template", "title"})
_XML_DECLARATION = re.compile(r"\A\s*<\?xml[^>]*\?>")
_WORD = re.compile(r"\w+")


def drop_clutter_blocks(main: ElementTree.Element, page: HtmlElement | None) -> None:
    """Remove the blocks of `main` whose words are not in the page without its clutter, unless
    they hold more than a share of the article's words (the rules then took the article for
    clutter)."""
    if page is None:
        return
    kept = _PageWords(" ".join(_shown_text(page)))
    doomed = [(parent, block) for parent, block in _blocks_in(main) if kept.lost(block)]
    lost = sum(_word_count(block) for _, block in doomed)
    if lost <= _MAX_CLUTTER_SHARE * _word_count(main):
        for parent, block in doomed:
            parent.remove(block)


def _shown_text(page: HtmlElement) -> Iterator[str]:
    """The text a page shows: not that of its scripts and styles, where a "related stories"
    widget keeps the headlines it shows in a JSON object (and, there, they would count as kept)."""
    for element in page.iter():
        if isinstance(element.tag, str) and element.tag not in _UNSHOWN_TAGS and element.text:
            yield element.text
        if element.tail:
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
        text = normalize_text(_all_text(block))
        if "".join(text.split()) in self.squeezed:
            return False
        trigrams = _trigrams(_WORD.findall(text.casefold()))
        missing = len(trigrams - self.trigrams)
        return not trigrams or missing > _MAX_MISSING_SHARE * len(trigrams)


def _blocks_in(
    element: ElementTree.Element,
) -> Iterator[tuple[ElementTree.Element, ElementTree.Element]]:
    """Each (parent, block) under `element`, looking inside divisions and layout tables."""
    for child in element:
        if child.tag in _LAYOUT_TAGS and (child.tag != "table" or is_layout(child)):
            yield from _blocks_in(child)
        else:
            yield element, child


def drop_trailing_boilerplate(main: ElementTree.Element) -> None:
    """Remove a closing "Related stories" or "Read more" section, then the short sign-up,
    follow-us and copyright lines that end the article."""
    blocks = list(main)
    index = _tail_heading_index(blocks)
    if index is not None:
        for dropped in blocks[index:]:
            main.remove(dropped)
        blocks = blocks[:index]
    while blocks and _is_boilerplate_line(blocks[-1]):
        main.remove(blocks.pop())
    if blocks and _is_author_bio(blocks[-1]):
        main.remove(blocks.pop())


def _is_author_bio(block: ElementTree.Element) -> bool:
    """A closing paragraph all in italics that presents a person: the author's biography."""
    text = clean(_all_text(block))
    own = clean((block.text or "") + "".join(child.tail or "" for child in block))
    in_italics = len(block) > 0 and not own and all(child.tag == "hi" for child in block)
    short = len(text.split()) <= _MAX_DISCLOSURE_WORDS
    return block.tag == "p" and in_italics and short and bool(_AUTHOR_BIO.match(text))


def _tail_heading_index(blocks: list[ElementTree.Element]) -> int | None:
    """Where a closing "Related stories" section starts, if the article ends with one that
    holds less than half of its words."""
    total = sum(_word_count(block) for block in blocks)
    for index, block in enumerate(blocks):
        late = index >= len(blocks) * _TAIL_START
        if late and block.tag == "head" and _TAIL_HEADING.fullmatch(clean(_all_text(block))):
            tail = sum(_word_count(dropped) for dropped in blocks[index:])
            return index if tail < _MAX_TAIL_SHARE * total else None
    return None


def drop_promotions(main: ElementTree.Element) -> None:
    """Remove the short paragraphs and headings, anywhere in the article, that promote the site
    itself ("Sign up for our newsletter", "We may receive compensation…", "(Credit: …)"), the
    captions that end with a photo's credit, and lines of labelled metadata ("Tags: …")."""
    doomed = [(parent, block) for parent, block in _blocks_in(main) if _is_promotion(block)]
    for parent, block in doomed:
        parent.remove(block)


def is_promotion(block: ElementTree.Element) -> bool:
    """Whether a paragraph or heading promotes the site, credits a photo, labels metadata or
    is a script's text, rather than telling the story."""
    return _is_promotion(block)


def _is_promotion(block: ElementTree.Element) -> bool:
    text = clean(_all_text(block))
    words = len(text.split())
    if block.tag not in ("p", "head"):
        return False
    if words <= _MAX_BOILERPLATE_WORDS and _PROMOTION.search(text):
        return True
    if words <= _MAX_CAPTION_WORDS and block.tag == "p" and _CAPTION_CREDIT.search(text):
        return True
    if words <= _MAX_METADATA_WORDS and _METADATA_LINE.fullmatch(text):
        return True
    if block.tag == "p" and words <= _MAX_LABEL_WORDS and _TAIL_HEADING.fullmatch(text):
        return True  # "RELATED STORIES" over the links trafilatura dropped
    if _SCRIPT.match(text) and sum(map(text.count, "{};")) >= _MIN_SCRIPT_MARKS:
        return True
    if _ADDRESS_LINE.fullmatch(text.rstrip(".")):
        return True
    return words <= _MAX_DISCLOSURE_WORDS and bool(_DISCLOSURE.search(text))


def _is_boilerplate_line(block: ElementTree.Element) -> bool:
    text = clean(_all_text(block))
    short = len(text.split()) <= _MAX_BOILERPLATE_WORDS
    return block.tag in ("p", "head") and short and bool(_BOILERPLATE.search(text))


def _all_text(element: ElementTree.Element) -> str:
    return " ".join(element.itertext())


def _word_count(element: ElementTree.Element) -> int:
    return len(_all_text(element).split())


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
    from lxml import etree
    from lxml.html import document_fromstring

    try:
        tree = document_fromstring(_XML_DECLARATION.sub("", html))
    except (etree.ParserError, ValueError):
        return None
    body = tree.find("body")
    if body is None:
        return tree
    protected = _ancestors_of_article(body)
    doomed = [el for el in body.iter() if el not in protected and _is_clutter(el)]
    holds_article = _ArticleHolders(article)
    dropped: set[HtmlElement] = set()
    for element in doomed:
        if any(ancestor in dropped for ancestor in element.iterancestors()):
            continue  # gone with its ancestor
        if not holds_article(element):
            element.drop_tree()
            dropped.add(element)
    return tree


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


def _is_clutter(element: HtmlElement) -> bool:
    if not isinstance(element.tag, str) or element.getparent() is None:
        return False
    if element.tag in _CLUTTER_TAGS:
        return True
    names = f"{element.get('class') or ''} {element.get('id') or ''}".lower().split()
    return any(_is_clutter_name(name) for name in names)


def _is_clutter_name(name: str) -> bool:
    """'ad-slot', 'newsletter-signup', 'pinterest-cta', 'leftnav': the first or last part of a
    class or id names clutter; 'has-share-buttons' and 'no-ads' do not count."""
    parts = [part for part in _CLASS_PARTS.split(name) if part]
    if not parts:
        return False
    return (
        parts[0] in _CLUTTER_WORDS or parts[-1] in _CLUTTER_WORDS or name.endswith(_CLUTTER_ENDINGS)
    )
