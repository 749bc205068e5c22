"""Readers: turn a source (a path, "-" for standard input, or an http(s) URL) into an Article.

One module per format (plaintext, markdown, html), each returning the same Article; `sources`
knows the kinds of source and the article files' suffixes, `detect` tells a format; `reading`
decides which reader reads a source.

The names below are loaded on first use: `narrator save` looks at its sources (folders, feeds)
with `sources` alone, and its articles are read in the planning process, so the process that
writes the audio never imports the readers (9 ms of its start-up).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from narrator.readers.detect import detect_format, format_of_path
    from narrator.readers.reading import read_article
    from narrator.readers.sources import article_files, is_url, read_source_bytes

__all__ = [
    "article_files",
    "detect_format",
    "format_of_path",
    "is_url",
    "read_article",
    "read_source_bytes",
]

_LAZY = {
    "article_files": "narrator.readers.sources",
    "detect_format": "narrator.readers.detect",
    "format_of_path": "narrator.readers.detect",
    "is_url": "narrator.readers.sources",
    "read_article": "narrator.readers.reading",
    "read_source_bytes": "narrator.readers.sources",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'narrator.readers' has no attribute {name!r}")
