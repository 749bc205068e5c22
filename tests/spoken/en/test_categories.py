"""Short written forms of every class of NeMo's English normalization tests (issue 15), one
token or a short phrase each: numbers, ordinals, decimals, fractions, money, measures, dates,
times, ranges, Roman numerals, titles, phones, addresses and words that pass unchanged.

``categories.tsv`` holds cases written for this set in the shapes of those tests (not taken
from them): the class, the written form, the reading a newsreader gives (NeMo's where the two
agree), other readings as good, and, for a known miss, why it is not read right yet (the test
then expects it to fail, not strictly). Readings are compared as the held-out check compares
them: case, hyphens, punctuation, the word "and", "oh" for zero and letters said apart make no
difference. Web and e-mail addresses are in ``cases/web.tsv``.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import NamedTuple

import pytest

from narrator.spoken import spoken

CASES_FILE = Path(__file__).parent / "categories.tsv"
CLASSES = {
    "address", "cardinal", "date", "decimal", "fraction", "measure", "money", "ordinal",
    "range", "roman", "telephone", "time", "whitelist", "word",
}  # fmt: skip


class Case(NamedTuple):
    semiotic_class: str
    written: str
    readings: tuple[str, ...]
    not_yet: str


def read_cases(cases_file: Path = CASES_FILE) -> list[Case]:
    """The cases of ``cases_file``; its first line names the columns."""
    _header, *lines = cases_file.read_text(encoding="utf-8").splitlines()
    cases = []
    for line in filter(None, lines):
        semiotic_class, written, reading, others, not_yet = line.split("\t")
        readings = (reading, *filter(None, others.split(" | ")))
        cases.append(Case(semiotic_class, written, readings, not_yet))
    return cases


def heard(text: str) -> list[str]:
    """What a listener hears of ``text``: lower-case words, hyphens as spaces, no punctuation
    but apostrophes, letters said apart as one word ("P O" is "PO"), "oh" as "zero", and no
    "and" ("one hundred and five" is "one hundred five")."""
    text = re.sub(r"[^\w' ]+", " ", text.lower().replace("-", " "))
    text = re.sub(r"\b([a-z]) (?=[a-z]\b)", r"\1", text)
    words = ("zero" if word in ("oh", "o") else word for word in text.split())
    return [word for word in words if word != "and"]


CASES = read_cases()


def as_param(case: Case) -> object:
    """``case`` as a test's parameter, expected to fail while it says why it is not read right."""
    marks = [pytest.mark.xfail(reason=case.not_yet, strict=False)] if case.not_yet else []
    return pytest.param(case, id=f"{case.semiotic_class}:{case.written}", marks=marks)


@pytest.mark.parametrize("case", [as_param(case) for case in CASES])
def test_the_written_form_is_read_as_one_of_its_readings(case: Case) -> None:
    assert heard(spoken(case.written)) in [heard(reading) for reading in case.readings]


def test_every_class_has_cases_and_no_case_is_written_twice() -> None:
    counts = Counter(case.semiotic_class for case in CASES)
    assert set(counts) == CLASSES, counts
    assert min(counts.values()) >= 5, counts
    assert len({case.written for case in CASES}) == len(CASES)


def test_the_set_is_read_right_at_least_as_often_as_the_target() -> None:
    # The maintainers' held-out cases of these classes must reach 95%; ours do more.
    read_right = sum(not case.not_yet for case in CASES)
    assert read_right / len(CASES) >= 0.95
