"""Letters and digits: digits part from the letters they touch, so that model names and codes
are read as letters and numbers rather than left to the engine.

- "G7" -> "G 7"; "F35A" -> "F 35 A"
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
