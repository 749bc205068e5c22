"""Article -> chunks: sentence-aligned pieces of bounded length, each with the pause after it."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache
from typing import TYPE_CHECKING

from narrator.models import Article, Block, BlockKind, Chunk, ChunkKind, NarrationConfig
from narrator.sentence_patterns import kept_patterns

if TYPE_CHECKING:
    import pysbd

_CLAUSE_BREAK = re.compile(r"(?<=[,;:])\s+|\s+(?=[\u2013\u2014-]\s)")
_SENTENCE_END = re.compile(
    r"(?<=[.!?])[\"')\]\u00bb]*\s+(?=[\"'(\[\u00ab\u00bf\u00a1]?[A-Z0-9\u00c0-\u00d6\u00d8-\u00de])"
)
_BYLINE_WORDS = {"en": "By", "de": "Von", "fr": "Par", "es": "Por", "it": "Di", "pt": "Por"}
"""What a byline is read after, in each language (a language without one reads the names)."""
_PYSBD_STAND_INS = {"pt": "es"}
"""pysbd has no Portuguese: Spanish's abbreviations ("Sr.", "Dra.", "pág.") are Portuguese's."""
_WINDOW_CHARS = 1000


class Boundary(Enum):
    """What follows a piece of text; it decides the pause after it."""

    SENTENCE = "sentence"
    LIST_ITEM = "list_item"
    BLOCK = "block"
    HEADING = "heading"
    SECTION = "section"
    TITLE = "title"
    END = "end"
    QUOTE = "quote"
    """Into or out of a block quote."""


@dataclass(frozen=True)
class _Piece:
    section: int
    kind: ChunkKind
    text: str
    boundary: Boundary


def split_sentences(text: str, language: str | None = "en") -> list[str]:
    """Split text into sentences with pysbd's rules for `language` (English's for a language
    pysbd does not know), keeping every word exactly once, in order."""
    text = " ".join(text.split())
    code = _pysbd_language(language)
    # pysbd's patterns, the first time: compiled once, then kept (see sentence_patterns).
    return kept_patterns(
        lambda: [sentence for window in _windows(text) for sentence in _split_window(window, code)],
        code,
    )


def _windows(text: str) -> Iterator[str]:
    """`text` in windows of at most _WINDOW_CHARS, each ending at a sentence end where there is
    one (else between words): pysbd's time grows with the square of a sentence's length, and
    a 1 MB paragraph without a full stop would take hours."""
    while len(text) > _WINDOW_CHARS:
        window = text[:_WINDOW_CHARS]
        ends = [match.end() for match in _SENTENCE_END.finditer(window)]
        cut = ends[-1] if ends else window.rfind(" ") + 1 or _WINDOW_CHARS
        yield text[:cut].strip()
        text = text[cut:].lstrip()
    if text:
        yield text


def _split_window(text: str, language: str) -> list[str]:
    sentences = [s.strip() for s in _pysbd_segmenter(language).segment(text) if s.strip()]
    if _words(sentences) != text.split():
        # pysbd rewrites some inputs; a plain splitter never loses a word.
        sentences = _plain_split(text)
    return sentences


def _plain_split(text: str) -> list[str]:
    """`text` cut after each sentence's end, the closing marks after it kept with it ("Stop!]",
    "(He left.)"): a split on the pattern would take them for the space between sentences."""
    cuts = [0, *(match.end() for match in _SENTENCE_END.finditer(text)), len(text)]
    return [text[a:b].strip() for a, b in itertools.pairwise(cuts) if text[a:b].strip()]


def segment(
    article: Article,
    config: NarrationConfig,
    spoken: Callable[[str], str] = str,
) -> Iterator[Chunk]:
    """Yield the chunks to narrate, in order: title, byline, then each section's heading and body.

    `spoken` turns a chunk's written text into the words the engine receives.
    """
    # One piece of look-ahead (the last one ends the article), so chunks come as they are cut.
    pieces = _pieces(article, config.max_chunk_chars, article.language)
    piece = next(pieces, None)
    index = 0
    while piece is not None:
        following = next(pieces, None)
        boundary = Boundary.END if following is None else piece.boundary
        yield Chunk(
            index=index,
            section=piece.section,
            kind=piece.kind,
            text=piece.text,
            spoken=spoken(piece.text),
            pause_after_s=pause_after(boundary, config),
        )
        piece, index = following, index + 1


def pause_after(boundary: Boundary, config: NarrationConfig) -> float:
    """The silence, in seconds, that follows a piece ending at `boundary`."""
    return {
        Boundary.SENTENCE: config.pause_sentence_s,
        Boundary.LIST_ITEM: config.pause_list_item_s,
        Boundary.BLOCK: config.pause_paragraph_s,
        Boundary.HEADING: config.pause_heading_s,
        Boundary.SECTION: config.pause_section_s,
        Boundary.TITLE: config.pause_title_s,
        Boundary.END: 0.0,
        Boundary.QUOTE: config.pause_quote_s,
    }[boundary]


_SAID_BY = re.compile(r"^[A-Z][a-z]+ by\b")
"""A byline that says its own "by": "Edited by Jane Doe", "Compiled by …"."""


def byline_said(byline: str, language: str | None) -> str:
    """The byline as it is read: "By Jane Doe.", "Von Anna Keller."."""
    word = _BYLINE_WORDS.get((language or "en").split("-")[0])
    if _SAID_BY.match(byline):  # "Edited by Jane Doe", not "By Edited by Jane Doe"
        word = None
    return f"{word} {byline}." if word else f"{byline}."


def _pieces(article: Article, max_chars: int, language: str | None) -> Iterator[_Piece]:
    # Title and byline are cut like any text: a long one never exceeds what the engine takes.
    for kind, text in ((ChunkKind.TITLE, article.title), (ChunkKind.BYLINE, article.byline)):
        if text and text.strip():
            said = text.strip() if kind is ChunkKind.TITLE else byline_said(text.strip(), language)
            pieces = pack(said, max_chars, language)
            for line, piece in enumerate(pieces):
                last = line == len(pieces) - 1
                yield _Piece(0, kind, piece, Boundary.TITLE if last else Boundary.SENTENCE)
    sections = [s for s in article.sections if s.heading or any(b.text.strip() for b in s.blocks)]
    for number, section in enumerate(sections):
        end_of_section = Boundary.SECTION if number < len(sections) - 1 else Boundary.END
        if section.heading:
            heading_end = Boundary.HEADING if section.blocks else end_of_section
            for text in pack(section.heading, max_chars, language):
                yield _Piece(number, ChunkKind.HEADING, text, heading_end)
        blocks = [b for b in section.blocks if b.text.strip()]
        for position, block in enumerate(blocks):
            last_block = position == len(blocks) - 1
            block_end = (
                end_of_section if last_block else _block_boundary(block, blocks[position + 1])
            )
            texts = pack(block.text, max_chars, language)
            for line, text in enumerate(texts):
                boundary = block_end if line == len(texts) - 1 else Boundary.SENTENCE
                yield _Piece(number, ChunkKind(block.kind.value), text, boundary)


def _block_boundary(block: Block, following: Block) -> Boundary:
    if (block.kind is BlockKind.QUOTE) != (following.kind is BlockKind.QUOTE):
        return Boundary.QUOTE
    return Boundary.LIST_ITEM if block.kind is BlockKind.LIST_ITEM else Boundary.BLOCK


def pack(text: str, max_chars: int, language: str | None = "en") -> list[str]:
    """Sentences of `text` joined into chunks of at most `max_chars`, never splitting a sentence
    that fits; longer sentences are cut at clause punctuation, then between words."""
    whole = " ".join(text.split())
    if len(whole) <= max_chars:
        # What the sentences would be joined back into: no need to find them.
        return [whole] if whole else []
    sentences = split_sentences(whole, language)
    pieces = [part for s in sentences for part in _split_long(s, max_chars)]
    return _join_greedily(pieces, max_chars)


def _split_long(sentence: str, max_chars: int) -> list[str]:
    if len(sentence) <= max_chars:
        return [sentence]
    clauses = [c for c in _CLAUSE_BREAK.split(sentence) if c]
    words = [w for clause in clauses for w in _split_between_words(clause, max_chars)]
    return _join_greedily(words, max_chars)


def _split_between_words(clause: str, max_chars: int) -> list[str]:
    if len(clause) <= max_chars:
        return [clause]
    words = [w[i : i + max_chars] for w in clause.split() for i in range(0, len(w), max_chars)]
    return _join_greedily(words, max_chars)


def _join_greedily(parts: list[str], max_chars: int) -> list[str]:
    joined: list[str] = []
    for part in parts:
        if joined and len(joined[-1]) + 1 + len(part) <= max_chars:
            joined[-1] = f"{joined[-1]} {part}"
        else:
            joined.append(part)
    return joined


def _words(sentences: list[str]) -> list[str]:
    return [word for sentence in sentences for word in sentence.split()]


def _pysbd_language(language: str | None) -> str:
    from narrator.sentence_languages import known

    code = (language or "en").split("-")[0]
    code = _PYSBD_STAND_INS.get(code, code)
    return code if known(code) else "en"


@lru_cache(maxsize=8)
def _pysbd_segmenter(language: str) -> pysbd.Segmenter:
    from narrator.sentence_languages import import_pysbd

    segmenter: pysbd.Segmenter = import_pysbd().Segmenter(language=language, clean=False)
    return segmenter
