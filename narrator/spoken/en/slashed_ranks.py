"""Ranks written with a figure and a slash, as British army lists and war memoirs print them.

- "2/Lt. Smith" -> "second Lt. Smith" (then "Second Lieutenant" by the titles' rule);
  "commissioned 2/Lt. in 1916", "2/Lieut." the same; "1/Sgt" -> "first Sgt"
- a figure, a slash and a word that is no title is left to the other rules: "2/day" is
  "two per day", "3/4" a fraction, "2/5th Battalion" a battalion's line
"""

from __future__ import annotations

import re

from narrator.spoken.en.numbers import ordinal
from narrator.spoken.rules import any_of
from narrator.spoken.tables import read_table

# Only a rank or an office holds an ordinal before it; "Mr" or "Dr" after "2/" is no rank.
_RANKS = sorted(
    {
        row[0]
        for row in read_table("en", "titles")
        if "/" not in row[0]
        and any(word in row[1] for word in ("Lieutenant", "Sergeant", "Corporal", "Officer"))
    },
    key=lambda word: (-len(word), word),
)
_SLASHED_RANK = re.compile(
    rf"(?<![\w./])(?P<n>[1-4])/(?P<rank>{'|'.join(map(re.escape, _RANKS))})(?=\.|\b)"
)
HINT = any_of(r"/(?<=\d/)[A-Z]")


def _say(match: re.Match[str]) -> str:
    return f"{ordinal(int(match['n']))} {match['rank']}"


def read_slashed_ranks(text: str) -> str:
    """Read a figure before a rank after a slash as its ordinal: "2/Lt." -> "second Lt."; the
    titles' rule then reads the rank."""
    return _SLASHED_RANK.sub(_say, text)
