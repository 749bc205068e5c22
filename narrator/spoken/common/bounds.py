"""Bounds and margins before a number, said as a newsreader says them, in the words of a
language's ``bounds`` table (English has its own, in `narrator.spoken.en.notation`).

- German "≥ 18 Jahre", ">=18" -> "mindestens 18 Jahre"; "≤5 km" -> "höchstens 5 km";
  "≈5 km" -> "etwa 5 km"; "±2 %", "+/- 2" -> "plus minus 2 %"
- a ">" or "<" glued to the number that starts a line is a bound: ">10 Leute starben" ->
  "mehr als 10 Leute starben" (the symbols rule drops a ">" that starts a line, as a quoted
  line's, "> schrieb er")
- Russian "≥ 18 лет" -> "не менее 18 лет", whose numbers rule then says "восемнадцати", as
  after the words themselves
- after a letter alone, not a word of the language, the sign is a formula's ("x ≥ 5"): the
  symbols rule reads it ("x größer oder gleich fünf")
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable, Mapping

from narrator.spoken.rules import any_of

_NUMBER_AFTER = r"(?=[-\u2212]?[$€£¥₽]?\.?\d)"
_MARGIN = re.compile(r"(?:±|\+/-)\s?")
_LEADING = re.compile(r"^(?P<sign>[<>])(?=[$€£¥₽]?\d)")


def bound_reader(words: Mapping[str, str], one_letter_words: str = "") -> Callable[[str], str]:
    """A rule saying the bounds of ``words`` (sign -> words: "≥", ">=", "≤", "<=", "≈", ">",
    "<", and "±" for a margin either way) before a number; a sign after a Latin letter alone
    that is not one of ``one_letter_words`` is a formula's and left."""
    letters = "".join(c for c in string.ascii_letters if c not in one_letter_words)
    bound = re.compile(
        rf"(?<![<>=-])(?<!\b[{letters}] )(?<!\b[{letters}])"
        rf"(?P<sign>≥|≤|≈|>=|<=)(?![=>]) ?{_NUMBER_AFTER}"
    )
    said = {sign: f"{word} " for sign, word in words.items()}
    margin = said["±"]

    def read_bounds(text: str) -> str:
        """Say the bounds and margins before a number: "≥ 18" -> "mindestens 18"."""
        if "±" in text or "+/-" in text:
            text = _MARGIN.sub(margin, text)
        if "=" in text or "≥" in text or "≤" in text or "≈" in text:
            text = bound.sub(lambda m: said[m["sign"]], text)
        if text.startswith((">", "<")):
            text = _LEADING.sub(lambda m: said[m["sign"]], text)
        return text

    return read_bounds


HINT = any_of("±", r"\+/-", "≥", "≤", "≈", "<=", ">=", r">(?<=^>)[$€£¥₽]?\d", r"<(?<=^<)[$€£¥₽]?\d")
