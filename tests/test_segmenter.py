"""The segmenter: sentence-aligned chunks of bounded length, with the right pause after each."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

from narrator.models import Article, Block, BlockKind, ChunkKind, NarrationConfig, Section
from narrator.readers import read_article
from narrator.readers.decoding import normalize_text
from narrator.readers.labels import without_label_under_title
from narrator.readers.networks import AGENCIES
from narrator.readers.plaintext import read_plaintext
from narrator.readers.trailers import without_clutter
from narrator.segmenter import pack, segment, split_sentences

CONFIG = NarrationConfig()


def _article(*sections: Section, title: str = "A title", byline: str | None = None) -> Article:
    return Article(title=title, byline=byline, sections=sections)


def _paragraphs(*texts: str) -> tuple[Block, ...]:
    return tuple(Block(BlockKind.PARAGRAPH, t) for t in texts)


def test_split_sentences_keeps_abbreviations_together() -> None:
    text = "Russia summoned U.S. Ambassador Lynne Tracy. She faced accusations. Mr. Smith left."
    assert split_sentences(text) == [
        "Russia summoned U.S. Ambassador Lynne Tracy.",
        "She faced accusations.",
        "Mr. Smith left.",
    ]


def test_a_block_that_fits_is_one_chunk_as_written() -> None:
    assert pack("  Dr. Smith  arrived.\nIt rained.  ", 300) == ["Dr. Smith arrived. It rained."]
    assert pack("   ", 300) == []


def test_chunks_come_as_the_article_is_cut(monkeypatch: pytest.MonkeyPatch) -> None:
    """The first chunk is out before later blocks are cut (so engines can start on it)."""
    cut: list[str] = []

    def recording_pack(text: str, max_chars: int, language: str | None = "en") -> list[str]:
        cut.append(text)
        return pack(text, max_chars, language)

    monkeypatch.setattr("narrator.segmenter.pack", recording_pack)
    blocks = tuple(Block(BlockKind.PARAGRAPH, f"Paragraph number {n}.") for n in range(10))
    chunks = segment(Article("Title", (Section(None, blocks),)), NarrationConfig())
    first = next(chunks)
    assert first.text == "Title" and len(cut) <= 2  # the title, and the one piece ahead
    assert len(list(chunks)) == 10 and len(cut) == 11


def test_title_and_byline_come_first() -> None:
    article = _article(Section(None, _paragraphs("Body.")), byline="Jane Doe")
    chunks = list(segment(article, CONFIG))
    assert [(c.kind, c.text) for c in chunks] == [
        (ChunkKind.TITLE, "A title"),
        (ChunkKind.BYLINE, "By Jane Doe."),
        (ChunkKind.PARAGRAPH, "Body."),
    ]
    assert [c.pause_after_s for c in chunks] == [CONFIG.pause_title_s, CONFIG.pause_title_s, 0.0]


def test_pause_chosen_by_what_follows() -> None:
    long_sentence = "This sentence is long enough to need its own chunk, " * 4
    article = _article(
        Section(None, _paragraphs(f"{long_sentence.strip()}. Second sentence.", "Next paragraph.")),
        Section("NEXT PART", _paragraphs("Last words.")),
    )
    config = NarrationConfig(max_chunk_chars=220)
    pauses = [(c.kind, c.pause_after_s) for c in segment(article, config)]
    assert pauses == [
        (ChunkKind.TITLE, config.pause_title_s),
        (ChunkKind.PARAGRAPH, config.pause_sentence_s),
        (ChunkKind.PARAGRAPH, config.pause_paragraph_s),
        (ChunkKind.PARAGRAPH, config.pause_section_s),
        (ChunkKind.HEADING, config.pause_heading_s),
        (ChunkKind.PARAGRAPH, 0.0),
    ]


def test_list_items_pause_briefly() -> None:
    blocks = (Block(BlockKind.LIST_ITEM, "One."), Block(BlockKind.LIST_ITEM, "Two."))
    chunks = list(segment(_article(Section(None, (*blocks, *_paragraphs("End.")))), CONFIG))
    assert [c.pause_after_s for c in chunks[1:]] == [CONFIG.pause_list_item_s] * 2 + [0.0]


def test_seed_chunks_fit_the_limit_and_hold_every_word(seed: Path) -> None:
    chunks = list(segment(read_article(str(seed)), CONFIG))
    assert all(len(c.text) <= CONFIG.max_chunk_chars for c in chunks)
    body = [c.text for c in chunks if c.kind not in (ChunkKind.TITLE, ChunkKind.BYLINE)]
    seed_body = seed.read_text(encoding="utf-8").split("\n", 3)[3]
    assert " ".join(body).split() == normalize_text(seed_body).split()


def test_long_sentence_is_cut_at_clauses_then_words() -> None:
    sentence = ", ".join(f"clause number {n} goes here" for n in range(30)) + "."
    pieces = pack(sentence, 100)
    assert all(len(p) <= 100 for p in pieces)
    assert all(p.endswith((",", ".")) for p in pieces)
    assert " ".join(pieces) == sentence
    unbroken = " ".join(["word"] * 80)
    assert all(len(p) <= 50 for p in pack(unbroken, 50))
    assert " ".join(pack(unbroken, 50)) == unbroken


def test_a_giant_token_is_cut_to_the_limit() -> None:
    assert [len(p) for p in pack("x" * 250, 100)] == [100, 100, 50]


_WORD = st.text(
    alphabet=st.characters(codec="utf-8", categories=("L", "N", "P", "S")), min_size=1, max_size=15
)
_PARAGRAPH = (
    st.lists(_WORD, min_size=1, max_size=60)
    .map(" ".join)
    .filter(lambda p: not p.lower().startswith("by"))
    # Clutter ("© 2026 AFP", "Related: …") is left out by design: see test_trailers.
    .filter(lambda p: without_clutter([[p]]) == [[p]])
)


@settings(max_examples=150, deadline=None)
@given(
    title=_WORD,
    paragraphs=st.lists(_PARAGRAPH, min_size=1, max_size=6),
    max_chunk_chars=st.integers(min_value=40, max_value=400),
)
# A section's name over one line: that line is the body, not a headline under the name.
@example(title="ТЕХНОЛОГИИ", paragraphs=["0 0 0 0"], max_chunk_chars=40)
def test_every_body_word_reaches_the_chunks_in_order_once(
    title: str, paragraphs: list[str], max_chunk_chars: int
) -> None:
    # The title again as the first line under it is a page's copy of its heading, read once
    # by design (test_the_title_again_under_itself_is_read_once), as clutter is left out above.
    assume(paragraphs[0].strip() != title.strip())
    # Some clutter is told by repetition (a menu's line twice): left out by design, as above.
    assume(without_clutter([[p] for p in paragraphs]) == [[p] for p in paragraphs])
    # An agency's name alone under the title ("AP") is its label, left out by design too, as is
    # a column's or a story's kind ("EDITORIAL", "Fact check").
    assume(paragraphs[0].strip().lower() not in AGENCIES)
    assume(without_label_under_title([paragraphs[0], "", "x"])[0] == paragraphs[0])
    text = title + "\n\n" + "\n\n".join(paragraphs)
    config = NarrationConfig(max_chunk_chars=max_chunk_chars)
    chunks = list(segment(read_plaintext(text), config))
    said = [w.rstrip(".") for c in chunks for w in c.text.split()]
    body = [w.rstrip(".") for p in paragraphs for w in _words_of(p)]
    # The body is said last, whole; before it, the title, or nothing where the first line was a
    # section's name over the headline ("Ideas" over "0 0 0 A"): the headline is then the title.
    assert said[len(said) - len(body) :] == body
    assert len(said) - len(body) <= len(title.split())
    assert all(len(c.text) <= max_chunk_chars for c in chunks)


def test_the_title_again_under_itself_is_read_once() -> None:
    text = "Council backs new bridge\n\nCouncil backs new bridge\n\nThe vote was 7 to 2 on Monday."
    chunks = list(segment(read_plaintext(text), CONFIG))
    said = " ".join(c.text for c in chunks if c.kind is not ChunkKind.TITLE)
    assert "Council" not in said
    assert said.split()[:3] == ["The", "vote", "was"]


# A line that opens with a bullet ("- ", "* ", "•") is a list item, as pasted text keeps one: the
# bullet is markup, not a word, and an item is given a full stop for its pause.
_BULLET = re.compile(r"^[-*\u2022\u00b7\u2013\u25aa\u25cf]\s+(?=\w|[\"'\u201c$\u00a3\u20ac(])")


def _words_of(paragraph: str) -> list[str]:
    bullet = _BULLET.match(paragraph)
    return paragraph[bullet.end() if bullet else 0 :].split()
