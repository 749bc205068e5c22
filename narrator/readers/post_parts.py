"""Parts of a Markdown post that are for the eye: a table of contents, a picture's caption."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from markdown_it.tree import SyntaxTreeNode

__all__ = ["is_caption", "without_contents"]


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
