"""Arithmetic written with signs between numbers.

- "5 - 3 = 2", "6 / 2 = 3", "2 * 3 = 6" -> "five minus three", "six divided by two", "two
  times three": an operator between numbers, and "=" after them
- "2*3", "2 ÷ 4" -> "two times three", "two divided by four" with no "=" after them ("5*"
  alone marks a footnote; "×" between numbers is a size, read by `dimensions`)
- "√16" -> "the square root of sixteen"
"""

from __future__ import annotations

import re

from narrator.spoken.en.context import NUM, START

# Arithmetic: an operator between numbers, and "=" after them: "5 - 3 = 2", "6 / 2 = 3".
_OPERATION = re.compile(rf"{START}(?P<a>{NUM})\s?(?P<op>[-–*/÷×])\s?(?=-?{NUM}\s?=)")
_OPERATORS = {
    "-": "minus",
    "–": "minus",
    "*": "times",
    "×": "times",
    "/": "divided by",
    "÷": "divided by",
}


# Multiplication and division between two numbers with no "=" after them: "2*3", "2 ÷ 4"
# ("5*" alone marks a footnote; "×" between numbers is a size, read by dimensions); a root
# sign before a number: "√16" -> "the square root of 16".
_TIMES_OR_DIVIDED = re.compile(rf"{START}(?P<a>{NUM})\s?(?P<op>[*÷])\s?(?=-?{NUM}(?!\w|[.,]\d))")
_ROOT = re.compile(r"√\s?(?=\d)")


def read_arithmetic(text: str) -> str:
    """ "5 - 3 = 2" -> "5 minus 3 = 2", "2*3" -> "2 times 3", "√16" -> "the square root of 16"
    (the numbers left for `numbers`)."""
    if "=" in text:
        text = _OPERATION.sub(lambda m: f"{m['a']} {_OPERATORS[m['op']]} ", text)
    if "*" in text or "÷" in text:
        text = _TIMES_OR_DIVIDED.sub(lambda m: f"{m['a']} {_OPERATORS[m['op']]} ", text)
    if "√" in text:
        text = _ROOT.sub("the square root of ", text)
    return text
