"""A dash between two dates is looked for from the dash, the first date's end looked behind
for: it finds a line exactly where the pattern that says "to" does."""

from __future__ import annotations

import pytest

from narrator.spoken import spoken
from narrator.spoken.en.dates import _DATE_TO_DATE, _DATE_TO_DATE_HINT


@pytest.mark.parametrize(
    "text",
    [
        "June thirtieth-July second",
        "the thirtieth of June - the second of July",
        "December 2019–January 2020",
        "June thirtieth -July",
        "June thirtieth  - July",
        "x the 1st - the 2nd of May",
        "June 30th -July",
        "the score was 3-2",
        "",
    ],
)
def test_the_hint_finds_a_dash_between_dates_where_the_pattern_does(text: str) -> None:
    assert bool(_DATE_TO_DATE_HINT.search(text)) is bool(_DATE_TO_DATE.search(text))


def test_a_dash_between_two_dates_is_said_to() -> None:
    assert spoken("From June 30-July 2, 2020.") == (
        "From June thirtieth to July second, twenty twenty."
    )
