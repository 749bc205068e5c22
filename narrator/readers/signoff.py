"""A blog post's sign-off: the short block after its last thematic break (`---`) that asks the
reader to subscribe, follow, share or read another post, as Substack, Ghost, Medium and
WordPress exports end; with no break, the block at the end that opens with its label ("Share
this:", "Like this:", "Related posts:"). It is for the eye; a listener does not hear it.

- "*Enjoyed this? [Subscribe](…) to get new posts by email.*"
- "**Read more:** [My first ultra](…)", "[← Older post](…) · [Newer post →](…)"
- "Thanks for reading! Subscribe for free to receive new posts and support my work."
- "*Originally published at [janedoe.blog](…) on December 5, 2026.*", "Tags: running, training"
- a list of links alone ("- [Part one](…)", "- [Part two](…)")
- a button anywhere in the post, a link alone: "[Subscribe now](…)", "[Share](…)" (Substack's)
- WordPress's "Share this:" over its links ("[Share on X (Opens in new window)](…)"), "Like
  this:", "Like Loading..."

A last section that has a heading, or a sentence that is not a call ("I will race again in
April.", "We had more courgettes than we could give away. Read more on our blog."), is the
post's own and stays; so does a long block, and every block not after a break.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from narrator.readers.frame_shapes import is_tags_line
from narrator.readers.trailers import is_clutter_line

if TYPE_CHECKING:
    from markdown_it.tree import SyntaxTreeNode

__all__ = ["is_button", "without_sign_off"]

_CALL = re.compile(
    r"\b(?:subscribe[ds]?|subscription|sign(?:ing)? up|newsletter|follow (?:me|us|along|my)"
    r"|share (?:this|it|the post|on)|read more|read next|keep reading|more (?:posts|stories) "
    r"(?:like|from|by)|related (?:posts?|reading|articles|stories)|you (?:might|may) also like"
    r"|if you (?:liked|enjoyed|like|enjoy)|enjoyed (?:this|reading|the post)|like this post"
    r"|thanks?(?: you)? (?:so much )?for reading|leave a comment|comments are (?:open|closed)"
    r"|buy me a coffee|support (?:my|this|the|our) (?:work|blog|writing|newsletter)"
    r"|become a (?:member|patron|paid subscriber|supporter)|patreon|ko-?fi|rss feed"
    r"|originally (?:published|posted)|cross-?posted|restack|get (?:new|future|my) posts"
    r"|upgrade to paid|pledge your support|discussion about this post|in your inbox"
    r"|like this|like loading)\b"
    r"|^(?:tags|tagged|filed under|posted in|categories|previously|next|up next|see also"
    r"|more|related)\s*:",
    re.IGNORECASE,
)
"""The words of a call to subscribe, follow, share or read on, or of a post's filing labels."""
_BUTTON = re.compile(
    r"^(?:share|share this post|comment|leave a comment|subscribe|subscribe now|upgrade"
    r"|give a gift subscription|get \d+% off for \d+ year|like|restack)$",
    re.IGNORECASE,
)
"""A platform's button as a link alone: "[Subscribe now](…)", "[Share](…)"."""
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_WORD = re.compile(r"[^\W_]+")
_MAX_BLOCK_WORDS = 80
"""A sign-off is a line or two; a longer block after the break is the post's own."""
_MAX_PARAGRAPH_WORDS = 40
_MAX_LABEL_WORDS = 3
"""The words besides its links a paragraph of links may have: "Read more:", "Part two:"."""


def without_sign_off(nodes: list[SyntaxTreeNode]) -> list[SyntaxTreeNode]:
    """`nodes` (a post's top-level blocks) without what follows their last thematic break when
    that is a sign-off: short, with no heading, every paragraph a call to subscribe, follow,
    share or read on, a post's labels, or links alone."""
    breaks = [i for i, node in enumerate(nodes) if node.type == "hr"]
    if breaks and _is_sign_off(nodes[breaks[-1] + 1 :]):
        return nodes[: breaks[-1]]
    # With no break before it, a sign-off opens with its label: "Share this:", "Like this:".
    start = len(nodes)
    while start > 0 and _is_sign_off(nodes[start - 1 : start]):
        start -= 1
    while start < len(nodes) and not _is_label(nodes[start]):
        start += 1
    return nodes[:start] if start < len(nodes) and _is_sign_off(nodes[start:]) else nodes


def is_button(paragraph: SyntaxTreeNode) -> bool:
    """Whether a paragraph is a platform's button, a link alone anywhere in the post ("[Subscribe
    now](…)", "[Share](…)", "[Leave a comment](…)", Substack's); not read."""
    children = [c for c in _inline(paragraph) if c.type != "softbreak"]
    if len(children) != 1 or children[0].type != "link":
        return False
    text = _text(paragraph)
    return text[:1].isupper() and bool(_BUTTON.match(text))  # a button's label is capitalised


def _inline(paragraph: SyntaxTreeNode) -> list[SyntaxTreeNode]:
    inline = paragraph.children[0] if paragraph.children else None
    return [c for c in (inline.children if inline else []) if c.type != "text" or c.content]


def _is_sign_off(tail: list[SyntaxTreeNode]) -> bool:
    """Whether blocks are a sign-off: short, every paragraph a call or links alone."""
    paragraphs = [p for node in tail for p in _paragraphs(node)]
    return (
        bool(tail)
        and all(p is not None for p in paragraphs)
        and sum(len(_words(p)[0]) for p in paragraphs if p) <= _MAX_BLOCK_WORDS
        and all(_is_call(p) for p in paragraphs if p)
    )


def _is_label(node: SyntaxTreeNode) -> bool:
    """A sign-off's label on a line of its own ("Share this:", "Like this:", "Related posts:"),
    or a line of the post's tags after theirs ("Tags: walls, stone, garden")."""
    if node.type != "paragraph":
        return False
    text = _text(node)
    if is_tags_line(text) or (":" in text and is_clutter_line(text)):
        return True  # or a page's label with its links, in any language: "Leggi anche: […](…)"
    return text.endswith(":") and len(text.split()) <= _MAX_LABEL_WORDS and bool(_CALL.search(text))


def _paragraphs(node: SyntaxTreeNode) -> list[SyntaxTreeNode | None]:
    """The paragraphs a sign-off's block is made of; None for a block no sign-off has (a
    heading, code, a table, a quote)."""
    if node.type == "paragraph":
        return [node]
    if node.type in ("bullet_list", "ordered_list"):
        return [p for item in node.children for child in item.children for p in _paragraphs(child)]
    return [None]


def _is_call(paragraph: SyntaxTreeNode) -> bool:
    words, linked = _words(paragraph)
    if not words or _text(paragraph).startswith("[^"):
        return True  # an image alone (a banner); a footnote, which is not read
    if len(words) > _MAX_PARAGRAPH_WORDS:
        return False
    plain = len(words) - len(linked)
    sentences = _SENTENCE_END.split(_text(paragraph))
    return (bool(linked) and plain <= _MAX_LABEL_WORDS) or all(_CALL.search(s) for s in sentences)


def _text(node: SyntaxTreeNode) -> str:
    parts: list[str] = []
    _collect(node, False, parts, [])
    return " ".join("".join(parts).split())


def _words(node: SyntaxTreeNode) -> tuple[list[str], list[str]]:
    """The words of a paragraph, and those of them that are a link's."""
    parts: list[str] = []
    linked: list[str] = []
    _collect(node, False, parts, linked)
    return _WORD.findall("".join(parts)), linked


def _collect(node: SyntaxTreeNode, in_link: bool, parts: list[str], linked: list[str]) -> None:
    for child in node.children:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
            if in_link:
                linked.extend(_WORD.findall(child.content))
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
        elif child.type != "image":
            _collect(child, in_link or child.type == "link", parts, linked)
