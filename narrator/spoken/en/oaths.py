"""Oaths that old novels print with a dash for their middle, which a reader says in full:
"a d——d shame" -> "a damned shame", "D——n it!" -> "Damn it!", "the d——l" -> "the devil",
"b——y" -> "bloody". The dash would otherwise be read as a pause between two letters ("d, d").
A name kept secret the same way ("Lord C——") is left: its letter is all a reader says.
"""

from __future__ import annotations

import re

from narrator.spoken.rules import any_of

# The word's first and last letters around a dash of any length (or two hyphens and more).
_DASH = r"(?:[\u2014\u2013]+|-{2,})"
_OATHS = {("d", "d"): "damned", ("d", "n"): "damn", ("d", "l"): "devil", ("b", "y"): "bloody"}
# Led by the dash, the letter before it looked behind for: a pattern led by a class is tried
# at every character, one led by a literal skipped ahead to it.
HINT = any_of(
    r"—(?<=(?<!\w)[DdBb]—)[\u2014\u2013]*[dnly]\b",
    r"–(?<=(?<!\w)[DdBb]–)[\u2014\u2013]*[dnly]\b",
    r"--(?<=(?<!\w)[DdBb]--)-*[dnly]\b",
)
_OATH = re.compile(rf"\b(?P<first>[DdBb]){_DASH}(?P<last>[dnly])\b")


def _say_oath(match: re.Match[str]) -> str:
    said = _OATHS.get((match["first"].lower(), match["last"]))
    if said is None:
        return match.group(0)
    return said.capitalize() if match["first"].isupper() else said


def read_oaths(text: str) -> str:
    """ "a d——d shame" -> "a damned shame"; "D——n it" -> "Damn it"."""
    return _OATH.sub(_say_oath, text)
