"""Portuguese written ordinals: "1º" -> "primeiro", "11ª" -> "décima primeira", "111º" ->
"centésimo décimo primeiro"."""

from __future__ import annotations

from narrator.spoken.common.romance_ordinals import HINT, Ending, ordinal_reader
from narrator.spoken.pt.numbers import ordinal

__all__ = ["HINT", "read_ordinals"]


def _say(number: int, ending: Ending) -> str:
    return ordinal(number, feminine=ending == "f")


read_ordinals = ordinal_reader(_say)
