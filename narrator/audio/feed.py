"""The podcast feed of an output folder: `feed.xml`, rebuilt from its narrations after each save.

RSS 2.0 with the iTunes namespace (what Apple Podcasts and most apps read) and the Podcasting
2.0 namespace (`podcast:chapters`, `podcast:transcript`, `podcast:guid`). Each item's enclosure
is the whole narration with its real length in bytes; its guid is made from the article's
source, so a re-saved article keeps its place in a listener's app.

Written as text, line by line, escaped as libxml2 escapes: the bytes lxml wrote before, without
importing lxml and building a tree (7 ms of every save that writes it). A save that changes
nothing the feed is made from (an unchanged narration saved again) leaves it as it is:
`write_feed` ends the file with a comment holding a digest of what it was made from, and
compares it first, which costs a few file look-ups instead of every manifest and the writing of
every chapters file.
"""

from __future__ import annotations

import hashlib
import json
import os
import uuid
from collections.abc import Sequence
from dataclasses import astuple, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote, urlencode

from narrator.files import write_atomically

if TYPE_CHECKING:
    from narrator.audio.episodes import Episode

__all__ = [
    "FEED_FILE",
    "MIME_TYPES",
    "FeedSettings",
    "feed_xml",
    "media_url",
    "write_feed",
]

FEED_FILE = "feed.xml"
_MADE_FROM = (b"<!-- made from ", b" -->\n")
"""After the feed's root element, around a digest of the files and settings it was made from."""
_MADE_BY_THE_FEED = ("chapters.json",)
"""Files in a narration's folder that `write_feed` writes itself: not what the feed is made of."""
ITUNES = "http://www.itunes.com/dtds/podcast-1.0.dtd"
PODCAST = "https://podcastindex.org/namespace/1.0"
ATOM = "http://www.w3.org/2005/Atom"
_NAMESPACES = {"itunes": ITUNES, "podcast": PODCAST, "atom": ATOM}
MIME_TYPES = {
    ".mp3": "audio/mpeg",
    ".ogg": "audio/ogg",
    ".flac": "audio/flac",
    ".wav": "audio/wav",
    ".vtt": "text/vtt",
    ".srt": "application/x-subrip",
    ".json": "application/json",
    ".m3u": "audio/x-mpegurl",
    ".png": "image/png",
    ".xml": "application/rss+xml",
}
"""The content types of the files a narration folder holds, for the feed and the server."""
# The channel's podcast:guid is a UUIDv5 of the feed URL in this namespace (Podcasting 2.0).
_PODCAST_GUID_NAMESPACE = uuid.UUID("ead4c236-bf58-58c6-a2c6-a6b28d128cb6")


@dataclass(frozen=True)
class FeedSettings:
    """What the feed says about itself; `base_url` is where the output folder is served."""

    base_url: str = "http://127.0.0.1:8000/"
    """The URL the output folder is served at; every link in the feed starts with it."""
    title: str = "Narrated articles"
    description: str = "Articles read aloud by narrator."
    author: str = "narrator"
    language: str = "en"
    token: str | None = None
    """A token the server requires, added to every URL in the feed."""


def write_feed(root: Path, settings: FeedSettings, make_cover: bool = True) -> Path:
    """Rebuild `root/feed.xml` from the narrations in `root`, with a chapters file beside each
    narration and (`make_cover`) a cover image when the folder has none; returns its path.
    Nothing is written when nothing it is made from has changed since it was."""
    path = root / FEED_FILE
    # Looked at before anything is read: a narration saved meanwhile makes the next one differ.
    inputs = _inputs_digest(root, settings, make_cover)
    if _made_from(path) == inputs:
        return path
    from narrator.audio.cover import ensure_cover
    from narrator.audio.episodes import episodes
    from narrator.audio.podcast_chapters import write_chapters

    found = episodes(root)
    for episode in found:
        write_chapters(episode)
    if make_cover:
        ensure_cover(root, settings.title)
    made_from = inputs.encode().join(_MADE_FROM)
    write_atomically(path, feed_xml(root, settings, found) + made_from)
    return path


def _inputs_digest(root: Path, settings: FeedSettings, make_cover: bool) -> str:
    """A digest of the settings and of every file the feed is made from: each file's name,
    size, modification time and inode in `root` and in its narration folders (their content
    is not read)."""
    entries: list[object] = [list(astuple(settings)), make_cover]
    skipped = {FEED_FILE}
    for entry in _sorted_entries(root):
        if entry.name in skipped:
            continue
        entries.append(_stamp(entry))
        if entry.is_dir(follow_symlinks=False) and not entry.name.startswith("."):
            entries.extend(
                _stamp(inner)
                for inner in _sorted_entries(Path(entry.path))
                if inner.name not in _MADE_BY_THE_FEED
            )
    return hashlib.sha256(json.dumps(entries).encode()).hexdigest()


def _sorted_entries(folder: Path) -> list[os.DirEntry[str]]:
    try:
        with os.scandir(folder) as found:
            return sorted(found, key=lambda entry: entry.name)
    except OSError:
        return []


def _stamp(entry: os.DirEntry[str]) -> list[object]:
    try:
        status = entry.stat(follow_symlinks=True)
    except OSError:
        return [entry.name]
    if entry.is_dir():  # its files count, not its time (chapters files are written into it)
        return [entry.name, status.st_ino]
    return [entry.name, status.st_size, status.st_mtime_ns, status.st_ino]


def _made_from(feed: Path) -> str | None:
    """The digest `feed` ends with: what it was made from (None: not a feed written here)."""
    start, end = _MADE_FROM
    length = len(start) + hashlib.sha256().digest_size * 2 + len(end)
    try:
        with open(feed, "rb") as file:
            size = os.fstat(file.fileno()).st_size
            tail = os.pread(file.fileno(), length, max(0, size - length))
    except OSError:
        return None
    if len(tail) != length or not (tail.startswith(start) and tail.endswith(end)):
        return None
    return tail[len(start) : -len(end)].decode("ascii", "replace")


def feed_xml(root: Path, settings: FeedSettings, found: Sequence[Episode] | None = None) -> bytes:
    """The feed of the narrations in `root` (newest first), as UTF-8 XML."""
    from narrator.audio.episodes import episodes

    found = episodes(root) if found is None else found
    namespaces = "".join(f' xmlns:{prefix}="{url}"' for prefix, url in _NAMESPACES.items())
    lines = [
        "<?xml version='1.0' encoding='UTF-8'?>",
        f'<rss{namespaces} version="2.0">',
        "  <channel>",
        *_channel(root, settings, found),
    ]
    for episode in found:
        lines += ["    <item>", *_item(episode, settings), "    </item>"]
    lines += ["  </channel>", "</rss>", ""]
    return "\n".join(lines).encode("utf-8", "replace")


def media_url(settings: FeedSettings, relative: str) -> str:
    """The URL of a file of the output folder (a path relative to it), with the token if any."""
    url = settings.base_url.rstrip("/") + "/" + quote(relative)
    return f"{url}?{urlencode({'token': settings.token})}" if settings.token else url


def _channel(root: Path, settings: FeedSettings, found: Sequence[Episode]) -> list[str]:
    from narrator.audio.cover import COVER_FILE

    feed_url = media_url(settings, FEED_FILE)
    home = media_url(settings, "")
    cover = media_url(settings, COVER_FILE) if (root / COVER_FILE).is_file() else None
    guid = str(uuid.uuid5(_PODCAST_GUID_NAMESPACE, _bare(feed_url)))
    return [
        _tag(2, "title", settings.title),
        _tag(2, "link", home),
        _tag(2, "description", settings.description),
        _tag(2, "language", found[0].language if found else settings.language),
        _tag(2, "generator", "narrator"),
        _tag(2, "lastBuildDate", _rfc_2822(_latest(found))),
        _tag(2, "atom:link", href=feed_url, rel="self", type=MIME_TYPES[".xml"]),
        "    <image>",
        _tag(3, "url", cover or ""),
        _tag(3, "title", settings.title),
        _tag(3, "link", home),
        "    </image>",
        *([_tag(2, "itunes:image", href=cover)] if cover else []),
        _tag(2, "itunes:author", settings.author),
        _tag(2, "itunes:summary", settings.description),
        _tag(2, "itunes:category", text="News"),
        _tag(2, "itunes:explicit", "false"),
        _tag(2, "itunes:type", "episodic"),
        _tag(2, "podcast:guid", guid),
        _tag(2, "podcast:medium", "podcast"),
    ]


def _item(episode: Episode, settings: FeedSettings) -> list[str]:
    from narrator.audio.podcast_chapters import CHAPTERS_FILE, CHAPTERS_TYPE

    name = episode.name
    lines = [_tag(3, "title", episode.title), _tag(3, "description", _description(episode))]
    if episode.source.startswith(("http://", "https://")):
        lines.append(_tag(3, "link", episode.source))
    audio_type = MIME_TYPES.get(episode.audio.suffix.lower(), "application/octet-stream")
    lines += [
        _tag(3, "guid", episode.guid, isPermaLink="false"),
        _tag(3, "pubDate", _rfc_2822(episode.date)),
        _tag(
            3,
            "enclosure",
            url=media_url(settings, f"{name}/{episode.audio.name}"),
            length=str(episode.audio.stat().st_size),
            type=audio_type,
        ),
        _tag(3, "itunes:title", episode.title),
        _tag(3, "itunes:duration", _duration(episode.duration_s)),
        _tag(3, "itunes:author", episode.byline or settings.author),
        _tag(3, "itunes:explicit", "false"),
        _tag(3, "itunes:episodeType", "full"),
    ]
    if (episode.folder / CHAPTERS_FILE).is_file():
        url = media_url(settings, f"{name}/{CHAPTERS_FILE}")
        lines.append(_tag(3, "podcast:chapters", url=url, type=CHAPTERS_TYPE))
    for transcript in episode.transcripts:
        lines.append(
            _tag(
                3,
                "podcast:transcript",
                url=media_url(settings, f"{name}/{transcript.name}"),
                type=MIME_TYPES.get(transcript.suffix.lower(), "text/plain"),
                language=episode.language,
            )
        )
    return lines


def _tag(depth: int, name: str, content: str | None = None, /, **attributes: str) -> str:
    """One element on its own line, indented by `depth` levels: `content` inside it, or empty."""
    given = "".join(
        f' {key}="{value.translate(_IN_ATTRIBUTES)}"' for key, value in attributes.items()
    )
    opened = f"{'  ' * depth}<{name}{given}"
    if content is None:
        return opened + "/>"
    return f"{opened}>{content.translate(_IN_TEXT)}</{name}>"


_NOT_IN_XML = dict.fromkeys([*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0xFFFE, 0xFFFF])
"""Characters XML 1.0 cannot hold (control characters): left out. (A lone surrogate, which is
not text, is written as '?'.)"""
_IN_TEXT: dict[int, str | None] = {
    **_NOT_IN_XML,
    **{ord(c): e for c, e in (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ("\r", "&#13;"))},
}
"""What libxml2 escapes in an element's text."""
_IN_ATTRIBUTES: dict[int, str | None] = {
    **_IN_TEXT,
    **{ord(c): e for c, e in (('"', "&quot;"), ("\t", "&#9;"), ("\n", "&#10;"))},
}
"""What libxml2 escapes in an attribute's value."""


_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _rfc_2822(when: datetime) -> str:
    """A date as RSS writes it ("Fri, 01 Mar 2024 00:00:00 +0000"), the same as
    email.utils.format_datetime (which costs 4 ms of imports)."""
    zone = when.strftime("%z") or "-0000"
    clock = f"{when.hour:02d}:{when.minute:02d}:{when.second:02d}"
    return (
        f"{_DAYS[when.weekday()]}, {when.day:02d} {_MONTHS[when.month - 1]} {when.year:04d} "
        f"{clock} {zone}"
    )


def _description(episode: Episode) -> str:
    parts = [episode.title]
    if episode.byline:
        parts.append(f"By {episode.byline}.")
    if episode.source and episode.source != "-":
        parts.append(f"Read aloud from {episode.source}.")
    return " ".join(parts)


def _duration(seconds: float) -> str:
    whole = round(seconds)
    return f"{whole // 3600:02d}:{whole % 3600 // 60:02d}:{whole % 60:02d}"


def _latest(found: Sequence[Episode]) -> datetime:
    return max((episode.date for episode in found), default=datetime.now(UTC))


def _bare(url: str) -> str:
    """A feed URL as the podcast:guid spec hashes it: no scheme, no trailing slash."""
    return url.split("://", 1)[-1].split("?", 1)[0].rstrip("/")
