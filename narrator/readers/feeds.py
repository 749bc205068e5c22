"""Feeds as an article source: an RSS or Atom feed (URL or file), or an OPML list of feeds.

A feed's items come newest first; each is read from the full content the feed carries
(content:encoded, Atom content), else from its link, fetched and read as a web page. Which
items were narrated already is kept with the narrations (`FeedState`), by each item's guid/id.
"""

from __future__ import annotations

import calendar
import json
import re
import time
import urllib.error
import urllib.request
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urljoin
from xml.etree import ElementTree

from narrator.errors import InputError
from narrator.files import write_atomically
from narrator.models import Article, NarrationConfig
from narrator.readers import is_url, read_article, read_source_bytes
from narrator.readers.language import with_language
from narrator.readers.sources import DEFAULT_LIMIT, FEED_START, looks_like_feed

__all__ = [
    "DEFAULT_LIMIT",
    "STATE_FILE",
    "Feed",
    "FeedItem",
    "FeedState",
    "looks_like_feed",
    "read_feeds",
    "read_item",
]

STATE_FILE = ".feeds.json"
"""The file in the output folder that lists the items narrated already."""

_ACCEPT = (
    "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1"
)
_USER_AGENT = "narrator/0.1 (+article narration; feed reader)"
_HTML_TYPES = ("text/html", "application/xhtml+xml")


@dataclass(frozen=True)
class FeedItem:
    """One item of a feed, before its article is read."""

    feed: str
    """The feed's URL or path."""
    guid: str
    """What tells the item apart within its feed: its guid or id, else its link or title."""
    title: str
    link: str | None
    published: datetime | None
    content_html: str | None
    """The item's full content when the feed carries it (not its summary)."""
    language: str | None = None
    """The feed's language code (`en`, `en-us`), if it names one."""


@dataclass(frozen=True)
class Feed:
    """What a feed source gave: its items newest first, and one line per feed that failed."""

    title: str
    items: tuple[FeedItem, ...]
    errors: tuple[InputError, ...] = ()


def read_feeds(source: str, config: NarrationConfig, limit: int = DEFAULT_LIMIT) -> Feed:
    """The `limit` newest items of the feed at `source`, or of every feed an OPML list names.

    Raises InputError when `source` itself is no feed; a feed of an OPML list that fails is
    one line in `Feed.errors`, and the others are still read."""
    data, url = _load(source, config)
    if _is_opml(data):
        return _read_opml(data, source, config, limit)
    title, items = _parse(data, source, url)
    return Feed(title, tuple(_newest(items, limit)))


def read_item(item: FeedItem, config: NarrationConfig) -> Article:
    """The item's article: from its full content when the feed carries it, else from its link.

    Raises InputError (naming the item) when neither gives an article."""
    if item.content_html:
        try:
            return _with_item_details(_read_content(item, config), item, config)
        except InputError:
            if not item.link:
                raise
    if not item.link:
        raise InputError(
            f"item '{item.title}' of '{item.feed}' has neither content nor a link; "
            "nothing to narrate"
        )
    try:
        return _with_item_details(read_article(item.link, config), item, config)
    except InputError as error:
        raise InputError(f"item '{item.title}' of '{item.feed}': {error}") from None


def _read_content(item: FeedItem, config: NarrationConfig) -> Article:
    from narrator.readers.html import read_html

    page = (
        f"<!doctype html><html><head><title>{_escaped(item.title)}</title></head>"
        f"<body><article><h1>{_escaped(item.title)}</h1>{item.content_html}</article></body></html>"
    )
    return read_html(page, item.link or f"{item.feed}#{item.guid}", config)


def _with_item_details(article: Article, item: FeedItem, config: NarrationConfig) -> Article:
    """The feed's title and date win over what the page guessed; the source names the item;
    the language is the one asked for, else the page's, else the feed's, else the text's."""
    date = item.published.isoformat() if item.published else article.date
    article = replace(
        article,
        title=item.title or article.title,
        date=date,
        source=item.link or f"{item.feed}#{item.guid}",
    )
    return with_language(article, config.language, None if article.language else item.language)


def _escaped(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _load(source: str, config: NarrationConfig) -> tuple[bytes, str]:
    """The feed's bytes and the URL its relative links resolve against."""
    if is_url(source):
        return _fetch(source, config)
    return read_source_bytes(source), Path(source).resolve().as_uri() if source != "-" else ""


def _fetch(url: str, config: NarrationConfig) -> tuple[bytes, str]:
    """Fetch a feed, capped in size and time; InputError with the reason when it fails."""
    request = urllib.request.Request(url, headers={"User-Agent": _USER_AGENT, "Accept": _ACCEPT})
    try:
        with urllib.request.urlopen(request, timeout=config.fetch_timeout_s) as response:
            data = response.read(config.fetch_max_bytes + 1)
            final_url = response.geturl()
            content_type = response.headers.get_content_type()
    except urllib.error.HTTPError as error:
        raise InputError(
            f"feed '{url}' answered {error.code} {error.reason}; check the address"
        ) from None
    except (urllib.error.URLError, TimeoutError, OSError) as error:
        reason = getattr(error, "reason", error)
        raise InputError(f"feed '{url}' cannot be reached ({reason}); check the address") from None
    if len(data) > config.fetch_max_bytes:
        raise InputError(f"feed '{url}' is larger than {config.fetch_max_bytes / 1_000_000:g} MB")
    if content_type in _HTML_TYPES and not FEED_START.match(data[:4096]):
        raise InputError(
            f"'{url}' is a web page, not a feed; give the address of its RSS or Atom feed"
        )
    return data, final_url


def _parse(data: bytes, source: str, url: str) -> tuple[str, list[FeedItem]]:
    import feedparser  # here, so that telling a feed's name apart costs no import

    # No base URL: feedparser would resolve a guid like a link, and a guid is only a name.
    parsed = feedparser.parse(data)
    if not parsed.get("version"):
        raise InputError(_not_a_feed(data, source))
    if not parsed.entries:
        raise InputError(f"feed '{source}' has no items; nothing to narrate")
    title = str(parsed.feed.get("title") or source)
    language = parsed.feed.get("language") or None
    return title, [_item(entry, source, url, language) for entry in parsed.entries]


def _not_a_feed(data: bytes, source: str) -> str:
    if re.search(rb"<html\b", data[:4096], re.I):
        return f"'{source}' is a web page, not a feed; give the address of its RSS or Atom feed"
    return f"'{source}' is not an RSS or Atom feed (not a feed's XML); check the address"


def _item(entry: Any, feed: str, url: str, language: str | None) -> FeedItem:
    link = entry.get("link")
    title = " ".join(str(entry.get("title") or link or "Untitled").split())
    guid = str(entry.get("id") or link or title)
    return FeedItem(
        feed=feed,
        guid=guid,
        title=title,
        link=urljoin(url, link) if link else None,
        published=_published(entry),
        content_html=_content(entry),
        language=language,
    )


def _published(entry: Any) -> datetime | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    if not parsed:
        return None
    return datetime.fromtimestamp(calendar.timegm(parsed), UTC)


def _content(entry: Any) -> str | None:
    """The longest full content; a summary (RSS description) is a teaser, not the article."""
    bodies = [
        str(part.get("value") or "")
        for part in entry.get("content") or []
        if part.get("type") in ("text/html", "application/xhtml+xml", "text/plain")
    ]
    return max(bodies, key=len) if any(body.strip() for body in bodies) else None


def _newest(items: Sequence[FeedItem], limit: int) -> list[FeedItem]:
    """Newest first; items without a date keep the feed's order, after the dated ones."""
    oldest = datetime.min.replace(tzinfo=UTC)
    ordered = sorted(items, key=lambda item: item.published or oldest, reverse=True)
    return ordered[:limit]


def _is_opml(data: bytes) -> bool:
    return bool(
        re.match(
            rb"\A(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<opml\b", data, re.S
        )
    )


def _read_opml(data: bytes, source: str, config: NarrationConfig, limit: int) -> Feed:
    """Every feed the OPML list names, read in turn; the newest `limit` items of them all."""
    items: list[FeedItem] = []
    errors: list[InputError] = []
    for feed_url in _opml_feeds(data, source):
        try:
            items.extend(read_feeds(feed_url, config, limit).items)
        except InputError as error:
            errors.append(error)
    if not items and errors:
        raise InputError(f"no feed of '{source}' could be read; the first said: {errors[0]}")
    title = _opml_title(data) or source
    return Feed(title, tuple(_newest(items, limit)), tuple(errors))


def _opml_feeds(data: bytes, source: str) -> list[str]:
    try:
        root = ElementTree.fromstring(data)
    except ElementTree.ParseError as error:
        raise InputError(f"'{source}' is not a readable OPML list ({error})") from None
    urls = [outline.get("xmlUrl") or "" for outline in root.iter("outline")]
    feeds = [url for url in urls if url]
    if not feeds:
        raise InputError(f"OPML list '{source}' names no feeds (no xmlUrl); nothing to narrate")
    return feeds


def _opml_title(data: bytes) -> str | None:
    root = ElementTree.fromstring(data)
    title = root.findtext("head/title")
    return title.strip() if title and title.strip() else None


@dataclass
class FeedState:
    """The items narrated already, per feed, kept in the output folder beside the narrations."""

    path: Path
    seen: dict[str, list[str]] = field(default_factory=dict)

    @classmethod
    def load(cls, output_root: Path) -> FeedState:
        """The state of `output_root`; empty when there is none yet (or it cannot be read)."""
        path = output_root / STATE_FILE
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls(path)
        seen = data.get("seen") if isinstance(data, dict) else None
        if not isinstance(seen, dict):
            return cls(path)
        return cls(
            path, {str(k): [str(g) for g in v] for k, v in seen.items() if isinstance(v, list)}
        )

    def new_items(self, items: Sequence[FeedItem]) -> Iterator[FeedItem]:
        """The items not narrated yet, in order."""
        return (item for item in items if item.guid not in self.seen.get(item.feed, ()))

    def mark(self, item: FeedItem) -> None:
        """Record that `item` was narrated, and write the state at once (atomically)."""
        guids = self.seen.setdefault(item.feed, [])
        if item.guid not in guids:
            guids.append(item.guid)
        self._write()

    def _write(self) -> None:
        text = json.dumps({"seen": self.seen, "updated": int(time.time())}, indent=2) + "\n"
        write_atomically(self.path, text)
