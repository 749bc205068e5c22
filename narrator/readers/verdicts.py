"""A story's rating or verdict on a line of its own: a fact-check's "Rating: False" and "Notre
verdict : FAUX", a review's "Rating: 4 out of 5" and "Voto: 7,5/10", "Вердикт: неправда", a
player's mark over the line on their game ("Dan Fielding - 8").

It is what the story says, a short sentence: read as one, never as a section's heading, though
it is short and does not end like a sentence. Its label alone ("Verdict", "Our ruling") heads
a section still, and so does a heading with a longer part after its colon ("Step 1: Find out
who owns what").
"""

from __future__ import annotations

import re

__all__ = ["stated_ratings"]

_RATING = re.compile(
    r"(?:(?:our|notre|nuestro|nostro|il nostro|unser|nosso|o nosso|наш) )?"
    r"(?:rating|verdict|score|grade|voto|giudizio|valutazione|verdetto|note|veredicto|veredito"
    r"|calificaci\u00f3n|valoraci\u00f3n|puntuaci\u00f3n|nota|bewertung|wertung|urteil|avalia\u00e7\u00e3o"
    r"|classifica\u00e7\u00e3o|\u0432\u0435\u0440\u0434\u0438\u043a\u0442|\u043e\u0446\u0435\u043d\u043a\u0430"
    r"|\u0440\u0435\u0439\u0442\u0438\u043d\u0433)"
    r"\s*:\s*(?P<value>[^\s:!?][^:!?]{0,29})",
    re.IGNORECASE,
)
"""A rating's label and its value: "Rating: Mostly False", "Note : 4/5"."""
_MARK = re.compile(
    r"(?:[A-Z\u00c0-\u00dd][\w'\u2019.-]+ ){0,3}[A-Z\u00c0-\u00dd][\w'\u2019.-]+"
    r"\s*[-\u2013:]\s*(?:10|\d)(?:[.,]5)?(?:/10)?"
)
"""A player's mark after the name, apart by a dash or a colon: "Dan Fielding - 8", "Rossi: 6,5"
(a name and a number alone, "Day 3", "Apollo 11", is a heading's)."""
_MAX_VALUE_WORDS = 4
_ENDS = (".", "!", "?", "\u2026")


def stated_ratings(lines: list[str]) -> list[str]:
    """`lines` with each rating's line ended as the sentence it is ("Rating: False." for
    "Rating: False"), so that it is read as a paragraph, not taken for a heading."""
    return [_stated(line) for line in lines]


def _stated(line: str) -> str:
    stripped = line.strip()
    if not stripped or stripped.endswith(_ENDS):
        return line
    if _MARK.fullmatch(stripped):
        return f"{line.rstrip()}."
    if ":" not in stripped[:40]:
        return line
    match = _RATING.fullmatch(stripped)
    if not match or len(match["value"].split()) > _MAX_VALUE_WORDS:
        return line
    return f"{line.rstrip()}."
