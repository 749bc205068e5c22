"""Saved web pages: trafilatura finds the article body; its headings, lists and quotes survive."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING
from xml.etree import ElementTree

from narrator.errors import InputError
from narrator.models import Article, BlockKind, NarrationConfig
from narrator.readers.boilerplate import drop_promotions, drop_trailing_boilerplate
from narrator.readers.closing import drop_closing_links, drop_linked_teasers
from narrator.readers.clutter import (
    BLOCK_TAGS,
    drop_clutter_blocks,
    drop_other_stories,
    is_layout,
    without_clutter,
    word_count,
)
from narrator.readers.details_box import drop_details_under_title
from narrator.readers.footnotes import restore_footnotes
from narrator.readers.gallery import restore_gallery
from narrator.readers.gaps import drop_empty_headings, restore_gaps
from narrator.readers.layout import drop_chrome_cells, unwrap_boxes
from narrator.readers.lead import restore_lead
from narrator.readers.own_boxes import drop_metadata_lists, restore_own_boxes
from narrator.readers.repeats import without_repeats
from narrator.readers.schema import restore_stated_parts
from narrator.readers.stamps import is_stamp
from narrator.readers.stated import with_stated_body
from narrator.readers.structure import (
    CODE_ANNOUNCEMENT,
    TABLE_ANNOUNCEMENT,
    SectionBuilder,
    as_sentence,
    author_names,
    byline_of,
    clean,
    fallback_title,
    has_prose,
    join_names,
    metadata_parts,
)
from narrator.readers.tables import element_text, own_text, read_rows, table_text
from narrator.readers.titles import headlines, page_title, site_names, without_site_name
from narrator.readers.writer_notes import without_closing_note

if TYPE_CHECKING:
    from lxml.html import HtmlElement

_LEAD_BLOCKS_CHECKED = 3
_MIN_STANDFIRST_WORDS = 9
_MAX_DATELINE_WORDS = 12
_SAMPLES_SHARE = 0.75
_CONTAINED_TAGS = BLOCK_TAGS | {"table", "code", "div", "graphic", "row", "cell"}
# Loose words between the body's blocks are a paragraph when they run to a dozen words and end
# a sentence somewhere; "Read more", "Tags: Uncategorized" or a date are not.
_MIN_LOOSE_WORDS = 12
# The clutter passes may take out blocks, never most of the article: when they would leave
# under half of trafilatura's words, trafilatura's extraction is read as it found it.
_MIN_KEPT_SHARE = 0.5
# The line under a byline that says where the writer works, in capitalised words and no
# sentence: "BBC News, Wiltshire", "Political correspondent", "The Ledger".
_BYLINE_SECOND_LINE = re.compile(
    r"(?:[A-Z][\w'\u2019&.-]*|of|the|and|for)(?:,? (?:[A-Z][\w'\u2019&.-]*|of|the|and|for)){0,4}"
    r"|[A-Z][a-z]+ (?:correspondent|editor|reporter|writer)(?:,? [A-Z][\w-]*)?"
)
# A section's name: a few words without a figure or a sentence's end ("Meio ambiente").
_SECTION_LABEL = re.compile(r"[^\W\d_][^.!?:]{0,30}")
_SENTENCE_END = re.compile(r"[.!?\u2026][\"'\u201d\u00bb)]*(?:\s|$)")
# The mark a documentation page's heading links to itself by: "Cron expressions¶" (Sphinx,
# MkDocs), a link's emoji, "#" (GitBook); not a language's "#": "Learning C#", "F#".
_PERMALINK = re.compile(r"\s*(?:[\u00b6\U0001f517]|(?<![\s(][A-Za-z])(?<!^[A-Za-z])#)$")


def read_html(text: str, source: str = "", config: NarrationConfig | None = None) -> Article:
    """Read the article in a web page: title, author and date from the page's metadata, and
    only the body (no navigation, ads, sign-up boxes, comments or footers).

    Raises InputError when the page holds no article text.
    """
    config = config or NarrationConfig()
    document, page = _extract(text, images=config.read_alt_text)
    own_title = page_title(page)
    no_text = InputError(
        f"'{source}' has no article text to read; give the page of a single article"
    )
    if document is None:
        raise no_text
    names = [_site_name(document, own_title), document.get("hostname") or "", *site_names(page)]
    title = without_site_name(
        clean(own_title or document.get("title") or ""),
        [clean(name) for name in names],
        [clean(headline) for headline in headlines(page)],
    )
    main = document.find("main")
    if main is not None:
        _drop_label_over_title(main, title)
        drop_details_under_title(main)
    walker = _Walker(config, title, read_samples=main is not None and _samples_are_the_text(main))
    if main is not None:
        walker.walk_body(main)
    byline = join_names(author_names(document.get("author") or "")) or walker.byline
    sections = without_closing_note(without_repeats(walker.builder.sections(), title), byline)
    if not has_prose(sections):
        raise no_text
    return Article(
        title=title or walker.first_heading or fallback_title(source),
        sections=sections,
        byline=byline,
        date=document.get("date") or None,
        source=source,
        site_name=_site_name(document, own_title) or None,
    )


def _site_name(document: ElementTree.Element, own_title: str | None) -> str:
    """The site's name trafilatura found; the rest of the page's title after the headline when
    it took the headline's half of "Headline - Site" for the name."""
    name, headline = document.get("sitename") or "", document.get("title") or ""
    if name and name == headline:
        return own_title.removeprefix(headline).strip(" -|:\u2013\u2014\u00b7") if own_title else ""
    return name


def _extract(html: str, images: bool) -> tuple[ElementTree.Element | None, HtmlElement | None]:
    """trafilatura's XML of the article body, without the blocks that the page's markup names
    as clutter and without the sign-up and "related" lines that trail many articles; and the
    page without its clutter.

    trafilatura reads the whole page: run on the page without its clutter, it sometimes settles
    on a smaller part of it and loses article text. The clutter rules only take blocks out of
    what it found, and never most of it. Images are kept only when their alt text is read: with
    them, trafilatura keeps more of the "related stories" thumbnails and their headings."""
    document = _extract_from(html, images)
    main = document.find("main") if document is not None else None
    page = without_clutter(html, " ".join(main.itertext()) if main is not None else "")
    if main is not None:
        unwrap_boxes(main)
        found, words = _children(main), word_count(main)
        drop_clutter_blocks(main, page, html)
        drop_trailing_boilerplate(main)
        drop_promotions(main)
        drop_chrome_cells(main)
        if word_count(main) < _MIN_KEPT_SHARE * words:
            _put_back(found)
        drop_other_stories(main, html)
        drop_closing_links(main, html)
        restore_gaps(main, page)
        drop_linked_teasers(main, html)
        restore_gallery(main, html)
        drop_metadata_lists(main)  # "Last Updated" over "Dec 08, 2026"
        drop_empty_headings(main)
        restore_lead(main, page)
        restore_own_boxes(main, page)
        restore_stated_parts(main, html)
        restore_footnotes(main, page)
    else:
        document = _extract_from(page, images)
    return with_stated_body(document, html), page


def _children(
    main: ElementTree.Element,
) -> list[tuple[ElementTree.Element, list[ElementTree.Element]]]:
    """Each element of `main` with its children, to put back what the clutter passes remove
    (they only ever remove children)."""
    return [(element, list(element)) for element in main.iter()]


def _put_back(found: list[tuple[ElementTree.Element, list[ElementTree.Element]]]) -> None:
    """Make the extraction again as trafilatura `found` it: the clutter passes took most of it
    (an article about copyright, every short paragraph of which names it, reads as a run of
    copyright lines)."""
    for element, children in found:
        element[:] = children


def _extract_from(html: str | HtmlElement | None, images: bool) -> ElementTree.Element | None:
    import trafilatura
    from trafilatura.settings import set_date_params

    if html is None:
        return None
    # The extensive date search guesses from any date in the page's text ("© 2020" becomes
    # 2020-01-01) and loads dateparser, which takes seconds: the page's markup is enough.
    xml = trafilatura.extract(
        html,
        date_extraction_params=set_date_params(extensive=False),
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

    def __init__(self, config: NarrationConfig, title: str, read_samples: bool = False) -> None:
        self.config = config
        self.title = title
        self.read_samples = read_samples and config.code_mode == "announce"
        self.builder = SectionBuilder()
        self.first_heading: str | None = None
        self.byline: str | None = None
        self._blocks_seen = 0
        self._after_byline = False

    def walk_body(self, main: ElementTree.Element) -> None:
        """Add the blocks of the article's body, and the sentences that trafilatura leaves loose
        between them (a page that writes its paragraphs as text between a heading and a line
        break: `<h2>…</h2> Text… <br><br>`)."""
        self._loose_sentences(main.text)
        for element in main:
            self._element(element, BlockKind.PARAGRAPH)
            self._loose_sentences(element.tail)

    def _loose_sentences(self, text: str | None) -> None:
        text = clean(text or "")
        if len(text.split()) >= _MIN_LOOSE_WORDS and _SENTENCE_END.search(text):
            self._paragraph(text, BlockKind.PARAGRAPH)

    def walk(self, elements: list[ElementTree.Element], kind: BlockKind) -> None:
        """Add each element's blocks, read as `kind` (paragraph, quote or list item)."""
        for element in elements:
            self._element(element, kind)

    def _element(self, element: ElementTree.Element, kind: BlockKind) -> None:
        tag = element.tag
        if tag == "head":
            self._heading(element)
        elif tag == "p":
            self._paragraph(element_text(element), kind)
        elif tag == "list":
            self._list(element, kind)
        elif tag == "quote":
            self._quote(element)
        elif tag == "code":
            self._code(element_text(element), CODE_ANNOUNCEMENT)
        elif tag == "table" and is_layout(element):
            for cell in (cell for row in element.findall("row") for cell in row.findall("cell")):
                self._container(cell, kind)
        elif tag == "table":
            self._table(element)
        elif tag == "graphic":
            self._image(element)
        elif tag == "lb":
            return
        elif any(child.tag in _CONTAINED_TAGS for child in element):
            self._container(element, kind)
        else:
            self._paragraph(element_text(element), kind)

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
                run.append(" " if child.tag == "lb" else own_text(child))
            run.append(child.tail or "")
            run.append(" " if child.tag == "lb" else "")  # see tables.own_text
        self._loose(run, kind)

    def _loose(self, run: list[str], kind: BlockKind) -> None:
        text = clean("".join(run))
        if text:
            self._paragraph(text, kind)

    def _heading(self, element: ElementTree.Element) -> None:
        text = _PERMALINK.sub("", element_text(element))
        is_title = element.get("rend") == "h1" and (not self.title or text == self.title)
        # A page with no h1 sets its headline in an h2 over the body (a tabloid's).
        is_title = is_title or (self._blocks_seen == 0 and bool(self.title) and text == self.title)
        if is_title and self.first_heading is None:
            self.first_heading = text
            return
        if self.first_heading is not None and self._blocks_seen == 0 and _is_standfirst(text):
            self.builder.add(BlockKind.PARAGRAPH, text)  # a subtitle in an h2 under the h1
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
            stamps = [part.rstrip(".") for part in text.split(". ")]  # "Publié … Mis à jour …"
            if parts is None and (is_stamp(text) or all(map(is_stamp, stamps))):
                parts = (None, text)  # "Publié le 05/12/2026 à 14h32", "Atualizado há 2 horas"
            if parts is not None:
                self.byline = self.byline or parts[0]
                self._after_byline = parts[0] is not None
                return
            if self._after_byline and _BYLINE_SECOND_LINE.fullmatch(text):
                self._after_byline = False
                return
        self._after_byline = False
        self.builder.add(kind, text)

    def _list(self, element: ElementTree.Element, kind: BlockKind) -> None:
        item_kind = BlockKind.QUOTE if kind is BlockKind.QUOTE else BlockKind.LIST_ITEM
        for item in element.findall("item"):
            self.builder.add(item_kind, as_sentence(element_text(item)))
            self.walk([child for child in item if child.tag == "list"], item_kind)

    def _quote(self, element: ElementTree.Element) -> None:
        own = clean(element.text or "")
        if own:
            self.builder.add(BlockKind.QUOTE, own)
        for child in element:
            self._element(child, BlockKind.QUOTE)
            if child.tail and child.tail.strip():
                self.builder.add(BlockKind.QUOTE, child.tail)

    def _table(self, table: ElementTree.Element) -> None:
        """A table of words, or a small table of figures, read a row at a time (see
        `tables`); a larger table of figures is a sample, announced."""
        lines = read_rows(table, self.config.code_mode)
        if lines is None:
            self._code(table_text(table), TABLE_ANNOUNCEMENT)
        for line in lines or ():
            self.builder.add(BlockKind.LIST_ITEM, line)

    def _code(self, content: str, announcement: str) -> None:
        if self.config.code_mode == "read" or self.read_samples:
            self.builder.add(BlockKind.PARAGRAPH, content)
        elif self.config.code_mode == "announce":
            self.builder.add(BlockKind.ANNOUNCEMENT, announcement)

    def _image(self, element: ElementTree.Element) -> None:
        alt = clean(element.get("alt") or "")
        if self.config.read_alt_text and alt:
            self.builder.add(BlockKind.ANNOUNCEMENT, as_sentence(f"Image: {alt}"))


def _is_standfirst(text: str) -> bool:
    """A heading right under the title that is a standfirst, not a section's name: a sentence's
    length ("Nuovo allestimento e una terrazza panoramica sulle Alpi: l'inaugurazione sabato")."""
    return len(text.split()) >= _MIN_STANDFIRST_WORDS


def _drop_label_over_title(main: ElementTree.Element, title: str) -> None:
    """Remove the section's name that the extraction keeps over the title, alone in its
    paragraph ("Meio ambiente", a kicker over the h1), or with the title inside it ("<p>
    Transportation <head>Title</head></p>"): a few words, no sentence ("Futebol | Liga 2",
    "Serie A, 15ª giornata")."""
    children = list(main)
    for index, child in enumerate(children[:_LEAD_BLOCKS_CHECKED]):
        if _is_title(child, title):
            for before in children[:index]:
                if before.tag == "p" and _is_section_label(element_text(before)):
                    main.remove(before)
            return
        inner = [grandchild for grandchild in child if _is_title(grandchild, title)]
        if child.tag == "p" and len(inner) == 1 and len(child) == 1:
            label = clean(f"{child.text or ''} {inner[0].tail or ''}")
            if _is_section_label(label):
                main.remove(child)  # the title is read as the article's title
            return


def _is_title(element: ElementTree.Element, title: str) -> bool:
    return element.tag == "head" and element.get("rend") == "h1" and element_text(element) == title


def _is_section_label(text: str) -> bool:
    return bool(_SECTION_LABEL.fullmatch(text)) and not byline_of(text)


def _samples_are_the_text(main: ElementTree.Element) -> bool:
    """Whether the page's data tables and code hold nearly all its words (a page of race
    results, a timetable): announced, they would leave next to nothing to read."""
    samples = [
        element
        for element in main.iter()
        if element.tag == "code" or (element.tag == "table" and not is_layout(element))
    ]
    in_samples = sum(word_count(sample) for sample in _outermost(samples))
    return in_samples > _SAMPLES_SHARE * word_count(main)


def _outermost(elements: list[ElementTree.Element]) -> list[ElementTree.Element]:
    """The elements that are not inside another of them."""
    inner = {id(child) for element in elements for child in element.iter() if child is not element}
    return [element for element in elements if id(element) not in inner]
