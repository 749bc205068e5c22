"""Letters and digits in Russian text: digits part from the letters they touch, and codes
written with hyphens are read digit by digit.

- "9мешок" -> "9 мешок", "тест2" -> "тест 2", "G7" -> "G 7"
- "2-б-34" -> "два б три четыре": a code of digits and a letter joined by hyphens; a capital
  and a number are a road's or a model's name, the number said as one ("М-11" -> "М-одиннадцать")
"""

from __future__ import annotations

import re

from narrator.spoken.ru.numbers import digits

_LETTER_DIGIT = re.compile(r"(?<=[A-Za-zА-Яа-яЁё])(?=\d)|(?<=\d)(?=[A-Za-zА-Яа-яЁё])")
_CODE = re.compile(r"(?<![\w-])(?=[\w-]*\d)(?=[\w-]*[A-Za-zА-Яа-яЁё])\w+(?:-\w+)+(?![\w-])")


def _code(match: re.Match[str]) -> str:
    parts = match.group(0).split("-")
    if all(p.isalpha() for p in parts) or not all(p.isdigit() or len(p) == 1 for p in parts):
        return match.group(0)
    if len(parts) == 2 and parts[0].isupper() and parts[1].isdigit():
        return match.group(0)  # a road or a model, "М-11": its number is said as one
    return " ".join(digits(p) if p.isdigit() else p for p in parts)


def separate_letters_and_digits(text: str) -> str:
    """Read hyphenated codes digit by digit ("2-б-34" -> "два б три четыре") and part digits
    from the letters they touch ("9мешок" -> "9 мешок")."""
    return _LETTER_DIGIT.sub(" ", _CODE.sub(_code, text))
