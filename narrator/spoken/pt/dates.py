"""Portuguese dates, day first: "15/03/2024" -> "quinze de março de dois mil e vinte e
quatro", "10 de Dezembro de 1999", "2024-3-5" -> "cinco de março de dois mil e vinte e quatro",
"1º de maio" is the ordinals' ("primeiro de maio")."""

from __future__ import annotations

import re

from narrator.spoken.common.day_month import day_word_reader
from narrator.spoken.common.romance_dates import HINT, DateWords, date_reader
from narrator.spoken.pt.numbers import NUMERALS
from narrator.spoken.tables import read_table

__all__ = ["HINT", "read_dates"]

_read_written_dates = date_reader(
    NUMERALS, read_table("pt", "months"), DateWords("primeiro", "de", spans=(("do", "ao"),))
)
_mark_days = day_word_reader("dia")


# The first of a month written as an ordinal before a slash: "1º/12" is "1/12", a date.
_FIRST_DAY = re.compile(r"(?<![\w.,/])1[º°o]/(?P<month>[1-9]|1[0-2])(?![\d/])")


def read_dates(text: str) -> str:
    """Read dates, a day and month after the word for "day" too ("no dia 7/9"), and the first
    written as an ordinal ("1º/12" -> "primeiro de dezembro")."""
    if "/" in text:
        text = _FIRST_DAY.sub(r"1/0\g<month>", text)
    return _read_written_dates(_mark_days(text))
