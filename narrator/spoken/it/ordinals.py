"""Italian written ordinals: "1º" -> "primo", "3ª" -> "terza", "21º" -> "ventunesimo"."""

from __future__ import annotations

from narrator.spoken.common.romance_ordinals import HINT, Ending, ordinal_reader
from narrator.spoken.it.numbers import ordinal

__all__ = ["HINT", "read_ordinals"]


def _say(number: int, ending: Ending) -> str:
    return ordinal(number, feminine=ending == "f")


read_ordinals = ordinal_reader(_say)
