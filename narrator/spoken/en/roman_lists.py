"""Roman numerals listed after a counting word in the plural, as books cite their parts:
"Cantos I. and II. appeared" -> "Cantos one and two appeared", "Books III and IV", "vols. ii.
-iv." -> "vols. two to four", "Chapters IV, V and VI". Every numeral of the list is read,
one letter too ("Parts I. and II."), and their periods dropped where the sentence goes on.
"""

from __future__ import annotations

import re

from narrator.spoken.common.roman import NUMERAL
from narrator.spoken.en.numbers import cardinal
from narrator.spoken.en.roman_lower import value

_PLURAL_KEYS = (
    "Chapters", "Chaps.", "Parts", "Books", "Cantos", "Acts", "Scenes", "Volumes", "Vols.",
    "Sections", "Articles", "Plates", "Letters", "Sonnets", "Psalms", "Lectures", "Sermons",
    "Essays", "Epistles", "Odes", "Stanzas", "Figs.", "Tables", "Nos.", "Pls.", "Pl.",
)  # fmt: skip
# The short keys said in full, in the plural a list takes: "Pl. I.-IV." -> "Plates one to four".
_SAID_KEYS = {
    "chaps.": "chapters", "vols.": "volumes", "figs.": "figures", "nos.": "numbers",
    "pls.": "plates", "pl.": "plates",
}  # fmt: skip
_KEYS = "|".join(
    re.escape(form)
    for key in _PLURAL_KEYS
    for form in sorted({key, key.lower(), key.upper()}, reverse=True)
)
_LOWER = NUMERAL.lower()
_ONE = rf"(?:{NUMERAL}|{_LOWER})\b\.?"
_JOIN = r"(?:,?\s+(?:and|or|to)\s+|,\s*|\s?[-–]\s?)"
_LIST = re.compile(rf"(?<![\w.])(?P<key>{_KEYS})\s+(?P<list>{_ONE}(?:{_JOIN}{_ONE})+)(?![\w'-])")
_NUMERAL_IN_LIST = re.compile(
    rf"(?<!\w)(?P<numeral>{NUMERAL}|{_LOWER})\b(?P<dot>\.)?(?P<dash>\s?[-–]\s?)?"
)
_SENTENCE_GOES_ON = re.compile(r"\s+[a-z]|\s?[,;:)]")


def read_numeral_lists(text: str) -> str:
    """ "Cantos I. and II. appeared" -> "Cantos one and two appeared"."""
    if "s " not in text and "s. " not in text and "S " not in text:
        return text
    return _LIST.sub(_say_list, text)


def _say_list(match: re.Match[str]) -> str:
    words = _NUMERAL_IN_LIST.sub(_say_numeral, match["list"])
    if match["list"].endswith(".") and not _SENTENCE_GOES_ON.match(match.string, match.end()):
        words += "."  # the last numeral's period ends the sentence too
    key = match["key"]
    said = _SAID_KEYS.get(key.lower())
    if said is not None:
        key = said.capitalize() if key[0].isupper() else said
    return f"{key} {words}"


def _say_numeral(match: re.Match[str]) -> str:
    if not match["numeral"]:
        return match.group(0)
    return cardinal(value(match["numeral"])) + (" to " if match["dash"] else "")


# A listed building's grade with its star, as English heritage lists print it: "Grade II*"
# -> "Grade two star" (the star is said; the symbols' rule would drop it).
_STARRED_GRADE = re.compile(r"\b(?P<key>[Gg]rade|GRADE) (?P<numeral>II?)\*")
# Its grade hyphened to "listed", as news writes it before a building: "the Grade II-listed pub"
# -> "the Grade two-listed pub" (a numeral before a hyphen is left elsewhere: "Type II-A").
_HYPHENED_GRADE = re.compile(r"\b(?P<key>[Gg]rade|GRADE) (?P<numeral>II?)(?=-listed\b)")


def read_starred_grades(text: str) -> str:
    """ "a Grade II* listed church" -> "a Grade two star listed church"."""
    if "-listed" in text:
        text = _HYPHENED_GRADE.sub(lambda m: f"{m['key']} {cardinal(value(m['numeral']))}", text)
    if "*" not in text:
        return text
    return _STARRED_GRADE.sub(lambda m: f"{m['key']} {cardinal(value(m['numeral']))} star", text)
