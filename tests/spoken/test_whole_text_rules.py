"""A rule that reads each line alone (`reads_lines_alone`) is called once on all the lines
`spoken` gives it: what it says of the lines joined must be what it says of each, joined."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from narrator.spoken import _spoken_unskipped, language_for, spoken
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


_FEW_TO_READ = ("Plain words here.",) * 40 + (
    "",
    "On June 6 (2024) Mr. Smith paid $5.",
    "St. Mary's - 3",
    "Part II of 12kg",
    "the 1960s - 70s",
    "a 6 - hour wait",
    "WHO said 5%",
)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_FEW_TO_READ), min_size=40, max_size=300))
def test_many_lines_with_few_rewritten_read_as_each_alone(lines: list[str]) -> None:
    # Past some 32 lines, a line a rule rewrote is searched alone rather than joined again.
    text = "\n".join(lines)
    assert spoken(text) == _spoken_unskipped(text)


@pytest.mark.parametrize(
    "text",
    [
        "4½ lbs\nplain\n¼ of 2\nx²\n",
        "\n".join(["½ cup", "Plain words here.", "⅓ of the 1990s", "5 km²", "H₂O"] * 20),
    ],
)
def test_lines_whose_fractions_become_digits_read_as_each_alone(text: str) -> None:
    # A line with a vulgar fraction and no digit may gain one: the lines with a decimal
    # digit, found once, are checked again where a rule rewrote them.
    assert spoken(text) == _spoken_unskipped(text)
