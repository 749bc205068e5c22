"""Measures in German: a number and its unit, the unit in words, singular after one.

- "200 km/h" -> "zwei hundert Kilometer pro Stunde"; "90 g" -> "neunzig Gramm"
- "1 h" -> "eine Stunde", "2 h" -> "zwei Stunden"; "1,1 cm" -> "eins Komma eins Zentimeter"
- one unit after a preposition is declined as its case asks: "nach 1 h" -> "nach einer
  Stunde", "um 1 m" -> "um einen Meter"
- "ein 5-kg-Paket" -> "ein fünf-Kilogramm-Paket"
- a dative's plural after a preposition that asks for it: "mit 180 km/h" -> "mit ein hundert
  achtzig Kilometern pro Stunde", "aus 3 m Höhe" -> "aus drei Metern Höhe"
- a unit's full stop that is also the sentence's stays: "ca. 2 Std. Danach" -> "circa zwei
  Stunden. Danach"
- "42259/m²" -> "... pro Quadrat Meter"; "1/2 ft" -> "1/2 Fuß" (fractions read later)
"""

from __future__ import annotations

import re

from narrator.spoken.de.numbers import NUM, SCALE, decimal, one_of, scaled
from narrator.spoken.de.sentences import starts_sentence
from narrator.spoken.tables import read_table

_UNITS = {row[0]: row[1:] for row in read_table("de", "units")}
_UNIT = "|".join(re.escape(u) for u in sorted(_UNITS, key=len, reverse=True))
_END = r"(?![\w²³])"
_QUANTITY = re.compile(
    rf"(?<![\w.,/])(?P<sign>-)?(?P<num>{NUM})(?:\s?(?P<scale>(?i:{SCALE}))(?!\w))?\s?(?P<unit>{_UNIT}){_END}"
)
_AFTER_FRACTION = re.compile(rf"(?<=\d/\d)(?P<den>\d*)\s?(?P<unit>{_UNIT}){_END}")
_PER = re.compile(rf"(?P<per>(?<=[\w²³])\s?/\s?|(?<=\bpro) )(?P<unit>{_UNIT}){_END}")
# A number and unit in a compound: "ein 5-kg-Paket" -> "ein fünf-Kilogramm-Paket".
_COMPOUND = re.compile(rf"(?<![\w.,/])(?P<num>{NUM})-(?P<unit>{_UNIT})-(?=[A-ZÄÖÜ])")
# A preposition that asks for the dative, a word of about perhaps between it and the number:
# the plural unit takes its dative's "-n" ("Kilometer" -> "Kilometern", "Liter" -> "Litern");
# "bis zu" alone is an amount's "up to" ("bis zu 40 l" -> "vierzig Liter").
_DATIVE_BEFORE = re.compile(
    r"\b(?i:mit|von|bei|aus|nach|seit|(?<!bis )zu|vor)\s"
    r"(?:(?:rund|etwa|knapp|fast|gut|über|unter|bis zu|mehr als|weniger als|ca\.|circa)\s)?$"
)
# A scale may stand between the number and its unit: "150 Mio. t".
HINT = re.compile(rf"(?:\d\s?[-/]?\s?|pro |\d\s?(?i:{SCALE})\s?)(?:{_UNIT})")


def quantity(
    number: str, unit: str, scale: str | None = None, dative: bool = False, before: str = ""
) -> str:
    """A number and its unit: ("1", "h") -> "eine Stunde", ("2", "km") -> "zwei Kilometer";
    a ``dative`` plural in "-er" or "-el" takes its "-n" ("zwei Kilometern")."""
    one, many, gender = _UNITS[unit]
    if dative and many.endswith(("er", "el")):
        many += "n"
    if scale:
        return f"{scaled(number, scale, before)} {many}"
    if number == "1":
        return f"{one_of(gender, before)} {one}"
    return f"{decimal(number)} {many}"


def _stop(match: re.Match[str]) -> str:
    """A unit's full stop where it is the sentence's too: at the text's end or before a word
    that begins a sentence ("nach 2 Std. Danach", not "10 Min. Verspätung")."""
    if not match["unit"].endswith("."):
        return ""
    if starts_sentence(match.string, match.end()):
        return "."
    # At the text's end a sentence's, not a heading's or a table's item ("30 Min.").
    ends = not match.string[match.end() :].strip()
    return "." if ends and len(match.string[: match.start()].split()) >= 3 else ""


def read_measures(text: str) -> str:
    """Read measures: "200 km/h" -> "zwei hundert Kilometer pro Stunde", "1 h" -> "eine
    Stunde", "5/m²" -> "5 pro Quadrat Meter"."""

    def say(match: re.Match[str]) -> str:
        sign = "minus " if match["sign"] else ""
        before = match.string[max(0, match.start() - 40) : match.start()]
        dative = bool(_DATIVE_BEFORE.search(before))
        before = "" if sign else before
        said = sign + quantity(match["num"], match["unit"], match["scale"], dative, before)
        return said + _stop(match)

    def per(match: re.Match[str]) -> str:
        unit = _UNITS[match["unit"]][0]
        return f" pro {unit}" if "/" in match["per"] else f" {unit}"

    text = _COMPOUND.sub(lambda m: f"{decimal(m['num'])}-{_UNITS[m['unit']][1]}-", text)
    text = _PER.sub(per, text)
    text = _AFTER_FRACTION.sub(lambda m: f"{m['den']} {_UNITS[m['unit']][0]}", text)
    return _QUANTITY.sub(say, text)
