"""Spanish numbers written with the thousands comma of Mexico, Central America and the
Caribbean ("1,500", "4,351,267"), where Spain and South America write "1.500": rewritten
with the thousands point the other readers know, before any of them reads the comma as a
decimal one.

- groups of three after a comma more than once: "4,351,267" -> "4.351.267"
- one group, where it cannot be decimals or the text writes that way: "90,000" (no decimal
  ends in three zeros); "$3,500" (the sign before the number, as the dollar's countries write
  it); "1,500 personas" (a count of people or things, no unit, which no decimal counts); in a
  text that names a country of the thousands comma ("En México murieron 1,500") or writes a
  decimal point ("creció 3.2%")
- "42,195 km" and "2,345" alone in a text of Spain stay decimals
"""

from __future__ import annotations

import re

from narrator.spoken.rules import any_of
from narrator.spoken.tables import read_table, read_words

__all__ = ["HINT", "write_thousands_points"]

HINT = any_of(with_digit=(r",\d\d\d",))

_GROUPS = re.compile(r"(?<![\d.,])[1-9]\d{0,2}(?:,\d{3}){2,}(?![\d,]|\.\d)")
_ONE_GROUP = re.compile(r"(?<![\d.,])(?P<dollar>\$\s?)?(?P<n>[1-9]\d{0,2},\d{3})(?![\d,]|\.\d)")
_COMMA_PLACE = re.compile(
    r"(?i)(?<!\w)(?:"
    + "|".join(sorted(map(re.escape, read_words("es", "comma_places")), key=lambda w: (-len(w), w)))
    + r")(?!\w)"
)
# A decimal point before a percent or a scale, as the same countries write it ("4.5%", "2.5
# millones"), or in a price ("$23.50").
_DECIMAL_POINT = re.compile(
    r"(?<![\d.,])\d{1,3}\.\d{1,2}(?=\s?%|\s(?:por ciento|millones|millón|mil millones)\b)"
    r"|\$\s?\d+\.\d\d(?![\d.,])"
)
# The units', currencies' and scales' names: a number before one may be a decimal ("42,195
# km", "3,125 millones" in a text of Spain).
_MEASURE_WORDS = frozenset(
    word
    for table, columns in (("units", (2, 3)), ("currencies", (2, 3)))
    for row in read_table("es", table)
    for column in columns
    for word in row[column].split()[:1]
) | {"millones", "billones", "millardos", "trillones"}
_PLURAL_AFTER = re.compile(r"\s(?P<word>[a-záéíóúñü]{3,}s)(?!\w)")


def _is_count(text: str, end: int) -> bool:
    """Whether a plural noun that names no unit or currency follows ``end`` ("personas")."""
    after = _PLURAL_AFTER.match(text, end)
    return after is not None and after["word"] not in _MEASURE_WORDS


def write_thousands_points(text: str) -> str:
    """Write the thousands comma of Mexico and Central America as a point where it cannot be a
    decimal comma: "4,351,267" -> "4.351.267", "$3,500" -> "$3.500", "1,500 personas" ->
    "1.500 personas"."""
    text = _GROUPS.sub(lambda m: m.group(0).replace(",", "."), text)
    writes_comma = bool(_COMMA_PLACE.search(text) or _DECIMAL_POINT.search(text))

    def point(match: re.Match[str]) -> str:
        thousands = writes_comma or match["dollar"] or match["n"].endswith(",000")
        if thousands or _is_count(text, match.end()):
            return match.group(0).replace(",", ".")
        return match.group(0)

    return _ONE_GROUP.sub(point, text)
