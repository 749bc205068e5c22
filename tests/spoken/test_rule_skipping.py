"""`spoken` skips a rule on the lines where its hint finds nothing: that must never change
what is said. The reference runs every rule of the language on every line.

Three hints were narrower than their rules ("a.m.", a lone "D.", "Smith.the" in German):
the tests at the end keep them agreeing.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from narrator.spoken import _spoken_unskipped, language_for, spoken

# Pieces that wake each rule, its hint, or a near miss of them.
_PIECES = (
    "St.", "st", "ST", "Dr", "Dr.", "DR", "Mr.", "Gov.", "Jr", "jr.", "Ltd", "inc", "Co.", "e.g.",
    "i.e.", "vs", "v.", "etc.", "a.k.a.", "and/or", "tv", "Sept.", "Dec", "No.", "no", "#", "#3",
    "Vol.", "pp.", "§", "IV", "XII", "I", "V.", "CHAPTER", "Part", "MCM", "LX", "Q3", "2Q22",
    "1H", "D-Minn.", "R-W.Va.", "U . S .", " . ", " ' ", "$ 5", "- and", "6 - hour", "1914 - 1918",
    "555-123-4567", "(555)-123-4567", "192.168.0.1", "www.x.com", "a@b.org", "http://x.io/a",
    "1960s", "'80s", "2x4", "3 × 5", "10:30", "5 pm", "11.30 a.m.", "7am", "$5", "€3", "£2bn",
    "5%", "12kg", "5 μm", "4 oz.", "2 Tbsp.", "100 million", "3/4", "4 1/2", "½", "⅞", "22nd",
    "42nd St", "A350", "Boeing 747", "G7", "FBI", "AT&T", "805 B.C.", "AD 79", "15-01-2020",
    "6/23/2024", "2024-06-23", "June 6", "May", "4070", "1,000", ".5", "-3", "−3", "’", "“",
    "\u00a0", "\u2009", "—", "–", "--", "-", "(", ")", "[", "]", ",", ".", ";", ":", "!", "?",
    "  ", "\t", "\n", "_", "&", "+", "=", "@", "~", "*", "|", "^", "<", ">", "/", "\\", "°",
    "a.m.", "u.s.", "D.", "D", "M", "L", "C", "Smith.the", "x.de", "x.xyz",
    "Smith", "Mary's", "Main", "the", "a", "won", "lead", "x", "m", "s", "0", "7", "19",
)  # fmt: skip
_GLUE = st.sampled_from(("", " ", " ", ", ", "\n", "-", "."))
_TEXT = st.lists(
    st.tuples(st.sampled_from(_PIECES) | st.integers(0, 99999).map(str), _GLUE), max_size=25
).map(lambda parts: "".join(piece + glue for piece, glue in parts))


@settings(max_examples=400, deadline=None)
@given(_TEXT)
def test_english_skips_nothing_that_a_rule_would_change(text: str) -> None:
    assert spoken(text) == _spoken_unskipped(text)


@settings(max_examples=150, deadline=None)
@given(_TEXT, st.sampled_from(("de", "es", "fr", "it", "pt", "ru")))
def test_other_languages_skip_nothing_either(text: str, language: str) -> None:
    assert spoken(text, language=language) == _spoken_unskipped(text, language)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("amZ19 .,-/#$%()'’\n\tIVXLCDMStDr½"), max_size=60))
def test_any_mix_of_hint_characters_reads_alike(text: str) -> None:
    assert spoken(text) == _spoken_unskipped(text)


def test_the_reference_runs_every_rule() -> None:
    # A line no hint would pick still goes through each rule: the reference is no tautology.
    assert len(language_for("en").rules) > 20
    assert _spoken_unskipped("Mr. Smith paid $5 on June 6 (2024).") == spoken(
        "Mr. Smith paid $5 on June 6 (2024)."
    )
    assert _spoken_unskipped("Mr. Smith paid $5") == "Mister Smith paid five dollars"


def test_a_lower_case_dotted_initialism_alone_is_spelled_with_hints_too() -> None:
    assert spoken("in the a.m. hours") == _spoken_unskipped("in the a.m. hours")
    assert spoken("in the a.m. hours") == "in the A-M hours"
    assert spoken("the u.s. army") == "the US army"


def test_a_word_dot_word_is_no_address_in_german_or_french() -> None:
    # A sentence that lost the space after its period is no web address: no known ending.
    for language in ("de", "fr"):
        assert spoken("Smith.the end", language=language) == "Smith.the end"
        assert spoken("Smith.the end", language=language) == _spoken_unskipped(
            "Smith.the end", language
        )
    assert spoken("see example.de now", language="de") == "see example Punkt de now"


def test_a_lone_d_is_an_initial_and_reads_alike() -> None:
    for text in ("D.", "CHAPTER D.", "M", "Part C"):
        assert spoken(text) == _spoken_unskipped(text) == text
    assert spoken("CHAPTER IV.") == "CHAPTER four"


@pytest.mark.parametrize("language", ["de", "fr", "en", "es", "it", "pt", "ru"])
@pytest.mark.parametrize("text", ["St.½", "x²", "H₂O 3", "¾ Stunde"])
def test_characters_written_with_digits_are_read_as_without_hints(text: str, language: str) -> None:
    assert spoken(text, language=language) == _spoken_unskipped(text, language)


@pytest.mark.parametrize("text", ["100 millionL", "3 millionkg", "2 billion km", "5 thousandmg"])
def test_a_scale_word_glued_to_a_unit_wakes_the_measures(text: str) -> None:
    # The measures' hint once wanted a space after the scale word: "millionL" was read as a
    # unit by the measures and left alone with the hints.
    assert spoken(text) == _spoken_unskipped(text)
    assert spoken("100 millionL") == "one hundred million liters"
