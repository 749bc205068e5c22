"""HTML inside a Markdown post: its words, less what a page's HTML reader leaves out too.

A blog platform's export keeps its cards as HTML: a figure with its caption, a sign-up box
('<div class="kg-card kg-signup-card">' with "Sign up for Sam's newsletter" and a "Subscribe"
button), a share bar. Their words are for the eye: a caption, a button, a form, a script or a
style is not read, nor an element whose class or id names a sign-up, a share bar or an ad.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from narrator.readers.structure import clean

__all__ = ["html_text"]

_HIDDEN_TAGS = frozenset({"script", "style", "figcaption", "button", "form", "nav", "aside"})
_VOID_TAGS = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}
)
_CLUTTER_NAME = re.compile(
    r"(?:^|[\s_-])(?:signup|sign-up|subscribe|subscription|newsletter|share|sharing|social|promo"
    r"|cta|ad|ads|advert|advertisement|sponsored|bookmark)(?:$|[\s_-])",
    re.IGNORECASE,
)
"""A class or id naming a box that is not the post's: "kg-signup-card", "share-bar", "ad", a
card linking to another page ("kg-bookmark-card")."""


class _TextOfHTML(HTMLParser):
    """The text of an HTML fragment, without the contents of hidden elements."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._open: list[tuple[str, bool]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.parts.append(" ")
        if tag in _VOID_TAGS:
            return
        names = " ".join(value or "" for key, value in attrs if key in ("class", "id"))
        # an MDX component is capitalised: "<Aside type="caution">" holds the post's words
        component = (self.get_starttag_text() or "<")[1:2].isupper()
        hidden = tag in _HIDDEN_TAGS and not component
        self._open.append((tag, hidden or bool(_CLUTTER_NAME.search(names))))

    def handle_endtag(self, tag: str) -> None:
        self.parts.append(" ")
        for position in range(len(self._open) - 1, -1, -1):
            if self._open[position][0] == tag:
                del self._open[position:]
                break

    def handle_data(self, data: str) -> None:
        if not any(hidden for _, hidden in self._open):
            self.parts.append(data)


def html_text(fragment: str) -> str:
    """The readable words of an HTML block inside Markdown: tags and comments go, text stays;
    captions, buttons, forms, scripts and sign-up or share boxes go with their text."""
    parser = _TextOfHTML()
    parser.feed(fragment)
    parser.close()
    return clean("".join(parser.parts))
