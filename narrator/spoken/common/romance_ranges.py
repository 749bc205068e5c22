"""Ranges of numbers in the Romance languages: a dash between two numbers is "to".

- "2–4 espigas" -> "2 a 4 espigas"; "1990-2000" -> "1990 a 2000" (the numbers are read later)
- a hyphen is a range only upwards and not from zero: "14064-2" and "0-0" are left alone,
  but after a word of a game's result they are a score: "ganó 3-1 al" -> "3 a 1"
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

HINT = re.compile(r"\d ?[–-] ?\d")
_RANGE = re.compile(
    r"(?<![\w.,-])(?P<low>\d+(?:[.,]\d+)*)(?P<dash> ?– ?|-)(?P<high>\d+(?:[.,]\d+)*)(?![\w-])"
)


def _number(written: str) -> float:
    """The value of a number written with the Romance marks: "1.500,5" -> 1500.5; commas
    repeated group thousands ("1,51,5" -> 1515), as only one can mark the decimals."""
    digits = written.replace(".", "")
    if digits.count(",") > 1:
        digits = digits.replace(",", "")
    return float(digits.replace(",", "."))


def _small(written: str) -> bool:
    """Whether a number may be a game's score: one or two digits, no leading zero but "0"."""
    return written.isdigit() and len(written) <= 2 and written == str(int(written))


# The word just before a range: "dalle" in "dalle 10-18".
_WORD_BEFORE = re.compile(r"(?<!\w)(\w+)\s$")


def range_reader(
    to: str, score_words: str = "", spans: Mapping[str, str] | None = None
) -> Callable[[str], str]:
    """A rule reading a dash between numbers as ``to`` ("a"); after one of ``score_words`` (a
    pattern of the words of a game's result, "ganó", "venció") two small numbers are a
    score, said with ``to`` too ("ganó 3-1" -> "3 a 1"). After a word opening a span with its
    article, one of ``spans``, the range is closed with the word it maps to: Italian "dalle
    10-18" -> "dalle 10 alle 18", "dal 2010-2012" -> "dal 2010 al 2012"."""
    closing = {opening.lower(): word for opening, word in (spans or {}).items()}
    score_cue = re.compile(rf"(?i:\b(?:{score_words})\b)\W+(?:\w+\W+){{0,3}}$")
    # ... or a set after another: "ganó por 6-4, 3-6 y 7-5", "venceu por 2-1 e depois por 3-0".
    next_set = re.compile(
        rf"(?i:\b(?:{score_words})\b)\W+.{{0,40}}\b\d{{1,2}}-\d{{1,2}}\W+(?:\w+\W+){{0,3}}$"
    )

    def is_cued(match: re.Match[str]) -> bool:
        """Whether a word of a game's result stands a few words before ``match``."""
        before = match.string[max(0, match.start() - 60) : match.start()]
        return bool(score_cue.search(before) or next_set.search(before))

    def say(match: re.Match[str]) -> str:
        low, high = match.group("low"), match.group("high")
        if score_words and _small(low) and _small(high) and is_cued(match):
            return f"{low} {to} {high}"
        if match.group("dash") == "-" and (low[0] == "0" or _number(high) <= _number(low)):
            return match.group(0)  # "14064-2" is a code
        opening = _WORD_BEFORE.search(match.string, max(0, match.start() - 12), match.start())
        word = closing.get(opening.group(1).lower(), to) if opening else to
        return f"{low} {word} {high}"

    def read_ranges(text: str) -> str:
        """Read a dash between two numbers as "to": "2–4" -> "2 a 4"."""
        return _RANGE.sub(say, text)

    return read_ranges
