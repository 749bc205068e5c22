"""A hint whose every find starts with a digit (``\\d ...``, ``[\\d½¼¾]``) is searched on the
lines with a digit only, as a rule marked ``on_digits`` is: the lines without one are left
out, and nothing it would have found there is lost."""

from __future__ import annotations

import re

import pytest

from narrator.spoken import _FEW_LINES, _digit_led, spoken
from narrator.spoken.rules import leading_class


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
