"""Spanish ranges: a dash between two numbers is "a": "2–4 espigas" -> "2 a 4 espigas",
"1990-2000" -> "1990 a 2000" (the numbers are read by the rules after).

After the number sign of a Colombian address ("Calle 45 # 12-30", "No. 10-34") the two
numbers are the house's, said one after the other: no range.
"""

from __future__ import annotations

import re

from narrator.spoken.common.romance_ranges import HINT, range_reader

__all__ = ["HINT", "read_ranges"]

# The words of a game's result, after which "3-1" is a score.
_SCORE_WORDS = (
    r"gan\w*|venc\w*|perd\w*|empat\w*|derrot\w*|cay\w*|cae\w*|"
    r"gole\w*|victoria|derrota|triunfo|marcador|resultado|"
    r"partido|encuentro|clásico|derbi|final"  # the game's: "el partido Betis-Sevilla (2-1)"
)
_read_ranges = range_reader("a", _SCORE_WORDS, {"del": "al"})  # "del 2010-2012": "del ... al"
_HOUSE_NUMBER = re.compile(
    r"(?P<sign>#|(?<!\w)No\.|(?<!\w)N[º°]) ?(?P<a>\d{1,3}[A-Z]?) ?[-–] ?(?P<b>\d{1,3})\b"
)


def read_ranges(text: str) -> str:
    """Read a dash between two numbers as "a" ("2–4" -> "2 a 4"), but in a Colombian
    address ("# 12-30" -> "# 12 30")."""
    if "#" in text or "N" in text:
        text = _HOUSE_NUMBER.sub(r"\g<sign> \g<a> \g<b>", text)
    return _read_ranges(text)
