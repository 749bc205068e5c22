"""Measures in French: "200 km/h" -> "deux cents kilomètres par heure"; "1 kg" -> "un
kilogramme"; "1,5 m²" -> "un virgule cinq mètre carré" (plural from two on); "15 °C" ->
"quinze degrés Celsius"."""

from __future__ import annotations

import re

from narrator.spoken.common.article_units import article_unit_reader
from narrator.spoken.fr.numbers import NUM, decimal
from narrator.spoken.tables import read_table

_UNITS = {row[0]: row[1:] for row in read_table("fr", "units")}
_UNIT = "|".join(re.escape(u) for u in sorted(_UNITS, key=len, reverse=True))
# A letter before an apostrophe is an elided article ("1969 l'homme"), not a unit.
_QUANTITY = re.compile(rf"(?<![\w.,/])(?P<sign>-)?(?P<num>{NUM})\s?(?P<unit>{_UNIT})(?![\w²³'’])")
# A unit after a scale word and its "de": "3 millions de km²" -> "... de kilomètres carrés".
_AFTER_SCALE = re.compile(
    rf"(?<=\d )(?P<scale>millions?|milliards?) (?P<of>de |d['’])(?P<unit>{_UNIT})(?![\w²³'’])"
)
# A unit written alone after an article or "par" is the unit itself: "le prix du m²" -> "du
# mètre carré", "12 € par kg" -> "par kilogramme"; a unit of one letter ("le m") is left, and
# one whose full stop goes on in small letters is an abbreviation ("le min. de l'Intérieur").
_NAMED = "|".join(re.escape(u) for u in sorted(_UNITS, key=len, reverse=True) if len(u) > 1)
_read_article_units = article_unit_reader(
    {unit: names[0] for unit, names in _UNITS.items()}, "du|le|au|par", "[a-zé]", False
)
HINT = re.compile(
    rf"\d\s?(?:{_UNIT})|\d (?:millions?|milliards?) d|(?i:du|le|au|par) (?:{_NAMED})|\d[\"”]\d"
)
# A race's time with its marks, minutes before "'", seconds before '"', then hundredths:
# '9"87' -> "neuf secondes quatre-vingt-sept", "3'45\"12" -> "trois minutes quarante-cinq
# secondes douze".
_RACE_TIME = re.compile(
    r"(?<![\w.,'])(?:(?P<m>\d{1,2})['’](?=\d\d[\"”]))?(?P<s>\d{1,2})[\"”](?P<c>\d{2})(?!\d)"
)


def _count(n: int) -> str:
    """A count of minutes or seconds, feminine nouns: 1 -> "une", 21 -> "vingt et une"."""
    said = decimal(str(n))
    return said[:-2] + "une" if said.endswith("un") else said


def _race_time(match: re.Match[str]) -> str:
    minutes, seconds = int(match["m"] or 0), int(match["s"])
    said = f"{_count(minutes)} minute{'s' if minutes > 1 else ''} " if minutes else ""
    said += f"{_count(seconds)} seconde{'s' if seconds > 1 else ''}"
    return f"{said} {decimal(match['c'].lstrip('0') or '0')}"


def read_measures(text: str) -> str:
    """Read measures: "200 km/h" -> "deux cents kilomètres par heure"."""

    def say(match: re.Match[str]) -> str:
        one, many = _UNITS[match["unit"]]
        value = float(match["num"].replace(" ", "").replace(".", "").replace(",", "."))
        said = f"{decimal(match['num'])} {one if value < 2 else many}"
        return ("moins " if match["sign"] else "") + said

    def after_scale(match: re.Match[str]) -> str:
        many = _UNITS[match["unit"]][1]
        of = "d'" if many[0] in "aeiouéèêh" else "de "
        return f"{match['scale']} {of}{many}"

    if '"' in text or "”" in text:  # a quick test before the search
        text = _RACE_TIME.sub(_race_time, text)
    text = _QUANTITY.sub(say, _AFTER_SCALE.sub(after_scale, text))
    return _read_article_units(text)
