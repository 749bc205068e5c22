"""Quantities with units, the unit agreeing with the number.

- "186 mi" -> "one hundred eighty-six miles"; "1 kg" -> "one kilogram"
- "a 12-ft wall" -> "a twelve-foot wall" (a hyphenated unit is an adjective: singular)
- "97 km/h" -> "ninety-seven kilometers per hour"; "$12/kg" reaches here as "... per kilogram"
- "5 in." is inches only where "in" cannot be the preposition
"""

from __future__ import annotations

import re

from narrator.spoken.en.context import NUM, START
from narrator.spoken.en.numbers import decimal
from narrator.spoken.tables import read_mapping, read_table

# abbreviation -> (one, many); names of units that are written out need no rule.
_UNITS = {row[0]: (row[1], row[2]) for row in read_table("en", "units")}
_PER = read_mapping("en", "per")
_PER_UNITS = {k: v for k, v in _UNITS.items() if "/" not in k} | {
    u: (w, w + "s") for u, w in _PER.items()
}
_UNIT = "|".join(
    re.escape(u) for u in sorted(_UNITS, key=len, reverse=True) if u not in {"in", "t"}
)
_PER_UNIT = r"(?P<per>[A-Za-z]+\b)"
_MEASURE = re.compile(
    rf"{START}(?P<num>-?{NUM})(?:\s?[-–]\s?(?P<num2>{NUM}))?"
    rf"(?:(?P<hyphen>-)?\s?(?P<unit>{_UNIT}|in(?=\.\s+[a-z]|\.?\s*$|\s*[,;)])|t(?=\s+of\b))"
    rf"(?:\.(?=\s+[a-z]))?(?:/{_PER_UNIT})?|\s?/(?P<only_per>[A-Za-z]+\b))(?![\w°²³])"
)
HINT = re.compile(rf"\d[-\s]?(?:(?:{_UNIT}|in|t)(?!\w)|/[A-Za-z])|\d ?[a-zA-Z]+/")
_UNKNOWN_PER = re.compile(
    rf"{START}(?P<num>-?{NUM})\s?(?P<unit>[A-Za-z]+)/(?!or\b)(?P<per>[A-Za-z]+)\b"
)


def per_name(unit: str) -> str:
    return _PER_UNITS[unit][0] if unit in _PER_UNITS else unit


def _say_measure(match: re.Match[str]) -> str:
    words = decimal(match["num"])
    if match["num2"]:
        words += " to " + decimal(match["num2"])
    if match["only_per"]:
        return f"{words} per {per_name(match['only_per'])}"
    one, many = _UNITS[match["unit"]]
    singular = match["hyphen"] or (match["num"] in {"1", "-1"} and not match["num2"])
    words += ("-" if match["hyphen"] else " ") + (one if singular else many)
    if match["per"]:
        words += " per " + per_name(match["per"])
    return words


def read_measures(text: str) -> str:
    """Read quantities with units: "186 mi" -> "one hundred eighty-six miles".

    Units agree with the number ("1 kg" -> "one kilogram"), a hyphenated unit is an
    adjective and stays singular ("a 12-ft wall" -> "a twelve-foot wall"), and a slash is
    read "per" ("97 km/h", "12/kg"). "in" is inches only where it cannot be the preposition.
    """
    text = _MEASURE.sub(_say_measure, text)
    return _UNKNOWN_PER.sub(
        lambda m: f"{decimal(m['num'])} {m['unit']} per {per_name(m['per'])}", text
    )
