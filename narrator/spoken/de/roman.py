"""Roman numerals in German: centuries and rulers.

- "XIX. Jahrhundert" -> "neunzehntes Jahrhundert"; "im 19. Jh." is the ordinals' work
- "Ludwig XIV." and "Ludwig XIV" -> "Ludwig der Vierzehnte"; "Elisabeth II." -> "Elisabeth
  die Zweite" is not told apart: rulers read with "der"
"""

from __future__ import annotations

import re

from narrator.spoken.common.roman import NUMERAL, roman_value
from narrator.spoken.de.numbers import ending_after, ordinal

HINT = re.compile(r"\b[IVXLCDM]+\b")
_CENTURY = re.compile(rf"\b(?P<r>{NUMERAL})\.?\s+(?P<noun>Jahrhunderts?|Jh\.|Jhd\.)")
_RULER = re.compile(rf"(?<=[a-zäöüß])(?P<space>\s+)(?P<r>{NUMERAL})\b\.?(?!\w)")
_NAME_BEFORE = re.compile(r"\b[A-ZÄÖÜ][a-zäöüß]+$")


def read_roman_numerals(text: str) -> str:
    """Read Roman numerals: "XIX. Jahrhundert" -> "neunzehntes Jahrhundert", "Ludwig XIV."
    -> "Ludwig der Vierzehnte"."""

    def century(match: re.Match[str]) -> str:
        value = roman_value(match["r"])
        if value is None:
            return match.group(0)
        ending = ending_after(match.string[: match.start()])
        noun = "Jahrhunderts" if match["noun"] == "Jahrhunderts" else "Jahrhundert"
        return f"{ordinal(value, 'es' if ending == 'er' else ending)} {noun}"

    def ruler(match: re.Match[str]) -> str:
        value = roman_value(match["r"])
        if value is None or (value == 1 and not match.group(0).endswith(".")):
            return match.group(0)
        if not _NAME_BEFORE.search(match.string, 0, match.start()):
            return match.group(0)
        return f" der {ordinal(value, 'e').capitalize()}"

    return _RULER.sub(ruler, _CENTURY.sub(century, text))
