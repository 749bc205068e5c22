"""A web page's title as a listener wants it: the page's own words, without the site's name."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lxml.html import HtmlElement

__all__ = ["page_title", "without_site_name"]

# A pipe, a middle dot, "»" or "::" hardly ever belongs to a title; a dash often does.
_STRONG_SEPARATOR = re.compile(r"\s+(?:[|\u00b7\u00bb\u2022/]|::)\s+")
_TITLE_SEPARATOR = re.compile(r"\s+(?:[|\u00b7\u00bb\u2022/\-\u2013\u2014]|::)\s+")
_DOMAIN = re.compile(r"(?:[\w-]+\.)+[a-z]{2,}", re.IGNORECASE)
_HOST_AFFIXES = re.compile(r"^www\.|\.[a-z]{2,}$")
_MAX_SITE_NAME_WORDS = 3
_MIN_TITLE_WORDS = 4
_MIN_REST_WORDS = 3
_MIN_STATED_NAME_CHARS = 12


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
    """`title` without the site's name and section around it: "Story | The Ledger",
    "Story :: News :: Ledger", "Ledger | Story", "Story - ledger.com", or a short name in
    capitals after a title of several words ("A long story told here - Ledger"). A dash that
    belongs to the title ("Spider-Man - a hero for all seasons") is kept."""
    names = {_name_key(name) for name in site_names} - {""}
    title = _without_stated_name(title, site_names)
    title = _without_leading_name(title, names)
    while (shorter := _without_trailing_name(title, names)) is not None:
        title = shorter
    return title


def _without_stated_name(title: str, site_names: list[str]) -> str:
    """`title` without the site's name as the page states it in full, with its own separators
    and tagline ("Story - WSVN 7News | Miami News, Weather, Sports"), or its start when the
    title is cut short ("Story - WSVN 7News | Miami News, Wea")."""
    for name in (" ".join(name.split()).casefold() for name in site_names):
        if len(name) < _MIN_STATED_NAME_CHARS or not _TITLE_SEPARATOR.search(name):
            continue
        for separator in _TITLE_SEPARATOR.finditer(title):
            rest, tail = title[: separator.start()], title[separator.end() :].casefold()
            if len(tail) >= _MIN_STATED_NAME_CHARS and name.startswith(tail.rstrip(" .\u2026")):
                return rest if len(rest.split()) >= _MIN_REST_WORDS else title
    return title


def _without_trailing_name(title: str, names: set[str]) -> str | None:
    """`title` without its last part when that part names the site or its section."""
    separators = list(_TITLE_SEPARATOR.finditer(title))
    if not separators:
        return None
    last = separators[-1]
    rest, tail = title[: last.start()], title[last.end() :]
    strong = _STRONG_SEPARATOR.fullmatch(last.group()) is not None
    if _name_key(tail) in names or _looks_like_site_name(tail, rest, strong):
        return rest
    return None


def _without_leading_name(title: str, names: set[str]) -> str:
    """ "The Ledger | Story" without the site's name before it."""
    first = _TITLE_SEPARATOR.search(title)
    if first is None or _name_key(title[: first.start()]) not in names:
        return title
    rest = title[first.end() :]
    return rest if len(rest.split()) >= _MIN_REST_WORDS else title


def _looks_like_site_name(tail: str, rest: str, strong: bool) -> bool:
    """Whether `tail`, after `rest`, reads as a name: a few capitalised words or a domain.
    After a dash the title before it must be long too, or "Harbour plan - Part Two" would
    lose its part."""
    words = tail.split()
    named = all(word[:1].isupper() and not word.isdigit() for word in words)
    if strong:
        long_enough = len(rest.split()) >= max(_MIN_REST_WORDS, len(words) + 1)
    else:
        long_enough = len(rest.split()) >= max(_MIN_TITLE_WORDS, 2 * len(words))
    return (
        0 < len(words) <= _MAX_SITE_NAME_WORDS
        and (named or _DOMAIN.fullmatch(tail) is not None)
        and long_enough
    )


def _name_key(name: str) -> str:
    """A site name or host name reduced to its letters: "www.ledger.com" and "The Ledger"
    become "ledger"."""
    name = _HOST_AFFIXES.sub("", name.strip().lower())
    return "".join(ch for ch in name if ch.isalnum()).removeprefix("the")
