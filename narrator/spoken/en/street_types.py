"""Street types written short after a street's name, dotted or not, where the address rules
found no house number or preposition before them: "Penny Ln." -> "Penny Lane", "Union Sq.",
"Pacific Coast Hwy", "twelfth Pl." (a numbered street's ordinal); after a word in lower case
they are left, and "Cir." after a court's ordinal is its circuit ("the 9th Cir.").
"""

from __future__ import annotations

import re

from narrator.spoken.en.after_names import AFTER_NAME, ORDINAL_BEFORE
from narrator.spoken.en.context import ORDINAL_WORD, stop_after
from narrator.spoken.tables import read_mapping

# Street types after a street's name, dotted or not, where the address rules found no house
# number or preposition before it: "Penny Ln.", "Union Sq.", "Pacific Coast Hwy". "St" and
# "Dr" are the abbreviations' titles, as are those read after any name ("Ave"); "Aly" is also
# a name.
STREET_TYPES = {
    abbr: said
    for abbr, said in read_mapping("en", "street_types").items()
    if abbr not in AFTER_NAME and abbr not in ("St", "Dr", "Aly")
}
_STREET_TYPE = re.compile(rf"(?<=[a-z] )(?P<abbr>{'|'.join(STREET_TYPES)})\.?(?![\w'-])")
_STREET_NAME_BEFORE = re.compile(r"(?:^|\s)[A-Z][a-z]+(?:'s)? $")
# A court of appeals, after "the" or in a citation's parentheses: "the 9th Cir.", "(2d Cir. 1995)".
_COURT_BEFORE = re.compile(rf"(?:\b[Tt]he |\()(?:{ORDINAL_WORD.pattern}|\d+(?:st|nd|rd|th|d)) $")


def _say_street_type(match: re.Match[str]) -> str:
    """ "Ln." after a capitalised word or a numbered street's ordinal ("twelfth Pl.") -> "Lane",
    "Place"; after another word in lower case it is left."""
    start = match.start()
    before = max(0, start - 24)
    if match["abbr"] == "Cir" and _COURT_BEFORE.search(match.string, before, start):
        return "Circuit" + stop_after(match)
    if not (
        _STREET_NAME_BEFORE.search(match.string, before, start)
        or ORDINAL_BEFORE.search(match.string, before, start)
    ):
        return match.group(0)
    return STREET_TYPES[match["abbr"]] + stop_after(match)


def read_street_types(text: str) -> str:
    """ "Penny Ln." -> "Penny Lane"; "the 9th Cir." -> "the 9th Circuit"."""
    return _STREET_TYPE.sub(_say_street_type, text)
