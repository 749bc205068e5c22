"""A hint whose every find starts with a digit (``\\d ...``, ``[\\d½¼¾]``) is searched on the
lines with a digit only, as a rule marked ``on_digits`` is: the lines without one are left
out, and nothing it would have found there is lost."""

from __future__ import annotations

import re

import pytest

from narrator.spoken import _FEW_LINES, _decimal_class, _digit_led, _Lines, spoken
from narrator.spoken.pattern_sources import leading_class, leads_past_ascii
from narrator.spoken.rules import _trie, word_start


@pytest.mark.parametrize(
    ("pattern", "items"),
    [
        ("\\d", ("\\d",)),
        ("\\d (?:caps?|tabs?)\\. ", ("\\d",)),
        ("\\d(?:a|b)", ("\\d",)),
        ("[\\d½¼]", ("\\d", "½", "¼")),
        ("[\\d\\u00bc-\\u00be] lg", ("\\d", "¼", "½", "¾")),
        ("[\\x41-\\x43]x", ("A", "B", "C")),
        ("[]a]", ("]", "a")),
        ("[a\\]]b", ("a", "]")),
        ("[a-]", ("a", "-")),
        ("\\d?x", None),
        ("\\d*x", None),
        ("[ab]{0,2}x", None),
        ("\\dx|y", None),
        ("[^\\d]", None),
        ("[\\w]", None),
        ("[\\s\\d]", None),
        ("[\\u0000-\\uffff]", None),
        ("a\\d", None),
        ("(?:\\d)", None),
    ],
)
def test_the_leading_class_is_found_only_where_the_pattern_says_so(
    pattern: str, items: tuple[str, ...] | None
) -> None:
    assert leading_class(re.compile(pattern)) == items


def test_a_pattern_that_ignores_case_has_no_leading_class() -> None:
    assert leading_class(re.compile("[ab]", re.IGNORECASE)) is None


@pytest.mark.parametrize(
    ("pattern", "led"),
    [("\\d", True), ("[\\d½¼¾]", True), ("[\\d\\u2153-\\u215e] (?:lg|sm)", True),
     ("\\d yo\\b", True), ("[\\da]", False), ("[½x]", False), ("\\d?yo", False),
     ("y/o|\\dyo", False), ("q ?\\d", False)],
)  # fmt: skip
def test_a_hint_led_by_a_digit_is_known(pattern: str, led: bool) -> None:
    assert _digit_led(re.compile(pattern)) is led


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("The rate rose ½%.", "The rate rose a half percent."),
        ("It cost ½d. a loaf.", "It cost a halfpenny a loaf."),
        ("Add 2 lg eggs.", "Add two large eggs."),
        ("A 45 yo man took 3 caps. daily", "A forty-five year old man took three capsules daily"),
    ],
)
def test_a_digit_led_hint_still_reads_its_line_in_a_long_text(written: str, said: str) -> None:
    # Past a few lines each hint is searched over the joined lines, these on those with a
    # digit; the line without one before it must not hide it.
    lines = ["Plain words here."] * _FEW_LINES + [written, "No figure at all."]
    assert spoken("\n".join(lines)).split("\n")[-2] == said
    assert spoken(written) == said


@pytest.mark.parametrize(
    ("pattern", "one"),
    [("[\\d½¼¾]", True), ("[\\d]", True), ("\\d", False), ("[½¼]", False), ("[\\d½] x", False),
     ("[\\d][a]", False), ("[\\d\\]]", False)],
)  # fmt: skip
def test_a_class_of_digits_is_known(pattern: str, one: bool) -> None:
    assert _decimal_class(re.compile(pattern)) is one


def test_a_class_of_digits_finds_the_lines_with_a_decimal_digit_and_its_own_marks() -> None:
    lines = ["no figure", "½ a loaf", "5 loaves", "⅞ inch", "²", "10 and ½", ""]
    state = _Lines(lines)
    found = state._scanned(re.compile("[\\d½¼¾]"), True)
    assert found == [i for i, line in enumerate(lines) if re.search("[\\d½¼¾]", line)]
    assert found == [1, 2, 5]


@pytest.mark.parametrize(
    ("words", "pattern"),
    [(["t.", "t", "r."], "(?:t(?:\\.)?|r\\.)"), (["a", "ab", "abc"], "a(?:b(?:c)?)?"),
     (["x y"], "x\\ y"), ([""], "")],
)  # fmt: skip
def test_words_share_their_first_characters_in_a_trie(words: list[str], pattern: str) -> None:
    assert _trie(words) == pattern
    for word in words:
        assert re.fullmatch(pattern, word)


def test_a_word_start_hint_finds_its_words_whole_only() -> None:
    hint = word_start(["St", "st.", "Ste", "e.g.", "eg"])
    for text in ("St Paul", "the st. road", "(Ste Anne", "e.g. this", "eg", "x\nSte"):
        assert hint.search(text.split("\n")[-1]), text
    for text in ("Stop", "first. road", "Stem", "e.gx", "leg", "1St"):
        assert not hint.search(text), text


@pytest.mark.parametrize(
    ("pattern", "past"),
    [("[α-ωΑ-Ω]", True), ("[½¼] x", True), ("[αa]", False), ("[\\d½]", False), ("α", False)],
)
def test_a_hint_led_by_characters_past_ascii_is_known(pattern: str, past: bool) -> None:
    assert leads_past_ascii(re.compile(pattern)) is past


def test_a_hint_led_past_ascii_reads_only_the_lines_past_ascii() -> None:
    lines = ["plain", "the α particle", "Ωmega", "café", ""]
    assert _Lines(lines)._scanned(re.compile("[α-ωΑ-Ω]"), False) == [1, 2]
    text = "\n".join(["Plain words here."] * _FEW_LINES + ["The α particle."])
    assert spoken(text).split("\n")[-1] == spoken("The α particle.") != "The α particle."
