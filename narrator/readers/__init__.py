"""Readers: turn a source (a path, "-" for standard input, or an http(s) URL) into an Article.

One module per format (plaintext, markdown, html), each returning the same Article; this module
decides which one reads a source.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from os import PathLike, fspath
from pathlib import Path

from narrator.errors import InputError
from narrator.models import Article, InputFormat, NarrationConfig
from narrator.readers.decoding import decode_html, decode_text
from narrator.readers.plaintext import read_plaintext

__all__ = ["detect_format", "format_of_path", "is_url", "read_article", "read_source_bytes"]

_EXTENSIONS: dict[str, InputFormat] = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".mdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
}
_HTML_DOCUMENT = re.compile(
    r"\A\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S
)
_HTML_BLOCK_TAG = re.compile(r"<(?:p|div|article|section|h[1-6]|ul|ol|li|table)\b[^>]*>", re.I)
_MARKDOWN_STRONG = re.compile(
    r"^#{1,6}[ \t]+\S|^```|^~~~|\[[^\]\n]+\]\([^)\s]+\)|!\[[^\]\n]*\]\("
    r"|\A(?:---|\+\+\+)\n(?:[^\n]*\n)*?\w+\s*[:=]|^[^\n]+\n(?:=+|-+)[ \t]*$",
    re.M,
)
_MARKDOWN_WEAK = re.compile(r"\*\*\S[^*\n]*\*\*|^>[ \t]|^[ \t]*[-*+][ \t]+\S|`[^`\n]+`", re.M)
_WORD = re.compile(r"^[\"'(\[]*[A-Za-z][A-Za-z'\-]*[.,;:!?\"')\]]*$")
_SENTENCE = re.compile(r"[a-z][.!?][\"')]?(?:\s|$)")
_MIN_WORD_SHARE = 0.6


def read_article(source: str | PathLike[str], config: NarrationConfig | None = None) -> Article:
    """Read the article at `source`: a path, "-" for standard input, or an http(s) URL.

    The format comes from `config.input_format`, else the extension or the server's content
    type, else the content itself. Raises InputError when the source cannot be read.
    """
    config = config or NarrationConfig()
    source = fspath(source)
    charset: str | None = None
    if is_url(source):
        from narrator.readers.url import fetch

        page = fetch(source, config)
        data, hint, charset = page.data, page.input_format, page.charset
    else:
        data, hint = read_source_bytes(source), format_of_path(source)
    input_format = config.input_format or hint
    if input_format in (None, "html"):
        text = decode_html(data, source, charset)
    else:
        text = decode_text(data, source)
    if not text.strip():
        raise InputError(f"'{source}' is empty; give a file that holds an article's text")
    return _reader(input_format or detect_format(text, source))(text, source, config)


def _reader(input_format: InputFormat) -> Callable[[str, str, NarrationConfig], Article]:
    if input_format == "markdown":
        from narrator.readers.markdown import read_markdown

        return read_markdown
    if input_format == "html":
        from narrator.readers.html import read_html

        return read_html
    return lambda text, source, _config: read_plaintext(text, source=source)


def is_url(source: str) -> bool:
    """Whether `source` is an http or https URL rather than a path."""
    return source.lower().startswith(("http://", "https://"))


def format_of_path(source: str) -> InputFormat | None:
    """The format a path's extension names; None for standard input or an unknown extension."""
    return None if source == "-" else _EXTENSIONS.get(Path(source).suffix.lower())


def detect_format(text: str, source: str) -> InputFormat:
    """Tell HTML, Markdown and plain prose apart by their content.

    Raises InputError when the text looks like none of them (data, code, a list of numbers).
    """
    if _HTML_DOCUMENT.match(text):
        return "html"
    if _MARKDOWN_STRONG.search(text) or len(set(_MARKDOWN_WEAK.findall(text))) >= 2:
        return "markdown"
    if len(_HTML_BLOCK_TAG.findall(text)) >= 2:
        return "html"
    if _reads_as_prose(text):
        return "text"
    raise InputError(
        f"cannot tell the format of '{source}'; give --input-format text, markdown or html"
    )


def _reads_as_prose(text: str) -> bool:
    """Mostly words, with at least one sentence in it."""
    tokens = text.split()
    words = sum(1 for token in tokens if _WORD.match(token))
    return bool(tokens) and words / len(tokens) >= _MIN_WORD_SHARE and bool(_SENTENCE.search(text))


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
