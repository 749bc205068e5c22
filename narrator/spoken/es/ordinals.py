"""Spanish written ordinals: "3.º" -> "tercero", "21.ª" -> "vigesimoprimera", "1.ᵉʳ" and
"1er" -> "primer" (before a noun), "1ro" -> "primero", "1.000.ª" -> "milésima"."""

from __future__ import annotations

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


read_ordinals = ordinal_reader(_say, shortened_before_noun=True)

# The articles (and prepositions joined to one) before an ordinal written with a degree sign.
_MASCULINE = ["el", "los", "del", "al", "en", "su", "sus", "un", "este", "cada"]
_FEMININE = ["la", "las", "una", "esta"]
write_degree_ordinals = degree_ordinal_reader(
    _MASCULINE, _FEMININE, (row[1] for row in read_table("es", "months")), of="de "
)
