"""Phone numbers are searched only on a line with digits enough for them (a card sixteen, a
local number seven...): a line at the bound is still read, one below it left alone."""

from __future__ import annotations

import pytest

from narrator.spoken import spoken
from narrator.spoken.en.phones import _most_digits


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("Call 555-1234 now.", "Call five five five, one two three four now."),
        ("Call 1-800-FLOWERS today.", "Call one, eight hundred, FLOWERS today."),
        ("Ping 10.0.0.1 first.", "Ping one zero dot zero dot zero dot one first."),
        (
            "Card 4111 1111 1111 1111 declined.",
            "Card four one one one, one one one one, one one one one, one one one one declined.",
        ),
        ("Ring (555) 123-4567.", "Ring five five five, one two three, four five six seven."),
        ("Call ٥٥٥-١٢٣٤ now.", "Call five five five, one two three four now."),
    ],
)
def test_a_number_with_just_enough_digits_is_read_as_a_phone(written: str, said: str) -> None:
    assert spoken(written) == said


@pytest.mark.parametrize(
    ("text", "most"),
    [("a 1995 b 20", 6), ("no figure", 0), ("é 1", 3), ("555-1234", 7)],
)
def test_the_digits_are_counted_or_bounded_by_the_length_past_ascii(text: str, most: int) -> None:
    assert _most_digits(text) == most
