"""The last pass over every Article a reader makes, whatever its format and however it was made.

Readers clean the text they walk, but some of it comes from elsewhere: a YAML `"\\e"` escape in
front matter, an `&#27;` entity in a page's title, the metadata trafilatura finds. Here every
text field loses its control characters and terminal escapes (they must never reach the engine,
a terminal, a playlist or a transcript), and the title is bounded: a first line of 1,700
characters is a paragraph, not a title, and is read as one.
"""

from __future__ import annotations

from dataclasses import replace

from narrator.models import Article, Block, BlockKind, Section
from narrator.readers.decoding import strip_controls
from narrator.readers.structure import fallback_title

MAX_TITLE_CHARS = 200
"""The longest title: past it, the 'title' is read as the article's opening paragraph."""


def finished(article: Article) -> Article:
    """`article` with clean text in every field and a title of at most MAX_TITLE_CHARS."""
    article = replace(
        article,
        title=_line(article.title) or "",
        byline=_line(article.byline),
        dateline=_line(article.dateline),
        date=_line(article.date),
        site_name=_line(article.site_name),
        sections=tuple(_section(section) for section in article.sections),
    )
    return _bounded_title(article)


def _line(text: str | None) -> str | None:
    """One line of clean text; None for None or for nothing left."""
    if text is None:
        return None
    return " ".join(strip_controls(text).split()) or None


def _section(section: Section) -> Section:
    blocks = tuple(Block(block.kind, strip_controls(block.text)) for block in section.blocks)
    return Section(_line(section.heading), blocks)


def _bounded_title(article: Article) -> Article:
    """A title too long to be one becomes the opening paragraph, not a word lost; the title is
    then the file's name (or 'Untitled article')."""
    if len(article.title) <= MAX_TITLE_CHARS:
        return article
    opening = Section(None, (Block(BlockKind.PARAGRAPH, article.title),))
    return replace(
        article,
        title=fallback_title(article.source),
        sections=(opening, *article.sections),
    )
