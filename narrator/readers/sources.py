"""Article sources: a path, "-" for standard input, or an http(s) URL; and folders of articles.

`SUFFIXES` is the one list of file suffixes the readers accept: format detection reads a file's
format from it, and a folder given in place of an article stands for the files it holds with
one of these suffixes.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable
from pathlib import Path
from urllib.parse import unquote, urlsplit

from narrator.errors import InputError
from narrator.limits import DEFAULT_MAX_INPUT_MB, MB, read_at_most, read_file_at_most
from narrator.models import InputFormat

STDIN = "-"
"""The source that stands for standard input."""

SUFFIXES: dict[str, InputFormat] = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".mdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
}
"""The suffixes of article files (in any case), and the format each one names."""
_SCHEME = re.compile(r"(?P<scheme>[A-Za-z][A-Za-z0-9+.\-]+)://")


def is_url(source: str) -> bool:
    """Whether `source` is an http or https URL rather than a path."""
    return source.lower().startswith(("http://", "https://"))


def check_scheme(source: str) -> None:
    """Raise InputError for an address of another kind (`ftp://`, `file:///`): it is not a path
    that does not exist, and the user should be told what narrator reads instead."""
    match = _SCHEME.match(source)
    if match is None or is_url(source):
        return
    scheme = match["scheme"].lower()
    if scheme == "file":
        path = unquote(urlsplit(source).path) or "/"
        raise InputError(
            f"'{source}': narrator does not read file:// addresses; give the path itself ('{path}')"
        )
    raise InputError(
        f"'{source}': narrator does not read {scheme}:// addresses; "
        "give an http(s) URL, or download the article and give its file"
    )


def read_source_bytes(source: str, max_mb: int = DEFAULT_MAX_INPUT_MB) -> bytes:
    """The raw bytes of a path or of standard input, at most `max_mb` MB, with a clear error
    for what cannot be read."""
    check_scheme(source)
    if source == STDIN:
        data = read_at_most(sys.stdin.buffer, max_mb * MB)
        return _within_limit(data, "the standard input", max_mb)
    path = Path(source)
    if not path.exists():
        raise InputError(f"'{source}' does not exist; check the path of the article")
    if path.is_dir():
        raise InputError(f"'{source}' is a folder; give the path of an article file")
    try:
        data = read_file_at_most(path, max_mb * MB)
    except OSError as error:
        raise InputError(
            f"'{source}' cannot be read ({error.strerror}); check its permissions"
        ) from None
    return _within_limit(data, f"'{source}'", max_mb)


def _within_limit(data: bytes | None, name: str, max_mb: int) -> bytes:
    if data is None:
        raise InputError(
            f"{name} is larger than {max_mb} MB, the input limit; give a smaller article, "
            "or raise the limit with --max-input-mb"
        )
    return data


def article_files(sources: Iterable[str]) -> list[str]:
    """The sources, with each folder replaced by the article files inside it (sorted, hidden
    files and folders left out). A folder without any is an InputError."""
    found: list[str] = []
    for source in sources:
        folder = Path(source)
        if source == STDIN or is_url(source) or not folder.is_dir():
            found.append(source)
            continue
        inside = _articles_in(folder)
        if not inside:
            suffixes = ", ".join(sorted(SUFFIXES))
            raise InputError(
                f"'{source}' holds no article files ({suffixes}); give files or another folder"
            )
        found.extend(inside)
    return found


def folder_articles(
    sources: Iterable[str], max_mb: int = DEFAULT_MAX_INPUT_MB
) -> tuple[list[str], list[InputError]]:
    """`article_files`, less the files found in a folder that cannot be read as text (no
    permission, binary, empty, too large), with the error of each: one bad file among many
    does not stop the folder. A file given by name is kept, to fail in its turn."""
    found: list[str] = []
    errors: list[InputError] = []
    for source in sources:
        if source == STDIN or is_url(source) or not Path(source).is_dir():
            found.append(source)
            continue
        for path in article_files([source]):
            try:
                _check_readable(path, max_mb)
            except InputError as error:
                errors.append(error)
            else:
                found.append(path)
    return found, errors


def _check_readable(path: str, max_mb: int) -> None:
    """Raise InputError when the file at `path` cannot be read as an article's text."""
    # Imported for a folder's files only: a save of files given by name never decodes here.
    from narrator.readers.decoding import decode_text

    if not decode_text(read_source_bytes(path, max_mb), path).strip():
        raise InputError(f"'{path}' is empty; give a file that holds an article")


def _articles_in(folder: Path) -> list[str]:
    return sorted(
        str(path)
        for path in folder.rglob("*")
        if path.suffix.lower() in SUFFIXES
        and path.is_file()
        and not any(part.startswith(".") for part in path.relative_to(folder).parts)
    )


DEFAULT_LIMIT = 10
"""How many of a feed's newest items are narrated unless told otherwise."""
_FEED_SUFFIXES = (".rss", ".atom", ".opml", ".xml")
_FEED_PATH = re.compile(r"/(?:feed|rss|atom)(?:\.\w+)?/?$|[./](?:rss|atom|opml|xml)$", re.I)
FEED_START = re.compile(
    rb"\A(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:rss|feed|opml|rdf:RDF)\b",
    re.S,
)


def looks_like_feed(source: str, head: bytes | None = None) -> bool:
    """Whether `source` names a feed: its first bytes start an RSS, Atom or OPML document, or
    (without them) its path ends like one (`.rss`, `.atom`, `.opml`, `.xml`, `/feed`)."""
    if head is not None:
        return bool(FEED_START.match(head[:4096]))
    if is_url(source):
        return bool(_FEED_PATH.search(source.split("?", 1)[0]))
    return Path(source).suffix.lower() in _FEED_SUFFIXES
