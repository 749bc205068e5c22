"""Which reader reads a source, and the article it makes: `read_article`.

The readers' modules are imported with this one, not with the package: a process that only
looks at sources (the command line's folder expansion, its feed check) never loads them.
"""

from __future__ import annotations

from collections.abc import Callable
from os import PathLike, fspath

from narrator.errors import InputError
from narrator.models import Article, InputFormat, NarrationConfig
from narrator.readers.cleanup import finished
from narrator.readers.decoding import decode_html, decode_text
from narrator.readers.detect import detect_format, format_of_path
from narrator.readers.language import page_language, with_language
from narrator.readers.plaintext import read_plaintext
from narrator.readers.sources import is_url, read_source_bytes

__all__ = ["read_article"]


def read_article(source: str | PathLike[str], config: NarrationConfig | None = None) -> Article:
    """Read the article at `source`: a path, "-" for standard input, or an http(s) URL.

    The format comes from `config.input_format`, else the extension or the server's content
    type, else the content itself. Raises InputError when the source cannot be read.
    """
    config = config or NarrationConfig()
    source = fspath(source)
    charset: str | None = None
    declared: str | None = None  # the language the page or its server declares
    if is_url(source):
        from narrator.readers.download import shown
        from narrator.readers.url import fetch

        page = fetch(source, config)
        data, hint, charset = page.data, page.input_format, page.charset
        declared = page.language
        source = shown(source)  # a password in the address is never shown, nor kept
    else:
        data, hint = read_source_bytes(source, config.max_input_mb), format_of_path(source)
    input_format = config.input_format or hint
    if input_format in (None, "html"):
        text = decode_html(data, source, charset)
    else:
        text = decode_text(data, source)
    if not text.strip():
        raise InputError(f"'{source}' is empty; give a file that holds an article's text")
    input_format = input_format or detect_format(text, source)
    reader = _reader(input_format)
    if input_format == "html":
        declared = page_language(data) or declared
    try:
        return with_language(finished(reader(text, source, config)), config.language, declared)
    except RecursionError:
        # Crafted nesting (500 levels of emphasis, say) deeper than the parsers recurse.
        raise InputError(
            f"'{source}' is nested too deeply to read (emphasis, quotes or tags inside each "
            "other hundreds of times); give an article without that nesting"
        ) from None


def _reader(input_format: InputFormat) -> Callable[[str, str, NarrationConfig], Article]:
    if input_format == "markdown":
        from narrator.readers.markdown import read_markdown

        return read_markdown
    if input_format == "html":
        from narrator.readers.html import read_html

        return read_html
    return lambda text, source, config: read_plaintext(text, source, config.language)
