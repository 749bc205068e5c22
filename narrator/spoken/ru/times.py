"""Times of day in Russian: hours and minutes counted.

- "13:05" -> "тринадцать часов пять минут", "02:00" -> "два часа", "21:01" -> "двадцать
  один час одна минута"; "10:15:30" adds "тридцать секунд"
- "в 15.30", "к 9.00" and "15.30 ч." (a full stop after a preposition or before "ч.") ->
  "пятнадцать часов тридцать минут"
- after a preposition the numbers and their nouns take its case: "с 10:00 до 18:00" -> "с
  десяти часов до восемнадцати часов", "к 9:30" -> "к девяти часам тридцати минутам"
"""

from __future__ import annotations

import re

from narrator.spoken.ru.numbers import cardinal, form

HINT = re.compile(r"\d[:.]\d\d")
_COLON = re.compile(
    r"(?<![\w.,:])(?P<h>[01]?\d|2[0-3]):(?P<m>[0-5]\d)(?::(?P<s>[0-5]\d))?(?![\d:]|[.,]\d)"
)
_DOTTED = re.compile(
    r"(?<!\w)(?P<prep>[вВкК]|до|с|со|около|после)\s(?P<h>[01]?\d|2[0-3])\.(?P<m>[0-5]\d)(?![\d,]|\.\d)"
    r"|(?<![\w.,])(?P<h2>[01]?\d|2[0-3])\.(?P<m2>[0-5]\d)\s?ч\.?(?!\w)"
)


# A preposition before a time -> the case it gives the numbers and their nouns.
_CASES = {
    "с": "g",
    "со": "g",
    "до": "g",
    "от": "g",
    "после": "g",
    "около": "g",
    "ок": "g",  # "ок. 15:00", "около" written short
    "к": "d",
    "ко": "d",
}
# A noun after a number in the genitive or the dative: (after one, after any other).
_OBLIQUE = {
    ("час", "g"): ("часа", "часов"), ("час", "d"): ("часу", "часам"),
    ("минута", "g"): ("минуты", "минут"), ("минута", "d"): ("минуте", "минутам"),
    ("секунда", "g"): ("секунды", "секунд"), ("секунда", "d"): ("секунде", "секундам"),
}  # fmt: skip


def _count(n: int, gender: str, one: str, few: str, many: str, case: str = "n") -> str:
    if case == "n":
        return f"{cardinal(n, 'n', gender)} {form(n, one, few, many)}"
    single, other = _OBLIQUE[(one, case)]
    return f"{cardinal(n, case, gender)} {single if n % 10 == 1 and n % 100 != 11 else other}"


def say_time(hours: int, minutes: int, seconds: int = 0, case: str = "n") -> str:
    """A time of day: (13, 5) -> "тринадцать часов пять минут", (2, 0) -> "два часа"; in
    the genitive (10, 0, case="g") -> "десяти часов"."""
    said = [_count(hours, "m", "час", "часа", "часов", case)]
    if minutes or seconds:
        said.append(_count(minutes, "f", "минута", "минуты", "минут", case))
    if seconds:
        said.append(_count(seconds, "f", "секунда", "секунды", "секунд", case))
    return " ".join(said)


def _case_before(text: str, start: int) -> str:
    word = re.search(r"(\w+)\.?\s$", text[max(0, start - 8) : start])
    return _CASES.get(word.group(1).lower(), "n") if word else "n"


def read_times(text: str) -> str:
    """Read times: "13:05" -> "тринадцать часов пять минут", "в 15.30" -> "в пятнадцать
    часов тридцать минут"."""

    def colon(match: re.Match[str]) -> str:
        case = _case_before(match.string, match.start())
        return say_time(int(match["h"]), int(match["m"]), int(match["s"] or 0), case)

    def dotted(match: re.Match[str]) -> str:
        if match["prep"]:
            case = _CASES.get(match["prep"].lower(), "n")
            return f"{match['prep']} {say_time(int(match['h']), int(match['m']), case=case)}"
        return say_time(int(match["h2"]), int(match["m2"]))

    return _DOTTED.sub(dotted, _COLON.sub(colon, text))
