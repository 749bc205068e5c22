"""`narrator.spoken.explain`: each token the English rules rewrote, its class and its reading,
so a user sees why a text is read as it is."""

from __future__ import annotations

import dataclasses

import pytest

from narrator.spoken import explain, spoken
from narrator.spoken.readings import Reading


def readings(text: str) -> list[tuple[str, str, str]]:
    return [(r.written, r.semiotic_class, r.said) for r in explain(text)]


def test_both_readings_of_st_are_told_apart() -> None:
    assert readings("St. Mary's Church is on Main St. today") == [
        ("St.", "abbreviations", "Saint"),
        ("St.", "abbreviations", "Street"),
    ]


def test_a_token_read_by_two_rules_is_one_reading_with_both_classes() -> None:
    assert readings("the G7 summit") == [("G7", "alphanumerics, numbers", "G seven")]


def test_words_a_rule_adds_after_a_token_belong_to_its_reading() -> None:
    assert readings("it cost $5-10 million") == [
        ("$5-10 million", "money", "five to ten million dollars")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("about 4070 people", [("4070", "numbers", "four thousand seventy")]),
        ("in 1998", [("1998", "numbers", "nineteen ninety-eight")]),
        ("Henry V. was king", [("V.", "roman", "the fifth")]),
        ("Sen. Amy Klobuchar (D-Minn.)", [
            ("Sen.", "abbreviations", "Senator"),
            ("D-Minn.", "parties", "Democrat of Minnesota"),
        ]),
    ],
)  # fmt: skip
def test_context_readings_are_explained(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert readings(text) == expected


def test_punctuation_and_plain_words_are_no_readings() -> None:
    assert explain("MOSCOW (Reuters) - The Kremlin said “no” -- again.") == []
    assert explain("") == []


def test_the_readings_say_what_spoken_says() -> None:
    text = "On Dec 2004, 12KG of flour cost $40m (see § 12, pp. 28 - 30)."
    said = spoken(text)
    for reading in explain(text):
        assert reading.said in said
        assert reading.written in text
    assert {r.semiotic_class for r in explain(text)} >= {"dates", "measures", "money", "numero"}


def test_readings_are_frozen_and_lines_are_explained_in_turn() -> None:
    first, second, third = explain("No. 7\nXII")
    assert (first.written, first.said, second.written, second.said) == (
        "No.",
        "number",
        "7",
        "seven",
    )
    assert (third.written, third.semiotic_class, third.said) == ("XII", "roman", "twelve")
    with pytest.raises(dataclasses.FrozenInstanceError):
        first.said = "changed"  # type: ignore[misc]
    assert isinstance(first, Reading)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Yr. affec. son", ("Yr.", "closings", "Your")),
        ("from Lat. pater", ("Lat.", "languages", "Latin")),
        ('Johnson, s.v. "oats."', ("s.v.", "scholarly", "under the word")),
        ("the custom in Mass. and Conn.", ("Mass.", "state_lists", "Massachusetts")),
        ("shifted to the N.N.E. at noon", ("N.N.E.", "compass", "north-northeast")),
    ],
)
def test_the_narrower_classes_read_under_the_abbreviations_hint_are_named(
    text: str, expected: tuple[str, str, str]
) -> None:
    # They run within the abbreviations' rule, under its one hint, but each is a class of
    # its own, with its own module: the user is told which read the token.
    assert readings(text)[0] == expected


def test_the_abbreviations_steps_read_as_the_rule_does() -> None:
    from narrator.spoken.en import RULES

    rule = next(rule for rule in RULES if rule.semiotic_class == "abbreviations")
    text = "Yr. obt. servt. wrote from Lat. in Mass. and Conn., N.N.E. of St. Paul"
    stepped = text
    for _semiotic_class, step in rule.parts():
        stepped = step(stepped)
    assert [name for name, _ in rule.parts()][-1] == "abbreviations"
    assert stepped == rule.function(text) != text
