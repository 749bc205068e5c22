"""A web page's title as a listener wants it: the page's own words, without the site's name.

The site's name is known from what the page says of itself (its Open Graph site name, its
application name, its domain, the name on its logo or in an h1 that links to its home page),
and from the difference between its <title> and its h1: "Story | The Ledger" over an h1 "Story"
leaves the site's name. A part of the title that merely looks like a name is cut only after a
separator that hardly ever belongs to a title, so "Rock - Paper - Scissors" stays whole.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import islice
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

if TYPE_CHECKING:
    from lxml.html import HtmlElement

__all__ = ["headlines", "page_title", "site_names", "without_site_name"]

# A pipe, a middle dot, "»", a single angle quote (U+203A) or "::" hardly ever belongs to a
# title; a dash often does.
_STRONG = r"\s+(?:[|\u00b7\u00bb\u203a\u2022/]|::)\s+|\s*\u2502\s*"
_STRONG_SEPARATOR = re.compile(_STRONG)
_TITLE_SEPARATOR = re.compile(rf"{_STRONG}|\s+[-\u2013\u2014]\s+")
# A colon often belongs to a title ("Harbour plan: the vote"): it parts the title from the
# site's name only when the other side is known to be the name, or the page's own h1.
_NAME_SEPARATOR = re.compile(rf"{_STRONG}|\s+[-\u2013\u2014]\s+|\s*:\s+")
# A separator left at either end, the site's name after it missing: "National Rail Enquiries -".
_END_MARK = r"(?:[|\u2502\u00b7\u00bb\u203a\u2022/:\-\u2013\u2014]|::)"
_DANGLING_SEPARATOR = re.compile(rf"^\s*{_END_MARK}\s+|\s+{_END_MARK}\s*$")
_STORY_LABEL = re.compile(r"[^\W\d_]{2,12}(?: [^\W\d_]{2,12})?\s?[.:|\-\u2013\u2014]\s+")
"""A story's kind before its headline in a page's title: "DIRECT. ", "VIDEO: "."""
_DOMAIN = re.compile(r"(?:[\w-]+\.)+[a-z]{2,}", re.IGNORECASE)
_HOST_AFFIXES = re.compile(r"^www\.|\.[a-z]{2,}$")
_MAX_SITE_NAME_WORDS = 3
_MIN_TITLE_WORDS = 4
_MIN_REST_WORDS = 3
_MIN_STATED_NAME_CHARS = 12
# A domain's name found at the start of a part of the title ("fouryears.eu" in "Four Years
# Remaining") must be this long, and the part a name: capitalised words and their joiners.
_MIN_DOMAIN_PREFIX = 5
_MAX_NAME_WORDS = 5
_NAME_JOINERS = frozenset(
    [
        "of",
        "in",
        "on",
        "for",
        "the",
        "and",
        "at",
        "by",
        "de",
        "der",
        "die",
        "das",
        "den",
        "des",
        "und",
        "von",
        "im",
        "am",
        "la",
        "le",
        "les",
        "du",
        "el",
        "e.v.",
        "&",
    ]
)
_HOME_HREF = re.compile(r"^(?:(?:https?:)?//[^/?#]+)?/?(?:index\.\w+)?$|^\./?$", re.IGNORECASE)
_MAX_HEADLINES = 3
# An h1 in an element marked as the site's logo or title, up to its grandparent, names the site.
_MARKED_LEVELS = 3
_SITE_MARKS = frozenset(
    {"logo", "brand", "branding", "masthead", "sitetitle", "sitename", "blogtitle", "blogname"}
)
_MARK_WORD = re.compile(r"[a-z]+(?:[-_][a-z]+)*")
_HEADER_NAMES_XPATH = (
    "//meta[@property='og:site_name' or @name='application-name'"
    " or @name='apple-mobile-web-app-title']/@content"
)
_URL_XPATH = "//link[@rel='canonical']/@href | //meta[@property='og:url']/@content"


def page_title(page: HtmlElement | None) -> str | None:
    """The title the page gives itself (its Open Graph title, else its <title>), as written:
    trafilatura's own cuts titles at any dash ("Spider-Man - a hero for all seasons").

    When the <title> opens with the page's h1 and the Open Graph title does not, the
    Open Graph title is the shorter headline written for sharing ("Lam should study Tsai's
    playbook" over an h1 and a <title> "Tsai's political playbook should be essential reading
    for Lam"): the page's own headline is read."""
    if page is None:
        return None
    own = page.findtext(".//title")
    for title in (*page.xpath("//meta[@property='og:title']/@content"), own):
        if not isinstance(title, str) or not title.strip():
            continue
        if title is not own and isinstance(own, str) and _opens_with_headline(own, page):
            return title if _opens_with_headline(title, page) else own
        return title
    return None


def _opens_with_headline(title: str, page: HtmlElement) -> bool:
    folded = " ".join(title.split()).casefold()
    return any(headline and folded.startswith(headline.casefold()) for headline in headlines(page))


def site_names(page: HtmlElement | None) -> list[str]:
    """The names a page gives its site: its Open Graph site name and application name, the host
    of its canonical address, the logo of a link to its home page ("<a href='/'><img
    alt='The Ledger'>"), and an h1 that links home or that the page marks as its logo or title
    ("<h1><a href='/'>The Ledger</a></h1>", "<h1 class='site-title'>The Ledger</h1>")."""
    if page is None:
        return []
    names = [name for name in page.xpath(_HEADER_NAMES_XPATH) if isinstance(name, str)]
    hosts = {_host(url) or "" for url in page.xpath(_URL_XPATH) if isinstance(url, str)}
    names.extend(sorted(hosts - {""}))
    for link in _home_links(page, hosts):
        names.extend(alt for alt in link.xpath(".//img/@alt") if isinstance(alt, str))
    headings = list(islice(page.iter("h1"), _MAX_HEADLINES))
    names.extend(heading.text_content() for heading in headings if _names_the_site(heading))
    return names


def headlines(page: HtmlElement | None) -> list[str]:
    """The page's first h1 headings, but those that name the site: an h1 that links to the
    site's home, or that the page marks as its logo or site title (`class="site-title"`); with
    no h1, the headings its microdata marks as the headline (`itemprop="headline"`)."""
    if page is None:
        return []
    found: list[str] = []
    for heading in page.iter("h1"):
        if len(found) == _MAX_HEADLINES:
            break
        if not _names_the_site(heading):
            found.append(" ".join(heading.text_content().split()))
    if not found:  # a CMS's headline in an h2 that its microdata names (Joomla's)
        marked = page.xpath("//*[@itemprop='headline'][not(self::meta)]")[:_MAX_HEADLINES]
        found = [" ".join(heading.text_content().split()) for heading in marked]
    return found


def _names_the_site(heading: HtmlElement) -> bool:
    home = heading.xpath("ancestor::a | .//a")
    if any(_HOME_HREF.match((link.get("href") or "").strip() or "#") for link in home):
        return True
    marked = [heading, *heading.iterancestors()][:_MARKED_LEVELS]
    names = " ".join(f"{el.get('class') or ''} {el.get('id') or ''}" for el in marked)
    for word in _MARK_WORD.findall(names.lower()):
        parts = re.split(r"[-_]", word)
        if "".join(parts) in _SITE_MARKS or not _SITE_MARKS.isdisjoint(parts):
            return True
    return False


def _host(url: str) -> str | None:
    """The host of `url`; None when it has none or is malformed ("http://[ccpa-preferences]",
    which urlsplit refuses)."""
    try:
        return urlsplit(url).hostname
    except ValueError:
        return None


def _home_links(page: HtmlElement, hosts: set[str]) -> list[HtmlElement]:
    """The links to the page's home: "/", "./", "index.html", or its own host's root."""
    links = []
    for link in page.iter("a"):
        href = (link.get("href") or "").strip()
        if not href or not _HOME_HREF.match(href):
            continue
        host = _host(href)
        if host is None or not hosts or host in hosts:
            links.append(link)
    return links


def without_site_name(title: str, site_names: list[str], headlines: Sequence[str] = ()) -> str:
    """`title` without the site's name and section around it: "Story | The Ledger",
    "Story :: News :: Ledger", "Ledger | Story", "Story - ledger.com", "The Ledger: Story",
    or a short name in capitals after a title of several words ("A long story told here -
    Ledger"); or the page's own h1 when the title is that h1 and something more ("Story - The
    Ledger" over an h1 "Story", "tag - Story - Ledger" too). A dash that belongs to the title
    ("Spider-Man - a hero for all seasons") is kept."""
    title = _DANGLING_SEPARATOR.sub("", title)
    site = _Site(site_names)
    headline = _headline_in(title, headlines)
    if headline is not None:
        return headline
    title = _without_stated_name(title, site_names)
    title = _without_leading_name(title, site)
    while (shorter := _without_trailing_name(title, site)) is not None:
        title = shorter
    # Only then a name the page does not state before a bar: a site named at the end leaves
    # the page's section at the start ("Geschichte | Klänge des Verschweigens").
    title = _without_leading_name(title, site, unstated=True)
    # The site's name cut, the h1 may show what is left but a tag before it ("networking - Why
    # does my laptop ...?" of "networking - Why does ...? - Super User").
    return _headline_in(title, headlines) or _headline_labelled(title, headlines) or title


class _Site:
    """Tells the parts of a title that name the site: its names and host names reduced to
    their letters ("The Ledger", "www.ledger.com": "ledger"), the host's own words in any order
    ("Python Wiki" for wiki.python.org), and a name that starts with the host's name ("Four
    Years Remaining" for fouryears.eu) or that the host's name starts with ("Point of Sail" for
    pointofsail-kiel.de)."""

    def __init__(self, names: list[str]) -> None:
        self.keys = {_name_key(name) for name in names} - {""}
        hosts = [name.strip().lower() for name in names if _DOMAIN.fullmatch(name.strip())]
        self.keys |= {"".join(ch for ch in host if ch.isalnum()) for host in hosts}
        labels = [host.removeprefix("www.").split(".")[:-1] for host in hosts]
        self.words = {frozenset(_name_key(label) for label in parts) for parts in labels}
        self.prefixes = {key for key in map(_name_key, hosts) if len(key) >= _MIN_DOMAIN_PREFIX}

    def named(self, part: str) -> bool:
        key = _name_key(part)
        if not key:
            return False
        if key in self.keys or frozenset(map(_name_key, part.split())) in self.words:
            return True
        return (
            len(key) >= _MIN_DOMAIN_PREFIX
            and _name_shaped(part)
            and any(key.startswith(prefix) or prefix.startswith(key) for prefix in self.prefixes)
        )


def _name_shaped(part: str) -> bool:
    """A few capitalised words and their joiners ("Point of Sail"), or one word in lower case
    ("anarcat")."""
    words = part.split()
    if len(words) == 1:
        return True
    return len(words) <= _MAX_NAME_WORDS and all(
        word[:1].isupper() or word[:1].isdigit() or word.lower() in _NAME_JOINERS for word in words
    )


def _headline_in(title: str, headlines: Sequence[str]) -> str | None:
    """The h1 that `title` starts or ends with, parted from the rest by a separator ("Story |
    The Ledger", "Ledger: Story"), the rest being the site's name; None when there is none.
    A headline of one word must be the longer part ("Rock" does not cut "Rock - Paper -
    Scissors"), and a colon parts a name only ("Coinbase vs. Coinbase Pro: How do they
    compare?" over an h1 "Coinbase vs. Coinbase Pro" stays whole)."""
    folded = title.casefold()
    if len(folded) != len(title):
        return None
    for headline in headlines:
        head = headline.casefold()
        if not head or head == folded:
            continue
        if folded.startswith(head):
            cut = _NAME_SEPARATOR.match(folded, len(head))
            kept, rest = title[: len(head)], title[cut.end() :] if cut else ""
        elif folded.endswith(head):
            cut = _separator_before(folded, len(folded) - len(head))
            kept, rest = title[-len(head) :], title[: cut.start()] if cut else ""
        else:
            continue
        if cut is None or not rest or (len(head.split()) == 1 and len(head) < len(rest)):
            continue
        if cut.group().strip() != ":" or (_name_shaped(rest) and len(rest.split()) > 1):
            return kept
    return None


def _headline_labelled(title: str, headlines: Sequence[str]) -> str | None:
    """The h1 that `title` holds after a label of the story's kind and before the site's name:
    "DIRECT. Story - La Voix du Centre", "VIDÉO. Story | Le Journal" over an h1 "Story"."""
    for headline in headlines:
        start = title.find(headline) if len(headline.split()) > 1 else -1
        if start <= 0:
            continue
        label, rest = title[:start], title[start + len(headline) :]
        cut = _NAME_SEPARATOR.match(rest)
        named = not rest or bool(cut and _name_shaped(rest[cut.end() :]))
        if _STORY_LABEL.fullmatch(label) and named:
            return headline
    return None


def _separator_before(text: str, end: int) -> re.Match[str] | None:
    """The separator that ends at `end` in `text`, if any."""
    for separator in _NAME_SEPARATOR.finditer(text, 0, end):
        if separator.end() == end:
            return separator
    return None


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


def _without_trailing_name(title: str, site: _Site) -> str | None:
    """`title` without its last part when that part names the site or its section, or without
    the site's name and the tagline after it ("Story - Point of Sail - Sails and repairs")."""
    separators = list(_NAME_SEPARATOR.finditer(title))
    for index, separator in enumerate(separators[:-1]):
        part = title[separator.end() : separators[index + 1].start()]
        rest = title[: separator.start()]
        if site.named(part) and len(rest.split()) >= _MIN_REST_WORDS - 1:
            return rest
    if not separators:
        return None
    last = separators[-1]
    rest, tail = title[: last.start()], title[last.end() :]
    if site.named(tail):
        return rest
    strong = _STRONG_SEPARATOR.fullmatch(last.group()) is not None
    titled = _TITLE_SEPARATOR.fullmatch(last.group()) is not None
    if titled and _looks_like_site_name(tail, rest, strong):
        return rest
    return _without_name_and_tagline(title)


def _without_name_and_tagline(title: str) -> str | None:
    """`title` without what follows its last strong separator when that is a name and its
    tagline after a dash ("Story | The Island Herald - Your local news")."""
    strong = list(_STRONG_SEPARATOR.finditer(title))
    if not strong:
        return None
    rest, tail = title[: strong[-1].start()], title[strong[-1].end() :]
    dash = re.search(r"\s+[-\u2013\u2014]\s+", tail)
    if dash is None or len(tail.split()) > 2 * _MAX_SITE_NAME_WORDS + 2:
        return None
    name = tail[: dash.start()]
    return rest if _looks_like_site_name(name, rest, strong=True) else None


def _without_leading_name(title: str, site: _Site, unstated: bool = False) -> str:
    """ "The Ledger | Story", "The Ledger: Story" without the site's name before it, and the
    section after that name ("Ledger » Blog Archive » Story"); a few capitalised words before a
    strong separator are a name even when the page does not say so ("Island Herald | Story")."""
    first = _NAME_SEPARATOR.search(title)
    if first is None:
        return title
    head = title[: first.start()]
    strong = _STRONG_SEPARATOR.fullmatch(first.group()) is not None
    rest = title[first.end() :]
    looks_named = unstated and strong and _looks_like_site_name(head, rest, strong)
    if not site.named(head) and not looks_named:
        return title
    if len(rest.split()) < _MIN_REST_WORDS:
        return title
    section = _STRONG_SEPARATOR.search(rest)
    if section is not None and len(rest[: section.start()].split()) <= _MAX_SITE_NAME_WORDS:
        after = rest[section.end() :]
        rest = after if len(after.split()) >= _MIN_REST_WORDS else rest
    return rest


def _looks_like_site_name(tail: str, rest: str, strong: bool) -> bool:
    """Whether `tail`, after `rest`, reads as a name: a few capitalised words or a domain.
    After a dash the title before it must be long too, or "Harbour plan - Part Two" would
    lose its part."""
    words = tail.split()
    named = all(word[:1].isupper() and not word.isdigit() for word in words)
    if words[:1] == ["The"]:
        words = words[1:]  # "The New York Times" is a name of three words
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
