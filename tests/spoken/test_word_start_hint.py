"""A `WordStart` hint finds, across joined lines, the lines where one of its words starts a
word: exactly those where its one-line pattern finds something."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from narrator.spoken import _Joined
from narrator.spoken.rules import word_start

_HINT = word_start(["Dr", "St.", "&c", "e.g.", "eg", "c", "ca", "b.", "min", "vs", "Ltd"])
_PIECES = ("Dr", "St.", "&c", "e.g.", "eg", "c", "ca", "b.", "min", "vs", "Ltd", "mins", "abc")
_GLUE = ("", " ", "\n", "(", "_", "é", "ß", "1", "-", "—", "\u00a0", "\t", "\r", ".", "x")
_LINES = st.lists(st.sampled_from(_PIECES + _GLUE), max_size=30).map("".join)


def _expected(lines: list[str], among: list[int]) -> list[int]:
    return [index for index in among if _HINT.pattern.search(lines[index])]


@settings(max_examples=400, deadline=None)
@given(_LINES)
def test_joined_lines_find_what_each_line_finds(text: str) -> None:
    lines = text.split("\n")
    every = list(range(len(lines)))
    assert _Joined(lines, every).starting_words(_HINT) == _expected(lines, every)
    some = every[1::2]
    assert _Joined(lines, some).starting_words(_HINT) == _expected(lines, some)


def test_a_word_is_found_after_any_mark_but_not_inside_a_word() -> None:
    lines = ["see e.g. this", "(eg", "_ca_", "Ltd.", "éca", "1vs", "xmin", "mins", "c", " c"]
    found = _Joined(lines, list(range(len(lines)))).starting_words(_HINT)
    assert found == [0, 1, 3, 8, 9]
    assert _HINT.search("the cat, c. 1900") and not _HINT.search("abc")
