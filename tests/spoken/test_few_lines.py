"""A short text (a chunk) is read line by line, each hint searched on each line; a long one
by joining its lines for each hint. Both must say the same, and a pattern led by a character
a text lacks is skipped only where it could find nothing."""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from narrator.spoken import _FEW_LINES, _Joined, _spoken_few, _spoken_lines, language_for, spoken
from narrator.spoken.rules import leading_character, reads_line_edges

# Pieces that wake the rules of every language, their hints' leading characters, or neither.
_PIECES = (
    "St.", "Dr", "No.", "#3", "§ 4", "IV", "XII", "Q3", "D-Minn.", "U . S .", "$ 5", "€3",
    "£2bn", "5%", "12kg", "3 × 5", "2x4", "½", "⅞", "10²", "≥ 18", "≤5", "≈5 km", "±2",
    "10:30", "5 pm", "555-123-4567", "www.x.com", "a@b.org", "1960s", "22nd", "1er", "3º",
    "15.01.2020", "6/23/2024", "1,5", "4 500", "-3", "−3", "’", "“", "\u00a0", "—", "–",
    "z. B.", "Nr.", "p. ej.", "ул.", "руб.", "км", "млн", "Smith", "the", "x", "0", "7", "19",
)  # fmt: skip
_GLUE = st.sampled_from(("", " ", " ", ", ", "\n", "-", "."))
_TEXT = st.lists(
    st.tuples(st.sampled_from(_PIECES) | st.integers(0, 99999).map(str), _GLUE), max_size=40
).map(lambda parts: "".join(piece + glue for piece, glue in parts))
_LANGUAGES = ("en", "de", "es", "fr", "it", "pt", "ru")


@settings(max_examples=300, deadline=None)
@given(_TEXT, st.sampled_from(_LANGUAGES))
@example("1,51,5-15.01.2020", "es")  # commas repeated in a range's number
def test_a_few_lines_read_alone_say_what_joined_lines_say(text: str, language: str) -> None:
    rules = language_for(language).rules
    lines = text.split("\n")
    assert _spoken_few(list(lines), rules) == _spoken_lines(list(lines), rules)


def test_a_chunk_and_a_long_text_are_read_alike() -> None:
    lines = ["Dr. Smith paid $5 on June 6.", "", "≥ 18 people", "The FBI, No. 7"]
    short = "\n".join(lines)
    long = "\n".join(lines * (_FEW_LINES // len(lines) + 1))
    assert long.count("\n") + 1 > _FEW_LINES
    assert spoken(long) == "\n".join([spoken(short)] * (_FEW_LINES // len(lines) + 1))
    assert spoken(short).startswith("Doctor Smith paid five dollars on June sixth.")


@pytest.mark.parametrize(
    ("pattern", "lead"),
    [
        ("€ \\d", "€"),
        ("\\$", "$"),
        (" (?<=\\d )\\d", " "),
        ("a(?:b|c)", "a"),
        ("a[|]b", "a"),
        ("a\\|b", "a"),
        ("a[]|]b", "a"),
        ("a+b", "a"),
        ("a|b", None),
        ("a[|]|b", None),
        ("(?:a|b)c", None),
        ("a?b", None),
        ("a*b", None),
        ("a{0,2}b", None),
        ("[ab]", None),
        ("\\d", None),
        ("\\n(?:a)", None),
        ("(?<=x)a", None),
    ],
)
def test_the_leading_character_is_found_only_where_the_pattern_says_so(
    pattern: str, lead: str | None
) -> None:
    assert leading_character(re.compile(pattern)) == lead
    if lead is not None:  # nothing without it is found
        assert all(lead in match.group(0)[:1] for match in re.finditer(pattern, "ab a|b €1 $ 1"))


def test_a_pattern_that_ignores_case_has_no_leading_character() -> None:
    assert leading_character(re.compile("x", re.IGNORECASE)) is None
    assert leading_character(re.compile("x", re.VERBOSE)) is None


def test_a_pattern_led_by_a_character_the_text_lacks_finds_no_line() -> None:
    ascii_lines = ["a 5 b", "c d"]
    joined = _Joined(ascii_lines, [0, 1])
    assert joined.matching(re.compile("€ \\d")) == []
    assert not joined.holds("€") and not joined.holds("$") and joined.holds("5")
    wide = _Joined(["a €5", "b € 5", "c"], [0, 1, 2])
    assert wide.matching(re.compile("€ \\d")) == [1]


def test_a_hint_anchored_at_a_line_start_finds_every_line_of_a_long_text() -> None:
    # '>(?<=^>)' in English's notation hint: lines joined by newlines hid all but the first.
    text = "\n".join(["I have 5 apples"] * _FEW_LINES + [">10 people died"])
    assert spoken(text).split("\n")[-1] == "more than ten people died"
    german = "\n".join(["Ich habe 5 Äpfel"] * _FEW_LINES + [">10 Menschen starben"])
    assert spoken(german, language="de").split("\n")[-1] == "mehr als zehn Menschen starben"


@pytest.mark.parametrize(
    ("pattern", "anchored"),
    [(">(?<=^>)\\d", True), ("a$", True), ("\\Aa", True), ("x\\Z", True), ("[^a]", False),
     ("[$]", False), ("\\$", False), ("(?m)^a", False), ("a\\^", False)],
)  # fmt: skip
def test_a_pattern_reading_a_line_edge_is_known(pattern: str, anchored: bool) -> None:
    assert reads_line_edges(re.compile(pattern)) is anchored
