"""A vehicle's registration after the word that names it, said letter by letter and figure by
figure, as police appeals and witnesses say a number plate.

- "registration AB12 CDE" -> "registration A B one two C D E"; "reg. 472 BNK" -> "registration
  four seven two B N K"; "reg. no. KHJ 449D" -> "registration number K H J four four nine D"
- "number plate YX65 TRG", "licence plate 7ABC123" -> "... Y X six five T R G", ...
- only a plate of capitals and figures, with both, of two to eight characters in one or two
  groups: "registration of 2,500 voters" and "Reg. No. 12345" are no plates
"""

from __future__ import annotations

import re

_LEAD = (
    r"(?P<lead>\b(?:[Rr]egistration(?: (?:[Nn]umber|[Nn]o\.|mark|plate))?"
    r"|[Rr]eg\.?(?: [Nn]o\.)?|(?:[Nn]umber|[Ll]icen[cs]e) plates?(?: (?:was|read|reading))?)"
    r"[,:]? )"
)
_PLATE = re.compile(_LEAD + r"(?P<plate>[A-Z\d]{1,8}(?: [A-Z\d]{1,4})?)(?![\w-]|[.,]\d)")
HINT = re.compile(r"(?i:\breg\b|registration|plate)")
_FIGURES = ("oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_LEADS_SAID = {"reg": "registration", "Reg": "Registration", "no": "number", "No": "Number"}


def _say_plate(match: re.Match[str]) -> str:
    plate = match["plate"]
    characters = plate.replace(" ", "")
    if not 2 <= len(characters) <= 8 or characters.isdigit() or characters.isalpha():
        return match.group(0)
    lead = " ".join(_LEADS_SAID.get(word.rstrip("."), word) for word in match["lead"].split(" "))
    said = " ".join(_FIGURES[int(c)] if c.isdigit() else c for c in characters)
    return lead + said


def read_number_plates(text: str) -> str:
    """ "registration AB12 CDE" -> "registration A B one two C D E"; "reg. 472 BNK" ->
    "registration four seven two B N K"."""
    return _PLATE.sub(_say_plate, text)
