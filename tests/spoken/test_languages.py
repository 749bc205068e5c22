"""Every language but English, through one set of tests: its written -> spoken cases
(``tests/spoken/<code>/cases/<class>.tsv``, our own, not the development data), its rules'
docstrings and reasons, properties of plain text and of any text, and no English number word
in a paragraph of numbers."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from narrator.errors import NarratorError
from narrator.spoken import language_for, spoken
from narrator.spoken.tables import read_table

HERE = Path(__file__).parent
# Rules shared with English, whose cases live with English's.
SHARED_CLASSES = {"characters", "alphanumerics", "punctuation", "superscripts"}


@dataclass(frozen=True)
class Sample:
    """What each language's properties read: its letters and some text full of numbers."""

    letters: str
    paragraph: str
    cardinals: dict[int, str]


SAMPLES = {
    "de": Sample(
        "a-zäöüß",
        "Am 14. März 2024 um 15.45 Uhr kostete es 3,50 € (2,5 % mehr), 12 Mrd. Euro, 1.200 "
        "Menschen, 5 km/h, 3/4, 22. Juni, 1999, +49 30 1234567, 2.30 Uhr, XIX. Jahrhundert.",
        {186: "ein hundert sechs und achtzig", 21: "ein und zwanzig"},
    ),
    "fr": Sample(
        "a-zéèàçêâîôûù",
        "Le 1er mai 2024 à 14h30, 3,50 € (2,5 % de plus), 12 M€, 1 200 habitants, 5 km/h, "
        "3/4, le 22 juin 1999, 21h, le XIXe siècle, Louis XIV, 3e place.",
        {186: "cent quatre-vingt-six", 21: "vingt et un"},
    ),
    "es": Sample(
        "a-záéíóúñü",
        "El 14 de marzo de 2024, a las 15:45, costaba 3,50 € (un 2,5 % más), 12.000 millones "
        "de euros, 1.200 personas, 5 km/h, 3/4, 1999, +34 912 345 678, el 3.er puesto, el siglo "
        "XIX, Felipe II, 21 h.",
        {186: "ciento ochenta y seis", 21: "veintiuno", 1000000: "un millón"},
    ),
    "it": Sample(
        "a-zàèéìòù",
        "Il 14 marzo 2024, alle 15:45, costava 3,50 € (il 2,5 % in più), 12.000 milioni di "
        "euro, 1.200 persone, 5 km/h, 3/4, 1999, +39 (06) 1234-5678, il 3º posto, il secolo "
        "XIX, Luigi XIV.",
        {186: "cento ottantasei", 21: "ventuno", 1000000: "un milione"},
    ),
    "pt": Sample(
        "a-záéíóúâêôãõç",
        "Em 14 de março de 2024, às 15:45, custava R$ 3,50 (2,5 % a mais), 12 bilhões de "
        "reais, 1.200 pessoas, 5 km/h, 3/4, 1999, +55 (11) 3333-4444, o 3º lugar, o século "
        "XIX, Pedro II, 21h.",
        {186: "cento e oitenta e seis", 21: "vinte e um", 1000000: "um milhão"},
    ),
    "ru": Sample(
        "а-яё",
        "1 января 2024 г. в 15:45 билет стоил 350 руб. (на 2,5 % больше), 12 млрд руб., "
        "4 500 человек, 5 км/ч, 1999, 8-913-983-56-01, 3-е место, XIX век, Петр I, в 15.30.",
        {186: "сто восемьдесят шесть", 21: "двадцать один", 1000000: "один миллион"},
    ),
}
LANGUAGES = sorted(SAMPLES)
ENGLISH_NUMBER_WORDS = re.compile(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|"
    r"forty|fifty|hundred|thousand|million|billion|point|percent|first|second|third|"
    r"fourth|dollars?|kilometers?|degrees?|o'clock)\b"
)
ROMAN = re.compile(r"[ivxlcdm]+")


NOT_YET = "not read right yet"


def read_cases(code: str) -> list[tuple[str, str, str, str, str]]:
    """(language, class, written, said, why not yet) for every line of the language's case
    files; a file whose header's third column is "not read right yet (why)" gives the reason a
    case is still read wrong there ("" for one read right)."""
    cases = []
    for path in sorted((HERE / code / "cases").glob("*.tsv")):
        header, *lines = path.read_text(encoding="utf-8").splitlines()
        not_yet = header.split("\t")[2:3] and header.split("\t")[2].startswith(NOT_YET)
        for line in filter(None, lines):
            written, said, *rest = line.split("\t")
            cases.append((code, path.stem, written, said, rest[0] if not_yet and rest else ""))
    return cases


CASES = [
    pytest.param(*case[:4], marks=pytest.mark.xfail(strict=True, reason=case[4]))
    if case[4]
    else case[:4]
    for code in LANGUAGES
    for case in read_cases(code)
]


@pytest.mark.parametrize(("code", "semiotic_class", "written", "said"), CASES)
def test_case(code: str, semiotic_class: str, written: str, said: str) -> None:
    assert spoken(written, language=code) == said


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_language_has_many_cases_of_its_own(code: str) -> None:
    assert len(read_cases(code)) >= 20


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_rule_has_a_docstring_and_a_reason(code: str) -> None:
    for rule in language_for(code).rules:
        assert rule.function.__doc__, rule.name
        assert rule.reason, rule.name


@pytest.mark.parametrize("code", LANGUAGES)
def test_a_regional_code_reads_as_its_language(code: str) -> None:
    language = language_for(code)
    assert language_for(f"{code}-XX") is language
    assert language.code == code
    for number, said in SAMPLES[code].cardinals.items():
        assert language.cardinal(number) == said


@pytest.mark.parametrize("code", LANGUAGES)
def test_no_english_number_word_and_no_digit_in_a_paragraph_of_numbers(code: str) -> None:
    said = spoken(SAMPLES[code].paragraph, language=code)
    assert not ENGLISH_NUMBER_WORDS.search(said), said
    assert not re.search(r"\d", said), said


def _words(code: str) -> st.SearchStrategy[str]:
    """Lower-case words of the language that no rule reads as a unit, currency, abbreviation or
    numeral."""
    tables = ("units", "currencies", "abbreviations")
    said_otherwise = {
        row[0].lower().rstrip(".") for name in tables for row in read_table(code, name)
    }
    letters = SAMPLES[code].letters
    return st.from_regex(rf"[{letters}]{{1,10}}", fullmatch=True).filter(
        lambda w: w not in said_otherwise and not ROMAN.fullmatch(w)
    )


separators = st.sampled_from([" ", ", ", "; ", "! ", "? ", ": "])


@pytest.mark.parametrize("code", LANGUAGES)
def test_plain_text_passes_through_unchanged(code: str) -> None:
    @given(st.lists(_words(code), min_size=1, max_size=10), st.lists(separators, min_size=10))
    def check(ws: list[str], seps: list[str]) -> None:
        text = "".join(w + s for w, s in zip(ws[:-1], seps, strict=False)) + ws[-1]
        assert spoken(text, language=code) == text

    spoken("1", language=code)  # the language's tables loaded outside the deadline
    check()


numbers = st.from_regex(
    r"-?\d{1,7}(?:,\d{1,3})?|\d{1,3}(?:\.\d{3}){1,2}|\d{1,2}:\d\d|\d{1,2}/\d{1,2}(?:/\d{4})?"
    r"|\d{1,3} ?%|[€$] ?\d{1,4}(?:,\d\d)?|\d{1,4} (?:km|kg|m²|°C)",
    fullmatch=True,
)


@pytest.mark.parametrize("code", LANGUAGES)
def test_numbers_among_words_lose_no_word_and_leave_no_digit(code: str) -> None:
    @settings(deadline=2000)
    @given(st.lists(st.tuples(_words(code).filter(lambda w: len(w) >= 4), numbers), min_size=1))
    def check(pairs: list[tuple[str, str]]) -> None:
        text = " ".join(f"{word} {number}" for word, number in pairs[:8])
        try:
            said = spoken(text, language=code)
        except NarratorError:
            return
        assert not re.search(r"\d", said), (text, said)
        position = 0
        for word, _ in pairs[:8]:
            found = said.find(word, position)
            assert found >= 0, (word, text, said)
            position = found + len(word)

    spoken("1", language=code)  # the language's tables loaded outside the deadline
    check()


@pytest.mark.parametrize("code", LANGUAGES)
def test_any_number_like_text_is_read_without_a_crash(code: str) -> None:
    @settings(deadline=2000)
    @given(st.text(alphabet="0123456789.,-/:€$%ºª hUrkmgIVX()+@", max_size=40))
    def check(text: str) -> None:
        try:
            said = spoken(text, language=code)
        except NarratorError:
            return
        assert isinstance(said, str)

    spoken("1", language=code)  # the language's tables loaded outside the deadline
    check()


@pytest.mark.parametrize(
    ("language", "less_than"),
    [("en", "less than"), ("de", "kleiner als"), ("es", "menor que"), ("fr", "inférieur à"),
     ("it", "minore di"), ("pt", "menor que"), ("ru", "меньше")],
)  # fmt: skip
def test_a_comparison_mark_is_read_in_each_language_and_an_arrow_is_not(
    language: str, less_than: str
) -> None:
    assert spoken("x <5 y", language=language).startswith(f"x {less_than} ")
    assert "than" not in spoken("a -> b <= c", language=language)
    assert spoken("a -> b", language=language) == "a, b"  # its spaced dash is a pause
