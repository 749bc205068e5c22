"""Letters and digits: digits part from the letters they touch, so that model names and codes
are read as letters and numbers rather than left to the engine.

- "G7" -> "G 7"; "F35A" -> "F 35 A"
- in English, a lone "A" is joined to its digits by a hyphen: "A1" -> "A-1", "A4 paper" ->
  "A-4 paper": English engines read "A" before a word as the article ("a one")
"""

from __future__ import annotations

import re

_LETTER_DIGIT = re.compile(r"(?<=[A-Za-z])(?=\d)|(?<=\d)(?=[A-Za-z])")
# Whether a letter touches a digit, found from the digit: the pattern above is tried at every
# position (it starts with a look-behind), and most lines with a digit have no such letter.
_TOUCHING = re.compile(r"\d(?:(?<=[A-Za-z]\d)|(?=[A-Za-z]))")


def separate_letters_and_digits(text: str) -> str:
    """Part digits from the letters they touch, "G7" -> "G 7", so that model names and codes
    are read as letters and numbers rather than left to the engine."""
    if not _TOUCHING.search(text):
        return text
    return _LETTER_DIGIT.sub(" ", text)


# Led by the "A", which the regex engine finds quickly; what comes before is checked after.
_LONE_A = re.compile(r"A(?<![\w'-]A)(?=\d)")


def separate_letters_and_digits_in_english(text: str) -> str:
    """`separate_letters_and_digits`, a lone "A" joined to its digits by a hyphen ("A1" ->
    "A-1"), which English engines read as the letter where "A 1" would be "a one"."""
    if "A" in text:
        text = _LONE_A.sub("A-", text)
    return separate_letters_and_digits(text)
