"""Roman numerals in French: centuries and rulers.

- "XIXe siècle" -> "dix-neuvième siècle"; "Ier" -> "premier"
- "Louis XIV" -> "Louis quatorze"; "François Ier" -> "François premier"
- a part of a book: "tome II", "acte III" -> "tome deux", "acte trois"
"""

from __future__ import annotations

import re

from narrator.spoken.common.roman import NUMERAL, roman_value
from narrator.spoken.fr.numbers import cardinal, ordinal

HINT = re.compile(r"\b[IVXLCDM]+")
# One letter is a numeral only as I, V or X: "Le", "De", "Ce" and "Me" are words.
_ORDINAL = re.compile(rf"\b(?P<r>(?=[IVX]|[MDCLXVI]{{2}}){NUMERAL})(?P<end>er|re|e|ème)\b")
_CENTURY = re.compile(rf"\b(?P<r>{NUMERAL})\s+(?=siècles?\b)")
_RULER = re.compile(rf"(?<=[a-zéèêëïîôûç] )(?P<r>{NUMERAL})\b(?![-'])")
_NAME_BEFORE = re.compile(r"\b[A-ZÉ][a-zéèêëïîôûç]+ $")
# A part of a book or a law numbered after its word is a cardinal too: "tome II" -> "tome deux".
_PART = re.compile(
    rf"\b(?P<part>(?i:tome|livre|acte|chapitre|titre|partie|volume|scène|annexe|fascicule) )"
    rf"(?P<r>{NUMERAL})\b(?![-'])"
)


def read_roman_numerals(text: str) -> str:
    """Read Roman numerals: "XIXe siècle" -> "dix-neuvième siècle", "Louis XIV" -> "Louis
    quatorze"."""

    def as_ordinal(match: re.Match[str]) -> str:
        value = roman_value(match["r"])
        if value is None:
            return match.group(0)
        end = match.groupdict().get("end") or ""
        return ordinal(value, feminine_=end == "re") + ("" if end else " ")

    def as_cardinal(match: re.Match[str]) -> str:
        value = roman_value(match["r"])
        if value is None or value == 1 or not _NAME_BEFORE.search(match.string, 0, match.start()):
            return match.group(0)
        return cardinal(value)

    def part(match: re.Match[str]) -> str:
        value = roman_value(match["r"])
        return match.group(0) if value is None else match["part"] + cardinal(value)

    text = _PART.sub(part, _ORDINAL.sub(as_ordinal, text))
    text = _CENTURY.sub(as_ordinal, text)
    return _RULER.sub(as_cardinal, text)
