"""Article sources: a path, "-" for standard input, or an http(s) URL; and folders of articles.

`SUFFIXES` is the one list of file suffixes the readers accept: format detection reads a file's
format from it, and a folder given in place of an article stands for the files it holds with
one of these suffixes.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path

from narrator.errors import InputError
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


def is_url(source: str) -> bool:
    """Whether `source` is an http or https URL rather than a path."""
    return source.lower().startswith(("http://", "https://"))


def read_source_bytes(source: str) -> bytes:
    """The raw bytes of a path or of standard input, with a clear error for what cannot be read."""
    if source == STDIN:
        return sys.stdin.buffer.read()
    path = Path(source)
    if not path.exists():
        raise InputError(f"'{source}' does not exist; check the path of the article")
    if path.is_dir():
        raise InputError(f"'{source}' is a folder; give the path of an article file")
    try:
        return path.read_bytes()
    except OSError as error:
        raise InputError(
            f"'{source}' cannot be read ({error.strerror}); check its permissions"
        ) from None


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


def _articles_in(folder: Path) -> list[str]:
    return sorted(
        str(path)
        for path in folder.rglob("*")
        if path.suffix.lower() in SUFFIXES
        and path.is_file()
        and not any(part.startswith(".") for part in path.relative_to(folder).parts)
    )
