"""Portuguese written ordinals: "1º" -> "primeiro", "11ª" -> "décima primeira", "111º" ->
"centésimo décimo primeiro"."""

from __future__ import annotations

from narrator.spoken.common.romance_ordinals import (
    HINT,
    Ending,
    degree_ordinal_reader,
    ordinal_reader,
)
from narrator.spoken.pt.numbers import ordinal
from narrator.spoken.tables import read_table

__all__ = ["HINT", "read_ordinals", "write_degree_ordinals"]


def _say(number: int, ending: Ending) -> str:
    return ordinal(number, feminine=ending == "f")


read_ordinals = ordinal_reader(_say)

# The articles (and prepositions joined to one) before an ordinal written with a degree sign.
_MASCULINE = ["o", "os", "do", "dos", "no", "nos", "ao", "aos", "em", "seu", "um", "este", "cada"]
_FEMININE = ["a", "as", "da", "das", "na", "nas", "à", "às", "uma", "sua", "esta"]
write_degree_ordinals = degree_ordinal_reader(
    _MASCULINE, _FEMININE, (row[1] for row in read_table("pt", "months")), of="de "
)
