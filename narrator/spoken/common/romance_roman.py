"""Roman numerals in the Romance languages: centuries and the numbers of kings and popes.

- "siglo XIX" / "siglo xix" -> the century word and the number ("siglo diecinueve"); a
  numeral in capitals before the word too, as Italian writes it: "il XV secolo" -> "il
  quindicesimo secolo"
- "Luis XIV", "Felipe II" -> after a capitalised name, the language's regnal number
- "Xi Jinping", "CEO", a lone "V" or "I" are left alone
"""

from __future__ import annotations

import re
from collections.abc import Callable

from narrator.spoken.common.roman import roman_value

HINT = re.compile(r"\b[IVXLCDMivxlcdm]+\b")
_ROMAN = r"M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})"


def roman_reader(
    centuries: str, say_century: Callable[[int], str], say_regnal: Callable[[int], str]
) -> Callable[[str], str]:
    """A rule reading Roman numerals: after one of the ``centuries`` words ("siglo|siglos")
    with ``say_century``, after a capitalised name with ``say_regnal``."""
    century = re.compile(rf"\b(?P<word>(?i:{centuries})) (?P<numeral>(?i:{_ROMAN}))\b(?![\w'])")
    before = re.compile(rf"(?<![\w.])(?=[IVXLCDM])(?P<numeral>{_ROMAN})(?= (?i:{centuries})(?!\w))")
    regnal = re.compile(
        rf"(?<![\w.])(?P<name>[A-ZÁÉÍÓÚ][a-záéíóúàèìòùâêôãõç]+) "
        rf"(?=[IVXLCDM]{{2}}|[IVX]\b)(?P<numeral>{_ROMAN})\b(?![\w'])"
    )

    def say(match: re.Match[str], reader: Callable[[int], str]) -> str:
        value = roman_value(match.group("numeral").upper())
        if value is None:
            return match.group(0)
        first = match.group("word") if "word" in match.groupdict() else match.group("name")
        return f"{first} {reader(value)}"

    def read_roman_numerals(text: str) -> str:
        """Read Roman numerals: "siglo XIX" -> "siglo diecinueve", "Luis XIV" -> "Luis
        catorce"."""
        text = century.sub(lambda m: say(m, say_century), text)
        text = before.sub(lambda m: _said_before(m, say_century), text)
        return regnal.sub(lambda m: say(m, say_regnal), text)

    return read_roman_numerals


def _said_before(match: re.Match[str], say_century: Callable[[int], str]) -> str:
    value = roman_value(match.group("numeral"))
    return match.group(0) if value is None else say_century(value)
