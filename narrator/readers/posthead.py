"""What a blog platform shows over a post, kept in its Markdown export: the author's picture and
name as links, "Follow", the reading time and date, "Listen", "Share" (Medium's; Substack's and
Ghost's are alike). The name is the byline; the rest is for the eye.

- "[![Jane Doe](…/avatar.jpeg)](https://medium.com/@janedoe)": a picture in a link, not read
- "[Jane Doe](https://medium.com/@janedoe)": the byline, Jane Doe
- "Follow", "5 min read · Dec 5, 2026", "--", "Listen", "Share", "Member-only story"

A note-taking app's export has the page's properties over it instead, a line each ("Created:
December 5, 2026 9:00 AM", "Tags: portugal, travel", "Status: Published", Notion's): not read,
an author among them the byline.

A post's subtitle in its front matter ("subtitle: Paper, a pencil and three rules", Substack's
and Hugo's), shown under the title, is read as the post's first paragraph.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from narrator.models import Block, BlockKind, Section

if TYPE_CHECKING:
    from markdown_it.tree import SyntaxTreeNode

__all__ = ["is_reading_time", "properties", "take_header", "with_subtitle"]

_FRAME = re.compile(
    r"^(?:follow|following|listen|share|member-only story|-+|\d+\s*min(?:ute)?s? read\b.*)$",
    re.IGNORECASE,
)
_READING_TIME = re.compile(
    r"^(?:\d+\s*min(?:ute)?s?\s+read|(?:reading time|lesezeit|temps de lecture|tiempo de lectura"
    r"|lectura)\s*:?\s*(?:ca\.\s*)?\d+\s*(?:min(?:ute|uto)?s?|minuten)\.?)$",
    re.IGNORECASE,
)
"""A post's reading time on a line of its own: "Lesezeit: 4 Minuten", "5 min read"."""
_PROPERTY = re.compile(r"^(?P<key>[A-Z][\w ]{0,24}):\s+(?P<value>\S.*)$")
_INLINE_FIELD = re.compile(r"^(?P<key>[^\W\d][\w -]{0,30})::\s*(?P<value>\S.*)$")
"""An Obsidian note's inline field under its title (Dataview's): "Mood:: calm"."""
_PROPERTY_KEYS = frozenset(
    {"created", "created by", "last edited", "last edited time", "tags", "status", "date"}
    | {"author", "authors", "category", "type", "published", "updated", "url", "source"}
)
"""The keys of a page's properties: one of them at least, for the lines to be properties."""
_MIN_HEADER_LINES = 2
"""A header is several lines: a post may open with one word ("Share", said as a paragraph)."""
_NAMES = re.compile(r"^[A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019.-]+){1,3}$")


def take_header(
    nodes: list[SyntaxTreeNode], text_of: Callable[[SyntaxTreeNode], str]
) -> tuple[str | None, int]:
    """The byline a post's platform header gives, and how many of `nodes` (its first blocks)
    the header is: 0 where fewer than _MIN_HEADER_LINES paragraphs look like one."""
    named: str | None = None
    count = 0
    while count < len(nodes) and nodes[count].type == "paragraph":
        header, name = header_line(nodes[count], text_of(nodes[count]))
        if not header:
            break
        named, count = named or name, count + 1
    return (named, count) if count >= _MIN_HEADER_LINES else (None, 0)


def header_line(paragraph: SyntaxTreeNode, text: str) -> tuple[bool, str | None]:
    """Whether a paragraph over a post is its platform's header, and the byline it gives."""
    links = [c for c in _inline(paragraph) if c.type not in ("softbreak", "text") or c.content]
    if len(links) == 1 and links[0].type == "link":
        if not text:  # the author's picture as a link to the author's page
            return any(c.type == "image" for c in links[0].children), None
        if _NAMES.match(text):
            return True, text
    return bool(text) and bool(_FRAME.match(text)), None


def _inline(paragraph: SyntaxTreeNode) -> list[SyntaxTreeNode]:
    inline = paragraph.children[0] if paragraph.children else None
    return list(inline.children) if inline is not None else []


def is_reading_time(text: str) -> bool:
    """Whether a paragraph over a post is its reading time alone ("Lesezeit: 4 Minuten")."""
    return bool(_READING_TIME.match(text.strip()))


def properties(paragraph: SyntaxTreeNode) -> dict[str, str] | None:
    """A page's properties, a line each under its title ("Created: …", "Tags: …", or a note's
    inline fields, "Mood:: calm"), by key in lower case; None if the paragraph is not one (two
    lines or more, a known key; an inline field's two colons alone tell it)."""
    inline = paragraph.children[0] if paragraph.children else None
    lines = inline.content.splitlines() if inline is not None else []
    inline_fields = [_INLINE_FIELD.match(line.strip()) for line in lines]
    if lines and all(inline_fields):  # Dataview's inline fields: "Mood:: calm", two colons
        return {m["key"].lower(): m["value"] for m in inline_fields if m}
    found = [_PROPERTY.match(line.strip()) for line in lines]
    if len(lines) < _MIN_HEADER_LINES or not all(found):
        return None
    fields = {m["key"].lower(): m["value"] for m in found if m}
    return fields if _PROPERTY_KEYS & fields.keys() else None


def with_subtitle(sections: tuple[Section, ...], subtitle: str | None) -> tuple[Section, ...]:
    """`sections` with a post's subtitle read first, as the paragraph that opens it."""
    if not subtitle or not subtitle.strip():
        return sections
    opening = Block(BlockKind.PARAGRAPH, subtitle.strip())
    if sections and sections[0].heading is None:
        first = sections[0]
        return (Section(None, (opening, *first.blocks)), *sections[1:])
    return (Section(None, (opening,)), *sections)
