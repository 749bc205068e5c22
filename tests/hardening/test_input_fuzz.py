"""Issue 20: hypothesis throws generated text at each reader (plain text, Markdown with front
matter, HTML) through `read_article`, as a user's file: only a NarratorError may come out, each
example within a time bound (hypothesis' deadline), and where the property applies no word is
lost. The example counts keep the suite's time bounded."""

from __future__ import annotations

import re
from datetime import timedelta
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from narrator.errors import NarratorError
from narrator.models import Article
from narrator.readers import read_article

FUZZ = settings(
    max_examples=60,
    deadline=timedelta(seconds=5),
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
# Words, marks, digits, and every character class that has hurt a reader: controls, escapes,
# line breaks of all kinds, bidirectional overrides, markup.
PIECES = st.sampled_from(
    [
        "the",
        "harbour",
        "Pier",
        "1,000",
        "99" * 80,
        "%",
        "*",
        "**",
        "_",
        "`",
        "#",
        "# ",
        "> ",
        "- ",
        "1. ",
        "[",
        "]",
        "(",
        ")",
        "<",
        ">",
        "<p>",
        "</p>",
        "&#27;",
        "&amp;",
        "\x00",
        "\x1b[31m",
        "\x1b]0;x\x07",
        "\x9b",
        "\x07",
        "\r\n",
        "\r",
        "\n",
        "\n\n",
        "\t",
        "\f",
        "\u2028",
        "\u202e",
        "\ufeff",
        "---\n",
        "+++\n",
        "title: ",
        "&a ",
        "*a ",
        "é",
        "日本",
        ".",
        "!",
        "?",
        ",",
        " ",
    ]
)
TEXTS = st.lists(PIECES, max_size=120).map("".join)
WORD = re.compile(r"[A-Za-z]{4,}")


def _read(tmp_path: Path, name: str, data: bytes) -> Article | None:
    path = tmp_path / name
    path.write_bytes(data)
    try:
        return read_article(path)
    except NarratorError:
        return None


def _words(article: Article) -> str:
    parts = [article.title, *(s.heading or "" for s in article.sections)]
    parts += [block.text for block in article.body_blocks()]
    return " ".join(parts)


def _clean(article: Article) -> None:
    for text in _words(article):
        assert not (ord(text) < 32 and text not in "\n\t") and not 127 <= ord(text) < 160


@FUZZ
@given(text=TEXTS)
@example(text="---\nthe\r\n\r\n\n\nthe")  # an agency's name over an empty block
def test_plain_text_reader(tmp_path: Path, text: str) -> None:
    article = _read(tmp_path, "story.txt", text.encode())
    if article is not None:
        _clean(article)
        said = _words(article)
        # Plain text keeps every word it was given (bar what the escapes and controls held).
        kept = WORD.findall(re.sub(r"\x1b\[[0-9;]*m|\x1b\][^\x07]*\x07", "", text))
        assert all(word in said for word in kept)


@FUZZ
@given(front=TEXTS, body=TEXTS)
def test_markdown_reader_with_front_matter(tmp_path: Path, front: str, body: str) -> None:
    data = f"---\ntitle: {front}\nauthor: [{front}]\n---\n\n{body}\n\nThe harbour pier.\n"
    article = _read(tmp_path, "post.md", data.encode())
    if article is not None:
        _clean(article)
        assert "harbour" in _words(article)


@FUZZ
@given(head=TEXTS, body=TEXTS)
def test_html_reader(tmp_path: Path, head: str, body: str) -> None:
    page = (
        f"<html><head><title>{head}</title></head><body><article><h1>{head}</h1>"
        f"<p>{body}</p><p>The gulls came back to the old pier on Monday, a week after the "
        "repairs ended, and the fishermen were not pleased to see them.</p></article></body></html>"
    )
    article = _read(tmp_path, "page.html", page.encode())
    if article is not None:
        _clean(article)


@settings(max_examples=40, deadline=timedelta(seconds=5))
@given(data=st.binary(max_size=4000))
def test_any_bytes_are_read_or_refused(data: bytes) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        for name in ("story.txt", "post.md", "page.html", "unknown"):
            article = _read(Path(folder), name, data)
            if article is not None:
                _clean(article)
