"""A dotted "fl." that its neighbours decide, read before the abbreviations' rule would take
it for "flourished": after an ordinal it is a floor ("the 2nd fl." -> "the second floor");
before a month or a season, as floras give a plant's, it is flowering ("fl. July-Sept." ->
"flowering July to September"); before a year it is still flourished ("fl. 1350"), read later.
"""

from __future__ import annotations

import re

from narrator.spoken.en.context import ORDINAL_WORD, stop_after

_MONTHS = (
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b"
    r"|(?:spring|summer|autumn|winter)\b"
)
_FL = re.compile(rf"(?<![\w.])(?P<fl>[Ff]l)\.(?= ?(?P<month>{_MONTHS}))?")
# An ordinal as the ordinals' rule has read it: "second", "twenty-first".
_ORDINAL_BEFORE = re.compile(rf"\b{ORDINAL_WORD.pattern} $")
# Led by its literal, what comes before looked behind for: a pattern led by a look-behind is
# tried at every character.
HINT = re.compile(r"l\.(?<=[Ff]l\.)(?<![\w.][Ff]l\.)")


def _say_fl(match: re.Match[str]) -> str:
    if match["month"]:
        return "flowering" if match["fl"] == "fl" else "Flowering"
    start = match.start()
    if _ORDINAL_BEFORE.search(match.string, max(0, start - 24), start):
        return "floor" + stop_after(match)
    return match.group(0)


def read_floor_or_flowering(text: str) -> str:
    """ "the 2nd fl." -> "the second floor"; "fl. July" -> "flowering July"."""
    return _FL.sub(_say_fl, text)
