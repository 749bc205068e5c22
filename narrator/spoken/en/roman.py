"""Roman numerals, where they are numbers.

- "World War II" -> "World War two"; "Chapter IV" -> "Chapter four"
- "Elizabeth II" -> "Elizabeth the second" (two letters or more after a name)
- "I", "CD" and "MIX" elsewhere are left alone: only after a counting word or a name
"""

from __future__ import annotations

import re

from narrator.spoken.en.numbers import cardinal, ordinal

_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
_ROMAN = r"(?=[IVXLCDM])M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})"
_ROMAN_AFTER_KEYWORD = re.compile(
    r"(?i:\b(?P<key>world war|chapter|part|volume|vol\.|act|scene|book|phase|title|article|"
    r"section|super bowl|episode|apollo|stage|level|class|type|round|schedule|grade))\s+"
    rf"(?P<numeral>{_ROMAN})\b(?!['-])"
)
_REGNAL = re.compile(
    r"\b(?P<name>[A-Z][a-z]{2,})\s+(?P<numeral>(?=[IVX]{2})X{0,3}(?:IX|IV|V?I{0,3}))\b(?![-'])"
)


def _roman_value(numeral: str) -> int:
    values = [_ROMAN_VALUES[c] for c in numeral]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def read_roman_numerals(text: str) -> str:
    """Read Roman numerals where they are numbers: "World War II" -> "World War two",
    "Chapter IV" -> "Chapter four", "Elizabeth II" -> "Elizabeth the second".

    Only after a counting word, or of two letters or more after a name, so the pronoun "I"
    and initialisms such as "CD" are left alone.
    """

    def after_keyword(match: re.Match[str]) -> str:
        numeral = match["numeral"]
        if not numeral or numeral in ("L", "C", "D", "M") or not match["key"][0].isupper():
            return match.group(0)
        return f"{match['key']} {cardinal(_roman_value(numeral))}"

    text = _ROMAN_AFTER_KEYWORD.sub(after_keyword, text)
    return _REGNAL.sub(_say_regnal, text)


def _say_regnal(match: re.Match[str]) -> str:
    if not match["numeral"]:
        return match.group(0)
    return f"{match['name']} the {ordinal(_roman_value(match['numeral']))}"


HINT = re.compile(r"[IVXLCDM]{2}|[IVX]\b")
