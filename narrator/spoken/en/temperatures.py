"""Temperatures written with a bare scale letter, read for `measures`: "hit 40C", "a high of
104F", "(-5C)", "reach 25-28C" -> "forty degrees Celsius", ..., "twenty-five to twenty-eight
degrees Celsius". A bare "C" or "F" after a number is a temperature only where the words
around speak of heat or cold, or below zero; elsewhere it is a letter ("Apartment 5C",
"vitamin 5C"). With the degree sign ("35°C") the measures read it as any unit; old books'
scale written short after it is said in full ("212° Fahr." -> "... degrees Fahrenheit").
"""

from __future__ import annotations

import re

from narrator.spoken.en.context import words_around
from narrator.spoken.en.numbers import decimal
from narrator.spoken.tables import read_table

_SCALES = {
    row[0][-1]: (row[1], row[2]) for row in read_table("en", "units") if row[0] in ("°C", "°F")
}
_TEMPERATURE = re.compile(  # a range too: "25-28C"
    r"(?<![\w.,])(?:(?P<first>-?\d{1,3}(?:\.\d)?)\s?[-–]\s?)?(?P<num>-?\d{1,3}(?:\.\d)?)\s?"
    r"(?P<scale>[CF])(?![\w'-])"
)
_HEAT = re.compile(
    r"(?i:temperature|degree|heat|warm|cold|hot|cool|freez|high|low|weather|celsius|"
    r"fahrenheit|thermometer|fever|chill|climb|soar|plung|rose|fell|hit|reach|oven|bake|"
    r"roast|boil|shade|outside|overnight|sunny|humid|swelter|scorch|averag|forecast|°|"
    # What is kept warm or cold: "the pool is kept at 27C", "sea water of 18C".
    r"water|pool|thermostat|kept at|frost|melt|\bsea\b|\bice\b|\bair\b|"
    # What a laboratory keeps at a temperature: "the enzyme works best at 37C", "stored at 4C".
    r"enzyme|incubat|refrigerat|fridge|stored at|store at|bacteri|\btemps?\b)"
)
# A time spent at it makes it a temperature, as a cook or a laboratory keeps one: "needs 4 hrs
# at 325F", "20 minutes at 180C".
_TIME_AT_BEFORE = re.compile(r"\b(?:hours?|hrs?|minutes?|mins?)\.? at $")
# A number that labels a place or a thing takes its letter as part of the label, whatever the
# words around say: "Apartment 5C near the pool", "seat 12F by the air vent".
_LABEL_BEFORE = re.compile(
    r"(?i:\b(?:apartment|apt\.?|suite|room|seat|row|unit|flat|gate|platform|form|box|"
    r"pier|bay|bed|ward|cabin|locker|lot|plot|stand|vitamin|no\.|number)\s?)$"
)
_SCALE_LETTER = re.compile(r"\d\s?[CF]\b")
# Between a determiner and the noun it describes the degrees are one word of the noun's, as
# with the degree sign ("a 40°C day"): "a 103F fever" -> "a one hundred three degree
# Fahrenheit fever"; "hit 40C overnight", "reach 30C in the shade" keep their "degrees".
_DETERMINER_BEFORE = re.compile(r"\b(?i:a|an|the|this|that|its|their|his|her|our)\s$")
_NOUN_AFTER = re.compile(
    r"\s+(?!(?:and|or|of|in|on|at|to|from|by|with|for|is|was|were|are|today|tonight|overnight|"
    r"yesterday|tomorrow|inside|outside)\b)[a-z]{3,}\b"
)
# Old books write the scale short after the degrees: "212° Fahr.", "15° Cent.", "80° Réaum."
# (its dot kept where it ends the sentence).
_SHORT_SCALE = re.compile(
    r"(?<=\d°)\s?(?P<scale>Fahr|Cent|Centig|Reaum|Réaum)\.(?P<end>(?=\s*$|\s+[A-Z]))?"
)
_SCALE_WORDS = {"Fahr": "Fahrenheit", "Cent": "centigrade", "Centig": "centigrade"}


def _say_temperature(match: re.Match[str]) -> str:
    around = words_around(match)
    # Below zero, a number with "C" or "F" is nothing but a temperature ("-10C").
    if not (
        match["num"].startswith("-")
        or _HEAT.search(around)
        or _TIME_AT_BEFORE.search(match.string, max(0, match.start() - 16), match.start())
    ):
        return match.group(0)
    if _LABEL_BEFORE.search(match.string, max(0, match.start() - 12), match.start()):
        return match.group(0)
    one, many = _SCALES[match["scale"]]
    first = f"{decimal(match['first'])} to " if match["first"] else ""
    text, start = match.string, match.start()
    describing = _DETERMINER_BEFORE.search(text, max(0, start - 6), start) and _NOUN_AFTER.match(
        text, match.end()
    )
    single = describing or match["num"] in {"1", "-1"}
    return f"{first}{decimal(match['num'])} {one if single else many}"


def read_bare_temperatures(text: str) -> str:
    """ "hit 40C" -> "hit forty degrees Celsius"; "Apartment 5C" is left."""
    if _SCALE_LETTER.search(text):
        text = _TEMPERATURE.sub(_say_temperature, text)
    if "°" in text:
        text = _SHORT_SCALE.sub(_say_short_scale, text)
    return text


def _say_short_scale(match: re.Match[str]) -> str:
    """ "° Fahr." -> "° Fahrenheit" ("° Réaum." -> "° Réaumur"), for the measures to read."""
    word = _SCALE_WORDS.get(match["scale"], "Réaumur")
    return f" {word}." if match["end"] is not None else f" {word}"
