"""Bookmarks: where the listener stopped, one JSON file per article in the user's state folder.

A bookmark is keyed by the article's content (its title and text, not how it is chunked), and
remembers its source and the text of the chunk it points at, so that an article that changed since
can still be resumed at the nearest matching chunk. `NARRATOR_STATE_DIR` moves the folder.
"""

from __future__ import annotations

import difflib
import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from narrator import userdirs
from narrator.files import write_atomically
from narrator.models import Article, Plan

STATE_DIR_VARIABLE = userdirs.STATE_DIR_VARIABLE
_VERSION = 1
_SIMILAR_ENOUGH = 0.6

Warn = Callable[[str], None]


@dataclass(frozen=True)
class Bookmark:
    """A saved position in an article."""

    content: str
    """The article's content key (see `content_key`)."""
    source: str
    """Where the article came from, as an absolute path or URL; "" for standard input."""
    chunk: int
    """The index of the chunk to resume at (the listener hears it from its beginning)."""
    text: str
    """That chunk's written text, to find it again in a changed article."""
    chunks: int
    """How many chunks the article had."""


@dataclass(frozen=True)
class Resumption:
    """Where a resumed narration starts, and whether the article changed since the bookmark."""

    chunk: int
    changed: bool


def bookmarks_folder() -> Path:
    """The folder that holds the bookmark files."""
    return userdirs.state_dir() / "bookmarks"


def content_key(article: Article) -> str:
    """A digest of the article's title and text, the same however it is chunked."""
    digest = hashlib.sha256(article.title.encode())
    for block in article.body_blocks():
        digest.update(b"\0" + block.text.encode())
    return digest.hexdigest()[:32]


def source_key(source: str) -> str:
    """The article's source in a form that names it from any working folder."""
    if source in ("", "-") or "://" in source:
        return "" if source == "-" else source
    return str(Path(source).resolve())


def save(narration: Plan, chunk: int) -> Path:
    """Remember that `narration` should resume at chunk index `chunk`; replace older bookmarks of
    the same source."""
    article = narration.article
    bookmark = Bookmark(
        content_key(article),
        source_key(article.source),
        chunk,
        narration.chunks[chunk].text,
        len(narration.chunks),
    )
    folder = bookmarks_folder()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{bookmark.content}.json"
    write_atomically(path, json.dumps({"version": _VERSION, **bookmark.__dict__}, indent=2) + "\n")
    for older, _ in _same_source(bookmark.source, warn=None):
        if older != path:
            older.unlink(missing_ok=True)
    return path


def clear(narration: Plan) -> None:
    """Forget every bookmark of `narration` (it was heard to the end)."""
    article = narration.article
    (bookmarks_folder() / f"{content_key(article)}.json").unlink(missing_ok=True)
    for path, _ in _same_source(source_key(article.source), warn=None):
        path.unlink(missing_ok=True)


def resume(narration: Plan, warn: Warn) -> Resumption | None:
    """Where to resume `narration`: its own bookmark, or that of an earlier version of the same
    source mapped to the nearest matching chunk; None when there is neither."""
    article = narration.article
    own_path = bookmarks_folder() / f"{content_key(article)}.json"
    own = _read(own_path, warn)
    if own is not None:
        return Resumption(_nearest_chunk(narration, own), changed=False)
    same_source = _same_source(source_key(article.source), warn, skip=own_path)
    earlier = [bookmark for _, bookmark in same_source]
    if earlier:
        return Resumption(_nearest_chunk(narration, earlier[0]), changed=True)
    return None


def _nearest_chunk(narration: Plan, bookmark: Bookmark) -> int:
    """The chunk that best matches the bookmarked one: the same text nearest the old position,
    else the most similar text, else the same relative position."""
    chunks = narration.chunks
    exact = [c.index for c in chunks if c.text == bookmark.text]
    if exact:
        return min(exact, key=lambda index: abs(index - bookmark.chunk))
    ratios = [
        difflib.SequenceMatcher(None, c.text, bookmark.text, autojunk=False).ratio() for c in chunks
    ]
    best = max(range(len(chunks)), key=lambda index: ratios[index])
    if ratios[best] >= _SIMILAR_ENOUGH:
        return best
    relative = bookmark.chunk * len(chunks) // max(bookmark.chunks, 1)
    return min(relative, len(chunks) - 1)


def _same_source(
    source: str, warn: Warn | None, skip: Path | None = None
) -> list[tuple[Path, Bookmark]]:
    """The bookmarks of `source` (but not `skip`), the most recent first."""
    folder = bookmarks_folder()
    if not source or not folder.is_dir():
        return []
    found = []
    for path in sorted(folder.glob("*.json"), key=_modified, reverse=True):
        bookmark = None if path == skip else _read(path, warn)
        if bookmark is not None and bookmark.source == source:
            found.append((path, bookmark))
    return found


def _read(path: Path, warn: Warn | None) -> Bookmark | None:
    """The bookmark in `path`; None, with a warning, when it is unreadable."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        _ignore(path, str(error), warn)
        return None
    bookmark = _parsed(data)
    if bookmark is None:
        _ignore(path, "it is not a narrator bookmark", warn)
    return bookmark


def _parsed(data: Any) -> Bookmark | None:
    fields = {"content": str, "source": str, "chunk": int, "text": str, "chunks": int}
    if not isinstance(data, dict) or data.get("version") != _VERSION:
        return None
    if not all(isinstance(data.get(name), kind) for name, kind in fields.items()):
        return None
    if data["chunk"] < 0:
        return None
    return Bookmark(**{name: data[name] for name in fields})


def _ignore(path: Path, reason: str, warn: Warn | None) -> None:
    if warn is not None:
        warn(f"ignoring the unreadable bookmark {path} ({reason})")


def _modified(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0
