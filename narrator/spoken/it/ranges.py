"""Italian ranges: a dash between two numbers is "a": "2–4" -> "2 a 4", "1990-2000" -> "1990
a 2000" (the numbers are read by the rules after)."""

from __future__ import annotations

from narrator.spoken.common.romance_ranges import HINT, range_reader

__all__ = ["HINT", "read_ranges"]

# The words of a game's result, after which "3-1" is a score.
_SCORE_WORDS = (
    r"vin\w*|batt\w*|pareggi\w*|perso|"
    r"perde\w*|sconfi\w*|vittoria|risultato|punteggio|"
    r"partita|incontro|derby|finale"  # the game's: "la partita Roma-Lazio (2-1)"
)
# "da" with its article opens a span that "a" with the same article closes.
_SPANS = {"dal": "al", "dalle": "alle", "dai": "ai", "dalla": "alla", "dallo": "allo",
          "dagli": "agli"}  # fmt: skip
read_ranges = range_reader("a", _SCORE_WORDS, _SPANS)
