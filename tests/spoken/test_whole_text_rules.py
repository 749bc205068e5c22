"""A rule that reads each line alone (`reads_lines_alone`) is called once on all the lines
`spoken` gives it: what it says of the lines joined must be what it says of each, joined."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from narrator.spoken import language_for, spoken
from narrator.spoken.common.punctuation import smooth_punctuation

_LANGUAGES = ("en", "de", "es", "fr", "it", "pt", "ru")
_MARKS = st.text(alphabet=st.sampled_from('ab1 ,.;:!?-–—―()[]\t"\n'), max_size=80)


def _line_by_line(function: object, text: str) -> str:
    assert callable(function)
    return "\n".join(function(line) for line in text.split("\n"))


def test_every_language_reads_punctuation_at_once() -> None:
    for code in _LANGUAGES:
        whole = [rule.name for rule in language_for(code).rules if rule.whole_text]
        assert whole == ["smooth_punctuation"], code


@settings(max_examples=500, deadline=None)
@given(_MARKS)
def test_punctuation_of_joined_lines_is_that_of_each_line(text: str) -> None:
    assert smooth_punctuation(text) == _line_by_line(smooth_punctuation, text)


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("a (b)\nc", "a, b\nc"),
        ("a (b) c\n(d)", "a, b, c\nd"),
        ("x -\n- y", "x -\n- y"),
        ("one , two .\n , three", "one, two.\nthree"),
    ],
)
def test_a_line_ends_where_its_newline_is(text: str, said: str) -> None:
    assert smooth_punctuation(text) == said
    assert smooth_punctuation(text) == _line_by_line(smooth_punctuation, text)


def test_spoken_tidies_every_line_of_an_article() -> None:
    text = "Kyiv (Reuters) said .\n\nIt ( the army ) moved , then left ."
    assert spoken(text) == "Kyiv, Reuters, said.\n\nIt, the army, moved, then left."
