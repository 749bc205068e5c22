"""Roman numerals as old books write them: with an ordinal's ending, or after a short name.

- "the XIth Hussars", "the XXth century", "Henry IIId" -> "the eleventh Hussars", "the
  twentieth century", "Henry third"; the ending must be the number's ("XIst" stays), and
  "Ist" only after "the" ("the Ist Dynasty"), where German's "Ist" cannot stand
- "Wm. III." -> "William the third", "Geo. IV" -> "George the fourth": a monarch's given name
  written short; "Tell Geo. I shall write" keeps the pronoun
"""

from __future__ import annotations

import re

from narrator.spoken.common.roman import NUMERAL as _ROMAN
from narrator.spoken.en.context import stop_after
from narrator.spoken.en.numbers import ordinal
from narrator.spoken.en.roman_lower import value
from narrator.spoken.en.roman_names import REGNAL_NAMES, is_a_verb_of_i
from narrator.spoken.tables import read_mapping

# A numeral with an ordinal's ending, as old books write them: "the XIth Hussars", "the XXth
# century", "Henry IIId" -> "eleventh", "twentieth", "third"; the ending must be the number's.
_ORDINAL_HINT = re.compile(r"[IVXLC](?:st|nd|rd|th|d)\b")
_WITH_ORDINAL_ENDING = re.compile(rf"\b(?P<numeral>{_ROMAN})(?P<ending>st|nd|rd|th|d)\b(?![-'.]\w)")
_ENDINGS = {1: ("st",), 2: ("nd", "d"), 3: ("rd", "d")}
_THE_BEFORE = re.compile(r"(?:^|\s)(?:the|The|THE) $")
_NOUN_AFTER = re.compile(r"\s+(?P<word>[a-z]{3,})\b")

# A monarch's given name written short, as old books write it: "Wm. III." -> "William the
# third", "Geo. IV" -> "George the fourth".
_SHORT_NAMES = read_mapping("en", "given_names")
_SHORT_NAME_HINT = re.compile(r"\.\s(?<=[a-z]\.\s)[IVX]")
_SHORT_NAME_NUMERAL = re.compile(
    rf"\b(?P<short>{'|'.join(_SHORT_NAMES)})\.\s(?P<numeral>(?=[IVX])X{{0,3}}(?:IX|IV|V?I{{0,3}}))"
    r"\b(?![-'.]\w)(?P<dot>\.(?!\w))?"
)


def _say_short_name_numeral(match: re.Match[str]) -> str:
    name = _SHORT_NAMES[match["short"]]
    if not match["numeral"] or name not in REGNAL_NAMES:
        return match.group(0)
    after = _NOUN_AFTER.match(match.string, match.end())
    if match["numeral"] == "I" and not match["dot"] and after and is_a_verb_of_i(after["word"]):
        return match.group(0)  # "Tell Geo. I shall write": the pronoun
    said = f"{name} the {ordinal(value(match['numeral']))}"
    return said + stop_after(match) if match["dot"] else said


def _say_with_ordinal_ending(match: re.Match[str]) -> str:
    numeral = match["numeral"]
    # "Ist" after "the" only ("the Ist Dynasty"), where German's "Ist" cannot stand.
    first = numeral == "I" and _THE_BEFORE.search(
        match.string, max(0, match.start() - 5), match.start()
    )
    number = value(numeral) if numeral and (len(numeral) > 1 or numeral in "VX" or first) else 0
    last = 0 if 10 < number % 100 < 14 else number % 10
    if not number or match["ending"] not in _ENDINGS.get(last, ("th",)):
        return match.group(0)
    return ordinal(number)


def read_old_book_numerals(text: str) -> str:
    """ "the XIth Hussars" -> "the eleventh Hussars", "Wm. III." -> "William the third"."""
    if _ORDINAL_HINT.search(text):
        text = _WITH_ORDINAL_ENDING.sub(_say_with_ordinal_ending, text)
    if _SHORT_NAME_HINT.search(text):
        text = _SHORT_NAME_NUMERAL.sub(_say_short_name_numeral, text)
    return text
