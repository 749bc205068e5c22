"""Tests of narrator.spoken: the seed article, properties of text that needs no change, the
lexicon inside `spoken`, languages, and the lazy loading of num2words. The cases of each
semiotic class are in ``en/cases/`` (see ``en/test_en_cases.py``)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from narrator.spoken import UnknownLanguageError, spoken
from narrator.spoken.en.initialisms import spelled
from narrator.spoken.lexicon import Lexicon
from narrator.spoken.tables import read_table

HERE = Path(__file__).parent
SEED = HERE.parents[1] / "seeds" / "reuters-atacms-crimea.txt"


# --- The seed article -------------------------------------------------------------------

ABBREVIATION_WITH_PERIOD = re.compile(
    r"\b(?:[A-Za-z]\.){2,}|\b(?:Mr|Mrs|Ms|Dr|Prof|Gov|Sen|Rep|Gen|Lt|Col|Sgt|Capt|Jr|Sr|St|Mt|"
    r"Ave|Rd|Inc|Co|Corp|Ltd|vs|etc|approx|Amb|Jan|Feb|Aug|Sept|Oct|Nov|Dec|No)\."
)


def seed_pieces() -> list[str]:
    text = SEED.read_text(encoding="utf-8")
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    sentences = [s for p in paragraphs for s in re.split(r"(?<=[.!?”\"])\s+", p) if s.strip()]
    return paragraphs + sentences


@pytest.mark.parametrize("piece", seed_pieces())
def test_seed_is_said_in_plain_words(piece: str) -> None:
    said = spoken(piece)
    assert not re.search(r"[0-9$%]", said), said
    assert not ABBREVIATION_WITH_PERIOD.search(said), said


def test_seed_numbers_and_names_are_read_as_a_newsreader_would() -> None:
    said = spoken(SEED.read_text(encoding="utf-8"))
    for reading in (
        "MOSCOW, Reuters, The Kremlin on Monday",
        "US-supplied ATACMS missiles",
        "injured one hundred fifty-one",
        "the nineteen sixty-two Cuban Missile Crisis",
        "annexed in twenty fourteen",
        "warned the US ambassador",
        "US Ambassador Lynne Tracy",
        "the US-led NATO alliance",
        "the twenty twenty-two Russian invasion",
        "nineteen ninety-one break-up",
        "one hundred eighty-six miles, three hundred kilometers, and",
        "on June sixth about",
        "retaliation against US for",
        "\n\nRETALIATION\n\n",
    ):
        assert reading in said


# --- Text that needs no change ------------------------------------------------------------

# Lower-case words that are abbreviations, and so are rightly changed: "Smith jr" is "Smith
# Junior", as the abbreviations that follow a name are read in any case.
# "eg." and "ie." are Latin, "aka" and "yoy" said in full, and "chap. iv", "vol. ii" count;
# titles before a name are read in any case ("st Paul" is "Saint Paul", "dr Smith").
LOWER_ABBREVIATIONS = (
    {"vs", "v", "tv", "etc", "approx", "govt", "dr", "mr", "mrs", "mt", "st"}
    | {"eg", "ie", "aka", "yoy", "viz", "cf", "chap", "ch", "bk", "pt", "vol"}
    | {row[0].lower() for row in read_table("en", "after_name")}
    # Words written short in small letters that old letters and books dot ("wd.", "abt.",
    # "ib."), and "i." numbering a point at a line's start ("i. The cost").
    | {row[0][:-1] for row in read_table("en", "phrases") if re.fullmatch(r"[a-z]+\.", row[0])}
    | {"i"}
)
lower_words = st.from_regex(r"[a-z]{1,10}", fullmatch=True).filter(
    lambda w: w not in LOWER_ABBREVIATIONS
)
# Capitalised and all-capital words of seven letters or more are names, words or headings:
# no abbreviation or initialism is that long.
long_words = st.from_regex(r"[A-Z][a-z]{6,12}|[A-Z]{7,12}", fullmatch=True)
plain_separators = st.sampled_from([" ", ", ", ". ", "; ", "! ", "? ", ": "])
pausing_separators = st.sampled_from(
    [" ", ", ", ". ", " - ", " – ", "—", " (", ") ", "\n", "\n\n", ' "', '" ', "' "]
)


def joined(words: list[str], separators: list[str]) -> str:
    return "".join(w + s for w, s in zip(words[:-1], separators, strict=False)) + words[-1]


@given(st.lists(lower_words, min_size=1, max_size=12), st.lists(plain_separators, min_size=12))
def test_plain_lower_case_prose_passes_through_unchanged(
    words: list[str], separators: list[str]
) -> None:
    text = joined(words, separators)
    assert spoken(text) == text


@given(
    st.lists(st.one_of(lower_words, long_words), min_size=1, max_size=12),
    st.lists(pausing_separators, min_size=12),
)
def test_words_without_digits_or_symbols_are_never_dropped(
    words: list[str], separators: list[str]
) -> None:
    said = spoken(joined(words, separators))
    assert re.findall(r"[A-Za-z]+", said) == words


@given(st.text())
def test_spoken_never_raises_and_leaves_no_ascii_digit(text: str) -> None:
    assert not re.search(r"[0-9]", spoken(text))


@given(st.text(alphabet="0123456789.,-/:$%€£ apmkgx()'sthnd", max_size=40))
def test_spoken_reads_every_digit_of_number_like_text(text: str) -> None:
    assert not re.search(r"[0-9]", spoken(text))


# --- Spelled letters and words that look like abbreviations -------------------------------


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("We may go.", "We may go."),
        ("I said so.", "I said so."),
        ("He was in.", "He was in."),
        ("I am here", "I am here"),
        ("Come with us.", "Come with us."),
        ("Keep calm and carry on", "Keep calm and carry on"),
    ],
)
def test_ordinary_words_that_look_like_abbreviations_are_left_alone(text: str, said: str) -> None:
    assert spoken(text) == said


def test_spelled_letters_are_hyphenated_capitals() -> None:
    assert spelled("usa") == "USA"
    assert spoken("the FBI") == "the FBI"


# --- The lexicon inside spoken ------------------------------------------------------------


def test_lexicon_is_applied_before_the_rules() -> None:
    lexicon = Lexicon.from_words({"ATACMS": "attack-ums", "Peskov": "PYES-kov"})
    assert spoken("Peskov on ATACMS: 2 fired", lexicon) == "PYES-kov on attack-ums: two fired"


def test_what_the_lexicon_says_is_left_alone_by_the_rules() -> None:
    # Without the lexicon "SHH" would be spelled; "Dr." before it is still a title.
    lexicon = Lexicon.from_words({"Xi": "SHH"})
    assert spoken("SHH") == "SHH"
    assert spoken("Dr. Xi met Xi.", lexicon) == "Doctor SHH met SHH."


def test_without_a_lexicon_nothing_is_replaced() -> None:
    assert spoken("Peskov") == "Peskov"


NUMBERS_IN_A_FRESH_PROCESS = """
import sys
from narrator.spoken import spoken
print(spoken("In 2014, 186 people came 22nd."))
print(sorted(name for name in sys.modules if name.startswith("num2words")))
import num2words
print(num2words.num2words(3, lang="fr"), num2words.num2words(186))
"""


def test_numbers_load_only_num2words_english() -> None:
    """The first number loads num2words' English module alone, not its 50 languages; the whole
    package still loads when asked for."""
    run = subprocess.run(
        [sys.executable, "-c", NUMBERS_IN_A_FRESH_PROCESS],
        capture_output=True,
        text=True,
        check=True,
    )
    said, modules, afterwards = run.stdout.splitlines()
    assert said == "In twenty fourteen, one hundred eighty-six people came twenty-second."
    assert "'num2words.lang_EN'" in modules
    assert "lang_FR" not in modules and "'num2words'," not in modules
    assert afterwards == "trois one hundred and eighty-six"  # num2words' own, British


# --- Languages ------------------------------------------------------------------------------


def test_a_regional_code_reads_as_its_language() -> None:
    assert spoken("On June 6, 186 mi", language="en-GB") == spoken("On June 6, 186 mi")


def test_a_language_without_rules_is_named_in_the_error() -> None:
    with pytest.raises(UnknownLanguageError) as raised:
        spoken("text", language="xx")
    assert str(raised.value) == (
        "No spoken-form rules for language 'xx'. Use one of: de, en, es, fr, it, pt, ru."
    )
