"""Readers: turn a source (a file path, or "-" for standard input) into an Article."""

from __future__ import annotations

import sys
from pathlib import Path

from narrator.errors import InputError
from narrator.models import Article
from narrator.readers.decoding import decode_text
from narrator.readers.plaintext import read_plaintext

__all__ = ["read_article", "read_source_bytes"]


def read_article(source: str) -> Article:
    """Read the article at `source`: a path, or "-" for standard input."""
    data = read_source_bytes(source)
    text = decode_text(data, source)
    if not text.strip():
        raise InputError(f"'{source}' is empty; give a file that holds an article's text")
    return read_plaintext(text, source=source)


def read_source_bytes(source: str) -> bytes:
    """The raw bytes of a path or of standard input, with a clear error for what cannot be read."""
    if source == "-":
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
