"""Dates in Russian: the day an ordinal (neuter, "число"), the month in the genitive, the year
an ordinal in the genitive.

- "1 января 2024 г." -> "первое января две тысячи двадцать четвертого года"
- "06.03.2006", "6/3/2006", "2006-03-06", "06-мар-2006" -> "шестое марта две тысячи шестого"
- after a preposition the day takes its case: "с 1 мая" -> "с первого мая", "к 9 мая" -> "к
  девятому мая"; after another word, where the date says when, the genitive: "открыли 15 мая"
  -> "открыли пятнадцатого мая"; at a line's start, after a mark, or "сегодня 15 мая", the
  nominative
"""

from __future__ import annotations

import re

from narrator.spoken.ru.numbers import ends_sentence, ordinal, year_ends_sentence
from narrator.spoken.ru.ordinals import preposition
from narrator.spoken.tables import read_table

HINT = re.compile(r"\d")
_MONTHS = read_table("ru", "months")
_GENITIVE = {row[1]: row[1] for row in _MONTHS}
_GENITIVE |= {word: row[1] for row in _MONTHS for word in row[2].split()}
_FULL = frozenset(row[1] for row in _MONTHS)
_BY_NUMBER = {i + 1: row[1] for i, row in enumerate(_MONTHS)}
_MONTH = "|".join(sorted(_GENITIVE, key=len, reverse=True))
_DAY_CASE = {"с": "g", "со": "g", "до": "g", "от": "g", "после": "g", "около": "g",
             "к": "d", "ко": "d", "по": "a", "на": "a", "о": "p", "об": "p"}  # fmt: skip
_YEAR_TAIL = r"(?:\s(?P<year>\d{4})(?:\s?(?P<g>г\.|года)(?!\w))?)?"
_WRITTEN = re.compile(
    rf"(?<![\w.,])(?P<day>\d{{1,2}})(?:\s|-)(?P<month>(?i:{_MONTH}))(?P<dot>\.)?(?:-(?P<dyear>\d{{4}}))?"
    rf"(?![а-яё]){_YEAR_TAIL}"
)
# The first day of a range before its month: "с 1 по 10 марта", "1–10 марта".
_DAY_RANGE = re.compile(
    rf"(?<![\w.,])(?:(?P<from>(?i:со?|от))\s)?(?P<day>\d{{1,2}})"
    rf"(?:\s(?P<to>по|до|на)\s|\s?[-–—]\s?)(?=\d{{1,2}}\s(?i:{_MONTH})(?![а-яё]))"
)
_NUMERIC = re.compile(
    r"(?<![\w.,/-])(?:(?P<day>\d{1,2})(?P<sep>[./-])(?P<month>\d{1,2})(?P=sep)(?P<year>\d{4})"
    r"|(?P<iyear>\d{4})-(?P<imonth>\d{1,2})-(?P<iday>\d{1,2}))(?![\w/-]|[.,]\d)"
    r"(?:\s?(?P<g>г\.|года)(?!\w))?"
)


# Words after which a date is named, not placed in time: "сегодня 15 мая" is "пятнадцатое".
_NAMING = frozenset({"сегодня", "завтра", "вчера", "было", "будет", "это", "наступило"})


def _day_case(before: str, continued: bool = False) -> str:
    """The case of the day: a preposition's; the genitive right after any other word, where
    a date says when ("открыли 15 мая" -> "пятнадцатого мая", "родился 12 апреля"), or
    before the words of its sentence ("22 июня 1941 года началась война"); the nominative
    at a line's start or after a mark when nothing follows ("Москва, 5 марта."), or after a
    word that names the day."""
    word = preposition(before)
    if word in _DAY_CASE:
        return _DAY_CASE[word]
    if word in _NAMING:
        return "n"
    if _WEEKDAY_BEFORE.search(before[-20:]):
        return "g"  # "во вторник, 4 марта" says when, as the weekday does
    return "g" if before.rstrip()[-1:].isalpha() or continued else "n"


# A weekday that says when, its date after a comma: "во вторник, 4 марта" -> "четвертого", "во
# вт., 4 марта" (written short).
_WEEKDAY_BEFORE = re.compile(
    r"(?i)(?<!\w)(?:в|во)\s(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье"
    r"|(?:пн|вт|ср|чт|пт|сб|вс)\.?),\s$"
)


# A lower-case word after a date: its sentence goes on, the date says when.
_CONTINUED = re.compile(r"\s+[а-яё]")


def _date(day: int, month: str, year: str | None, match: re.Match[str]) -> str:
    """The date ``match`` found, its day an ordinal in the case the words around give, its
    year a genitive with "года" where a noun ("г.", "года") was written."""
    continued = bool(_CONTINUED.match(match.string, match.end()))
    case = _day_case(match.string[: match.start()], continued)
    noun = match["g"]
    said = f"{ordinal(day, case, 'n')} {month}"
    if year:
        said += f" {ordinal(int(year), 'g')}" + (" года" if noun else "")
    return said


def read_dates(text: str) -> str:
    """Read dates: "1 января 2024 г." -> "первое января две тысячи двадцать четвертого года",
    "06.03.2006" -> "шестое марта две тысячи шестого"."""

    def written(match: re.Match[str]) -> str:
        day = int(match["day"])
        if not 1 <= day <= 31:
            return match.group(0)
        month = _GENITIVE[match["month"].lower()]
        year = match["dyear"] or match["year"]
        said = _date(day, month, year, match)
        if match["dot"] and not year and (match["month"].lower() in _FULL or ends_sentence(match)):
            # the sentence's full stop ("15 мая."), or an abbreviation's that ends it too ("до
            # 31 авг. Потом")
            return said + "."
        return said + _stop(match)

    def numeric(match: re.Match[str]) -> str:
        day, month = int(match["day"] or match["iday"]), int(match["month"] or match["imonth"])
        if not (1 <= day <= 31 and 1 <= month <= 12):
            return match.group(0)
        year = match["year"] or match["iyear"]
        return _date(day, _BY_NUMBER[month], year, match) + _stop(match)

    return _NUMERIC.sub(numeric, _WRITTEN.sub(written, _DAY_RANGE.sub(_first_day, text)))


def _first_day(match: re.Match[str]) -> str:
    """The first day of a range, which shares the month of the second: "с 1 по 10 марта" ->
    "с первого по 10 марта"; "1–10 марта" is said "с первого по 10 марта", and after a
    preposition both days take its case ("к 10–15 июля" -> "к десятому 15 июля")."""
    day = int(match["day"])
    if match["from"]:
        return f"{match['from']} {ordinal(day, 'g', 'n')} {match['to']} "
    before = match.string[: match.start()]
    if preposition(before) in _DAY_CASE:
        return f"{ordinal(day, _DAY_CASE[preposition(before)], 'n')} "
    return f"с {ordinal(day, 'g', 'n')} по "


def _stop(match: re.Match[str]) -> str:
    """The full stop of a year's "г." that also ends the sentence ("... 2020 г. Потом"), kept."""
    return "." if (match["g"] or "").endswith(".") and year_ends_sentence(match) else ""
