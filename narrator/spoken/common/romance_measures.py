"""Measures in the Romance languages: an amount and a unit, the unit in words that agree.

- "200 m" -> "doscientos metros"; "1 km" -> "um quilômetro"; "245 mph" -> "doscientas
  cuarenta y cinco millas por hora" (the number agrees with a feminine unit)
- "4,51/s" -> "cuatro coma cincuenta y uno por segundo"
- "1 1/2 m" -> "uno y medio metro"; "1/2 mm" -> "medio milímetro"; "3/5 mph" -> "tres quintos
  de milla por hora"

A language's units table has the columns: written (as it is written, case and all), gender
(m/f), singular, plural.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from narrator.spoken.common.romance_fractions import FractionWords
from narrator.spoken.common.romance_numbers import BODY, Form, Numerals, parse
from narrator.spoken.tables import Row

HINT = re.compile(r"\d")


@dataclass(frozen=True, slots=True)
class MeasureWords:
    """The small words of a language's measures."""

    per: str
    """"por": "cuatro por segundo"."""
    of: str
    """"de": "tres quintos de milla"."""
    half: str
    """"medio": "medio metro"."""


# Scale words between a number and its unit: "1,2 mil km²", "3 millones de" is the numbers'.
_SCALES = ("mil|mila|millones|millón|milhões|milhão|milioni|milione|miliardi|miliardo|bilhões|"
           "bilhão|billones|billón")  # fmt: skip


# "ha" is a verb ("nel 2024 ha visto", "cien ha de ser") unless a word that may follow the
# hectare's sign comes next, or none: "30 ha di terreno", "500 ha.", "20 ha e 3 case".
_AFTER_VERB_HA = re.compile(
    r"\s+(?:de|da)\s+[a-zà-ú]+(?:ar|er|ir|re)\b"
    r"|\s+(?!(?:di|de|da|del|della|dei|do|dos|das|in|en|em|e|y|o|ou|per|por|para|a|al|nel|na|no"
    r"|con|com|circa|cerca)\b)[a-zà-ú]"
)


def measure_reader(
    numerals: Numerals, rows: tuple[Row, ...], words: MeasureWords, fraction: FractionWords
) -> Callable[[str], str]:
    """A rule reading amounts with units, with a language's units table and words."""
    units = {row[0]: row for row in rows}
    unit = "|".join(re.escape(w) for w in sorted(units, key=len, reverse=True))
    # A letter before an apostrophe is an elided article ("1969 l'uomo"), not a unit.
    end = r"(?![\w²³'’])"
    quantity = re.compile(rf"(?<![\w.,/]){BODY} ?(?P<unit>{unit})(?:/(?P<per>{unit}))?{end}")
    per = re.compile(rf"(?<![\w.,/]){BODY}/(?P<unit>{unit}){end}")
    # "1,2 mil km²", and "2 millones de t", the scale's "de"/"di" written.
    scaled = re.compile(
        rf"(?<![\w.,/]){BODY} (?P<scale>{_SCALES}) (?:{words.of} )?(?P<unit>{unit}){end}"
    )
    fractions = re.compile(
        rf"(?<![\w.,/])(?:(?P<whole>\d+) )?(?P<num>\d+)/(?P<den>\d+) ?(?P<unit>{unit}){end}"
    )

    def say_quantity(match: re.Match[str]) -> str:
        if match.group("unit") == "ha" and _AFTER_VERB_HA.match(match.string, match.end()):
            return match.group(0)
        _, gender, singular, plural = units[match.group("unit")]
        written = parse(match)
        one = written.integer == 1 and not written.fraction
        form: Form = "f" if gender == "f" else ("" if written.fraction else "m")
        said = f"{numerals.number(written, form)} {singular if one else plural}"
        if match.group("per"):  # "120 l/m²": litres per square metre
            said += f" {words.per} {units[match.group('per')][2]}"
        return said

    def say_scaled(match: re.Match[str]) -> str:
        _, gender, _, plural = units[match.group("unit")]
        scale = match.group("scale")
        thousand = scale in ("mil", "mila")
        form: Form = "f" if thousand and gender == "f" else "m"
        of = "" if thousand else f" {words.of}"
        return f"{numerals.number(parse(match), form)} {scale}{of} {plural}"

    def say_per(match: re.Match[str]) -> str:
        singular = units[match.group("unit")][2]
        return f"{numerals.number(parse(match))} {words.per} {singular}"

    def say_fraction(match: re.Match[str]) -> str:
        singular, plural = units[match.group("unit")][2:4]
        numerator, denominator = int(match.group("num")), int(match.group("den"))
        if not denominator:
            return match.group(0)
        whole = match.group("whole")
        part = (
            words.half if (numerator, denominator) == (1, 2) else fraction(numerator, denominator)
        )
        if whole:
            count = numerals.cardinal(int(whole), "")
            name = singular if whole == "1" else plural
            return f"{count} {numerals.and_word} {part} {name}"
        if part == words.half:
            return f"{part} {singular}"
        return f"{part} {words.of} {singular}"

    def read_measures(text: str) -> str:
        """Read amounts with units: "200 m" -> "doscientos metros", "4,51/s" -> "cuatro coma
        cincuenta y uno por segundo"."""
        text = fractions.sub(say_fraction, text)
        text = scaled.sub(say_scaled, text)
        return quantity.sub(say_quantity, per.sub(say_per, text))

    return read_measures


def percentage_reader(numerals: Numerals, percent: str) -> Callable[[str], str]:
    """A rule reading "15 %" and "15%" as the number and ``percent`` ("por ciento")."""
    pattern = re.compile(rf"(?<![\w.,]){BODY} ?%")

    def read_percentages(text: str) -> str:
        """Read percentages: "8,52 %" -> "ocho coma cincuenta y dos por ciento"."""
        return pattern.sub(lambda m: f"{numerals.number(parse(m))} {percent}", text)

    return read_percentages
