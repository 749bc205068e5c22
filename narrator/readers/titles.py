"""A web page's title as a listener wants it: the page's own words, without the site's name."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lxml.html import HtmlElement

__all__ = ["page_title", "without_site_name"]

_TITLE_SEPARATOR = re.compile(r"\s+[|\-\u2013\u2014\u00b7]\s+")
_DOMAIN = re.compile(r"(?:[\w-]+\.)+[a-z]{2,}", re.IGNORECASE)
_HOST_AFFIXES = re.compile(r"^www\.|\.[a-z]{2,}$")
_MAX_SITE_NAME_WORDS = 3
_MIN_TITLE_WORDS = 4


def page_title(page: HtmlElement | None) -> str | None:
    """The title the page gives itself (its Open Graph title, else its <title>), as written:
    trafilatura's own cuts titles at any dash ("Spider-Man - a hero for all seasons")."""
    if page is None:
        return None
    for title in (*page.xpath("//meta[@property='og:title']/@content"), page.findtext(".//title")):
        if isinstance(title, str) and title.strip():
            return title
    return None


def without_site_name(title: str, site_names: list[str]) -> str:
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
