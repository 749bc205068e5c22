"""The fr written -> spoken cases of ``cases/*.tsv`` (our own, not the development data),
a property of plain text and of any text, and no English number word in a paragraph of numbers."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from narrator.errors import NarratorError
from narrator.spoken import spoken

LANG = "fr"
CASES_DIR = Path(__file__).parent / "cases"


def read_cases() -> list[tuple[str, str]]:
    cases = []
    for path in sorted(CASES_DIR.glob("*.tsv")):
        _header, *lines = path.read_text(encoding="utf-8").splitlines()
        cases += [tuple(line.split("\t")[:2]) for line in lines if line]
    return cases  # type: ignore[return-value]


@pytest.mark.parametrize(("written", "said"), read_cases())
def test_fr_case(written: str, said: str) -> None:
    assert spoken(written, language=LANG) == said


ENGLISH_NUMBER_WORDS = re.compile(
    r"\b(?:one|two|three|four|five|seven|eight|nine|ten|twenty|thirty|hundred|thousand|"
    r"million|billion|point|percent|first|second|third|dollars?|euros? and)\b"
)
PARAGRAPH = {
    "de": "Am 14. März 2024 um 15.45 Uhr kostete es 3,50 € (2,5 % mehr), 12 Mrd. Euro, "
    "1.200 Menschen, 5 km/h, 3/4, 22. Juni, 1999, +49 30 1234567, 2.30 Uhr, XIX. Jahrhundert.",
    "fr": "Le 1er mai 2024 à 14h30, 3,50 € (2,5 % de plus), 12 M€, 1 200 habitants, 5 km/h, "
    "3/4, le 22 juin 1999, 21h, le XIXe siècle, Louis XIV, 3e place.",
}[LANG]


def test_no_english_number_word_and_no_digit_in_a_paragraph_of_numbers() -> None:
    said = spoken(PARAGRAPH, language=LANG)
    assert not ENGLISH_NUMBER_WORDS.search(said), said
    assert not re.search(r"\d", said), said


words = st.from_regex(r"[a-zäöüéèàç]{1,10}", fullmatch=True)
separators = st.sampled_from([" ", ", ", "; ", "! ", "? "])


@given(st.lists(words, min_size=1, max_size=10), st.lists(separators, min_size=10))
def test_plain_lower_case_text_passes_through_unchanged(ws: list[str], seps: list[str]) -> None:
    text = "".join(w + s for w, s in zip(ws[:-1], seps, strict=False)) + ws[-1]
    assert spoken(text, language=LANG) == text


@settings(deadline=2000)
@given(st.text(alphabet="0123456789.,-/:€$% hUrkmgeIVX()", max_size=40))
def test_number_like_text_is_read_without_crash_or_lost_digit(text: str) -> None:
    try:
        said = spoken(text, language=LANG)
    except NarratorError:
        return
    assert not re.search(r"\d", said), (text, said)
