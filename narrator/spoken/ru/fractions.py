"""Fractions in Russian: the numerator a feminine cardinal ("доля"), the denominator an
ordinal, singular after one, plural genitive after the rest.

- "1/3 жителей" -> "одна третья жителей", "1/8 финала" -> "одна восьмая финала"; a round
  after a match's noun its genitive: "Матч 1/8 финала" -> "Матч одной восьмой финала"
- "2/3" -> "две третьих", "5/8" -> "пять восьмых", "21/100" -> "двадцать одна сотая"
- a whole part before, as a decimal's: "2 3/4" -> "две целых три четвертых", "1 1/2" ->
  "одна целая одна вторая"
- after a preposition, in its case: "в 1/4 финала" -> "в одну четвертую финала", "около 3/4"
  -> "около трех четвертых", "к 2/3" -> "к двум третьим"
- dates ("6/3/2006") are read before; "24/7" and a slash between words are left to the
  symbols rule
"""

from __future__ import annotations

import re

from narrator.spoken.ru.numbers import cardinal, case_after, ordinal
from narrator.spoken.rules import any_of

_FRACTION = re.compile(
    r"(?<![\w/.,-])(?:(?P<whole>\d{1,3}) )?(?P<up>\d{1,3})/(?P<down>\d{1,3})(?![\w/]|[.,]\d)"
)
HINT = any_of(r"/(?<=\d/)\d")
# A knockout round ("1/8 финала") after a noun of a match or a stage qualifies it, a genitive
# in any of the noun's cases: "Матч 1/8 финала" -> "Матч одной восьмой финала", "в матчах 1/4
# финала", "на стадии 1/16 финала".
_ROUND_OF = re.compile(
    r"(?i:\b(?:матч|игр|встреч|поедин|стади|этап|раунд|жеребьевк|жеребьёвк|сери|соперник|"
    r"участник|путевк|путёвк|противостояни)[а-яё]*)\s$"
)
_FINAL_NEXT = re.compile(r"\s(?:финала|финале)\b")
# "целая" after a whole part ending in one, "целых" after the rest, by case.
_WHOLE_ONE = {"n": "целая", "a": "целую", "g": "целой", "d": "целой", "p": "целой", "i": "целой"}
_WHOLE_MANY = {"n": "целых", "a": "целых", "g": "целых", "d": "целым", "p": "целых", "i": "целыми"}


def _whole_part(whole: int, case: str) -> str:
    """The whole part of a mixed number, "2" -> "две целых", as a decimal's is said."""
    one = whole % 10 == 1 and whole % 100 != 11
    return f"{cardinal(whole, case, 'f')} {(_WHOLE_ONE if one else _WHOLE_MANY)[case]}"


def _parts(up: int, down: int, case: str) -> str:
    """A fraction's numerator and denominator in ``case``: (2, 3, "n") -> "две третьих"."""
    numerator = cardinal(up, case, "f")
    if up % 10 == 1 and up % 100 != 11:
        return f"{numerator} {ordinal(down, case, 'f')}"
    # After two and more the parts are a plural, a genitive where the number is nominative.
    return f"{numerator} {ordinal(down, 'g' if case in ('n', 'a') else case, 'm', True)}"


def _fraction(match: re.Match[str]) -> str:
    up, down = int(match["up"]), int(match["down"])
    if down < 2 or (up, down) == (24, 7):  # "24/7": round the clock, not a fraction
        return match.group(0)
    whole = match["whole"]
    if whole and up >= down:  # no mixed number: "5 7/3" is two numbers
        return f"{whole} {_parts(up, down, case_after(whole + ' '))}"
    case = case_after(match.string[: match.start()])
    if _FINAL_NEXT.match(match.string, match.end()) and _ROUND_OF.search(
        match.string, max(0, match.start() - 30), match.start()
    ):
        case = "g"
    said = _parts(up, down, case)
    return f"{_whole_part(int(whole), case)} {said}" if whole else said


def read_fractions(text: str) -> str:
    """Read fractions: "1/3" -> "одна третья", "2/3" -> "две третьих"."""
    return _FRACTION.sub(_fraction, text)
