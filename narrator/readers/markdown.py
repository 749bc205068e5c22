"""Markdown posts (CommonMark plus tables): front matter, title, sections, lists, quotes, code."""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from narrator.errors import InputError
from narrator.models import Article, BlockKind, NarrationConfig
from narrator.readers import post_parts
from narrator.readers.bylines import posted_by
from narrator.readers.fragments import html_text
from narrator.readers.notes import without_note_marks
from narrator.readers.post_parts import is_caption, without_contents
from narrator.readers.posthead import is_reading_time, properties, take_header, with_subtitle
from narrator.readers.signoff import is_button, without_sign_off
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
from narrator.readers.trailers import is_clutter_line

if TYPE_CHECKING:
    from xml.etree import ElementTree

    from markdown_it.token import Token
    from markdown_it.tree import SyntaxTreeNode

_FRONT_MATTER = re.compile(
    r"\A(?P<fence>---|\+\+\+)[ \t]*\n(?P<body>.*?)\n(?P=fence)[ \t]*(?:\n|\Z)", re.S
)
_FIELD = re.compile(r"^(?P<key>[A-Za-z_][\w-]*)\s*[:=]\s*(?P<value>.*)$")
_AUTHOR_KEYS = ("author", "authors", "byline")
_HANDLE = re.compile(r"[a-z0-9_.-]+")
_HTML_H1 = re.compile(r"^<h1\b[^>]*>(?P<inner>.*?)</h1>$", re.IGNORECASE | re.DOTALL)
_HTML_TITLE_NODES = 3
"""How near the top a README's heading in HTML gives the title: under its logo, its badges."""
_FOOTNOTE_REFERENCE = re.compile(r"\[\^[^\]\s]+\]")
_FOOTNOTE_DEFINITION = re.compile(r"\A\[\^[^\]\s]+\]:")
_TEMPLATE_TAG = re.compile(r"\A\s*(?:(?:\{%[^\n]*?%\}|\{\{[^\n]*?\}\})\s*)+\Z")
"""A paragraph of a site generator's tags alone, each on its line: not one that holds text
between them ("{% details Our rules %}" over a sentence over "{% enddetails %}")."""
_ALERT = re.compile(r"\A\[![A-Za-z-]{1,20}\][+-]?[ \t]*(?P<title>[^\n]*)(?:\n|\Z)")
"""A GitHub alert's mark ("> [!NOTE]"), or an Obsidian callout's with its title ("> [!tip]
Book ahead"): the title is read as a sentence."""
_WIKI_LINK = re.compile(r"\[\[(?:[^\]|]*\|)?([^\]|]+)\]\]")
_MAX_INLINE_DEPTH = 32
_MAX_FRONT_MATTER_CHARS = 65536


def read_markdown(text: str, source: str = "", config: NarrationConfig | None = None) -> Article:
    """Read a Markdown post: front matter and the first `#` heading give title, byline and date;
    later headings and horizontal rules start sections; code and tables follow `config.code_mode`.

    Raises InputError when nothing but code, tables, a title or front matter is left to read.
    """
    config = config or NarrationConfig()
    front, body = split_front_matter(text)
    nodes = list(_parse(without_note_marks(body)).children)
    title, nodes = _take_title(nodes, front.get("title"))
    meta = _take_metadata_lines(nodes)
    walker = _Walker(config)
    walker.walk(without_sign_off(without_contents(meta.rest)), BlockKind.PARAGRAPH)
    sections = with_subtitle(walker.builder.sections(), _first(front.get("subtitle")))
    if not has_prose(sections):
        raise InputError(
            f"'{source}' has no text to read, only code, tables or front matter; "
            "give a Markdown article with paragraphs (or --code read to read its code)"
        )
    return Article(
        title=title or fallback_title(source),
        sections=sections,
        byline=_front_matter_byline(front) or meta.byline,
        date=_first(front.get("date")) or meta.date,
        source=source,
        language=_first(front.get("lang") or front.get("language")),
    )


def split_front_matter(text: str) -> tuple[dict[str, list[str]], str]:
    """The YAML (`---`) or TOML (`+++`) front matter's fields as lists of strings, and the text
    after it. A block at the top that parses to no mapping is not front matter (a rule, say);
    one that looks like fields but does not parse is still never read aloud."""
    match = _FRONT_MATTER.match(text.lstrip("\ufeff"))
    if not match:
        return _metadata_header(text)
    rest = text.lstrip("\ufeff")[match.end() :]
    data = _parse_front_matter(match["fence"], match["body"])
    if data is None:
        looks_like_fields = any(_FIELD.match(line) for line in match["body"].splitlines())
        return {}, rest if looks_like_fields else text
    # the site's own fields: Zola's "[extra] author = ...", Hugo's "[params] author = ..."
    for extra in (data.get("extra"), data.get("params")):
        if isinstance(extra, dict):
            data = {**{k: v for k, v in extra.items() if str(k).lower() in _AUTHOR_KEYS}, **data}
    return {str(key).lower(): _values(value) for key, value in data.items()}, rest


def _metadata_header(text: str) -> tuple[dict[str, list[str]], str]:
    """Pelican's or MultiMarkdown's fields over the post, a "Key: value" a line from its top
    line, "Title: …", to the first blank line; no fields and the whole text if there are none."""
    head, _, rest = text.lstrip("\ufeff").partition("\n\n")
    head = post_parts.uncommented_fields(head)
    fields = [match for line in head.splitlines() if (match := _FIELD.match(line))]
    if len(fields) < 2 or len(fields) < head.count("\n") + 1 or fields[0]["key"].lower() != "title":
        return {}, text
    return {field["key"].lower(): _values(field["value"].strip()) for field in fields}, rest


_INNER_QUOTES = re.compile(r'^([ \t]*[\w-]+:[ \t]*)"(.*"[^\n]*)"[ \t]*$', re.M)
"""A YAML field's value in double quotes with double quotes inside it."""


def _parse_front_matter(fence: str, body: str) -> dict[Any, Any] | None:
    import tomllib

    import yaml

    if len(body) > _MAX_FRONT_MATTER_CHARS:
        return None  # a post's fields fit in a few lines; this is no front matter to parse
    try:
        data = tomllib.loads(body) if fence == "+++" else yaml.load(body, _loader())
    except (tomllib.TOMLDecodeError, yaml.YAMLError, RecursionError):
        # a value's typographic quotes straightened inside its own ('title: ""A river …":
        # a conversation"'): quoted again with single quotes, once
        requoted = _INNER_QUOTES.sub(
            lambda m: f"{m[1]}'{m[2].replace(chr(39), 2 * chr(39))}'", body
        )
        return _parse_front_matter(fence, requoted) if requoted != body else None
    return data if isinstance(data, dict) and data else None


def _loader() -> type:
    """yaml's safe loader, refusing aliases: `*a` repeated in nine lists of nine makes a
    billion values out of a few lines (a YAML bomb); front matter has no use for them."""
    import yaml

    class NoAliases(yaml.SafeLoader):  # type: ignore[misc]
        def compose_node(self, parent: Any, index: Any) -> Any:
            if self.check_event(yaml.AliasEvent):
                event = self.peek_event()
                raise yaml.composer.ComposerError(
                    None, None, "aliases are not read", event.start_mark
                )
            return super().compose_node(parent, index)

    return NoAliases


def _values(value: object) -> list[str]:
    """A field's values as strings: a list gives several; `- name: A` entries give their name; a
    note-taking app's link to a note, its name ("[[Jane Doe]]": Jane Doe)."""
    values: list[str] = []
    for item in value if isinstance(value, list) else [value]:
        named = item.get("name") if isinstance(item, dict) else item
        if isinstance(named, datetime.date):
            values.append(named.isoformat())
        elif named is not None and str(named).strip():
            values.append(_WIKI_LINK.sub(r"\1", str(named).strip()))
    return values


def _first(values: list[str] | None) -> str | None:
    return values[0] if values else None


def _front_matter_byline(front: dict[str, list[str]]) -> str | None:
    for key in _AUTHOR_KEYS:
        # a key to the site's list of authors is no name to read ("authors: [jdoe]")
        names = [name for name in front.get(key, []) if not _HANDLE.fullmatch(name)]
        if names:
            return join_names(names)
    return None


def _parse(body: str) -> SyntaxTreeNode:
    from markdown_it import MarkdownIt
    from markdown_it.tree import SyntaxTreeNode

    parser = MarkdownIt("commonmark").enable("table").enable("strikethrough")
    tokens = parser.parse(body)
    for token in tokens:
        if token.children:
            token.children = _shallow(token.children)
    return SyntaxTreeNode(tokens)


def _shallow(children: list[Token]) -> list[Token]:
    """Inline tokens with emphasis, links and strikethrough nested at most _MAX_INLINE_DEPTH
    deep: markdown-it bounds the nesting of blocks but not of `**` pairs, and its tree (like a
    reader) recurses once per level. The words of the deeper levels stay; only marks go."""
    kept: list[Token] = []
    depth = 0
    for child in children:
        if child.nesting == 1:
            depth += 1
        if child.nesting == 0 or depth <= _MAX_INLINE_DEPTH:
            kept.append(child)
        if child.nesting == -1:
            depth -= 1
    return kept


def _take_title(
    nodes: list[SyntaxTreeNode], front_title: list[str] | None
) -> tuple[str | None, list[SyntaxTreeNode]]:
    """The title and the nodes left: an opening `#` heading wins, then front matter, then the
    first `#` heading anywhere, then a README's heading in HTML near the top ('<h1
    align="center">Larkspur</h1>')."""
    h1s = [i for i, node in enumerate(nodes) if node.type == "heading" and node.tag == "h1"]
    if h1s and (h1s[0] == 0 or not front_title):
        position = h1s[0]
        return _inline_text(nodes[position], False), nodes[:position] + nodes[position + 1 :]
    for position, node in enumerate([] if h1s or front_title else nodes[:_HTML_TITLE_NODES]):
        if node.type == "html_block" and (heading := _HTML_H1.match(node.content.strip())):
            return html_text(heading["inner"]), nodes[:position] + nodes[position + 1 :]
    return _first(front_title), nodes


@dataclass
class _Metadata:
    byline: str | None = None
    date: str | None = None
    rest: list[SyntaxTreeNode] = field(default_factory=list)


def _take_metadata_lines(nodes: list[SyntaxTreeNode]) -> _Metadata:
    """Drop the `By …` and italic date lines that open a post, and its platform's header
    (narrator.readers.posthead), under a subtitle too; keep what they say."""
    subtitle = nodes[:1] if nodes and nodes[0].type == "heading" else []
    named, header = take_header(nodes[len(subtitle) :], lambda node: _inline_text(node, False))
    subtitle = subtitle if header else []  # no platform's header: a heading opens the post
    meta = _Metadata(byline=named, rest=nodes[len(subtitle) + header :])
    while meta.rest and meta.rest[0].type == "paragraph":
        text = _inline_text(meta.rest[0], False)
        parts = metadata_parts(text) if _is_emphasised(meta.rest[0]) else None
        if parts is None and (fields := properties(meta.rest[0])) is not None:
            parts = (fields.get("author") or fields.get("created by"), None)
        if parts is None and (named := byline_of(text) or posted_by(text)):
            parts = (named, None)  # "By Sam Lee", "Posted by Sam Lee on December 5, 2026"
        if parts is None and is_reading_time(text):
            parts = (None, None)  # "Lesezeit: 4 Minuten", for the eye
        if parts is None:
            break
        meta.byline = meta.byline or parts[0]
        meta.date = meta.date or parts[1]
        meta.rest = meta.rest[1:]
    meta.rest = subtitle + meta.rest
    return meta


def _is_emphasised(paragraph: SyntaxTreeNode) -> bool:
    inline = paragraph.children[0] if paragraph.children else None
    children = [c for c in (inline.children if inline else []) if c.type != "softbreak"]
    return len(children) == 1 and children[0].type in ("em", "strong")


class _Walker:
    """Turns Markdown block nodes into the builder's sections and blocks."""

    def __init__(self, config: NarrationConfig) -> None:
        self.config = config
        self.builder = SectionBuilder()

    def walk(self, nodes: list[SyntaxTreeNode], kind: BlockKind) -> None:
        """Add each node's blocks, read as `kind` (paragraph, quote or list item)."""
        for node in nodes:
            self._block(node, kind)

    def _block(self, node: SyntaxTreeNode, kind: BlockKind) -> None:
        if node.type == "heading":
            self.builder.start_section(_inline_text(node, self.config.read_alt_text))
        elif node.type == "hr":
            self.builder.start_section(None)
        elif node.type == "paragraph":
            self._paragraph(node, kind)
        elif node.type in ("bullet_list", "ordered_list"):
            for item in node.children:
                self._list_item(item, BlockKind.QUOTE if kind is BlockKind.QUOTE else kind)
        elif node.type == "blockquote":
            self.walk(node.children, BlockKind.QUOTE)
        elif node.type in ("fence", "code_block"):
            self._code(node.content, CODE_ANNOUNCEMENT)
        elif node.type == "table":
            self._table(_table_element(node))
        elif node.type == "html_block" and (heading := post_parts.html_heading(node.content)):
            self.builder.start_section(heading)
        elif node.type == "html_block":
            self.builder.add(kind, html_text(node.content))

    def _paragraph(self, node: SyntaxTreeNode, kind: BlockKind) -> None:
        inline = node.children[0] if node.children else None
        if inline is not None and _FOOTNOTE_DEFINITION.match(inline.content):
            return  # footnotes are for the eye; a listener cannot jump to them
        if inline is not None and _TEMPLATE_TAG.match(inline.content):
            return  # a site generator's tag: "{% include toc.html %}", "{{< youtube id >}}"
        if is_button(node):
            return  # a platform's button: "[Subscribe now](…)", "[Share](…)"
        credit = _inline_text(node, False)
        if _is_emphasised(node) and len(credit.split()) > 1 and is_clutter_line(credit):
            return  # a picture's credit under it: "*Photo by Jane Roe on Unsplash*" ("*x*" stays)
        images = [c for c in (inline.children if inline else []) if c.type == "image"]
        if images and (not _inline_text(node, False) or is_caption(inline)):
            if self.config.read_alt_text:
                for image in images:
                    alt = _inline_text(image, False)
                    if alt:
                        self.builder.add(BlockKind.ANNOUNCEMENT, as_sentence(f"Image: {alt}"))
            return
        text = _inline_text(node, self.config.read_alt_text)
        alert = _ALERT.match(inline.content) if inline is not None else None
        if kind is BlockKind.QUOTE and alert is not None:
            text, title = text.split("]", 1)[1].strip(), alert["title"].strip()
            if title and text.startswith(title) and len(text) > len(title):
                text = f"{as_sentence(title)}{text[len(title) :]}"
        self.builder.add(kind, text)

    def _list_item(self, item: SyntaxTreeNode, kind: BlockKind) -> None:
        paragraphs = [c for c in item.children if c.type == "paragraph"]
        own = " ".join(as_sentence(_inline_text(p, self.config.read_alt_text)) for p in paragraphs)
        item_kind = BlockKind.QUOTE if kind is BlockKind.QUOTE else BlockKind.LIST_ITEM
        self.builder.add(item_kind, own)
        self.walk([c for c in item.children if c.type != "paragraph"], item_kind)

    def _table(self, table: ElementTree.Element) -> None:
        """A table read as the HTML reader reads one (see `narrator.readers.tables`): a table of
        words, or a small table of figures, a row at a time; a larger one is announced."""
        from narrator.readers.tables import read_rows, table_text

        lines = read_rows(table, self.config.code_mode)
        if lines is None:
            self._code(table_text(table), TABLE_ANNOUNCEMENT)
        for line in lines or ():
            self.builder.add(BlockKind.LIST_ITEM, line)

    def _code(self, content: str, announcement: str) -> None:
        mode = self.config.code_mode
        if mode == "announce":
            self.builder.add(BlockKind.ANNOUNCEMENT, announcement)
        elif mode == "read":
            self.builder.add(BlockKind.PARAGRAPH, content)


def _table_element(table: SyntaxTreeNode) -> ElementTree.Element:
    """A Markdown table in the form trafilatura gives an HTML one (`<table><row><cell
    role="head">`), for `narrator.readers.tables` to read."""
    from xml.etree import ElementTree

    element = ElementTree.Element("table")
    for part in table.children:
        for row in part.children:
            line = ElementTree.SubElement(element, "row")
            for cell in row.children:
                attributes = {"role": "head"} if cell.type == "th" else {}
                ElementTree.SubElement(line, "cell", attributes).text = _inline_text(cell, False)
    return element


def _inline_text(node: SyntaxTreeNode, read_alt_text: bool) -> str:
    """The words of a node's inline content, with every mark, tag and link target gone."""
    parts: list[str] = []
    _collect_inline(node, read_alt_text, parts)
    return clean("".join(parts))


def _collect_inline(node: SyntaxTreeNode, read_alt_text: bool, parts: list[str]) -> None:
    for child in node.children:
        if child.type == "text":
            parts.append(_FOOTNOTE_REFERENCE.sub("", child.content))
        elif child.type == "code_inline":
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
        elif child.type == "image":
            if read_alt_text:
                parts.append(_inline_text(child, False))
        elif child.type == "link" and child.markup == "autolink":
            parts.append(_host(str(child.attrs.get("href", ""))))
        elif child.type != "html_inline":
            _collect_inline(child, read_alt_text, parts)


def _host(url: str) -> str:
    """'example.com' for an autolink such as <https://www.example.com/a/b>: a URL is not read."""
    if url.startswith("mailto:"):
        return url.removeprefix("mailto:")
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.")
