"""The Italian written -> spoken cases of ``cases/*.tsv`` (our own, not the development data),
one file per semiotic class; the rules' order and reasons; properties of plain text and of any
text; and no English number word in a paragraph of numbers."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from narrator.errors import NarratorError
from narrator.spoken import language_for, spoken
from narrator.spoken.it import LANGUAGE, RULES
from narrator.spoken.tables import read_table

LANG = "it"
CASES_DIR = Path(__file__).parent / "cases"
# Classes whose rules are shared with English and tested there.
SHARED = {"characters", "alphanumerics", "punctuation"}


def read_cases() -> list[tuple[str, str, str]]:
    """(class, written, said) for every line of every file in ``cases/``."""
    cases = []
    for path in sorted(CASES_DIR.glob("*.tsv")):
        _header, *lines = path.read_text(encoding="utf-8").splitlines()
        for line in filter(None, lines):
            written, said = line.split("\t")
            cases.append((path.stem, written, said))
    return cases


CASES = read_cases()


@pytest.mark.parametrize(("semiotic_class", "written", "said"), CASES)
def test_it_case(semiotic_class: str, written: str, said: str) -> None:
    assert spoken(written, language=LANG) == said


def test_every_it_rule_has_a_docstring_a_reason_and_a_case_file() -> None:
    counts: dict[str, int] = {}
    for semiotic_class, _, _ in CASES:
        counts[semiotic_class] = counts.get(semiotic_class, 0) + 1
    classes = {rule.semiotic_class for rule in RULES}
    assert set(counts) <= classes
    for rule in RULES:
        assert rule.function.__doc__, rule.name
        assert rule.reason, rule.name
        assert rule.semiotic_class in SHARED or counts.get(rule.semiotic_class, 0) >= 3


def test_the_it_rules_are_its_language_and_a_regional_code_reads_as_it() -> None:
    assert language_for(LANG) is LANGUAGE
    assert language_for(f"{LANG}-XX") is LANGUAGE
    assert LANGUAGE.rules == RULES
    for number, said in CARDINALS.items():
        assert LANGUAGE.cardinal(number) == said


ENGLISH_NUMBER_WORDS = re.compile(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|"
    r"forty|fifty|hundred|thousand|million|billion|point|percent|first|second|third|"
    r"fourth|dollars?|cents?|kilometers?|degrees?|o'clock|[ap]m)\b",
    re.IGNORECASE,
)


def test_no_english_number_word_and_no_digit_in_a_paragraph_of_numbers() -> None:
    said = spoken(PARAGRAPH, language=LANG)
    assert not ENGLISH_NUMBER_WORDS.search(said), said
    assert not re.search(r"\d", said), said


def test_english_forms_are_not_read_with_english_words() -> None:
    said = spoken("El 1st, No. 3, 5 ft y 2 mi", language=LANG)
    assert not ENGLISH_NUMBER_WORDS.search(said), said
    assert not re.search(r"\d", said), said


CARDINALS = {186: "cento ottantasei", 21: "ventuno", 1000000: "un milione"}
PARAGRAPH = (
    "Il 14 marzo 2024, alle 15:45, costava 3,50 € (il 2,5 % in più), 12.000 milioni d"
    "i euro, 1.200 persone, 5 km/h, 3/4, 1999, +39 (06) 1234-5678, il 3º posto, il secolo XIX, "
    "Luigi XIV."
)
ALPHABET = "a-zàèéìòù"

# Words that may be read as something else next to a number: units, currencies, months.
TABLE_WORDS = {row[0].lower() for name in ("units", "currencies") for row in read_table(LANG, name)}
ROMAN = re.compile(r"[ivxlcdm]+")
words = st.from_regex(rf"[{ALPHABET}]{{1,10}}", fullmatch=True).filter(
    lambda w: w not in TABLE_WORDS and not ROMAN.fullmatch(w)
)
separators = st.sampled_from([" ", ", ", "; ", "! ", "? ", ": "])


@given(st.lists(words, min_size=1, max_size=10), st.lists(separators, min_size=10))
def test_plain_text_passes_through_unchanged(ws: list[str], seps: list[str]) -> None:
    text = "".join(w + s for w, s in zip(ws[:-1], seps, strict=False)) + ws[-1]
    assert spoken(text, language=LANG) == text


numbers = st.from_regex(
    r"-?\d{1,7}(?:,\d{1,3})?|\d{1,3}(?:\.\d{3}){1,2}|\d{1,2}:\d\d|\d{1,2}/\d{1,2}(?:/\d{4})?"
    r"|\d{1,3} ?%|\d+\.?[ºª]|[€$] ?\d{1,4}(?:,\d\d)?|\d{1,4} (?:km|kg|m²|°C)",
    fullmatch=True,
)
long_words = words.filter(lambda w: len(w) >= 4)


@settings(deadline=2000)
@given(st.lists(st.tuples(long_words, numbers), min_size=1, max_size=8))
def test_numbers_among_words_lose_no_word_and_leave_no_digit(pairs: list[tuple[str, str]]) -> None:
    text = " ".join(f"{word} {number}" for word, number in pairs)
    try:
        said = spoken(text, language=LANG)
    except NarratorError:
        return
    assert not re.search(r"\d", said), (text, said)
    position = 0
    for word, _ in pairs:
        found = said.find(word, position)
        assert found >= 0, (word, text, said)
        position = found + len(word)


@settings(deadline=2000)
@given(st.text(alphabet="0123456789.,-/:€$%ºª hkmgIVX()+@", max_size=40))
def test_any_number_like_text_is_read_without_a_crash(text: str) -> None:
    try:
        said = spoken(text, language=LANG)
    except NarratorError:
        return
    assert isinstance(said, str)
