"""Saved web pages: trafilatura finds the article body; its headings, lists and quotes survive."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING
from xml.etree import ElementTree

from narrator.errors import InputError
from narrator.models import Article, BlockKind, NarrationConfig
from narrator.readers.decoding import normalize_text
from narrator.readers.structure import (
    CODE_ANNOUNCEMENT,
    TABLE_ANNOUNCEMENT,
    SectionBuilder,
    as_sentence,
    byline_of,
    clean,
    fallback_title,
    has_prose,
    join_names,
    metadata_parts,
)

if TYPE_CHECKING:
    from lxml.html import HtmlElement

_LEAD_BLOCKS_CHECKED = 3
_MAX_DATELINE_WORDS = 12
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
_BLOCK_TAGS = frozenset({"p", "head", "list", "quote"})
_CONTAINED_TAGS = _BLOCK_TAGS | {"table", "code", "div", "graphic", "row", "cell"}
_TITLE_SEPARATOR = re.compile(r"\s+[|\-\u2013\u2014\u00b7]\s+")
_DOMAIN = re.compile(r"(?:[\w-]+\.)+[a-z]{2,}", re.IGNORECASE)
_HOST_AFFIXES = re.compile(r"^www\.|\.[a-z]{2,}$")
_MAX_SITE_NAME_WORDS = 3
_MIN_TITLE_WORDS = 4
_MAX_CLUTTER_SHARE = 0.3
_LAYOUT_TAGS = frozenset({"div", "table", "row", "cell"})
_TAIL_START = 2 / 3
_MAX_BOILERPLATE_WORDS = 40
_TAIL_HEADING = re.compile(
    r"(?:related\b|read (?:more|also|next)|see also|more (?:from|on|stories|articles)"
    r"|you (?:may|might) also like|recommended|popular|most (?:read|popular)"
    r"|latest (?:news|stories|posts)|comments?\b|share\b|further reading)",
    re.IGNORECASE,
)
_BOILERPLATE = re.compile(
    r"\b(?:subscri(?:be|bers?|ption) (?:now|today|here|to)\b|newsletters?\b|follow us\b"
    r"|follow (?:\w+ ){1,3}on (?:twitter|facebook|instagram)|sign(?:ing)? up (?:here|now|today)"
    r"|sign(?:ing)? up (?:for|to) (?:our|the)\b.{0,30}\b(?:newsletter|edition|updates)"
    r"|download (?:the|our)\b.{0,40}\bapps?\b|all rights reserved|copyright\b"
    r"|letters? to the editor|support our work|advertise with)|©|^(?:related|read more)\b",
    re.IGNORECASE,
)
_XML_DECLARATION = re.compile(r"\A\s*<\?xml[^>]*\?>")


def read_html(text: str, source: str = "", config: NarrationConfig | None = None) -> Article:
    """Read the article in a web page: title, author and date from the page's metadata, and
    only the body (no navigation, ads, sign-up boxes, comments or footers).

    Raises InputError when the page holds no article text.
    """
    config = config or NarrationConfig()
    page = _without_clutter(text)
    page_title = _page_title(page)
    document = _extract(text, page, images=config.read_alt_text)
    no_text = InputError(
        f"'{source}' has no article text to read; give the page of a single article"
    )
    if document is None:
        raise no_text
    site_names = [document.get("sitename") or "", document.get("hostname") or ""]
    title = _without_site_name(clean(page_title or document.get("title") or ""), site_names)
    main = document.find("main")
    walker = _Walker(config, title)
    walker.walk(list(main) if main is not None else [], BlockKind.PARAGRAPH)
    sections = walker.builder.sections()
    if not has_prose(sections):
        raise no_text
    return Article(
        title=title or walker.first_heading or fallback_title(source),
        sections=sections,
        byline=join_names((document.get("author") or "").split(";")) or walker.byline,
        date=document.get("date") or None,
        source=source,
        site_name=document.get("sitename") or None,
    )


def _extract(html: str, page: HtmlElement | None, images: bool) -> ElementTree.Element | None:
    """trafilatura's XML of the article body, without the blocks that the page's markup names
    as clutter and without the sign-up and "related" lines that trail many articles.

    trafilatura reads the whole page: run on the page without its clutter, it sometimes settles
    on a smaller part of it and loses article text. The clutter rules only take blocks out of
    what it found. Images are kept only when their alt text is read: with them, trafilatura keeps
    more of the "related stories" thumbnails and their headings."""
    document = _extract_from(html, images)
    main = document.find("main") if document is not None else None
    if main is not None:
        _drop_clutter_blocks(main, page)
        _drop_trailing_boilerplate(main)
        return document
    return _extract_from(page, images)


def _page_title(page: HtmlElement | None) -> str | None:
    """The title the page gives itself (its Open Graph title, else its <title>), as written:
    trafilatura's own cuts titles at any dash ("Spider-Man - a hero for all seasons")."""
    if page is None:
        return None
    for title in (*page.xpath("//meta[@property='og:title']/@content"), page.findtext(".//title")):
        if isinstance(title, str) and title.strip():
            return title
    return None


def _without_site_name(title: str, site_names: list[str]) -> str:
    """`title` without a trailing site name: "Story | The Ledger", "Story - ledger.com", or a
    short name in capitals after a title of several words ("A long story told here - Ledger").
    A dash that belongs to the title ("Spider-Man - a hero for all seasons") is kept."""
    separators = list(_TITLE_SEPARATOR.finditer(title))
    if not separators:
        return title
    rest, tail = title[: separators[-1].start()], title[separators[-1].end() :]
    names = {_name_key(name) for name in site_names} - {""}
    if _name_key(tail) in names or _looks_like_site_name(tail, rest):
        return rest
    return title


def _looks_like_site_name(tail: str, rest: str) -> bool:
    words = tail.split()
    named = all(word[:1].isupper() and not word.isdigit() for word in words)
    return (
        0 < len(words) <= _MAX_SITE_NAME_WORDS
        and (named or _DOMAIN.fullmatch(tail) is not None)
        and len(rest.split()) >= max(_MIN_TITLE_WORDS, 2 * len(words))
    )


def _name_key(name: str) -> str:
    """A site name or host name reduced to its letters: "www.ledger.com" and "The Ledger"
    become "ledger"."""
    name = _HOST_AFFIXES.sub("", name.strip().lower())
    return "".join(ch for ch in name if ch.isalnum()).removeprefix("the")


def _drop_clutter_blocks(main: ElementTree.Element, page: HtmlElement | None) -> None:
    """Remove the blocks of `main` whose words are not in the page without its clutter, unless
    they hold more than a share of the article's words (the rules then took the article for
    clutter)."""
    if page is None:
        return
    kept = _squeezed(" ".join(page.itertext()))
    doomed = [(parent, block) for parent, block in _blocks_in(main) if _is_gone(block, kept)]
    lost = sum(_word_count(block) for _, block in doomed)
    if lost <= _MAX_CLUTTER_SHARE * _word_count(main):
        for parent, block in doomed:
            parent.remove(block)


def _is_gone(block: ElementTree.Element, kept: str) -> bool:
    """Whether most of a block's words are missing from `kept`, the page without its clutter.

    Its pieces of text are looked for one by one as well as whole, since trafilatura may have
    dropped a word or two from the block (a table's "twitter" row label)."""
    if _squeezed(_all_text(block)) in kept:
        return False
    pieces = [piece for piece in block.itertext() if piece.strip()]
    missing = sum(len(piece.split()) for piece in pieces if _squeezed(piece) not in kept)
    return 2 * missing > sum(len(piece.split()) for piece in pieces)


def _blocks_in(
    element: ElementTree.Element,
) -> Iterator[tuple[ElementTree.Element, ElementTree.Element]]:
    """Each (parent, block) under `element`, looking inside divisions and layout tables."""
    for child in element:
        if child.tag in _LAYOUT_TAGS and (child.tag != "table" or _is_layout(child)):
            yield from _blocks_in(child)
        else:
            yield element, child


def _drop_trailing_boilerplate(main: ElementTree.Element) -> None:
    """Remove a closing "Related stories" or "Read more" section, then the short sign-up,
    follow-us and copyright lines that end the article."""
    blocks = list(main)
    for index, block in enumerate(blocks):
        late = index >= len(blocks) * _TAIL_START
        if late and block.tag == "head" and _TAIL_HEADING.match(clean(_all_text(block))):
            for dropped in blocks[index:]:
                main.remove(dropped)
            blocks = blocks[:index]
            break
    while blocks and _is_boilerplate_line(blocks[-1]):
        main.remove(blocks.pop())


def _is_boilerplate_line(block: ElementTree.Element) -> bool:
    text = clean(_all_text(block))
    short = len(text.split()) <= _MAX_BOILERPLATE_WORDS
    return block.tag in ("p", "head") and short and bool(_BOILERPLATE.search(text))


def _all_text(element: ElementTree.Element) -> str:
    return " ".join(element.itertext())


def _word_count(element: ElementTree.Element) -> int:
    return len(_all_text(element).split())


def _squeezed(text: str) -> str:
    """`text` without whitespace, so that words are compared however the page spaced them."""
    return "".join(normalize_text(text).split())


def _extract_from(html: str | HtmlElement | None, images: bool) -> ElementTree.Element | None:
    import trafilatura

    if html is None:
        return None
    xml = trafilatura.extract(
        html,
        output_format="xml",
        include_formatting=True,
        include_comments=False,
        include_tables=True,
        include_images=images,
        include_links=False,
        with_metadata=True,
    )
    return ElementTree.fromstring(xml) if xml else None


class _Walker:
    """Turns trafilatura's XML elements into the builder's sections and blocks."""

    def __init__(self, config: NarrationConfig, title: str) -> None:
        self.config = config
        self.title = title
        self.builder = SectionBuilder()
        self.first_heading: str | None = None
        self.byline: str | None = None
        self._blocks_seen = 0

    def walk(self, elements: list[ElementTree.Element], kind: BlockKind) -> None:
        """Add each element's blocks, read as `kind` (paragraph, quote or list item)."""
        for element in elements:
            self._element(element, kind)

    def _element(self, element: ElementTree.Element, kind: BlockKind) -> None:
        tag = element.tag
        if tag == "head":
            self._heading(element)
        elif tag == "p":
            self._paragraph(_text(element), kind)
        elif tag == "list":
            self._list(element, kind)
        elif tag == "quote":
            self._quote(element)
        elif tag == "code":
            self._code(_text(element), CODE_ANNOUNCEMENT)
        elif tag == "table" and _is_layout(element):
            for cell in (cell for row in element.findall("row") for cell in row.findall("cell")):
                self._container(cell, kind)
        elif tag == "table":
            self._code(_table_text(element), TABLE_ANNOUNCEMENT)
        elif tag == "graphic":
            self._image(element)
        elif tag == "lb":
            return
        elif any(child.tag in _CONTAINED_TAGS for child in element):
            self._container(element, kind)
        else:
            self._paragraph(_text(element), kind)

    def _container(self, element: ElementTree.Element, kind: BlockKind) -> None:
        """A division or a layout table's cell: its blocks read in turn, and the loose words
        between them (with their inline formatting) read as paragraphs."""
        run = [element.text or ""]
        for child in element:
            if child.tag in _CONTAINED_TAGS:
                self._loose(run, kind)
                run = []
                self._element(child, kind)
            else:
                run.append(" " if child.tag == "lb" else "".join(_own_text(child)))
            run.append(child.tail or "")
        self._loose(run, kind)

    def _loose(self, run: list[str], kind: BlockKind) -> None:
        text = clean("".join(run))
        if text:
            self._paragraph(text, kind)

    def _heading(self, element: ElementTree.Element) -> None:
        text = _text(element)
        is_title = element.get("rend") == "h1" and (not self.title or text == self.title)
        if is_title and self.first_heading is None:
            self.first_heading = text
            return
        self.builder.start_section(text)

    def _paragraph(self, text: str, kind: BlockKind) -> None:
        """Add a paragraph, except the byline and date lines that open many articles."""
        self._blocks_seen += 1
        if self._blocks_seen <= _LEAD_BLOCKS_CHECKED and kind is BlockKind.PARAGRAPH:
            parts = metadata_parts(text)
            if parts is not None and parts[0] is None and len(text.split()) > _MAX_DATELINE_WORDS:
                parts = None  # "… will be a full member by March 31, 2021." is a sentence
            if parts is None and byline_of(text):
                parts = (byline_of(text), None)
            if parts is not None:
                self.byline = self.byline or parts[0]
                return
        self.builder.add(kind, text)

    def _list(self, element: ElementTree.Element, kind: BlockKind) -> None:
        item_kind = BlockKind.QUOTE if kind is BlockKind.QUOTE else BlockKind.LIST_ITEM
        for item in element.findall("item"):
            self.builder.add(item_kind, as_sentence(_text(item)))
            self.walk([child for child in item if child.tag == "list"], item_kind)

    def _quote(self, element: ElementTree.Element) -> None:
        own = clean(element.text or "")
        if own:
            self.builder.add(BlockKind.QUOTE, own)
        for child in element:
            self._element(child, BlockKind.QUOTE)
            if child.tail and child.tail.strip():
                self.builder.add(BlockKind.QUOTE, child.tail)

    def _code(self, content: str, announcement: str) -> None:
        if self.config.code_mode == "announce":
            self.builder.add(BlockKind.ANNOUNCEMENT, announcement)
        elif self.config.code_mode == "read":
            self.builder.add(BlockKind.PARAGRAPH, content)

    def _image(self, element: ElementTree.Element) -> None:
        alt = clean(element.get("alt") or "")
        if self.config.read_alt_text and alt:
            self.builder.add(BlockKind.ANNOUNCEMENT, as_sentence(f"Image: {alt}"))


def _text(element: ElementTree.Element) -> str:
    """An element's words, without those of nested lists or images."""
    return clean("".join(_own_text(element)))


def _own_text(element: ElementTree.Element) -> Iterator[str]:
    yield element.text or ""
    for child in element:
        if child.tag == "graphic":
            yield child.text or ""  # trafilatura sometimes puts a paragraph's words in its image
        elif child.tag != "list":
            yield " " if child.tag == "lb" else ""
            yield from _own_text(child)
        yield child.tail or ""


def _is_layout(table: ElementTree.Element) -> bool:
    """A table used to lay out a page holds paragraphs and headings, not data."""
    return any(child.tag in _BLOCK_TAGS for cell in table.iter("cell") for child in cell)


def _table_text(table: ElementTree.Element) -> str:
    """Each row of a table as one sentence of comma-separated cells."""
    rows = [", ".join(t for t in (_text(c) for c in row) if t) for row in table.iter("row")]
    return " ".join(as_sentence(row) for row in rows if row)


def _without_clutter(html: str) -> HtmlElement | None:
    """The page with its navigation, ads, share and sign-up boxes, comments and captions
    removed, judged by tag and by class or id; None when the page cannot be parsed."""
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
    for element in doomed:
        element.drop_tree()
    return tree


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
