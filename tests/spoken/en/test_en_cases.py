"""The English written -> spoken cases: one file per semiotic class in ``cases/``, named
after the class of the rule that decides them. Every case runs through `spoken` and through
its class's rule alone; the third column says what the rule alone gives ("=": the spoken form;
otherwise the rest is other rules' work, such as numbers read after a unit)."""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

import pytest

from narrator.spoken import spoken
from narrator.spoken.en import LANGUAGE, RULES

CASES_DIR = Path(__file__).parent / "cases"
RULE_OF_CLASS = {rule.semiotic_class: rule for rule in RULES}


class Case(NamedTuple):
    semiotic_class: str
    written: str
    said: str
    by_the_rule_alone: str


def read_cases() -> list[Case]:
    """Every case of every file in ``cases/``; a file's first line names its columns (a case
    may start with "#": "#1" is "number one")."""
    cases = []
    for path in sorted(CASES_DIR.glob("*.tsv")):
        _header, *lines = path.read_text(encoding="utf-8").splitlines()
        for line in filter(None, lines):
            written, said, alone = line.split("\t")
            cases.append(Case(path.stem, written, said, said if alone == "=" else alone))
    return cases


CASES = read_cases()
IDS = [f"{case.semiotic_class}:{case.written}" for case in CASES]


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_case_through_spoken(case: Case) -> None:
    assert spoken(case.written) == case.said


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_case_through_its_rule_alone(case: Case) -> None:
    assert RULE_OF_CLASS[case.semiotic_class].apply(case.written) == case.by_the_rule_alone


def test_no_case_was_lost_in_the_split() -> None:
    # 431 cases in the one table of the old speech module, the am/pm ranges added since, and
    # the context cases of issue 15 after them.
    assert len(CASES) >= 436


def test_every_rule_has_a_docstring_a_reason_and_a_case_file() -> None:
    counts = {path.stem: 0 for path in CASES_DIR.glob("*.tsv")}
    for case in CASES:
        counts[case.semiotic_class] += 1
    for rule in RULES:
        assert rule.function.__doc__, rule.name
        assert rule.reason, rule.name
        assert counts.get(rule.semiotic_class, 0) >= 3, rule.semiotic_class


def test_case_files_name_only_existing_classes_each_ruled_once() -> None:
    assert len(RULE_OF_CLASS) == len(RULES)
    assert {path.stem for path in CASES_DIR.glob("*.tsv")} <= set(RULE_OF_CLASS)


def test_the_rules_of_english_are_its_language() -> None:
    assert LANGUAGE.rules == RULES
    assert LANGUAGE.cardinal(186) == "one hundred eighty-six"
    assert LANGUAGE.ordinal(22) == "twenty-second"
    assert LANGUAGE.year(1962) == "nineteen sixty-two"
    assert LANGUAGE.decimal("-2.5") == "minus two point five"
    assert ("km", "kilometer", "kilometers") in LANGUAGE.table("units")


@pytest.mark.parametrize(
    ("written", "said"),
    [("9am-11am", "nine AM to eleven AM"), ("9pm-11pm", "nine PM to eleven PM")],
)
def test_morning_and_evening_ranges_read_alike(written: str, said: str) -> None:
    assert spoken(written) == said
