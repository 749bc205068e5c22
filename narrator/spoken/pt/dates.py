"""Portuguese dates, day first: "15/03/2024" -> "quinze de março de dois mil e vinte e
quatro", "10 de Dezembro de 1999", "2024-3-5" -> "cinco de março de dois mil e vinte e quatro",
"1º de maio" is the ordinals' ("primeiro de maio")."""

from __future__ import annotations

from narrator.spoken.common.day_month import day_word_reader
from narrator.spoken.common.romance_dates import HINT, DateWords, date_reader
from narrator.spoken.pt.numbers import NUMERALS
from narrator.spoken.tables import read_table

__all__ = ["HINT", "read_dates"]

_read_written_dates = date_reader(NUMERALS, read_table("pt", "months"), DateWords("primeiro", "de"))
_mark_days = day_word_reader("dia")


def read_dates(text: str) -> str:
    """Read dates, a day and month after the word for "day" too ("no dia 7/9")."""
    return _read_written_dates(_mark_days(text))
