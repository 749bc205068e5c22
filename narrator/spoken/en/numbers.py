"""Numbers: cardinals, ordinals, years, decimals, digit strings, and every number left over.

- "186" -> "one hundred eighty-six" (American news style, without "and")
- "27,000" -> "twenty-seven thousand"; "-2" -> "minus two"; ".5" -> "point five"
- "1962" -> "nineteen sixty-two", "2009" -> "two thousand nine": four-digit numbers from 1000
  to 2099 written without a separator are years; with one they are quantities ("3,500")
- "94105" -> "nine four one zero five", "007" -> "zero zero seven", "8876" -> "eight eight
  seven six": unseparated numbers of five digits or more, four-digit ones past 2099 that are
  not whole hundreds, and numbers with leading zeros are codes, read digit by digit
- "2.4.1" -> "two point four point one" (versions)

Number words come from num2words' English module, loaded alone at the first number.
"""

from __future__ import annotations

import functools
import importlib
import importlib.util
import re
import sys
import types
from typing import Any

from narrator.spoken.en.context import NUM, START

_DIGIT_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


def _american(words: str) -> str:
    """Drop num2words' British "and" and its commas, which would make engines pause."""
    return words.replace(",", "").replace(" and ", " ")


def _number_words(n: int, to: str) -> str:
    """num2words' English for `n` ("cardinal", "ordinal" or "year")."""
    words: str = getattr(_english_numbers(), f"to_{to}")(n)
    return _american(words)


@functools.cache
def _english_numbers() -> Any:
    """num2words' English converter, loaded at the first number. The package's own module
    loads its 50 languages, 15 ms of every narration's start, so the English module is loaded
    with a stand-in for the package, which is then taken away (`import num2words` still loads
    the whole package, reusing the English module)."""
    if "num2words" in sys.modules:
        return sys.modules["num2words"].CONVERTER_CLASSES["en"]
    spec = importlib.util.find_spec("num2words")
    if spec is None or spec.submodule_search_locations is None:
        raise ImportError("num2words is not installed")
    stand_in = types.ModuleType("num2words")
    stand_in.__path__ = list(spec.submodule_search_locations)
    sys.modules["num2words"] = stand_in
    try:
        english = importlib.import_module("num2words.lang_EN")
    finally:
        del sys.modules["num2words"]
    return english.Num2Word_EN()


@functools.lru_cache(maxsize=4096)
def cardinal(n: int) -> str:
    """Read an integer as a cardinal number: 186 -> "one hundred eighty-six"."""
    if n < 0:
        return "minus " + cardinal(-n)
    return _number_words(n, "cardinal")


@functools.lru_cache(maxsize=4096)
def ordinal(n: int) -> str:
    """Read an integer as an ordinal number: 22 -> "twenty-second"."""
    return _number_words(n, "ordinal")


@functools.lru_cache(maxsize=4096)
def year(n: int) -> str:
    """Read an integer as a year: 1962 -> "nineteen sixty-two", 2009 -> "two thousand nine"."""
    return _number_words(n, "year")


def digits(text: str) -> str:
    """Read every digit of ``text`` on its own: "004" -> "zero zero four"."""
    return " ".join(_DIGIT_WORDS[int(c)] for c in text if c.isdigit())


def decimal(text: str) -> str:
    """Read a written number with optional separators, sign and decimals.

    "27,000" -> "twenty-seven thousand", ".5" -> "point five", "-2" -> "minus two".
    """
    text = text.replace(",", "")
    sign = ""
    if text[:1] in "-−":
        sign, text = "minus ", text[1:]
    whole, _, fraction = text.partition(".")
    words = cardinal(int(whole)) if whole else ""
    if fraction:
        words = f"{words} point {digits(fraction)}".strip()
    return sign + words


@functools.lru_cache(maxsize=4096)
def number(text: str) -> str:
    """Read a standalone written number the way a newsreader would (see module docstring)."""
    bare = text.lstrip("-−")
    if "," in bare or "." in bare:
        return decimal(text)
    if (len(bare) > 1 and bare.startswith("0")) or len(bare) >= 5:
        return ("minus " if bare != text else "") + digits(bare)
    if len(bare) == 4 and bare == text:
        if int(bare) <= 2099:
            return year(int(bare))
        if int(bare) % 100:
            return digits(bare)
    return decimal(text)


_VERSION = re.compile(r"(?<![\w.])\d+(?:\.\d+){2,}(?![\w]|\.\d)")
_NUMBER = re.compile(rf"{START}(?P<sign>[-+](?=[\d.]))?(?P<num>{NUM})(?!\d)")
_DIGIT_RUN = re.compile(r"\d+")


def read_numbers(text: str) -> str:
    """Read every number left: cardinals, decimals, signs and years (see module docstring).

    "27,000" -> "twenty-seven thousand", "-2" -> "minus two", "1962" -> "nineteen
    sixty-two", "2014" -> "twenty fourteen"; digits in odd places are read one by one.
    """

    def say(match: re.Match[str]) -> str:
        sign = {"-": "minus ", "+": "plus "}.get(match["sign"] or "", "")
        return sign + number(match["num"])

    text = _VERSION.sub(lambda m: " point ".join(number(p) for p in m.group(0).split(".")), text)
    text = _NUMBER.sub(say, text)
    return _DIGIT_RUN.sub(lambda m: number(m.group(0)), text)
