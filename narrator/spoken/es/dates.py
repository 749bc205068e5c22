"""Spanish dates, day first: "3 de junio de 2024" -> "tres de junio de dos mil veinticuatro",
"1 enero" -> "primero de enero", "30/2/1990" and "1990-02-30" -> "treinta de febrero de mil
novecientos noventa", "junio 11 2000" -> "once de junio de dos mil".

A day and its month's initial after a hyphen name an event ("el 23-F", "el 11-M", "el 15-M",
"el 1-O"): the day is a cardinal and the letter said by its name, as a Spanish reader says
them ("el veintitrés efe", "el once eme").
"""

from __future__ import annotations

import re

from narrator.spoken.common.day_month import day_word_reader
from narrator.spoken.common.romance_dates import HINT, DateWords, date_reader
from narrator.spoken.es.numbers import NUMERALS, cardinal
from narrator.spoken.tables import read_table

__all__ = ["HINT", "read_dates"]

_read_written_dates = date_reader(
    NUMERALS, read_table("es", "months"), DateWords("primero", "de", spans=(("del", "al"),))
)

# "el día 7/9" is a date, no fraction.
_mark_days = day_word_reader("día|dia")
# "el 1/5", "del 7/9": after the article a day and month, unless "de" follows, as after a
# fraction ("el 1/5 de los votos"), or a percent sign.
_ARTICLE_DAY = re.compile(
    r"(?P<before>(?<!\w)(?i:el|del|al)\s+)(?P<day>[1-9]|[12]\d|3[01])/(?P<month>[1-9]|1[0-2])"
    r"(?![\d/.,]\d|[\d/]|\s?%)(?!\s+(?:de|del)\b)"
)
# The initials of the months and the names of those letters.
_LETTER_NAMES = {"E": "e", "F": "efe", "M": "eme", "A": "a", "J": "jota", "S": "ese", "O": "o",
                 "N": "ene", "D": "de"}  # fmt: skip
_NAMED_DAY = re.compile(
    r"(?<![\w.,/-])(?P<day>[1-9]|[12]\d|3[01])-(?P<letter>[" + "".join(_LETTER_NAMES) + r"])"
    r"(?![\w-])"
)

# A month in Roman numerals between the day and the year, as formal and Latin American text
# write them ("5-IV-1950", "12/XII/2001"): the month's number, read as a written date.
_ROMAN_MONTHS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
_ROMAN_MONTH = re.compile(
    r"(?<![\w.,/-])(?P<day>[1-9]|[12]\d|3[01])(?P<sep>[-/.])"
    r"(?P<month>" + "|".join(sorted(_ROMAN_MONTHS, key=len, reverse=True)) + r")"
    r"(?P=sep)(?P<year>\d{4})(?![\w-])"
)


def _roman_month(match: re.Match[str]) -> str:
    return f"{match['day']}/{_ROMAN_MONTHS.index(match['month']) + 1}/{match['year']}"


# "mar." before a day and its month is Tuesday's, not March's: "el mar. 12 de marzo" ->
# "el martes doce de marzo" (the other weekdays written short are the abbreviations').
_TUESDAY = re.compile(
    r"(?<![\w.])(?P<m>[Mm])ar\.(?=,?\s\d{1,2}\s(?:de\s)?(?P<month>[a-záéíóú]{3,})\b)"
)
_MONTH_NAMES = {row[1] for row in read_table("es", "months")} | {
    row[2][:-1] for row in read_table("es", "months") if row[2:] and row[2]
}


def _tuesday(match: re.Match[str]) -> str:
    if match["month"].lower() not in _MONTH_NAMES:
        return match.group(0)
    return "Martes" if match["m"] == "M" else "martes"


def read_dates(text: str) -> str:
    """Read dates ("3 de junio de 2024" -> "tres de junio de dos mil veinticuatro") and days
    named by their month's initial ("el 23-F" -> "el veintitrés efe")."""
    text = _ROMAN_MONTH.sub(_roman_month, text)
    if "ar." in text:  # a quick test before the search
        text = _TUESDAY.sub(_tuesday, text)
    if "-" in text:
        text = _NAMED_DAY.sub(
            lambda m: f"{cardinal(int(m['day']))} {_LETTER_NAMES[m['letter']]}", text
        )
    if "/" in text:
        # the month marked with a zero, as common/day_month does: "1/05", "12/011"
        text = _ARTICLE_DAY.sub(r"\g<before>\g<day>/0\g<month>", text)
    return _read_written_dates(_mark_days(text))
