"""Roman numerals of two letters or more in a headline set in capitals, after the name of
what they number: "GTA VI TRAILER BREAKS RECORD" -> "GTA six TRAILER ...", "ROCKY IV STAR
SPEAKS" -> "ROCKY four STAR SPEAKS". In capitals no word shows itself a name, so the rule
that reads "Rocky IV" cannot; every word of the line in capitals is what tells a headline.
Not a monarch's number (the Roman numerals' rule says "KING CHARLES III" as an ordinal),
nor the "IV" of a drip ("PATIENT GIVEN IV FLUIDS"); but a monarch's before a possessive's
"'S", which that rule does not take in capitals: "ELIZABETH II'S FUNERAL" -> "ELIZABETH the
second's FUNERAL".
"""

from __future__ import annotations

import re

from narrator.spoken.en.numbers import cardinal, ordinal
from narrator.spoken.en.roman_lower import value
from narrator.spoken.en.roman_names import REGNAL_NAMES

_NUMERAL = r"(?=[IVX]{2})X{0,3}(?:IX|IV|V?I{0,3})"
_NOT_NAMES = (
    r"THE|A|AN|OF|IN|ON|AT|TO|FOR|AND|OR|BY|WITH|FROM|AS|IS|ARE|WAS|WERE|GIVEN|GIVE|GIVES|GETS|"
    r"GOT|NEEDS|NEEDED|RECEIVES|RECEIVED|GETTING"
)
_NUMBERED = re.compile(
    rf"(?<![\w'-])(?P<name>(?!(?:{_NOT_NAMES})\b)[A-Z][A-Z0-9&']+) (?P<numeral>{_NUMERAL})\b"
    r"(?![-'.]\w)(?= [A-Z0-9]|\s*[:,;!?]|\s*$)"
)
_DRIP_AHEAD = re.compile(r" (?:DRIPS?|FLUIDS?|LINES?|BAGS?|ANTIBIOTICS?|THERAPY|INFUSIONS?)\b")
_REGNAL_CAPITALS = frozenset(name.upper() for name in REGNAL_NAMES)
_REGNAL_POSSESSIVE = re.compile(
    rf"(?<![\w'-])(?P<name>{'|'.join(sorted(_REGNAL_CAPITALS, key=lambda n: (-len(n), n)))}) "
    r"(?P<numeral>X{0,3}(?:IX|IV|V?I{0,3}))['\u2019]S\b"
)
# Led by the space, the capitals before it looked behind for: a class first is tried at every
# character.
HINT = re.compile(r" [IVX]{2}(?<=[A-Z]{2} [IVX]{2})")


def _say_numbered(match: re.Match[str]) -> str:
    if match["name"] in _REGNAL_CAPITALS or not match["numeral"]:
        return match.group(0)
    if match["numeral"] == "IV" and _DRIP_AHEAD.match(match.string, match.end()):
        return match.group(0)
    return f"{match['name']} {cardinal(value(match['numeral']))}"


def read_headline_numerals(text: str) -> str:
    """ "GTA VI TRAILER" -> "GTA six TRAILER", in a line with no word in small letters."""
    lines = text.split("\n")
    for index, line in enumerate(lines):
        if len(line.split()) >= 3 and not any(ch.islower() for ch in line) and HINT.search(line):
            line = _NUMBERED.sub(_say_numbered, line)
            lines[index] = _REGNAL_POSSESSIVE.sub(_say_regnal_possessive, line)
    return "\n".join(lines)


def _say_regnal_possessive(match: re.Match[str]) -> str:
    if not match["numeral"]:
        return match.group(0)
    return f"{match['name']} the {ordinal(value(match['numeral']))}'s"
