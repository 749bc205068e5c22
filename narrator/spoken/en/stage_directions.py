"""A stage direction's places on the stage written short, as acting editions print them:

- "(Crosses R.)", "Enter MARIA, L." -> "(Crosses right)", "Enter MARIA, left"
- "She crosses to the window, L.C., and looks out" -> "... left center, ..."; "R.C." -> "right
  center", "C." -> "center"
- "(Goes up R.)" -> "up right"; "D.L." -> "down left", "U.R.C." -> "up right center"

Only where a word of the players' moves leads the clause (enter, exit, exeunt, cross, go up,
come down, move, run off, retire, rise, sit, stand, turn): elsewhere "L.C." is a Lord
Chancellor and "R." a man's initial, as before a name ("crosses to R. Smith") it is here too.
"""

from __future__ import annotations

import re

from narrator.spoken.en.context import stop_after

_SIDES = {"R": "right", "L": "left", "C": "center", "U": "up", "D": "down"}
# A place: a side or the center, a side of the center, each led by "up" or "down" or not.
_PLACE = re.compile(
    r"(?<![\w.])(?P<place>(?:[UD]\.\s?)?(?:[RL]\.\s?C\.|[RLC]\.))"
    r"(?=[\s,;:)\]]|$)"
)
# A name after it makes it an initial ("crosses to R. Smith"), but for one the move leads
# straight to ("_Crosses R._ Well, sir?", its italics' marks gone: "Crosses R. Well").
_NAME_AHEAD = re.compile(r"\s?[A-Z][a-z]|\s?[A-Z]\.")
# The words of a move on the stage, in the clause before the place.
_MOVE = re.compile(
    r"\b(?:[Ee]nter(?:s|ing)?|[Ee]xit(?:s|ing)?|[Ee]xeunt|[Cc]ross(?:es|ing)?|"
    r"(?:[Gg]o(?:es|ing)?|[Cc]om(?:es|ing)|[Rr]uns?|[Hh]urr(?:ies|ying)|[Ww]alks?|[Mm]ov(?:es|ing))"
    r" (?:up|down|off|out|on|over|back|across|to|towards)|[Mm]ov(?:es|ing)|[Rr]etir(?:es|ing)|"
    r"[Rr]is(?:es|ing)|[Ss]its?|[Ss]itting|[Ss]tands?|[Ss]tanding|[Tt]urns?|[Tt]urning)\b"
)
# What stands just before a place: a pause, a bracket, a word of where to ("to", "up", "at")
# or the move itself ("Crosses R."); "the board of C. and A." names a firm.
_LEAD = re.compile(
    r"(?:[,(\[]|\b(?:to|up|down|at|from|towards|and|or|off|on|over|back|across))\s?$"
    rf"|(?P<move>{_MOVE.pattern})\s$"
)
# The clause before a place: back to its bracket, its semicolon or the line's start.
_CLAUSE_START = re.compile(r"[(\[;\n][^(\[;\n]*$")
HINT = re.compile(r"[RLC]\.(?<![\w.][RLC]\.)")


def _say_place(match: re.Match[str]) -> str:
    text, start = match.string, match.start()
    window = text[max(0, start - 60) : start]
    lead = _LEAD.search(window)
    capital_ahead = _NAME_AHEAD.match(text, match.end())
    word_ahead = match.end() + 1 if text.startswith(" ", match.end()) else match.end()
    named = capital_ahead and not _MOVE.match(text, word_ahead)
    if not lead or (named and not lead["move"]):
        return match.group(0)
    clause = _CLAUSE_START.search(window)
    if not _MOVE.search(clause.group(0) if clause else window):
        return match.group(0)
    letters = match["place"].replace(".", "").replace(" ", "")
    stop = "." if capital_ahead else stop_after(match)  # "Exit, L. Enter JOHN": a new one
    return " ".join(_SIDES[letter] for letter in letters) + stop


def read_stage_directions(text: str) -> str:
    """Read a stage direction's places written short: "(Crosses R.)" -> "(Crosses right)",
    "Enter MARIA, L.C." -> "Enter MARIA, left center"."""
    return _PLACE.sub(_say_place, text)
