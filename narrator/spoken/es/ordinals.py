"""Spanish written ordinals: "3.º" -> "tercero", "21.ª" -> "vigesimoprimera", "1.ᵉʳ" and
"1er" -> "primer" (before a noun), "1ro" -> "primero", "1.000.ª" -> "milésima"; a floor
before its door's side in full, "3.º izda." -> "tercero izda."."""

from __future__ import annotations

import re

from narrator.spoken.common.romance_ordinals import (
    HINT,
    Ending,
    degree_ordinal_reader,
    ordinal_reader,
)
from narrator.spoken.es.numbers import ordinal
from narrator.spoken.tables import read_table

__all__ = ["HINT", "read_ordinals", "write_degree_ordinals"]


def _say(number: int, ending: Ending) -> str:
    return ordinal(number, feminine=ending == "f", apocope=ending == "short")


_read_ordinals = ordinal_reader(_say, shortened_before_noun=True)
# A floor in an address before its door's side is said in full, no noun after it: "c/ Mayor
# 5, 3.º izda." -> "tercero izquierda", "1.º dcha." -> "primero derecha".
_FLOOR = re.compile(
    r"(?<![\w.,])(?P<floor>\d{1,2})\.?º(?=\s(?i:izq|izqda|izda|dcha|drcha|der|ctro|centro"
    r"|izquierda|derecha|int|ext|interior|exterior)\b)"
)


def read_ordinals(text: str) -> str:
    """Read written ordinals: "3.º" -> "tercero", "3.º lugar" -> "tercer lugar", "3.º izda."
    -> "tercero izda."."""
    if "º" in text:
        text = _FLOOR.sub(lambda m: ordinal(int(m["floor"])), text)
    return _read_ordinals(text)


# The articles (and prepositions joined to one) before an ordinal written with a degree sign.
_MASCULINE = ["el", "los", "del", "al", "en", "su", "sus", "un", "este", "cada"]
_FEMININE = ["la", "las", "una", "esta"]
write_degree_ordinals = degree_ordinal_reader(
    _MASCULINE, _FEMININE, (row[1] for row in read_table("es", "months")), of="de "
)
