"""Parts of a Markdown post that are for the eye: a table of contents, a picture's caption; and
what a site generator or an editor wraps the post's parts in: Nikola's fields in a comment,
WordPress' block comments around a heading in HTML."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from markdown_it.tree import SyntaxTreeNode

__all__ = ["html_heading", "is_caption", "uncommented_fields", "without_contents"]

_COMMENTED_FIELDS = re.compile(r"\A<!--[ \t]*\n(?P<fields>(?:\.\. [\w-]+:[^\n]*\n)+)-->[ \t]*\Z")
"""Nikola's fields over a post, in an HTML comment: "<!--" over ".. title: …" over "-->"."""
_HTML_HEADING = re.compile(
    r"\A(?:<!--[^\n]*?-->\s*)*<h([1-6])\b[^>]*>(?P<inner>[^<\n]{1,200})</h\1>(?:\s*<!--[^\n]*?-->)*\Z",
    re.IGNORECASE,
)
"""A heading in HTML alone in its block, with an editor's comments around it or not
("<h2>What's inside</h2>" over "<!-- /wp:heading -->", WordPress' code editor's)."""


def uncommented_fields(head: str) -> str:
    """`head` as "key: value" lines when it is Nikola's fields in a comment; else as it is."""
    match = _COMMENTED_FIELDS.match(head.strip()) if head.startswith("<!--") else None
    if match is None:
        return head
    return "\n".join(line[3:] for line in match["fields"].splitlines())


def html_heading(content: str) -> str | None:
    """The words of a heading in HTML that is a block of its own; None if it is not one."""
    match = _HTML_HEADING.match(content.strip())
    return match["inner"].strip() if match else None


def without_contents(nodes: list[SyntaxTreeNode]) -> list[SyntaxTreeNode]:
    """`nodes` without a table of contents, a list of links to the post's own headings
    ("- [El problema](#el-problema)"), and the heading over it ("## Índice")."""
    kept: list[SyntaxTreeNode] = []
    for node in nodes:
        if node.type == "bullet_list" and _links_within(node):
            if kept and kept[-1].type == "heading":
                kept.pop()
            continue
        kept.append(node)
    return kept


def _links_within(listing: SyntaxTreeNode) -> bool:
    """Whether each of a list's items is a link to a part of the post itself ("#el-problema")."""
    links = [[child for child in item.walk() if child.type == "link"] for item in listing.children]
    return bool(links) and all(
        len(found) == 1 and str(found[0].attrs.get("href", "")).startswith("#") for found in links
    )


def is_caption(inline: SyntaxTreeNode | None) -> bool:
    """A picture and its caption in italics under it: what is said of a picture not shown."""
    return inline is not None and all(
        child.type in ("image", "softbreak", "em")
        or (child.type == "text" and not child.content.strip())
        for child in inline.children
    )
