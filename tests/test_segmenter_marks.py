"""The sentence splitter keeps a sentence's closing marks where pysbd rewrites its input and the
plain splitter takes over (found by test_segmenter's no-word-lost property: '0000000000000!]
000' lost its ']')."""

from __future__ import annotations

import pytest

from narrator.segmenter import split_sentences


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        (
            "0 0 0 000 0000000000000!] 000000000000000",
            ["0 0 0 000 0000000000000!]", "000000000000000"],
        ),
        ("He said stop!] Then he left.", ["He said stop!]", "Then he left."]),
    ],
)
def test_closing_marks_stay_with_their_sentence(text: str, sentences: list[str]) -> None:
    assert split_sentences(text) == sentences
    assert " ".join(split_sentences(text)).split() == text.split()
