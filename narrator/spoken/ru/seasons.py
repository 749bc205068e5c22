"""A season or an academic year: two years in a row, the second often written short.

- "в сезоне 2023/24" -> "в сезоне две тысячи двадцать третьего – двадцать четвертого" (the
  pair names its noun's years, a genitive: "сезон (годов) ...")
- "2023/24 учебный год" -> "две тысячи двадцать третий – двадцать четвертый учебный год", "в
  2023/24 учебном году" -> "в ... двадцать третьем – двадцать четвертом учебном году" (with a
  year's or a season's noun after them the years take its case, each in the singular)
- "сезон 2008-2009" (a dash, after "сезон") is read the same; a second year below ten in its
  century is said whole ("2008/09" -> "... восьмого – две тысячи девятого")
"""

from __future__ import annotations

import re

from narrator.spoken.ru.numbers import ordinal
from narrator.spoken.ru.ordinals import NOUNS, preposition
from narrator.spoken.rules import any_of

HINT = any_of(r"\d\s?[/\-–—]\s?\d")
_PAIR = re.compile(
    r"(?<![\w.,/])(?P<first>(?:1[5-9]|20)\d\d)(?P<sep>/|\s?[-–—]\s?)(?P<second>\d{4}|\d\d)"
    r"(?![\w/]|[.,]\d)"
)
# What may stand between the pair and its year's noun: "учебный", "финансового"...
_ADJECTIVE = r"(?:\s(?:учебн|финансов|отчетн|отчётн|бюджетн|хозяйственн|спортивн)\w*)?"
# A season's noun after the pair, the pair an adjective then: "в 2023/24 сезоне".
_SEASON_NOUNS = {
    "сезон": ("n", "m", False), "сезона": ("g", "m", False), "сезону": ("d", "m", False),
    "сезоне": ("p", "m", False), "сезоном": ("i", "m", False),
}  # fmt: skip
_NOUNS = NOUNS | _SEASON_NOUNS
_NOUN_AFTER = re.compile(
    _ADJECTIVE + r"\s(?P<noun>" + "|".join(sorted(_NOUNS, key=len, reverse=True)) + r")(?!\w)",
    re.IGNORECASE,
)
_SEASON_BEFORE = re.compile(r"(?i)(?<!\w)сезон\w*\s+$")


def _second_year(match: re.Match[str]) -> int | None:
    """The second year in full when it follows the first, else None ("2023/24" -> 2024)."""
    first, second = int(match["first"]), match["second"]
    if len(second) == 4:
        return int(second) if int(second) == first + 1 else None
    full = (first + 1) // 100 * 100 + int(second)
    return full if full == first + 1 else None


def _said_second(year: int, written: str, case: str, gender: str) -> str:
    """The second year as written: its last two digits ("24" -> "двадцать четвертого"), or
    whole where it is written so or would be a lone digit ("09")."""
    if len(written) == 4 or year % 100 < 10:
        return ordinal(year, case, gender)
    return ordinal(year % 100, case, gender)


def read_seasons(text: str) -> str:
    """Read two years in a row written as a season: "в сезоне 2023/24" -> "в сезоне две
    тысячи двадцать третьего – двадцать четвертого", "2023/24 учебный год" -> "две тысячи
    двадцать третий – двадцать четвертый учебный год"."""

    def say(match: re.Match[str]) -> str:
        second = _second_year(match)
        before = match.string[: match.start()]
        dashed = match["sep"] != "/"
        if second is None or (dashed and not _SEASON_BEFORE.search(before)):
            return match.group(0)
        noun = _NOUN_AFTER.match(match.string, match.end())
        case, gender = "g", "m"
        if noun:
            case, gender, _plural = _NOUNS[noun["noun"].lower()]
            if noun["noun"].lower() == "году" and preposition(before) in ("к", "по"):
                case = "d"
        first = ordinal(int(match["first"]), case, gender)
        return f"{first} – {_said_second(second, match['second'], case, gender)}"

    return _PAIR.sub(say, text)
