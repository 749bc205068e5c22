"""Spanish written ordinals: "3.º" -> "tercero", "21.ª" -> "vigesimoprimera", "1.ᵉʳ" and
"1er" -> "primer" (before a noun), "1ro" -> "primero", "1.000.ª" -> "milésima"."""

from __future__ import annotations

from narrator.spoken.common.romance_ordinals import HINT, Ending, ordinal_reader
from narrator.spoken.es.numbers import ordinal

__all__ = ["HINT", "read_ordinals"]


def _say(number: int, ending: Ending) -> str:
    return ordinal(number, feminine=ending == "f", apocope=ending == "short")


read_ordinals = ordinal_reader(_say)
